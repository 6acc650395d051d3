/* search.c - the search prompt's text as a full-text query. */
#include <ctype.h>
#include <stdlib.h>

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
