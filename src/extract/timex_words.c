/* timex_words.c - the word readers the date rules and the tense share:
 * words, numbers, months, weekdays, units and seasons, compared without
 * regard to case (see timex_internal.h). */
#include <ctype.h>
#include <string.h>

#include "timex_internal.h"


bool tx_alnum_at(const struct tx_ctx *c, size_t i)
{
	return i < c->n && isalnum((unsigned char)c->s[i]);
}

bool tx_digit_at(const struct tx_ctx *c, size_t i)
{
	return i < c->n && isdigit((unsigned char)c->s[i]);
}

/* Spaces, tabs and no-break spaces (U+00A0), which scraped text is full of. */
size_t tx_skip_blank(const struct tx_ctx *c, size_t i)
{
	for (;;) {
		if (i < c->n && (c->s[i] == ' ' || c->s[i] == '\t'))
			i++;
		else if (i + 1 < c->n && (unsigned char)c->s[i] == 0xC2 &&
			 (unsigned char)c->s[i + 1] == 0xA0)
			i += 2;
		else
			return i;
	}
}

bool tx_tok_at(const struct tx_ctx *c, size_t i, struct tx_tok *t)
{
	if (!tx_alnum_at(c, i))
		return false;
	t->start = i;
	while (tx_alnum_at(c, i))
		i++;
	t->end = i;
	return true;
}

/* The next word after at least one blank. */
bool tx_tok_after(const struct tx_ctx *c, size_t i, struct tx_tok *t)
{
	size_t j = tx_skip_blank(c, i);
	return j > i && tx_tok_at(c, j, t);
}

bool tx_tok_is(const struct tx_ctx *c, struct tx_tok t, const char *lower)
{
	/* the first letter first: most words of a list are told apart there */
	if (t.end == t.start || tolower((unsigned char)c->s[t.start]) != lower[0])
		return false;
	size_t len = strlen(lower);
	if (t.end - t.start != len)
		return false;
	for (size_t k = 0; k < len; k++)
		if (tolower((unsigned char)c->s[t.start + k]) != lower[k])
			return false;
	return true;
}

/* Index of the word in a NULL-terminated list, or -1. */
int tx_tok_index(const struct tx_ctx *c, struct tx_tok t, const char *const *list)
{
	for (int k = 0; list[k]; k++)
		if (tx_tok_is(c, t, list[k]))
			return k;
	return -1;
}

bool tx_capitalized(const struct tx_ctx *c, struct tx_tok t)
{
	return isupper((unsigned char)c->s[t.start]);
}

/* Digits that continue a number ("200" of "2,200", "2" of "7.2") or carry
 * a currency sign ("US$51", "£5", "€5", "#3"). */
bool tx_glued_before(const struct tx_ctx *c, size_t i)
{
	const unsigned char *s = (const unsigned char *)c->s;
	if (i >= 2 && (s[i - 1] == ',' || s[i - 1] == '.') && isdigit(s[i - 2]))
		return true;
	if (i >= 1 && (s[i - 1] == '$' || s[i - 1] == '#'))
		return true;
	if (i >= 2 && s[i - 2] == 0xC2 && (s[i - 1] == 0xA3 || s[i - 1] == 0xA5))
		return true;
	return i >= 3 && s[i - 3] == 0xE2 && s[i - 2] == 0x82 && s[i - 1] == 0xAC;
}

/* "2,200", "2024.5" or "25%" after the digits: a quantity. */
static bool number_glued_after(const struct tx_ctx *c, size_t e)
{
	if (e < c->n && c->s[e] == '%')
		return true;
	return e < c->n && (c->s[e] == ',' || c->s[e] == '.') && tx_digit_at(c, e + 1);
}

/* The value of a word of 1..max_digits digits standing alone, or -1.
 * Without check_after the caller knows what follows (an ordinal suffix). */
static int number_word(const struct tx_ctx *c, struct tx_tok t, size_t max_digits,
		       bool check_after)
{
	size_t len = t.end - t.start;
	if (len == 0 || len > max_digits || tx_glued_before(c, t.start) ||
	    (check_after && number_glued_after(c, t.end)))
		return -1;
	int v = 0;
	for (size_t k = t.start; k < t.end; k++) {
		if (!isdigit((unsigned char)c->s[k]))
			return -1;
		v = v * 10 + (c->s[k] - '0');
	}
	return v;
}

/* A four-digit year standing alone, or 0. */
int tx_year_word(const struct tx_ctx *c, struct tx_tok t)
{
	int y = t.end - t.start == 4 ? number_word(c, t, 4, true) : -1;
	return y >= 1000 && y <= 2999 ? y : 0;
}

/* "28", "28th", "1st": a day of the month, or 0. */
int tx_day_word(const struct tx_ctx *c, struct tx_tok t, bool *ordinal)
{
	static const char *const suffixes[] = {"st", "nd", "rd", "th", NULL};
	size_t k = t.start;
	while (k < t.end && isdigit((unsigned char)c->s[k]))
		k++;
	*ordinal = k < t.end;
	if (*ordinal && tx_tok_index(c, (struct tx_tok){k, t.end}, suffixes) < 0)
		return 0;
	int d = number_word(c, (struct tx_tok){t.start, k}, 2, !*ordinal);
	return d >= 1 && d <= 31 ? d : 0;
}

/* "a", "an", "one" ... "twelve" or a whole number up to 999; 0 when none. */
int tx_count_word(const struct tx_ctx *c, struct tx_tok t)
{
	static const char *const words[] = {
		"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", NULL,
	};
	int k = tx_tok_index(c, t, words);
	if (k >= 0)
		return k < 2 ? 1 : k - 1;
	int v = number_word(c, t, 3, true);
	return v > 0 ? v : 0;
}

/* A capitalized month name; *end is past its abbreviation dot.  Bare
 * abbreviations ("Jan") are names too often to stand alone, so with
 * need_dot they must carry the dot ("Jan."). */
int tx_month_word(const struct tx_ctx *c, struct tx_tok t, bool need_dot, size_t *end)
{
	if (!tx_capitalized(c, t))
		return 0;
	int m = date_month_from_name(c->s + t.start, t.end - t.start);
	if (!m)
		return 0;
	bool abbreviated = t.end - t.start <= 4 && !tx_tok_is(c, t, "may") &&
			   !tx_tok_is(c, t, "june") && !tx_tok_is(c, t, "july");
	bool dot = t.end < c->n && c->s[t.end] == '.';
	if (abbreviated && need_dot && !dot)
		return 0;
	*end = abbreviated && dot ? t.end + 1 : t.end;
	return m;
}

int tx_weekday_word(const struct tx_ctx *c, struct tx_tok t)
{
	static const char *const names[] = {
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL,
	};
	return tx_capitalized(c, t) ? tx_tok_index(c, t, names) + 1 : 0;
}

bool tx_unit_word(const struct tx_ctx *c, struct tx_tok t, enum tx_unit *u)
{
	static const char *const names[] = {
		"day", "days", "week", "weeks", "month", "months", "quarter", "quarters",
		"year", "years", NULL,
	};
	int k = tx_tok_index(c, t, names);
	if (k < 0)
		return false;
	*u = (enum tx_unit)(k / 2);
	return true;
}

/* A lower-case plural noun after a number makes it a count: "1709
 * schoolchildren", "2000 homes". */
bool tx_plural_word(const struct tx_ctx *c, struct tx_tok t)
{
	static const char *const not_plural[] = {
		"was", "is", "has", "this", "us", "as", "its", "his", "yes", "less", "unless",
		"thus", "plus", "news", "series", "does", "was", "whereas", NULL,
	};
	static const char *const counted[] = {"people", "police", "staff", "personnel", NULL};
	static const char *const endings[] = {"children", "men", NULL};
	if (t.end - t.start < 3 || !islower((unsigned char)c->s[t.start]))
		return false;
	if (tx_tok_index(c, t, counted) >= 0)
		return true;
	for (int k = 0; endings[k]; k++) {
		size_t n = strlen(endings[k]);
		if (t.end - t.start >= n && strncmp(c->s + t.end - n, endings[k], n) == 0)
			return true;
	}
	return c->s[t.end - 1] == 's' && c->s[t.end - 2] != 's' && tx_tok_index(c, t, not_plural) < 0;
}

/* 1 spring ... 4 winter, or 0; "fall" only in lower case, as a season is
 * written ("Fall" heads sentences as a verb). */
int tx_season_word(const struct tx_ctx *c, struct tx_tok t)
{
	static const char *const names[] = {"spring", "summer", "fall", "winter", "autumn", NULL};
	int k = tx_tok_index(c, t, names);
	if (k < 0)
		return 0;
	return k == 4 ? 3 : k + 1;
}
