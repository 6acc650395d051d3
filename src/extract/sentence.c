/* sentence.c - sentence boundaries in news prose. */
#include <ctype.h>
#include <string.h>

#include "brief/mem.h"
#include "brief/sentence.h"

/* Words that end with a dot without ending the sentence. */
static const char *const abbreviations[] = {
	"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Sgt", "Capt", "Cmdr", "Adm",
	"Sen", "Rep", "Gov", "Pres", "Gens", "Reps", "Sens", "Rev", "Hon", "St", "Jr", "Sr",
	"No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
	"Nov", "Dec", "Mt", "Ft", "vs", "approx", "Vol", "Fig", "Art", "para",
};

/* Sentence starters that make "U.S." or "Inc." at a line's end a real end. */
static const char *const starters[] = {
	"The", "It", "He", "She", "They", "We", "I", "But", "In", "A", "An", "This", "That",
	"There", "His", "Her", "Their", "On", "At", "As", "And", "Its",
};

static bool word_in(const char *w, size_t n, const char *const *list, size_t count)
{
	for (size_t i = 0; i < count; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return true;
	return false;
}

/* Closing quotes and brackets that may follow the final punctuation. */
static size_t closer_len(const char *s, size_t n)
{
	if (n >= 1 && (s[0] == '"' || s[0] == '\'' || s[0] == ')' || s[0] == ']'))
		return 1;
	if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x9D || (unsigned char)s[2] == 0x99))
		return 3;
	return 0;
}

static bool opens_sentence(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	if (isupper(c) || isdigit(c) || c == '"' || c == '\'' || c == '(' || c == '[')
		return true;
	if (n >= 3 && c == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x9C || (unsigned char)s[2] == 0x98))
		return true;
	/* Upper-case letters outside ASCII (É, Ö...) start with a lead byte. */
	return c >= 0xC3 && c <= 0xD4;
}

/* Is the dot at s[i] the end of an abbreviation or an initial? */
static bool dot_is_abbreviation(const char *s, size_t n, size_t i)
{
	size_t w = i;
	while (w > 0 && (isalpha((unsigned char)s[w - 1]) || s[w - 1] == '.'))
		w--;
	size_t len = i - w;
	if (len == 0)
		return i > 0 && isdigit((unsigned char)s[i - 1]) && i + 1 < n &&
		       isdigit((unsigned char)s[i + 1]);
	if (len == 1 && isupper((unsigned char)s[w]))
		return true; /* an initial: "John F. Kennedy" */
	if (word_in(s + w, len, abbreviations, sizeof abbreviations / sizeof *abbreviations))
		return true;
	if (memchr(s + w, '.', len)) {
		/* "U.S." ends a sentence only when a usual starter follows. */
		size_t j = i + 1;
		while (j < n && s[j] == ' ')
			j++;
		size_t k = j;
		while (k < n && isalpha((unsigned char)s[k]))
			k++;
		return !word_in(s + j, k - j, starters, sizeof starters / sizeof *starters);
	}
	return false;
}

/* A run of text with no sentence end (a list, a table, a scraped menu) is
 * cut at the last space or clause mark before this many bytes, so a
 * sentence, and all that is kept per sentence, stays bounded. */
static size_t cut_long(const char *s, size_t start, size_t n)
{
	size_t limit = start + SENTENCE_MAX_BYTES;
	if (limit >= n)
		return n;
	for (size_t i = limit; i > start + SENTENCE_MAX_BYTES / 2; i--)
		if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t')
			return i;
	/* no space at all: a character boundary */
	while (limit > start && ((unsigned char)s[limit] & 0xC0) == 0x80)
		limit--;
	return limit;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t';
}

static size_t next_boundary(const char *s, size_t n, size_t from, size_t *next_start)
{
	/* Nothing past the cut is looked at, and each byte once: linear
	 * however long the text and whatever it holds. */
	size_t cut = cut_long(s, from, n);
	for (size_t i = from; i < cut; i++) {
		char c = s[i];
		size_t end;
		if (c == '.' || c == '!' || c == '?') {
			end = i + 1;
		} else if (i + 2 < cut && (unsigned char)c == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
			   (unsigned char)s[i + 2] == 0xA6) {
			end = i + 3; /* … */
		} else {
			continue;
		}
		while (end < cut && s[end] == c)
			end++;
		size_t q;
		while (end < cut && (q = closer_len(s + end, cut - end)) > 0)
			end += q;
		if (end >= cut)
			break;
		size_t at = i;
		i = end - 1;
		if (!is_space(s[end]))
			continue;
		size_t j = end;
		while (j < cut && is_space(s[j]))
			j++;
		if (j >= cut)
			break;
		if (!opens_sentence(s + j, n - j))
			continue;
		if (c == '.' && dot_is_abbreviation(s, n, at))
			continue;
		*next_start = j;
		return end;
	}
	*next_start = cut;
	return cut;
}

size_t sentence_split(const char *s, size_t n, struct span **spans, size_t *cap)
{
	size_t count = 0, start = 0;
	for (;;) {
		while (start < n && isspace((unsigned char)s[start]))
			start++;
		if (start >= n)
			break;
		size_t next;
		size_t end = next_boundary(s, n, start, &next);
		while (end > start && isspace((unsigned char)s[end - 1]))
			end--;
		*spans = xgrow(*spans, cap, count + 1, sizeof **spans);
		(*spans)[count++] = (struct span){start, end};
		start = next;
	}
	return count;
}

size_t sentence_first_len(const char *s, size_t n)
{
	size_t next;
	return next_boundary(s, n, 0, &next);
}
