/* timex_resolve.c - calendar values for the expressions timex.c finds, the
 * sentence tense that picks past or future for them, and the word readers
 * the rules and the tense share.
 *
 * Resolution rules (the anchor is the article's date; "on or before" and
 * "on or after" include the anchor itself):
 *
 * - Written dates ("July 28, 2024", "2024-Q3", "by 2025") need no anchor.
 * - A bare "March", "mid-July", "July 28" or "Friday" takes the tense of
 *   the sentence: in a past sentence it is the latest such date on or
 *   before the anchor (a weekday equal to the anchor's is the anchor day,
 *   "March" in March is this March); in a future sentence the earliest on
 *   or after it.  "July 28" with a month anchor compares months only, so
 *   July 28 counts as on or before and on or after an anchor in July.
 * - "last March" is the March before the anchor's month, "next March" the
 *   one after, "this March" the anchor year's.  "last Friday" is the Friday
 *   in the seven days before the anchor day, "next Friday" in the seven days
 *   after, "this Friday" the one in the anchor's ISO week.
 * - Shifts move the anchor and keep the unit as precision: "last week" is
 *   the ISO week of anchor - 7 days, "three months ago" the anchor's month
 *   - 3, "two years ago" its year - 2, "in ten days" its day + 10, "within
 *   five years" its year + 5, "earlier this month" its month.
 * - "the third quarter" without a year is in the anchor's year.
 * - "the next day", "the previous week", "the day before" count from the
 *   last day written earlier in the same sentence ("met on July 10 and
 *   signed the next day"), else from the anchor.
 * - "the end of 2025", "early March", "mid-2026" have the value of the
 *   period they qualify.
 * - A sentence is future when it has "will", "'ll", "shall", "is/are going
 *   to", "is/are expected to", "is/are due to", "is/are scheduled to",
 *   "plans to", "set to", "set for", "scheduled for", "slated to/for",
 *   "next", "upcoming" or "later"; otherwise it is past.
 * - What needs a finer anchor than there is stays unresolved: "yesterday"
 *   or "Friday" with a month anchor, "March" with a year anchor.  So does a
 *   value outside the years 1000-9999.
 *
 * Weeks are ISO 8601 weeks: Monday to Sunday, numbered within the year that
 * holds their Thursday, so 2024-12-30 is in 2025-W01. */
#include <ctype.h>
#include <string.h>

#include "timex_internal.h"

/* Days since 1970-01-01 in the proleptic Gregorian calendar (Howard
 * Hinnant's algorithm), so weekday and week arithmetic is integer
 * arithmetic. */
static long days_from_civil(int y, int m, int d)
{
	long yy = y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;
	long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 1 = Monday ... 7 = Sunday; day 0 was a Thursday. */
static int weekday_of(long day)
{
	long r = (day + 3) % 7;
	return (int)(r < 0 ? r + 7 : r) + 1;
}

static int days_in_month(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

/* Digits by hand: the values are range-checked, and snprintf with int
 * arguments draws truncation warnings. */
static char *put_num(char *p, int v, int width)
{
	for (int k = width - 1; k >= 0; k--, v /= 10)
		p[k] = (char)('0' + v % 10);
	return p + width;
}

static void format_day(char out[11], long day)
{
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	char *p = put_num(out, y, 4);
	*p++ = '-';
	p = put_num(p, m, 2);
	*p++ = '-';
	p = put_num(p, d, 2);
	*p = '\0';
}

static bool year_ok(long y)
{
	return y >= 1000 && y <= 9999;
}

/* Set the value and the span [first, last] of days. */
static void emit(struct timex *t, enum timex_precision p, const char *value, long first, long last)
{
	memcpy(t->value, value, strlen(value) + 1);
	t->precision = p;
	format_day(t->first_day, first);
	format_day(t->last_day, last);
}

static void emit_year(struct timex *t, long y)
{
	char v[12];
	if (!year_ok(y))
		return;
	*put_num(v, (int)y, 4) = '\0';
	emit(t, TIMEX_YEAR, v, days_from_civil((int)y, 1, 1), days_from_civil((int)y, 12, 31));
}

static void emit_quarter(struct timex *t, long y, int q)
{
	char v[12];
	if (!year_ok(y))
		return;
	char *p = put_num(v, (int)y, 4);
	*p++ = '-';
	*p++ = 'Q';
	*p++ = (char)('0' + q);
	*p = '\0';
	int last_month = 3 * q;
	emit(t, TIMEX_QUARTER, v, days_from_civil((int)y, last_month - 2, 1),
	     days_from_civil((int)y, last_month, days_in_month((int)y, last_month)));
}

/* Months counted from year 0, so shifting by months is an addition. */
static void emit_month(struct timex *t, long months)
{
	char v[12];
	long y = months / 12;
	int m = (int)(months % 12) + 1;
	if (!year_ok(y))
		return;
	char *p = put_num(v, (int)y, 4);
	*p++ = '-';
	*put_num(p, m, 2) = '\0';
	emit(t, TIMEX_MONTH, v, days_from_civil((int)y, m, 1),
	     days_from_civil((int)y, m, days_in_month((int)y, m)));
}

/* The ISO week that holds day. */
static void emit_week(struct timex *t, long day)
{
	char v[12];
	long monday = day - (weekday_of(day) - 1);
	int y, m, d;
	civil_from_days(monday + 3, &y, &m, &d); /* the week's Thursday names its year */
	if (!year_ok(y))
		return;
	int week = (int)((monday + 3 - days_from_civil(y, 1, 1)) / 7) + 1;
	char *p = put_num(v, y, 4);
	*p++ = '-';
	*p++ = 'W';
	*put_num(p, week, 2) = '\0';
	emit(t, TIMEX_WEEK, v, monday, monday + 6);
}

static void emit_day(struct timex *t, long day)
{
	char v[11];
	int y, m, d;
	civil_from_days(day, &y, &m, &d);
	if (!year_ok(y))
		return;
	format_day(v, day);
	emit(t, TIMEX_DAY, v, day, day);
}

/* "July 28": the nearest one in the tense's direction; a leap day may be
 * years away, hence the loop (eight years always hold one). */
static void resolve_month_day(const struct tx_expr *e, const struct date_value *a, bool future,
			      struct timex *t)
{
	if (!a || a->precision < DATE_MONTH)
		return;
	int y = a->year;
	int here = a->month * 100 + (a->precision == DATE_DAY ? a->day : 0);
	int there = e->month * 100 + (a->precision == DATE_DAY ? e->day : 0);
	if (future && there < here)
		y++;
	else if (!future && there > here)
		y--;
	for (int k = 0; k < 8 && !date_valid(y, e->month, e->day); k++)
		y += future ? 1 : -1;
	if (date_valid(y, e->month, e->day))
		emit_day(t, days_from_civil(y, e->month, e->day));
}

static void resolve_month(const struct tx_expr *e, const struct date_value *a, bool future,
			  struct timex *t)
{
	if (!a || (e->mod != TX_THIS && a->precision < DATE_MONTH))
		return;
	long y = a->year;
	switch (e->mod) {
	case TX_PLAIN: y += future ? (e->month < a->month) : -(e->month > a->month); break;
	case TX_LAST: y -= e->month >= a->month; break;
	case TX_NEXT: y += e->month <= a->month; break;
	case TX_THIS: break;
	}
	emit_month(t, y * 12 + e->month - 1);
}

static void resolve_weekday(const struct tx_expr *e, const struct date_value *a, bool future,
			    struct timex *t)
{
	if (!a || a->precision != DATE_DAY)
		return;
	long today = days_from_civil(a->year, a->month, a->day);
	int wd = weekday_of(today);
	int back = (wd - e->weekday + 7) % 7, ahead = (e->weekday - wd + 7) % 7;
	switch (e->mod) {
	case TX_PLAIN: emit_day(t, future ? today + ahead : today - back); break;
	case TX_LAST: emit_day(t, today - (back ? back : 7)); break;
	case TX_NEXT: emit_day(t, today + (ahead ? ahead : 7)); break;
	case TX_THIS: emit_day(t, today - (wd - 1) + (e->weekday - 1)); break;
	}
}

static void resolve_shift(const struct tx_expr *e, const struct date_value *a, struct timex *t)
{
	static const enum date_precision needs[] = {
		[TX_DAYS] = DATE_DAY, [TX_WEEKS] = DATE_DAY, [TX_MONTHS] = DATE_MONTH,
		[TX_QUARTERS] = DATE_MONTH, [TX_YEARS] = DATE_YEAR,
	};
	if (!a || a->precision < needs[e->unit])
		return;
	long off = e->offset;
	switch (e->unit) {
	case TX_DAYS: emit_day(t, days_from_civil(a->year, a->month, a->day) + off); break;
	case TX_WEEKS: emit_week(t, days_from_civil(a->year, a->month, a->day) + 7 * off); break;
	case TX_MONTHS: emit_month(t, a->year * 12L + a->month - 1 + off); break;
	case TX_QUARTERS: {
		long q = a->year * 4L + (a->month - 1) / 3 + off;
		emit_quarter(t, q / 4, (int)(q % 4) + 1);
		break;
	}
	case TX_YEARS: emit_year(t, a->year + off); break;
	}
}

void tx_resolve(const struct tx_expr *e, const struct date_value *anchor, bool future,
		struct timex *t)
{
	t->value[0] = t->first_day[0] = t->last_day[0] = '\0';
	t->precision = TIMEX_NONE;
	switch (e->kind) {
	case TX_DATE:
		if (e->day)
			emit_day(t, days_from_civil(e->year, e->month, e->day));
		else if (e->month)
			emit_month(t, e->year * 12L + e->month - 1);
		else
			emit_year(t, e->year);
		break;
	case TX_QUARTER:
		if (e->year)
			emit_quarter(t, e->year, e->quarter);
		else if (anchor)
			emit_quarter(t, (long)anchor->year + e->offset, e->quarter);
		break;
	case TX_MONTH_DAY: resolve_month_day(e, anchor, future, t); break;
	case TX_MONTH: resolve_month(e, anchor, future, t); break;
	case TX_WEEKDAY: resolve_weekday(e, anchor, future, t); break;
	case TX_SHIFT: resolve_shift(e, anchor, t); break;
	}
}

/* Tense */

/* "is", "are", "'s" ... before "going to", "expected to", "due to": without
 * them "were expected to" is past and "due to the rain" a cause. */
static bool is_be(const struct tx_ctx *c, struct tx_tok w)
{
	static const char *const be[] = {"is", "are", "am", "s", "re", NULL};
	return tx_tok_index(c, w, be) >= 0;
}

/* ' or U+2019, the typographic apostrophe */
static bool after_apostrophe(const struct tx_ctx *c, size_t i)
{
	const unsigned char *s = (const unsigned char *)c->s;
	return (i >= 1 && s[i - 1] == '\'') ||
	       (i >= 3 && s[i - 3] == 0xE2 && s[i - 2] == 0x80 && s[i - 1] == 0x99);
}

static bool future_marker(const struct tx_ctx *c, struct tx_tok w2, struct tx_tok w1,
			  struct tx_tok w)
{
	static const char *const words[] = {"shall", "next", "upcoming", "later", NULL};
	static const char *const before_for[] = {"set", "scheduled", "slated", NULL};
	static const char *const before_to[] = {"set", "plans", "plan", "slated", NULL};
	static const char *const be_before_to[] = {"going", "expected", "due", "scheduled", NULL};
	/* "Will" inside a sentence is a name; at its start, a question */
	if (tx_tok_is(c, w, "will") && (c->s[w.start] == 'w' || w1.end == 0))
		return true;
	if (tx_tok_index(c, w, words) >= 0)
		return true;
	if (tx_tok_is(c, w, "ll") && after_apostrophe(c, w.start))
		return true;
	if (tx_tok_is(c, w, "for"))
		return tx_tok_index(c, w1, before_for) >= 0;
	if (!tx_tok_is(c, w, "to"))
		return false;
	return tx_tok_index(c, w1, before_to) >= 0 ||
	       (tx_tok_index(c, w1, be_before_to) >= 0 && is_be(c, w2));
}

bool tx_future_tense(const char *s, size_t n)
{
	struct tx_ctx c = {.s = s, .n = n};
	struct tx_tok w2 = {0, 0}, w1 = {0, 0}, w;
	for (size_t i = 0; i < n;) {
		if (!tx_tok_at(&c, i, &w)) {
			i++;
			continue;
		}
		if (future_marker(&c, w2, w1, w))
			return true;
		w2 = w1;
		w1 = w;
		i = w.end;
	}
	return false;
}

/* Words */

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
