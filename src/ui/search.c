/* search.c - the search prompt's text as a full-text query. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "brief/browse.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/search.h"

char *search_plain_words(const char *q)
{
	struct buf b = BUF_INIT;
	for (const char *p = q; *p;) {
		while (*p && (isspace((unsigned char)*p) || *p == '"'))
			p++;
		const char *w = p;
		while (*p && !isspace((unsigned char)*p) && *p != '"')
			p++;
		if (p > w)
			buf_printf(&b, "%s\"%.*s\"", b.len ? " " : "", (int)(p - w), w);
	}
	return buf_steal(&b);
}

int search_query(struct cache *c, const char *typed, char **query, long *count)
{
	struct browse_filter f = {.kind = BROWSE_SEARCH, .query = (char *)typed};
	*query = NULL;
	if (browse_count(c, &f, count) == BRIEF_OK) {
		*query = xstrdup(typed);
		return BRIEF_OK;
	}
	if (cache_broken(c))
		return BRIEF_ERR;
	char *plain = search_plain_words(typed);
	f.query = plain;
	if (!*plain) {
		free(plain);
		return err_set("search: nothing to search for");
	}
	if (browse_count(c, &f, count) != BRIEF_OK) {
		free(plain);
		return BRIEF_ERR;
	}
	*query = plain;
	return BRIEF_OK;
}

/* Whether a typed word is one to find: not an operator, not one letter. */
static bool a_word(const char *w, size_t n)
{
	return n >= 2 && !(n == 2 && strncasecmp(w, "OR", 2) == 0) && !(n == 3 && strncmp(w, "AND", 3) == 0) &&
	       !(n == 3 && strncmp(w, "NOT", 3) == 0);
}

void search_mark_hits(const char *text, const char *typed, struct buf *out)
{
	size_t n = strlen(text);
	for (size_t i = 0; i < n;) {
		size_t hit = 0;
		bool edge = i == 0 || !isalnum((unsigned char)text[i - 1]);
		for (const char *q = typed; edge && *q && !hit;) {
			while (*q && !isalnum((unsigned char)*q))
				q++;
			const char *w = q;
			while (isalnum((unsigned char)*q))
				q++;
			size_t len = (size_t)(q - w);
			if (a_word(w, len) && len <= n - i && strncasecmp(text + i, w, len) == 0)
				hit = len;
		}
		if (hit) {
			buf_addc(out, '\x01');
			buf_add(out, text + i, hit);
			buf_addc(out, '\x02');
			i += hit;
		} else {
			buf_addc(out, text[i++]);
		}
	}
	if (!out->data)
		buf_adds(out, "");
}
