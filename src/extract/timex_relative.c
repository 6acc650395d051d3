/* timex_relative.c - the rules of expressions relative to an anchor:
 * "last March", "the next day", "two years ago", "within five years",
 * "the end of 2025", "early March", "later that year", "a year earlier".
 * Each is tried by timex.c at the start of a word and reads a bounded
 * number of words ahead (see timex_internal.h). */
#include <ctype.h>
#include <string.h>

#include "timex_internal.h"

/* "last March", "next Monday", "this week", "last night" (without the
 * check that no "the" comes before) */
static size_t modifier_core(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const char *const mods[] = {"last", "this", "next", NULL};
	static const char *const parts[] = {"morning", "afternoon", "evening", "night", NULL};
	struct tx_tok t, w;
	size_t end;
	if (!tx_tok_at(c, i, &t))
		return 0;
	int k = tx_tok_index(c, t, mods);
	if (k < 0 || !tx_tok_after(c, t.end, &w))
		return 0;
	enum tx_unit u;
	int m, wd, season;
	if (tx_holiday_at(c, w.start, e)) {
		e->mod = (enum tx_mod)(k + 1);
		end = tx_holiday_at(c, w.start, e);
		e->mod = (enum tx_mod)(k + 1);
	} else if ((season = tx_season_word(c, w))) {
		*e = (struct tx_expr){.kind = TX_SEASON, .season = season, .mod = (enum tx_mod)(k + 1)};
		end = w.end;
	} else if (tx_unit_word(c, w, &u) && u != TX_DAYS) {
		*e = (struct tx_expr){.kind = TX_SHIFT, .unit = u, .offset = k - 1};
		end = w.end;
	} else if (tx_tok_index(c, w, parts) >= 0 && (k == 1 || tx_tok_is(c, w, "night"))) {
		/* "last night" is yesterday's, "this morning" today's */
		*e = (struct tx_expr){.kind = TX_SHIFT, .unit = TX_DAYS, .offset = k == 0 ? -1 : 0};
		end = w.end;
	} else if ((m = tx_month_word(c, w, true, &end))) {
		*e = (struct tx_expr){.kind = TX_MONTH, .month = m, .mod = (enum tx_mod)(k + 1)};
	} else if ((wd = tx_weekday_word(c, w))) {
		*e = (struct tx_expr){.kind = TX_WEEKDAY, .weekday = wd,
				      .mod = (enum tx_mod)(k + 1)};
		end = w.end;
	} else {
		return 0;
	}
	return end;
}

/* "over the last year" is a duration, not last year. */
size_t tx_rule_modifier(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	if (c->has_prev && tx_tok_is(c, (struct tx_tok){c->prev_start, c->prev_end}, "the"))
		return 0;
	return modifier_core(c, i, e);
}

/* "today", "yesterday", "tomorrow", "tonight" */
size_t tx_rule_day_word(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const char *const words[] = {"yesterday", "today", "tomorrow", "tonight", NULL};
	struct tx_tok t;
	if (!tx_tok_at(c, i, &t))
		return 0;
	int k = tx_tok_index(c, t, words);
	if (k < 0)
		return 0;
	*e = (struct tx_expr){.kind = TX_SHIFT, .unit = TX_DAYS, .offset = k == 3 ? 0 : k - 1};
	return t.end;
}

/* "two years ago", "a week ago", "10 days ago" count from the anchor; "a
 * year earlier", "two days later", "a week before" from the date last
 * mentioned.  "two decades ago" is twenty years back. */
size_t tx_rule_ago(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t, u, w, x;
	enum tx_unit unit;
	if (!tx_tok_at(c, i, &t))
		return 0;
	int k = tx_count_word(c, t);
	if (!k || !tx_tok_after(c, t.end, &u))
		return 0;
	bool decades = tx_tok_is(c, u, "decade") || tx_tok_is(c, u, "decades");
	if (!(decades || tx_unit_word(c, u, &unit)) || !tx_tok_after(c, u.end, &w))
		return 0;
	if (decades)
		unit = TX_YEARS, k *= 10;
	bool ago = tx_tok_is(c, w, "ago");
	int dir = ago || tx_tok_is(c, w, "earlier") || tx_tok_is(c, w, "before") ? -1
		  : tx_tok_is(c, w, "later") ? 1 : 0;
	/* "two days before the vote" counts from the vote */
	if (!dir || (tx_tok_is(c, w, "before") && tx_tok_after(c, w.end, &x)))
		return 0;
	*e = (struct tx_expr){.kind = TX_SHIFT, .unit = unit, .offset = dir * k, .from_ref = !ago};
	return w.end;
}

/* "within five years", and "in two years" in a future sentence: in a past
 * one it is a duration ("the first time in two years").  "within two weeks
 * of the attack" counts from the attack, not the anchor. */
size_t tx_rule_in_within(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t, num, u, of;
	enum tx_unit unit;
	if (!tx_tok_at(c, i, &t))
		return 0;
	if (!(tx_tok_is(c, t, "within") ||
	      (tx_tok_is(c, t, "in") && tx_tense_around(c, i, i) == TENSE_FUTURE)))
		return 0;
	int k = tx_tok_after(c, t.end, &num) ? tx_count_word(c, num) : 0;
	if (!k || !tx_tok_after(c, num.end, &u) || !tx_unit_word(c, u, &unit) ||
	    (tx_tok_after(c, u.end, &of) && (tx_tok_is(c, of, "of") || tx_tok_is(c, of, "ago"))))
		return 0;
	*e = (struct tx_expr){.kind = TX_SHIFT, .unit = unit, .offset = k};
	return u.end;
}

/* " of 2024", " of this year", " of the year" after "the third quarter";
 * the anchor's year when nothing follows. */
static size_t quarter_year(const struct tx_ctx *c, size_t end, struct tx_expr *e)
{
	static const char *const mods[] = {"last", "this", "next", "the", NULL};
	struct tx_tok of, w, year;
	if (!tx_tok_after(c, end, &of) || !tx_tok_is(c, of, "of") || !tx_tok_after(c, of.end, &w))
		return end;
	if ((e->year = tx_year_word(c, w)))
		return w.end;
	int k = tx_tok_index(c, w, mods);
	if (k < 0 || !tx_tok_after(c, w.end, &year) || !tx_tok_is(c, year, "year"))
		return end;
	e->offset = k == 3 ? 0 : k - 1;
	return year.end;
}

/* After "the": "the year 2020", "the third quarter of 2024", "the next
 * day", "the day before". */
size_t tx_rule_the(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const char *const ordinals[] = {
		"first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "final", NULL,
	};
	static const char *const relations[] = {"previous", "same", "following", "next", NULL};
	static const char *const objects[] = {
		"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
		"these", "those", "he", "she", "it", "they", "we", "i", "you", NULL,
	};
	struct tx_tok t, w, x, y;
	enum tx_unit unit;
	int k;
	if (!tx_tok_at(c, i, &t))
		return 0;
	if (!tx_tok_is(c, t, "the") || !tx_tok_after(c, t.end, &w))
		return 0;
	/* "the third-quarter results" */
	bool hyphen = w.end < c->n && c->s[w.end] == '-';
	if (!(hyphen ? tx_tok_at(c, w.end + 1, &x) : tx_tok_after(c, w.end, &x))) {
		if (!tx_tok_is(c, w, "quarter") || hyphen)
			return 0;
		*e = (struct tx_expr){.kind = TX_THE_QUARTER};
		return w.end;
	}
	if ((k = tx_tok_index(c, w, ordinals)) >= 0 && tx_tok_is(c, x, "quarter")) {
		*e = (struct tx_expr){.kind = TX_QUARTER, .quarter = k == 8 ? 4 : k % 4 + 1};
		return quarter_year(c, x.end, e);
	}
	if (hyphen)
		return 0;
	if (tx_tok_is(c, w, "year") && tx_year_word(c, x)) {
		*e = (struct tx_expr){.kind = TX_DATE, .year = tx_year_word(c, x)};
		return x.end;
	}
	if (tx_tok_is(c, w, "quarter") && !tx_tok_is(c, x, "of")) {
		*e = (struct tx_expr){.kind = TX_THE_QUARTER};
		return w.end;
	}
	static const char *const parts[] = {"morning", "afternoon", "evening", "night", NULL};
	if ((k = tx_tok_index(c, w, relations)) >= 0 && tx_tok_index(c, x, parts) >= 0) {
		*e = (struct tx_expr){.kind = TX_SHIFT, .unit = TX_DAYS, .offset = k == 3 ? 1 : k - 1,
				      .from_ref = true};
		return x.end;
	}
	if ((k = tx_tok_index(c, w, relations)) >= 0 && tx_unit_word(c, x, &unit)) {
		*e = (struct tx_expr){.kind = TX_SHIFT, .unit = unit, .offset = k == 3 ? 1 : k - 1,
				      .from_ref = true};
		return x.end;
	}
	if (!tx_unit_word(c, w, &unit) || !(tx_tok_is(c, x, "before") || tx_tok_is(c, x, "after")))
		return 0;
	int dir = tx_tok_is(c, x, "before") ? -1 : 1;
	*e = (struct tx_expr){.kind = TX_SHIFT, .unit = unit, .offset = dir, .from_ref = true};
	if (!tx_tok_after(c, x.end, &y))
		return x.end;
	if (unit == TX_DAYS && tx_tok_is(c, y, dir < 0 ? "yesterday" : "tomorrow")) {
		*e = (struct tx_expr){.kind = TX_SHIFT, .unit = TX_DAYS, .offset = 2 * dir};
		return y.end;
	}
	/* "the day before the vote" counts from the vote */
	if (isdigit((unsigned char)c->s[y.start]) || tx_capitalized(c, y) ||
	    tx_tok_index(c, y, objects) >= 0)
		return 0;
	return x.end;
}

/* "third-quarter profit", "fourth quarter", "first quarter of 2024": a
 * quarter without "the" (tx_rule_the takes it with).  "a third quarter of
 * the seats" is a fraction. */
size_t tx_rule_quarter_word(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const char *const ordinals[] = {"first", "second", "third", "fourth", NULL};
	static const char *const fractions[] = {"a", "one", "three", "the", NULL};
	struct tx_tok t, q, prev = {c->prev_start, c->prev_end};
	if (!tx_tok_at(c, i, &t))
		return 0;
	int k = tx_tok_index(c, t, ordinals);
	if (k < 0 || (c->has_prev && tx_tok_index(c, prev, fractions) >= 0))
		return 0;
	bool hyphen = t.end < c->n && c->s[t.end] == '-';
	if (!(hyphen ? tx_tok_at(c, t.end + 1, &q) : tx_tok_after(c, t.end, &q)) ||
	    !tx_tok_is(c, q, "quarter"))
		return 0;
	*e = (struct tx_expr){.kind = TX_QUARTER, .quarter = k + 1};
	return hyphen ? q.end : quarter_year(c, q.end, e);
}

/* What "the end of", "early" and "mid-" may modify: a year, month, quarter
 * or "this year"; "the year" means this year. */
static size_t inner_period(const struct tx_ctx *c, size_t j, struct tx_expr *e)
{
	static const char *const units[] = {"week", "month", "year", NULL};
	struct tx_tok t, w;
	size_t end;
	int k, m;
	if (!tx_tok_at(c, j, &t))
		return 0;
	if (tx_tok_is(c, t, "the") && tx_tok_after(c, t.end, &w) &&
	    (k = tx_tok_index(c, w, units)) >= 0) {
		static const enum tx_unit unit_of[] = {TX_WEEKS, TX_MONTHS, TX_YEARS};
		*e = (struct tx_expr){.kind = TX_SHIFT, .unit = unit_of[k]};
		return w.end;
	}
	if ((end = modifier_core(c, j, e)) || (end = tx_rule_decade(c, j, e)) ||
	    (end = tx_rule_the(c, j, e)) || (end = tx_rule_quarter_q(c, j, e)) ||
	    (end = tx_rule_written_date(c, j, e)) || (end = tx_rule_month_of_year(c, j, e)))
		return end;
	int season = tx_season_word(c, t);
	if (season) {
		struct tx_tok y;
		*e = (struct tx_expr){.kind = TX_SEASON, .season = season};
		if (tx_tok_after(c, t.end, &y) && (e->year = tx_year_word(c, y)))
			return y.end;
		return t.end;
	}
	if ((k = tx_year_word(c, t)) && !tx_counted_noun_after(c, t.end)) {
		*e = (struct tx_expr){.kind = TX_DATE, .year = k};
		return t.end;
	}
	if ((m = tx_month_word(c, t, true, &end))) {
		*e = (struct tx_expr){.kind = TX_MONTH, .month = m};
		return end;
	}
	return 0;
}

/* "the end of 2025", "the beginning of next year", "end of March": the
 * value is the period's (TIMEX3 would add a MOD the struct has no room
 * for). */
size_t tx_rule_part_of(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const char *const parts[] = {"end", "start", "beginning", "middle", NULL};
	struct tx_tok t, of;
	if (!tx_tok_at(c, i, &t))
		return 0;
	if (tx_tok_is(c, t, "the") && !tx_tok_after(c, t.end, &t))
		return 0;
	if (tx_tok_index(c, t, parts) < 0 || !tx_tok_after(c, t.end, &of) ||
	    !tx_tok_is(c, of, "of"))
		return 0;
	size_t j = tx_skip_blank(c, of.end);
	return j > of.end ? inner_period(c, j, e) : 0;
}

/* "early 2025", "late March", "mid-2026", "mid-July", "late last year",
 * "late Tuesday" */
size_t tx_rule_early_late_mid(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const char *const words[] = {"early", "late", "mid", NULL};
	struct tx_tok t, w;
	if (!tx_tok_at(c, i, &t))
		return 0;
	if (tx_tok_index(c, t, words) < 0)
		return 0;
	size_t j = t.end < c->n && c->s[t.end] == '-' ? t.end + 1 : tx_skip_blank(c, t.end);
	if (j == t.end)
		return 0;
	size_t end = inner_period(c, j, e);
	if (!end && tx_tok_at(c, j, &w) && tx_weekday_word(c, w)) {
		*e = (struct tx_expr){.kind = TX_WEEKDAY, .weekday = tx_weekday_word(c, w)};
		end = w.end;
	}
	return end;
}

/* "that day", "that month", "that same year", "the same week": the
 * period of the date last mentioned.  "that day's vote" too; "that year's
 * budget" reads the same way. */
size_t tx_rule_that(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t, w;
	enum tx_unit unit;
	if (!tx_tok_at(c, i, &t) || !tx_tok_is(c, t, "that") || !tx_tok_after(c, t.end, &w))
		return 0;
	if (tx_tok_is(c, w, "same") && !tx_tok_after(c, w.end, &w))
		return 0;
	if (!tx_unit_word(c, w, &unit) || c->s[w.end - 1] == 's')
		return 0;
	*e = (struct tx_expr){.kind = TX_SHIFT, .unit = unit, .from_ref = true};
	return w.end;
}

/* "earlier this month", "later this year", "earlier today", "later that
 * year" */
size_t tx_rule_earlier_later(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t, w;
	if (!tx_tok_at(c, i, &t))
		return 0;
	if (!(tx_tok_is(c, t, "earlier") || tx_tok_is(c, t, "later")) ||
	    !tx_tok_after(c, t.end, &w))
		return 0;
	if (tx_tok_is(c, w, "today") || tx_tok_is(c, w, "tonight")) {
		*e = (struct tx_expr){.kind = TX_SHIFT, .unit = TX_DAYS};
		return w.end;
	}
	size_t end = tx_rule_that(c, w.start, e);
	return end ? end : modifier_core(c, w.start, e);
}

/* "year-ago", "year-earlier": the anchor's year before */
size_t tx_rule_year_ago(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t, w;
	if (!tx_tok_at(c, i, &t) || !tx_tok_is(c, t, "year") || t.end >= c->n || c->s[t.end] != '-' ||
	    !tx_tok_at(c, t.end + 1, &w) || !(tx_tok_is(c, w, "ago") || tx_tok_is(c, w, "earlier")))
		return 0;
	*e = (struct tx_expr){.kind = TX_SHIFT, .unit = TX_YEARS, .offset = -1};
	return w.end;
}
