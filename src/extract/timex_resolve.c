/* timex_resolve.c - calendar values for the expressions the rules find
 * (timex.c, timex_relative.c, timex_periods.c).
 *
 * Resolution rules (the anchor is the article's date; "on or before" and
 * "on or after" include the anchor itself):
 *
 * - Written dates ("July 28, 2024", "2024-Q3", "by 2025") need no anchor.
 * - A bare "March", "mid-July", "July 28", "Friday" or "in the fall"
 *   takes the tense of its clause (timex_tense.c): past, the latest such
 *   date on or before the anchor (a weekday equal to the anchor's is the
 *   anchor day, "March" in March is this March); future, the earliest on
 *   or after it; neither, the nearer of the two, the earlier on a tie
 *   ("payable Jan. 2 to stock of record Dec. 15" in November is the
 *   coming December and January).
 * - "last March" is the March before the anchor's month, "next March" the
 *   one after, "this March" the anchor year's.  "last Friday" is the Friday
 *   in the seven days before the anchor day, "next Friday" in the seven days
 *   after, "this Friday" the one in the anchor's ISO week.
 * - Shifts move the anchor and keep the unit as precision: "last week" is
 *   the ISO week of anchor - 7 days, "three months ago" the anchor's month
 *   - 3, "two years ago" its year - 2, "in ten days" its day + 10, "within
 *   five years" its year + 5, "earlier this month" its month.
 * - "the third quarter" without a year is in the anchor's year; "the
 *   quarter" is the anchor's, or in the past tense the one before it (the
 *   one a report speaks of).
 * - "the next day", "the previous week", "the day before", "that month",
 *   "a year earlier" count from the date last mentioned in the article
 *   (timex.c keeps it), else from the anchor.
 * - Seasons: "last fall" is the fall before the anchor's season, "spring
 *   2024" is 2024-SP; decades: "the 1990s" is 199.
 * - Day ranges ("March 3-5") have the first day's value and span all.
 * - Holidays ("Thanksgiving", "last Christmas") resolve as "March" does,
 *   on the day their rule gives each year.
 * - "the end of 2025", "early March", "mid-2026" have the value of the
 *   period they qualify.
 * - What needs a finer anchor than there is stays unresolved: "yesterday"
 *   or "Friday" with a month anchor, "March" with a year anchor.  So does a
 *   value outside the years 1000-9999.
 *
 * Weeks are ISO 8601 weeks: Monday to Sunday, numbered within the year that
 * holds their Thursday, so 2024-12-30 is in 2025-W01. */
#include <ctype.h>
#include <limits.h>
#include <string.h>

#include "brief/civil.h"
#include "timex_internal.h"

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
	emit(t, TIMEX_YEAR, v, civil_days((int)y, 1, 1), civil_days((int)y, 12, 31));
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
	emit(t, TIMEX_QUARTER, v, civil_days((int)y, last_month - 2, 1),
	     civil_days((int)y, last_month, days_in_month((int)y, last_month)));
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
	emit(t, TIMEX_MONTH, v, civil_days((int)y, m, 1),
	     civil_days((int)y, m, days_in_month((int)y, m)));
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
	int week = (int)((monday + 3 - civil_days(y, 1, 1)) / 7) + 1;
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

/* A day range ("March 3-5"): the first day's value, the whole span. */
static void emit_days(struct timex *t, long first, long last)
{
	emit_day(t, first);
	if (t->precision == TIMEX_DAY && last > first)
		format_day(t->last_day, last);
}

/* Of the candidates back <= 0 <= ahead (distances from the anchor), the
 * one the tense picks: past the one before, future the one after, and
 * otherwise the nearer.  On a tie the one before, as news reports more
 * than it announces, unless the verb is present ("takes effect in the
 * spring"), which in news speaks of what is to come. */
static long pick(long back, long ahead, enum timex_tense tense)
{
	if (tense == TENSE_PAST)
		return back;
	if (tense == TENSE_FUTURE)
		return ahead;
	if (tense == TENSE_PRESENT)
		return -back < ahead ? back : ahead;
	return -back <= ahead ? back : ahead;
}

/* "July 28": the one the tense picks around the anchor; a leap day may be
 * years away, hence the loop (eight years always hold one).  With a month
 * anchor, July 28 counts as on or before and on or after an anchor in
 * July. */
static void resolve_month_day(const struct tx_expr *e, const struct date_value *a,
			      enum timex_tense tense, struct timex *t)
{
	if (!a || a->precision < DATE_MONTH)
		return;
	long before = LONG_MIN, after = LONG_MIN;
	if (a->precision == DATE_DAY) {
		long today = civil_days(a->year, a->month, a->day);
		/* "Monday, Oct. 26": the nearest year where it is a Monday */
		for (int k = 0; e->weekday && k <= 3; k++)
			for (int sign = -1; sign <= 1; sign += 2) {
				int y = a->year + sign * k;
				if (date_valid(y, e->month, e->day) &&
				    weekday_of(civil_days(y, e->month, e->day)) == e->weekday) {
					long day = civil_days(y, e->month, e->day);
					emit_days(t, day, e->day_end ? day + e->day_end - e->day : day);
					return;
				}
			}
		for (int y = a->year + 1; y >= a->year - 8 && before == LONG_MIN; y--)
			if (date_valid(y, e->month, e->day) &&
			    civil_days(y, e->month, e->day) <= today)
				before = civil_days(y, e->month, e->day) - today;
		for (int y = a->year - 1; y <= a->year + 8 && after == LONG_MIN; y++)
			if (date_valid(y, e->month, e->day) &&
			    civil_days(y, e->month, e->day) >= today)
				after = civil_days(y, e->month, e->day) - today;
		if (before == LONG_MIN || after == LONG_MIN)
			return;
		long day = today + pick(before, after, tense);
		emit_days(t, day, e->day_end ? day + e->day_end - e->day : day);
		return;
	}
	long here = a->year * 12L + a->month - 1;
	long back = e->month <= a->month ? e->month - a->month : e->month - a->month - 12;
	long ahead = e->month >= a->month ? e->month - a->month : e->month - a->month + 12;
	long months = here + pick(back, ahead, tense);
	int y = (int)(months / 12);
	for (int k = 0; k < 8 && !date_valid(y, e->month, e->day); k++)
		y += tense == TENSE_FUTURE ? 1 : -1;
	if (date_valid(y, e->month, e->day)) {
		long day = civil_days(y, e->month, e->day);
		emit_days(t, day, e->day_end ? day + e->day_end - e->day : day);
	}
}

static void resolve_month(const struct tx_expr *e, const struct date_value *a,
			  enum timex_tense tense, struct timex *t)
{
	if (!a || (e->mod != TX_THIS && a->precision < DATE_MONTH))
		return;
	long here = a->year * 12L + (a->precision >= DATE_MONTH ? a->month : e->month) - 1;
	long back = e->month <= a->month ? e->month - a->month : e->month - a->month - 12;
	long ahead = e->month >= a->month ? e->month - a->month : e->month - a->month + 12;
	switch (e->mod) {
	case TX_PLAIN: emit_month(t, here + pick(back, ahead, tense)); break;
	case TX_LAST: emit_month(t, here + (back < 0 ? back : -12)); break;
	case TX_NEXT: emit_month(t, here + (ahead > 0 ? ahead : 12)); break;
	case TX_THIS: emit_month(t, a->year * 12L + e->month - 1); break;
	}
}

static void resolve_weekday(const struct tx_expr *e, const struct date_value *a,
			    enum timex_tense tense, struct timex *t)
{
	if (!a || a->precision != DATE_DAY)
		return;
	long today = civil_days(a->year, a->month, a->day);
	int wd = weekday_of(today);
	int back = (wd - e->weekday + 7) % 7, ahead = (e->weekday - wd + 7) % 7;
	switch (e->mod) {
	case TX_PLAIN: emit_day(t, today + pick(-back, ahead, tense)); break;
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
	case TX_DAYS: emit_day(t, civil_days(a->year, a->month, a->day) + off); break;
	case TX_WEEKS: emit_week(t, civil_days(a->year, a->month, a->day) + 7 * off); break;
	case TX_MONTHS: emit_month(t, a->year * 12L + a->month - 1 + off); break;
	case TX_QUARTERS: {
		long q = a->year * 4L + (a->month - 1) / 3 + off;
		emit_quarter(t, q / 4, (int)(q % 4) + 1);
		break;
	}
	case TX_YEARS: emit_year(t, a->year + off); break;
	}
}

/* Seasons as TIMEX3 writes them; the winter of 2024 is December 2024 to
 * February 2025, so January 2025 is in 2024-WI. */
static void emit_season(struct timex *t, long index)
{
	static const char *const codes[] = {"SP", "SU", "FA", "WI"};
	long y = index / 4;
	int s = (int)(index % 4);
	if (!year_ok(y) || !year_ok(y + 1))
		return;
	char v[12];
	char *p = put_num(v, (int)y, 4);
	*p++ = '-';
	memcpy(p, codes[s], 3);
	int first = 3 + 3 * s; /* March, June, September, December */
	long last = s == 3 ? civil_days((int)y + 1, 3, 1) - 1
			   : civil_days((int)y, first + 2, days_in_month((int)y, first + 2));
	memcpy(t->value, v, strlen(v) + 1);
	t->precision = TIMEX_SEASON;
	format_day(t->first_day, civil_days((int)y, first, 1));
	format_day(t->last_day, last);
}

static void resolve_season(const struct tx_expr *e, const struct date_value *a,
			   enum timex_tense tense, struct timex *t)
{
	if (e->year) {
		emit_season(t, e->year * 4L + e->season - 1);
		return;
	}
	if (!a || a->precision < DATE_MONTH)
		return;
	/* the season the anchor is in, as an index year * 4 + season */
	long here = a->month <= 2 ? (a->year - 1) * 4L + 3 : a->year * 4L + (a->month - 3) / 3;
	long back = (e->season - 1) - here % 4, ahead;
	if (back > 0)
		back -= 4;
	ahead = back < 0 ? back + 4 : 0;
	switch (e->mod) {
	case TX_PLAIN: emit_season(t, here + pick(back, ahead, tense)); break;
	case TX_LAST: emit_season(t, here + (back < 0 ? back : -4)); break;
	case TX_NEXT: emit_season(t, here + (ahead > 0 ? ahead : 4)); break;
	case TX_THIS: emit_season(t, here + pick(back, ahead, tense)); break;
	}
}

static void emit_decade(struct timex *t, int decade)
{
	char v[12];
	if (decade < 100 || decade > 999)
		return;
	*put_num(v, decade, 3) = '\0';
	memcpy(t->value, v, 4);
	t->precision = TIMEX_DECADE;
	format_day(t->first_day, civil_days(decade * 10, 1, 1));
	format_day(t->last_day, civil_days(decade * 10 + 9, 12, 31));
}

/* The nth (1-based; 5 = the last) weekday wd of a month. */
static long nth_weekday(int y, int m, int wd, int nth)
{
	if (nth == 5) {
		long last = civil_days(y, m, days_in_month(y, m));
		return last - (weekday_of(last) - wd + 7) % 7;
	}
	long first = civil_days(y, m, 1);
	return first + (wd - weekday_of(first) + 7) % 7 + 7L * (nth - 1);
}

/* Easter Sunday of the Gregorian calendar (the anonymous algorithm in
 * Meeus, Astronomical Algorithms). */
static long easter(int y)
{
	int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
	int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
	int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
	int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
	return civil_days(y, month, day);
}

static long holiday_day(enum tx_holiday h, int y)
{
	switch (h) {
	case TX_NEW_YEARS_DAY: return civil_days(y, 1, 1);
	case TX_NEW_YEARS_EVE: return civil_days(y, 12, 31);
	case TX_EASTER: return easter(y);
	case TX_GOOD_FRIDAY: return easter(y) - 2;
	case TX_MEMORIAL_DAY: return nth_weekday(y, 5, 1, 5);
	case TX_INDEPENDENCE_DAY: return civil_days(y, 7, 4);
	case TX_LABOR_DAY: return nth_weekday(y, 9, 1, 1);
	case TX_HALLOWEEN: return civil_days(y, 10, 31);
	/* the Tuesday after the first Monday of November */
	case TX_ELECTION_DAY: return nth_weekday(y, 11, 1, 1) + 1;
	case TX_VETERANS_DAY: return civil_days(y, 11, 11);
	case TX_THANKSGIVING: return nth_weekday(y, 11, 4, 4);
	case TX_CHRISTMAS_EVE: return civil_days(y, 12, 24);
	case TX_CHRISTMAS: return civil_days(y, 12, 25);
	case TX_BOXING_DAY: return civil_days(y, 12, 26);
	}
	return 0;
}

/* "Thanksgiving": that year's, the one before or the one after the anchor,
 * by the tense and the modifier as for "March". */
static void resolve_holiday(const struct tx_expr *e, const struct date_value *a,
			    enum timex_tense tense, struct timex *t)
{
	if (!a || a->precision < DATE_MONTH || !year_ok(a->year - 1) || !year_ok(a->year + 1))
		return;
	long today = a->precision == DATE_DAY ? civil_days(a->year, a->month, a->day)
					      : civil_days(a->year, a->month, 15);
	long prev = holiday_day(e->holiday, a->year), next = prev;
	if (prev > today)
		prev = holiday_day(e->holiday, a->year - 1);
	if (next < today)
		next = holiday_day(e->holiday, a->year + 1);
	switch (e->mod) {
	case TX_PLAIN: emit_day(t, today + pick(prev - today, next - today, tense)); break;
	case TX_LAST: emit_day(t, prev < today ? prev : holiday_day(e->holiday, a->year - 1)); break;
	case TX_NEXT: emit_day(t, next > today ? next : holiday_day(e->holiday, a->year + 1)); break;
	case TX_THIS: emit_day(t, holiday_day(e->holiday, a->year)); break;
	}
}

void tx_resolve(const struct tx_expr *e, const struct date_value *anchor, enum timex_tense tense,
		struct timex *t)
{
	t->value[0] = t->first_day[0] = t->last_day[0] = '\0';
	t->precision = TIMEX_NONE;
	switch (e->kind) {
	case TX_DATE:
		if (e->day && date_valid(e->year, e->month, e->day)) {
			long day = civil_days(e->year, e->month, e->day);
			emit_days(t, day, e->day_end ? day + e->day_end - e->day : day);
		} else if (e->month) {
			emit_month(t, e->year * 12L + e->month - 1);
		} else {
			emit_year(t, e->year);
		}
		break;
	case TX_QUARTER:
		if (e->year)
			emit_quarter(t, e->year, e->quarter);
		else if (anchor)
			emit_quarter(t, (long)anchor->year + e->offset, e->quarter);
		break;
	case TX_THE_QUARTER:
		/* the quarter reported on is the one that ended; the one to come
		 * or without a tense, the anchor's own */
		if (anchor && anchor->precision >= DATE_MONTH) {
			long q = anchor->year * 4L + (anchor->month - 1) / 3 - (tense == TENSE_PAST);
			emit_quarter(t, q / 4, (int)(q % 4) + 1);
		}
		break;
	case TX_MONTH_DAY: resolve_month_day(e, anchor, tense, t); break;
	case TX_MONTH: resolve_month(e, anchor, tense, t); break;
	case TX_WEEKDAY: resolve_weekday(e, anchor, tense, t); break;
	case TX_SHIFT: resolve_shift(e, anchor, t); break;
	case TX_SEASON: resolve_season(e, anchor, tense, t); break;
	case TX_DECADE: emit_decade(t, e->decade); break;
	case TX_HOLIDAY: resolve_holiday(e, anchor, tense, t); break;
	case TX_MONTH_YEAR:
		if (anchor)
			emit_month(t, (anchor->year + e->offset) * 12L + e->month - 1);
		break;
	case TX_MONTH_DAY_YEAR:
		if (anchor && date_valid(anchor->year + e->offset, e->month, e->day)) {
			long day = civil_days(anchor->year + e->offset, e->month, e->day);
			emit_days(t, day, e->day_end ? day + e->day_end - e->day : day);
		}
		break;
	}
}
