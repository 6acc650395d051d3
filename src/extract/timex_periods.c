/* timex_periods.c - the rules for periods other than days, weeks and
 * months: seasons, decades, fiscal years, years written in words, and the
 * holidays that fall on a day a rule gives.
 * Each is tried by timex.c at the start of a word and reads a bounded
 * number of words ahead (see timex_internal.h). */
#include <ctype.h>
#include <string.h>

#include "timex_internal.h"

static bool prev_is(const struct tx_ctx *c, const char *const *list)
{
	return c->has_prev && tx_tok_index(c, (struct tx_tok){c->prev_start, c->prev_end}, list) >= 0;
}

/* "spring 2024", "summer of 2024", "the fall of 1998", and after a
 * preposition "in the spring", "during summer".  "The fall of Rome" and
 * "prices fall" are no season. */
size_t tx_rule_season(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const char *const preps[] = {
		"in", "during", "since", "until", "by", "through", "throughout", "over", "before",
		"after", "for", "this", NULL,
	};
	struct tx_tok t, w, y;
	if (!tx_tok_at(c, i, &t))
		return 0;
	bool the = tx_tok_is(c, t, "the");
	if (the && !tx_tok_after(c, t.end, &t))
		return 0;
	int season = tx_season_word(c, t);
	if (!season)
		return 0;
	*e = (struct tx_expr){.kind = TX_SEASON, .season = season};
	if (tx_tok_after(c, t.end, &w)) {
		if (tx_tok_is(c, w, "of") && tx_tok_after(c, w.end, &y) && (e->year = tx_year_word(c, y)))
			return y.end;
		if (tx_tok_is(c, w, "of"))
			return 0; /* "the fall of Rome" */
		if ((e->year = tx_year_word(c, w)))
			return w.end;
	}
	/* "in Spring Valley" is a place: a season alone is written in lower case */
	return prev_is(c, preps) && islower((unsigned char)c->s[t.start]) ? t.end : 0;
}

/* "the 1990s", "1980s", "the '90s" (the twentieth century's). */
size_t tx_rule_decade(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t;
	if (!tx_tok_at(c, i, &t) || tx_glued_before(c, i))
		return 0;
	size_t len = t.end - t.start;
	const char *s = c->s + t.start;
	if (len != 5 && len != 3)
		return 0;
	for (size_t k = 0; k + 1 < len; k++)
		if (!isdigit((unsigned char)s[k]))
			return 0;
	if (s[len - 1] != 's' || s[len - 2] != '0')
		return 0;
	if (len == 3 && !(i > 0 && (c->s[i - 1] == '\'' || (unsigned char)c->s[i - 1] == 0x99)))
		return 0;
	int decade = len == 5 ? (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0')
			      : 190 + (s[0] - '0');
	if (decade < 100)
		return 0;
	*e = (struct tx_expr){.kind = TX_DECADE, .decade = decade};
	return t.end;
}

/* "fiscal 1989", "fiscal year 1990", "FY2024", "FY 2024": the year, for a
 * timeline that does not know where each company's fiscal year begins. */
size_t tx_rule_fiscal(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t, w;
	if (!tx_tok_at(c, i, &t))
		return 0;
	if (t.end - t.start == 6 && strncmp(c->s + i, "FY", 2) == 0) {
		struct tx_tok digits = {i + 2, t.end};
		if (!(e->year = tx_year_word(c, digits)))
			return 0;
		e->kind = TX_DATE;
		return t.end;
	}
	bool fy = t.end - t.start == 2 && strncmp(c->s + i, "FY", 2) == 0;
	if (!fy && !tx_tok_is(c, t, "fiscal"))
		return 0;
	if (!tx_tok_after(c, t.end, &w))
		return 0;
	if (!fy && tx_tok_is(c, w, "year") && !tx_tok_after(c, w.end, &w))
		return 0;
	int y = tx_year_word(c, w);
	if (!y)
		return 0;
	*e = (struct tx_expr){.kind = TX_DATE, .year = y};
	return w.end;
}

/* The value of "one" ... "ninety-nine" at t (with its hyphenated unit),
 * or -1; *end is past it. */
static int words_number(const struct tx_ctx *c, struct tx_tok t, size_t *end)
{
	static const char *const small[] = {
		"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", NULL,
	};
	static const char *const tens[] = {"twenty", "thirty", "forty", "fifty", "sixty",
					   "seventy", "eighty", "ninety", NULL};
	int k = tx_tok_index(c, t, small);
	*end = t.end;
	if (k >= 0)
		return k;
	if ((k = tx_tok_index(c, t, tens)) < 0)
		return -1;
	int v = 20 + 10 * k;
	struct tx_tok u;
	int unit;
	if (t.end < c->n && c->s[t.end] == '-' && tx_tok_at(c, t.end + 1, &u) &&
	    (unit = tx_tok_index(c, u, small)) >= 1 && unit <= 9) {
		v += unit;
		*end = u.end;
	}
	return v;
}

/* "nineteen ninety-eight", "nineteen oh five", "twenty twenty-four", "two
 * thousand and eight", "two thousand eight". */
size_t tx_rule_spelled_year(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t, w, x;
	size_t end;
	if (!tx_tok_at(c, i, &t) || !tx_tok_after(c, t.end, &w))
		return 0;
	int y = 0;
	if (tx_tok_is(c, t, "two") && tx_tok_is(c, w, "thousand")) {
		if (!tx_tok_after(c, w.end, &x))
			return 0;
		if (tx_tok_is(c, x, "and") && !tx_tok_after(c, x.end, &x))
			return 0;
		int rest = words_number(c, x, &end);
		if (rest < 1)
			return 0;
		y = 2000 + rest;
	} else {
		static const char *const centuries[] = {"eighteen", "nineteen", "twenty", NULL};
		int k = tx_tok_index(c, t, centuries);
		if (k < 0 || (t.end < c->n && c->s[t.end] == '-'))
			return 0;
		int rest;
		if (tx_tok_is(c, w, "oh") && tx_tok_after(c, w.end, &x) &&
		    (rest = words_number(c, x, &end)) >= 1 && rest <= 9)
			y = (18 + k) * 100 + rest;
		else if ((rest = words_number(c, w, &end)) >= 10)
			y = (18 + k) * 100 + rest;
		else
			return 0;
	}
	struct tx_tok next;
	/* "two thousand and eight people" is a count */
	if (tx_tok_after(c, end, &next) && tx_plural_word(c, next))
		return 0;
	*e = (struct tx_expr){.kind = TX_DATE, .year = y};
	return end;
}

/* Holiday names, as news writes them: the words, then whether the next
 * word must be "Day" ("Election Day"; "Labor" alone is a party). */
size_t tx_holiday_at(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const struct {
		const char *first, *second; /* second: NULL, or a word that must follow */
		bool day_may_follow;
		enum tx_holiday h;
	} names[] = {
		{"thanksgiving", NULL, true, TX_THANKSGIVING},
		{"christmas", "eve", false, TX_CHRISTMAS_EVE},
		{"christmas", NULL, true, TX_CHRISTMAS},
		{"easter", NULL, true, TX_EASTER},
		{"halloween", NULL, false, TX_HALLOWEEN},
		{"election", "day", false, TX_ELECTION_DAY},
		{"labor", "day", false, TX_LABOR_DAY},
		{"memorial", "day", false, TX_MEMORIAL_DAY},
		{"independence", "day", false, TX_INDEPENDENCE_DAY},
		{"veterans", "day", false, TX_VETERANS_DAY},
		{"boxing", "day", false, TX_BOXING_DAY},
		{"good", "friday", false, TX_GOOD_FRIDAY},
	};
	struct tx_tok t, w;
	if (!tx_tok_at(c, i, &t) || !tx_capitalized(c, t))
		return 0;
	bool has_next = tx_tok_after(c, t.end, &w) && tx_capitalized(c, w);
	for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
		if (!tx_tok_is(c, t, names[k].first))
			continue;
		size_t end = t.end;
		if (names[k].second) {
			if (!has_next || !tx_tok_is(c, w, names[k].second))
				continue;
			end = w.end;
		} else if (names[k].day_may_follow && has_next && tx_tok_is(c, w, "day")) {
			end = w.end;
		}
		*e = (struct tx_expr){.kind = TX_HOLIDAY, .holiday = names[k].h};
		return end;
	}
	/* "New Year's Day", "New Year's Eve" (the year itself is another matter) */
	struct tx_tok s, d;
	if (!has_next || !tx_tok_is(c, t, "new") || !tx_tok_is(c, w, "year"))
		return 0;
	size_t apostrophe = w.end < c->n && c->s[w.end] == '\'' ? 1
			    : w.end + 2 < c->n && (unsigned char)c->s[w.end] == 0xE2 &&
					      (unsigned char)c->s[w.end + 1] == 0x80 &&
					      (unsigned char)c->s[w.end + 2] == 0x99 ? 3 : 0;
	if (apostrophe && tx_tok_at(c, w.end + apostrophe, &s) &&
	    tx_tok_is(c, s, "s") && tx_tok_after(c, s.end, &d) &&
	    (tx_tok_is(c, d, "day") || tx_tok_is(c, d, "eve")) && tx_capitalized(c, d)) {
		*e = (struct tx_expr){.kind = TX_HOLIDAY,
				      .holiday = tx_tok_is(c, d, "day") ? TX_NEW_YEARS_DAY : TX_NEW_YEARS_EVE};
		return d.end;
	}
	return 0;
}
