/* textline.c - what one line of scraped text looks like.
 *
 * Each judgement looks at the line alone; the segmenter weighs them against the
 * lines around it to decide where an article begins. */
#include <ctype.h>
#include <string.h>

#include "brief/mem.h"
#include "brief/textline.h"

enum {
	HEADLINE_MAX_WORDS = 16,
	HEADLINE_MAX_BYTES = 150,
};

/* Whitespace a scrape leaves: tabs, no-break and thin spaces become one
 * space; zero-width spaces go, and joiners after ASCII (scrape noise that
 * would hide a name); runs collapse; ends are trimmed. */
char *textline_normalize(const char *s, size_t n, size_t *out_len)
{
	struct buf b = BUF_INIT;
	bool space = false;
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t skip = 0;
		bool is_space = false;
		if (c == ' ' || c == '\t') {
			is_space = true, skip = 1;
		} else if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
			is_space = true, skip = 2;
		} else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
			unsigned char d = (unsigned char)s[i + 2];
			if (d == 0x89 || d == 0xAF || d == 0x82 || d == 0x83)
				is_space = true, skip = 3;
			else if (d == 0x8B)
				skip = 3; /* zero-width space */
			else if ((d == 0x8C || d == 0x8D) && !(b.len && (unsigned char)b.data[b.len - 1] >= 0x80))
				skip = 3; /* a joiner is kept only where it joins: emoji, Indic, Arabic */
		} else if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xBB &&
			   (unsigned char)s[i + 2] == 0xBF) {
			skip = 3;
		}
		if (is_space) {
			space = true;
		} else if (!skip) {
			if (space && b.len)
				buf_addc(&b, ' ');
			space = false;
			buf_addc(&b, (char)c);
			skip = 1;
		}
		i += skip;
	}
	*out_len = b.len;
	return buf_steal(&b);
}

static size_t count_words(const char *s, size_t n)
{
	size_t w = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
			w++;
	return w;
}

/* The last character that is not a closing quote or bracket. */
static char last_significant(const char *s, size_t n)
{
	while (n > 0) {
		unsigned char c = (unsigned char)s[n - 1];
		if (c == '"' || c == '\'' || c == ')' || c == ']') {
			n--;
		} else if (n >= 3 && c >= 0x98 && c <= 0x9D && (unsigned char)s[n - 3] == 0xE2) {
			n -= 3; /* ’ ” */
		} else if (n >= 3 && c == 0xA6 && (unsigned char)s[n - 3] == 0xE2) {
			return '.'; /* … */
		} else {
			return (char)c;
		}
	}
	return '\0';
}

bool textline_ends_sentence(const char *s, size_t n)
{
	char c = last_significant(s, n);
	return c == '.' || c == '!' || c == '?' || c == ':';
}

bool textline_headline_like(const char *s, size_t n)
{
	if (n == 0 || n > HEADLINE_MAX_BYTES || count_words(s, n) > HEADLINE_MAX_WORDS)
		return false;
	unsigned char c = (unsigned char)s[0];
	bool opens = isupper(c) || isdigit(c) || c == '"' || c == '\'' || c >= 0xC3;
	if (!opens)
		return false;
	char last = last_significant(s, n);
	return last != '.' && last != ',' && last != ';' && last != ':' && last != '-';
}

/* A line that only dates the article: "July 28, 2024", "Published 3 March 2025". */
bool textline_date_line(const char *s, size_t n, struct date_value *v)
{
	struct date_match m;
	if (n > 60 || textline_ends_sentence(s, n) || !date_find(s, n, false, &m))
		return false;
	if (count_words(s, m.start) + count_words(s + m.end, n - m.end) > 3)
		return false;
	*v = m.value;
	return true;
}

/* "BRUSSELS, March 3, 2025 (Reuters) - ", "GENEVA (AFP) — ": the place (and
 * date) that opens a news agency story.  Sets *v when the dateline has a date. */
bool textline_dateline(const char *s, size_t n, struct date_value *v)
{
	static const char *const dashes[] = {" - ", " -- ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", "\xE2\x80\x94"};
	size_t limit = n < 120 ? n : 120, cut = 0;
	for (size_t i = 0; i < limit && !cut; i++)
		for (size_t d = 0; d < sizeof dashes / sizeof *dashes; d++) {
			size_t dl = strlen(dashes[d]);
			if (i + dl <= n && memcmp(s + i, dashes[d], dl) == 0) {
				cut = i;
				break;
			}
		}
	if (cut == 0 || !isupper((unsigned char)s[0]))
		return false;
	/* The place is written in capitals or followed by a date or an agency. */
	size_t w = 0;
	while (w < cut && (isupper((unsigned char)s[w]) || s[w] == '.' || s[w] == '\''))
		w++;
	bool caps_place = w >= 3 && (w == cut || s[w] == ',' || s[w] == ' ');
	struct date_match m;
	bool dated = date_find(s, cut, true, &m);
	bool agency = memchr(s, '(', cut) != NULL;
	if (!caps_place && !dated && !agency)
		return false;
	if (count_words(s, cut) > 12)
		return false;
	v->precision = DATE_NONE;
	if (dated)
		*v = m.value;
	return true;
}
