/* tokens.c - a sentence into tokens, Penn Treebank style. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "brief/mem.h"
#include "brief/tokens.h"

/* Words whose final dot belongs to them. */
static const char *const abbreviations[] = {
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Cmdr", "Adm", "Sen",
	"Rep", "Gov", "Pres", "Rev", "Hon", "St", "Jr", "Sr", "No", "Jan", "Feb", "Mar", "Apr", "Jun",
	"Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "vs", "Inc", "Corp", "Ltd", "Co",
	"Bros", "approx", "etc", "Vol", "Fig", "Ave", "Blvd",
};

static void add(struct tokens *out, size_t start, size_t end)
{
	if (end <= start)
		return;
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	out->v[out->n++] = (struct token){start, end};
}

/* Bytes of the opening or closing mark at s (quotes and brackets, ASCII
 * or typographic), 0 when none. */
static size_t mark_len(const char *s, size_t n, bool opening)
{
	if (n == 0)
		return 0;
	if (strchr(opening ? "\"'([{" : "\"')]}", s[0]) && s[0])
		return 1;
	if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80) {
		unsigned char c = (unsigned char)s[2];
		/* ‘ ’ “ ” and the dashes — – */
		if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94)
			return 3;
	}
	if (n >= 2 && (unsigned char)s[0] == 0xC2 && ((unsigned char)s[1] == 0xAB || (unsigned char)s[1] == 0xBB))
		return 2; /* « » */
	return 0;
}

/* Is the last byte of a mark at end? */
static size_t mark_before(const char *s, size_t start, size_t end)
{
	if (end > start && strchr("\"')]}", s[end - 1]) && s[end - 1])
		return 1;
	if (end >= start + 3 && (unsigned char)s[end - 3] == 0xE2 && (unsigned char)s[end - 2] == 0x80) {
		unsigned char c = (unsigned char)s[end - 1];
		if (c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94)
			return 3;
	}
	if (end >= start + 2 && (unsigned char)s[end - 2] == 0xC2 &&
	    ((unsigned char)s[end - 1] == 0xAB || (unsigned char)s[end - 1] == 0xBB))
		return 2;
	return 0;
}

/* A dot that ends the word [start, end) (the dot at end - 1) and belongs
 * to it: "U.S.", "a.m.", "F.", "Mr.". */
static bool dot_belongs(const char *s, size_t start, size_t end)
{
	size_t len = end - 1 - start;
	if (len == 0 || s[end - 2] == '.')
		return false; /* "..." */
	if (memchr(s + start, '.', len))
		return true;
	if (len == 1 && isupper((unsigned char)s[start]))
		return true;
	for (size_t i = 0; i < sizeof abbreviations / sizeof *abbreviations; i++)
		if (strlen(abbreviations[i]) == len && strncmp(abbreviations[i], s + start, len) == 0)
			return true;
	return false;
}

static bool is_letter(unsigned char c)
{
	return isalpha(c) || c >= 0x80;
}

/* A clitic at the end of a word, as the treebanks split it off: the
 * possessive "'s" (Blinken's), "'m", "'re", "'ve", "'ll", "'d", and "n't";
 * with a straight or a curly apostrophe.  Its length, or 0. */
static size_t clitic_len(const char *s, size_t start, size_t end)
{
	static const char *const clitics[] = {"s", "m", "re", "ve", "ll", "d"};
	for (size_t k = 0; k < sizeof clitics / sizeof *clitics; k++) {
		size_t n = strlen(clitics[k]);
		if (end < start + n + 2 || strncasecmp(s + end - n, clitics[k], n) != 0)
			continue;
		if (s[end - n - 1] == '\'')
			return n + 1;
		if (end >= start + n + 4 && memcmp(s + end - n - 3, "\xE2\x80\x99", 3) == 0)
			return n + 3;
	}
	/* "don't", "isn't", "can't" */
	if (end >= start + 4 && strncasecmp(s + end - 3, "n't", 3) == 0)
		return 3;
	if (end >= start + 6 && strncasecmp(s + end - 1, "t", 1) == 0 && memcmp(s + end - 4, "\xE2\x80\x99", 3) == 0 &&
	    (s[end - 5] == 'n' || s[end - 5] == 'N'))
		return 5;
	return 0;
}

/* One chunk between spaces, with its marks and punctuation peeled. */
static void split_chunk(const char *s, size_t start, size_t end, struct tokens *out)
{
	size_t q;
	while (start < end && (q = mark_len(s + start, end - start, true)) > 0) {
		add(out, start, start + q);
		start += q;
	}
	/* pieces peeled off the end, the last one first */
	struct token tail[16];
	size_t ntail = 0;
	while (end > start && ntail < sizeof tail / sizeof *tail) {
		char c = s[end - 1];
		size_t from;
		if ((q = mark_before(s, start, end)) > 0) {
			from = end - q;
		} else if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?') {
			from = end - 1;
		} else if (c == '.' && !dot_belongs(s, start, end)) {
			from = end - 1;
			while (from > start && s[from - 1] == '.')
				from--; /* "..." is one token */
		} else {
			break;
		}
		tail[ntail++] = (struct token){from, end};
		end = from;
	}
	size_t poss = clitic_len(s, start, end);
	size_t body_end = end - poss;
	/* hyphens between letters split, as in the treebanks: "US-Japan" */
	size_t from = start;
	for (size_t i = start + 1; i + 1 < body_end; i++) {
		if (s[i] == '-' && is_letter((unsigned char)s[i - 1]) && is_letter((unsigned char)s[i + 1])) {
			add(out, from, i);
			add(out, i, i + 1);
			from = i + 1;
		}
	}
	add(out, from, body_end);
	if (poss)
		add(out, body_end, end);
	while (ntail > 0) {
		ntail--;
		add(out, tail[ntail].start, tail[ntail].end);
	}
}

void tokens_split(const char *text, size_t start, size_t end, struct tokens *out)
{
	size_t i = start;
	while (i < end) {
		while (i < end && isspace((unsigned char)text[i]))
			i++;
		size_t from = i;
		while (i < end && !isspace((unsigned char)text[i]))
			i++;
		if (i > from)
			split_chunk(text, from, i, out);
	}
}
