/* timex.c - date expressions in a sentence (see timex.h); the calendar side
 * is in timex_resolve.c.
 *
 * One pass over the word starts.  At each, the rules below are tried in
 * turn; every rule reads a bounded number of words ahead, so the scan is
 * linear in the sentence.  A match moves the scan past it, so expressions
 * never overlap.
 *
 * Expression text: prepositions are context, not part of the expression, as
 * in TimeML: "in 2007" gives "2007", "on Wednesday" gives "Wednesday", "in
 * March" gives "March".  Words that change the value belong to it: "last
 * week", "two years ago", "in two years", "within five years", "the third
 * quarter of 2024", "the end of 2025", "mid-July", "Sunday, July 28, 2024".
 *
 * A bare year or month name is a date only where dates stand: after a
 * preposition ("in 2007", "since April"), as a modifier ("the 2018 World
 * Cup", "the November election"), in brackets or a credit ("file, 2008"),
 * so "2,200 members", "of 1709 schoolchildren", "May said" and "Article V"
 * are not.  Seasons, decades, fiscal and spelled-out years and holidays
 * are in timex_periods.c; the tense of each expression's clause in
 * timex_tense.c; values in timex_resolve.c.  Reading an article sentence
 * by sentence (timex_read), the date last mentioned anchors "the next
 * day" and "that month". */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "brief/mem.h"
#include "timex_internal.h"

typedef size_t rule_fn(const struct tx_ctx *c, size_t i, struct tx_expr *e);

/* Longer than any written date dateparse knows ("30th of September, 2024"). */
enum { DATE_WINDOW = 40 };

/* Whether the word before this one is in list, or this one goes on a list
 * of expressions. */
static bool prev_in(const struct tx_ctx *c, const char *const *list)
{
	struct tx_tok prev = {c->prev_start, c->prev_end};
	if (c->after_comma || c->after_link)
		return true;
	return c->has_prev && tx_tok_index(c, prev, list) >= 0;
}

/* "in 2000 troops" counts troops. */
bool tx_counted_noun_after(const struct tx_ctx *c, size_t end)
{
	static const char *const nouns[] = {
		"people", "troops", "soldiers", "members", "residents", "workers", "homes",
		"households", "families", "children", "civilians", "refugees", "migrants",
		"dollars", "euros", "pounds", "yuan", "yen", "tons", "tonnes", "km", "kilometres",
		"kilometers", "miles", "metres", "meters", "feet", "votes", "units", "jobs",
		"years", "days", NULL,
	};
	struct tx_tok t;
	return tx_tok_after(c, end, &t) && tx_tok_index(c, t, nouns) >= 0;
}

/* A number before a plural noun counts it: "of 1709 schoolchildren",
 * "between 1500 and 2000 homes".  A year in the usual range keeps its
 * place after "in" or "since" ("In 2019 voters chose"). */
static bool a_count(const struct tx_ctx *c, struct tx_tok t, int y)
{
	static const char *const time_preps[] = {"in", "since", "by", "until", "during", "before",
						 "after", NULL};
	struct tx_tok next, prev = {c->prev_start, c->prev_end};
	size_t end = t.end;
	/* "1500-2000 troops", "1500 to 2000 troops": the noun after the range */
	struct tx_tok link, other;
	if (tx_tok_after(c, end, &link) && (tx_tok_is(c, link, "and") || tx_tok_is(c, link, "to")) &&
	    tx_tok_after(c, link.end, &other) && tx_year_word(c, other))
		end = other.end;
	else if (end + 1 < c->n && c->s[end] == '-' && tx_tok_at(c, end + 1, &other) &&
		 tx_year_word(c, other))
		end = other.end;
	if (!tx_tok_after(c, end, &next) || !tx_plural_word(c, next))
		return false;
	bool usual = y >= 1800 && y <= 2100;
	return !(usual && c->has_prev && tx_tok_index(c, prev, time_preps) >= 0);
}

/* Written dates: "July 28, 2024", "28 Jul. 2024", "2024-07-28", "March
 * 2025", through dateparse on a window that keeps each call bounded. */
size_t tx_rule_written_date(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	unsigned char ch = i < c->n ? (unsigned char)c->s[i] : 0;
	if (!isupper(ch) && !(isdigit(ch) && !tx_glued_before(c, i)))
		return 0;
	size_t len = c->n - i < DATE_WINDOW ? c->n - i : DATE_WINDOW;
	struct date_match m;
	if (!date_find(c->s + i, len, true, &m) || m.start != 0)
		return 0;
	size_t end = i + m.end;
	/* the window may have cut a longer number short; "T10:00" is a time */
	if (tx_alnum_at(c, end) && !(c->s[end] == 'T' && tx_digit_at(c, end + 1)))
		return 0;
	*e = (struct tx_expr){.kind = TX_DATE, .year = m.value.year, .month = m.value.month,
			      .day = m.value.day};
	return end;
}

/* "July of 2024" */
size_t tx_rule_month_of_year(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t, of, y;
	size_t end;
	if (!tx_tok_at(c, i, &t))
		return 0;
	int m = tx_month_word(c, t, false, &end);
	if (!m || !tx_tok_after(c, end, &of) || !tx_tok_is(c, of, "of") ||
	    !tx_tok_after(c, of.end, &y) || !tx_year_word(c, y))
		return 0;
	*e = (struct tx_expr){.kind = TX_DATE, .year = tx_year_word(c, y), .month = m};
	return y.end;
}

/* "-5" or "–5" after "March 3": the last day of a range, past its end. */
static int range_end(const struct tx_ctx *c, size_t i, int day, size_t *end)
{
	size_t j = i;
	if (j < c->n && c->s[j] == '-')
		j++;
	else if (j + 2 < c->n && (unsigned char)c->s[j] == 0xE2 && (unsigned char)c->s[j + 1] == 0x80 &&
		 (unsigned char)c->s[j + 2] == 0x93)
		j += 3;
	else
		return 0;
	struct tx_tok d;
	bool ordinal;
	int last = tx_tok_at(c, j, &d) ? tx_day_word(c, d, &ordinal) : 0;
	if (last <= day)
		return 0;
	*end = d.end;
	return last;
}

/* ", 2024" or " 2024" after a day: the year that completes it. */
static int year_after(const struct tx_ctx *c, size_t i, size_t *end)
{
	size_t j = i < c->n && c->s[i] == ',' ? i + 1 : i;
	struct tx_tok y;
	if (!tx_tok_after(c, j, &y) || !tx_year_word(c, y))
		return 0;
	*end = y.end;
	return tx_year_word(c, y);
}

/* "July 28", "Jul. 28th", "March 3-5", "March 3-5, 2024" */
static size_t rule_month_day(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t, d;
	size_t end;
	bool ordinal;
	if (!tx_tok_at(c, i, &t))
		return 0;
	int m = tx_month_word(c, t, false, &end);
	int day = m && tx_tok_after(c, end, &d) ? tx_day_word(c, d, &ordinal) : 0;
	if (!day || !date_valid(2000, m, day))
		return 0;
	*e = (struct tx_expr){.kind = TX_MONTH_DAY, .month = m, .day = day};
	end = d.end;
	int last = range_end(c, end, day, &end);
	if (last && date_valid(2000, m, last)) {
		e->day_end = last;
		int y = year_after(c, end, &end);
		if (y && date_valid(y, m, last))
			e->kind = TX_DATE, e->year = y;
	}
	return end;
}

/* "28 July", "28th of July", "3-5 March 2024" */
static size_t rule_day_month(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok d, t;
	size_t end, range;
	bool ordinal;
	if (!tx_tok_at(c, i, &d))
		return 0;
	int day = tx_day_word(c, d, &ordinal);
	if (!day)
		return 0;
	int last = range_end(c, d.end, day, &range);
	if (!tx_tok_after(c, last ? range : d.end, &t))
		return 0;
	if (ordinal && tx_tok_is(c, t, "of") && !tx_tok_after(c, t.end, &t))
		return 0;
	int m = tx_month_word(c, t, false, &end);
	if (!m || !date_valid(2000, m, day) || (last && !date_valid(2000, m, last)))
		return 0;
	*e = (struct tx_expr){.kind = TX_MONTH_DAY, .month = m, .day = day, .day_end = last};
	if (last) {
		int y = year_after(c, end, &end);
		if (y && date_valid(y, m, last))
			e->kind = TX_DATE, e->year = y;
	}
	return end;
}

/* "in 2007", "by 2025", "between 2020 and 2024" */
static size_t rule_year_prep(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const char *const preps[] = {
		"in", "by", "since", "until", "till", "before", "after", "from", "of", "during",
		"through", "throughout", "for", "between", "to", NULL,
	};
	struct tx_tok t;
	if (!tx_tok_at(c, i, &t))
		return 0;
	int y = tx_year_word(c, t);
	if (!y || !prev_in(c, preps) || tx_counted_noun_after(c, t.end) || a_count(c, t, y))
		return 0;
	*e = (struct tx_expr){.kind = TX_DATE, .year = y};
	return t.end;
}

/* Where years stand without a preposition: as a modifier after a
 * determiner or a possessive ("the 2018 World Cup", "his 1996 campaign",
 * "Britain's 2016 referendum"), in brackets ("Titanic (1997)") and in a
 * caption's credit ("file, 2008"). */
static size_t rule_year_modifier(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const char *const dets[] = {
		"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
		"s", NULL,
	};
	static const char *const credits[] = {"file", "photo", "archive", "archives", NULL};
	struct tx_tok t, next, prev = {c->prev_start, c->prev_end};
	if (!tx_tok_at(c, i, &t))
		return 0;
	int y = tx_year_word(c, t);
	if (!y || tx_counted_noun_after(c, t.end))
		return 0;
	/* "the 1996 elections" is a year, "the 1500 schoolchildren" a count */
	bool det = c->has_prev && tx_tok_index(c, prev, dets) >= 0 &&
		   (!tx_tok_is(c, prev, "s") || (prev.start > 0 && (c->s[prev.start - 1] == '\'' ||
							      (unsigned char)c->s[prev.start - 1] == 0x99))) &&
		   tx_tok_after(c, t.end, &next) && !(tx_plural_word(c, next) && (y < 1800 || y > 2100));
	bool bracket = i > 0 && c->s[i - 1] == '(' && t.end < c->n && c->s[t.end] == ')';
	/* "post-1959 Cuba", "pre-2008 prices" */
	bool prefixed = i >= 4 && c->s[i - 1] == '-' &&
			((i >= 5 && strncasecmp(c->s + i - 5, "post", 4) == 0) ||
			 strncasecmp(c->s + i - 4, "pre", 3) == 0);
	bool credit = false;
	if (i >= 2 && c->s[i - 1] == ' ' && c->s[i - 2] == ',') {
		size_t k = i - 2;
		while (k > 0 && isalpha((unsigned char)c->s[k - 1]))
			k--;
		credit = tx_tok_index(c, (struct tx_tok){k, i - 2}, credits) >= 0;
	}
	if (!det && !bracket && !credit && !prefixed)
		return 0;
	*e = (struct tx_expr){.kind = TX_DATE, .year = y};
	return t.end;
}

/* "in March", "since April", "set for March", "in March, April and June".
 * "by May", "for May", "of May" and "In 2019, May" are more often Theresa
 * May than the month. */
static size_t rule_month_prep(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static const char *const preps[] = {
		"in", "since", "until", "till", "before", "after", "during", "through",
		"throughout", "between", NULL,
	};
	static const char *const weak[] = {"by", "from", "of", "for", NULL};
	struct tx_tok t;
	size_t end;
	if (!tx_tok_at(c, i, &t))
		return 0;
	int m = tx_month_word(c, t, true, &end);
	if (!m || (m == 5 && c->after_comma))
		return 0;
	/* "the November election": a month as a modifier */
	struct tx_tok next;
	bool modifier = m != 5 && c->has_prev &&
			tx_tok_is(c, (struct tx_tok){c->prev_start, c->prev_end}, "the") &&
			tx_tok_after(c, end, &next) && islower((unsigned char)c->s[next.start]);
	if (!modifier && !prev_in(c, preps) && (m == 5 || !prev_in(c, weak)))
		return 0;
	*e = (struct tx_expr){.kind = TX_MONTH, .month = m};
	return end;
}

/* "Tuesday", and "Sunday, July 28, 2024" as one date */
static size_t rule_weekday(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t;
	if (!tx_tok_at(c, i, &t))
		return 0;
	int wd = tx_weekday_word(c, t);
	if (!wd)
		return 0;
	size_t j = t.end < c->n && c->s[t.end] == ',' ? t.end + 1 : t.end;
	size_t k = tx_skip_blank(c, j);
	if (k > j) {
		size_t end = tx_rule_written_date(c, k, e);
		if (end && e->day)
			return end;
		if ((end = rule_month_day(c, k, e)) || (end = rule_day_month(c, k, e))) {
			e->weekday = wd; /* "Monday, Oct. 26" names its year */
			return end;
		}
	}
	*e = (struct tx_expr){.kind = TX_WEEKDAY, .weekday = wd};
	return t.end;
}

/* "Q3 2024", "Q3" */
size_t tx_rule_quarter_q(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	struct tx_tok t, y;
	if (!tx_tok_at(c, i, &t))
		return 0;
	if (t.end - t.start != 2 || c->s[i] != 'Q' || c->s[i + 1] < '1' || c->s[i + 1] > '4')
		return 0;
	*e = (struct tx_expr){.kind = TX_QUARTER, .quarter = c->s[i + 1] - '0'};
	if (tx_tok_after(c, t.end, &y) && (e->year = tx_year_word(c, y)))
		return y.end;
	return t.end;
}

static size_t match_at(const struct tx_ctx *c, size_t i, struct tx_expr *e)
{
	static rule_fn *const rules[] = {
		tx_rule_part_of, tx_rule_season, tx_rule_the, tx_rule_early_late_mid, tx_rule_earlier_later,
		tx_rule_that, tx_rule_modifier, tx_rule_day_word, tx_rule_in_within, tx_rule_ago,
		tx_rule_year_ago, tx_rule_quarter_q, tx_rule_quarter_word, tx_holiday_at,
		rule_weekday,
		tx_rule_written_date, rule_month_day, rule_day_month, tx_rule_month_of_year,
		tx_rule_decade, tx_rule_fiscal, tx_rule_spelled_year, rule_year_prep,
		rule_year_modifier, rule_month_prep,
	};
	for (size_t k = 0; k < sizeof rules / sizeof *rules; k++) {
		size_t end = rules[k](c, i, e);
		if (end)
			return end;
	}
	return 0;
}

static bool anchor_usable(const struct date_value *a)
{
	if (!a)
		return false;
	switch (a->precision) {
	case DATE_DAY: return date_valid(a->year, a->month, a->day);
	case DATE_MONTH: return date_valid(a->year, a->month, 1);
	case DATE_YEAR: return date_valid(a->year, 1, 1);
	case DATE_NONE: break;
	}
	return false;
}

/* Only blanks and commas in s[from, to), and at least one comma when
 * need_comma. */
static bool only_commas(const struct tx_ctx *c, size_t from, size_t to, bool need_comma)
{
	for (size_t k = from; k < to;) {
		size_t next = tx_skip_blank(c, k);
		if (next == k && c->s[k] != ',')
			return false;
		need_comma = need_comma && next > k;
		k = next > k ? next : k + 1;
	}
	return !need_comma;
}

void timex_reader_init(struct timex_reader *r, const struct date_value *anchor)
{
	r->anchor = anchor_usable(anchor) ? *anchor : (struct date_value){0, 0, 0, DATE_NONE};
	r->last = (struct date_value){0, 0, 0, DATE_NONE};
}

/* What an anaphoric expression counts from: the date last mentioned when
 * it is fine enough for the unit, else the anchor. */
static const struct date_value *reference(const struct timex_reader *r, const struct tx_expr *e)
{
	static const enum date_precision needs[] = {
		[TX_DAYS] = DATE_DAY, [TX_WEEKS] = DATE_DAY, [TX_MONTHS] = DATE_MONTH,
		[TX_QUARTERS] = DATE_MONTH, [TX_YEARS] = DATE_YEAR,
	};
	const struct date_value *a = r->anchor.precision != DATE_NONE ? &r->anchor : NULL;
	if (e->from_ref && e->kind == TX_SHIFT && r->last.precision >= needs[e->unit])
		return &r->last;
	return a;
}

/* A resolved day, month or year is what "the next day" or "that year"
 * later counts from. */
static void remember(struct timex_reader *r, const struct timex *t)
{
	struct date_value v;
	if ((t->precision == TIMEX_DAY || t->precision == TIMEX_MONTH || t->precision == TIMEX_YEAR) &&
	    date_parse_iso(t->value, &v))
		r->last = v;
}

/* "October this year", "March last year", "May 5 next year", "July of
 * this year": the month's year named after it. */
static size_t year_named_after(const struct tx_ctx *c, size_t end, struct tx_expr *e)
{
	static const char *const mods[] = {"last", "this", "next", NULL};
	struct tx_tok m, y;
	size_t at = end;
	if (tx_tok_after(c, at, &m) && tx_tok_is(c, m, "of"))
		at = m.end;
	if (!tx_tok_after(c, at, &m) || !tx_tok_after(c, m.end, &y) || !tx_tok_is(c, y, "year"))
		return end;
	int k = tx_tok_index(c, m, mods);
	if (k < 0)
		return end;
	e->offset = k - 1;
	e->kind = e->kind == TX_MONTH ? TX_MONTH_YEAR : TX_MONTH_DAY_YEAR;
	return y.end;
}

/* Whether the tense picks the value: "March", "Friday", "in the spring",
 * "the quarter"; not "March 2024" or "last week".  Only then is the
 * clause read, and the sentence tagged. */
static bool needs_tense(const struct tx_expr *e)
{
	switch (e->kind) {
	case TX_MONTH_DAY:
	case TX_MONTH:
	case TX_WEEKDAY:
	case TX_HOLIDAY:
		return e->mod == TX_PLAIN || e->mod == TX_THIS;
	case TX_SEASON:
		return !e->year && (e->mod == TX_PLAIN || e->mod == TX_THIS);
	case TX_THE_QUARTER:
		return true;
	default:
		return false;
	}
}

/* "the Jan. 14 deadline", "the November election": a date that names a
 * noun's time is no part of the clause's tense. */
static bool modifier_of_noun(const struct tx_ctx *c, size_t end)
{
	static const char *const dets[] = {"the", "a", "an", "s", NULL};
	struct tx_tok next;
	return c->has_prev && tx_tok_index(c, (struct tx_tok){c->prev_start, c->prev_end}, dets) >= 0 &&
	       tx_tok_after(c, end, &next) && islower((unsigned char)c->s[next.start]) &&
	       !tx_tok_is(c, next, "and") && !tx_tok_is(c, next, "to");
}

size_t timex_read(struct timex_reader *r, const char *sentence, size_t n,
		  const struct timex_verbs *verbs, struct timex **out, size_t *cap)
{
	static const char *const links[] = {"and", "or", "to", NULL};
	struct tx_tags tags = {.source = verbs};
	struct tx_ctx c = {.s = sentence, .n = n, .tags = &tags};
	bool linked = false;
	size_t count = 0, last_end = 0, words_since = 0, i = 0;
	while (i < n) {
		if (!tx_alnum_at(&c, i) || (i > 0 && isalnum((unsigned char)sentence[i - 1]))) {
			i++;
			continue;
		}
		c.has_prev = c.has_prev && tx_skip_blank(&c, c.prev_end) == i;
		/* a list goes on after a comma or one link word: "2010, 2012 and 2016" */
		c.after_comma = count && words_since == 0 && only_commas(&c, last_end, i, true);
		c.after_link = count && words_since == 1 && c.has_prev && linked;
		struct tx_expr e = {0};
		size_t end = match_at(&c, i, &e);
		if (end && (e.kind == TX_MONTH || e.kind == TX_MONTH_DAY) && e.mod == TX_PLAIN)
			end = year_named_after(&c, end, &e);
		if (end) {
			*out = xgrow(*out, cap, count + 1, sizeof **out);
			struct timex *t = &(*out)[count++];
			t->start = i;
			t->end = end;
			enum timex_tense tense = TENSE_NONE;
			if (needs_tense(&e) && !modifier_of_noun(&c, end))
				tense = tx_tense_around(&c, i, end);
			tx_resolve(&e, reference(r, &e), tense, t);
			remember(r, t);
			c.has_prev = false;
			words_since = 0;
			last_end = i = end;
			continue;
		}
		struct tx_tok w;
		tx_tok_at(&c, i, &w);
		if (words_since++ == 0)
			linked = tx_tok_index(&c, w, links) >= 0 &&
				 only_commas(&c, last_end, w.start, false);
		c.has_prev = true;
		c.prev_start = w.start;
		c.prev_end = w.end;
		i = w.end;
	}
	return count;
}

size_t timex_find(const char *sentence, size_t n, const struct date_value *anchor,
		  struct timex **out, size_t *cap)
{
	struct timex_reader r;
	timex_reader_init(&r, anchor);
	return timex_read(&r, sentence, n, NULL, out, cap);
}

const char *timex_precision_name(enum timex_precision p)
{
	switch (p) {
	case TIMEX_YEAR: return "year";
	case TIMEX_QUARTER: return "quarter";
	case TIMEX_MONTH: return "month";
	case TIMEX_WEEK: return "week";
	case TIMEX_DAY: return "day";
	case TIMEX_SEASON: return "season";
	case TIMEX_DECADE: return "decade";
	case TIMEX_NONE: break;
	}
	return "none";
}
