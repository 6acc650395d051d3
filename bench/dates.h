/* dates.h - the date expressions of gencorpus.c's articles: in the past,
 * to come, and "since ...", each drawn relative to the article's own day
 * so that the timeline resolves them to real days, and in the mix wire
 * copy has: weekdays, "last week", "on March 3", "in 2019", "two years
 * ago", "the third quarter", "next month". */
#ifndef GENCORPUS_DATES_H
#define GENCORPUS_DATES_H

#include "genlib.h"

/* "on Tuesday": the article's day most often, else one of the days
 * before. */
static void weekday_date(struct rng *r, int day, struct buf *b)
{
	int k = chance(r, 0.6) ? 0 : chance(r, 0.7) ? 1 : range(r, 2, 4);
	buf_printf(b, "on %s", weekday_names[weekday(day - k)]);
}

/* When someone spoke: days before the article, not years. */
static void speech_date(struct rng *r, int day, struct buf *b)
{
	int y, m, d, u = rnd(r, 100);
	buf_puts(b, " ");
	if (u < 60) {
		weekday_date(r, day, b);
	} else if (u < 72) {
		buf_puts(b, "last week");
	} else if (u < 80) {
		civil_from_days(day, &y, &m, &d);
		buf_puts(b, d > 10 ? "earlier this month" : "last month");
	} else {
		civil_from_days(day - range(r, 2, 20), &y, &m, &d);
		buf_printf(b, "on %s %d", month_names[m - 1], d);
	}
}

/* A date in the past, as the article's own day sees it. */
static void past_date(struct rng *r, int day, struct buf *b)
{
	static const char *const count[] = {"two", "three", "four", "five", "six", "seven", "eight", "ten"};
	static const char *const ord[] = {"first", "second", "third", "fourth"};
	int Y, M, D, y, m, d, u = rnd(r, 100);
	civil_from_days(day, &Y, &M, &D);
	if (u < 22) {
		weekday_date(r, day, b);
	} else if (u < 30) {
		buf_puts(b, "last week");
	} else if (u < 36) {
		buf_puts(b, "last month");
	} else if (u < 41) {
		buf_puts(b, D > 10 ? "earlier this month" : "last month");
	} else if (u < 46) {
		buf_puts(b, M > 3 ? "earlier this year" : "last year");
	} else if (u < 52) {
		buf_puts(b, "last year");
	} else if (u < 62) {
		civil_from_days(day - range(r, 2, 40), &y, &m, &d);
		buf_printf(b, "on %s %d", month_names[m - 1], d);
	} else if (u < 71) {
		buf_printf(b, "in %d", Y - range(r, 1, 12));
	} else if (u < 76) {
		buf_printf(b, "%s years ago", count[rnd(r, 8)]);
	} else if (u < 79) {
		const char *n = count[rnd(r, 5)];
		buf_printf(b, "%s %s ago", n, chance(r, 0.5) ? "months" : "weeks");
	} else if (u < 83) {
		int q = (M - 1) / 3;
		if (q > 0)
			buf_printf(b, "in the %s quarter", ord[rnd(r, q)]);
		else
			buf_printf(b, "in the fourth quarter of %d", Y - 1);
	} else if (u < 87) {
		if (M > 1)
			buf_printf(b, "in %s", month_names[rnd(r, M - 1)]);
		else
			buf_puts(b, "last year");
	} else if (u < 90) {
		static const char *const part[] = {"in late ", "in early ", "in mid-"};
		const char *p = part[rnd(r, 3)];
		buf_printf(b, "%s%d", p, Y - range(r, 1, 6));
	} else if (u < 94) {
		civil_from_days(day - range(r, 400, 2500), &y, &m, &d);
		buf_printf(b, "on %s %d, %d", month_names[m - 1], d, y);
	} else if (u < 96) {
		buf_printf(b, "in the %ds", Y >= 2020 && chance(r, 0.5) ? 2000 : 1990);
	} else if (u < 99) {
		static const char *const seasons[] = {"spring", "summer", "autumn", "winter"};
		buf_printf(b, "last %s", seasons[rnd(r, 4)]);
	} else {
		buf_puts(b, "a year earlier");
	}
}

static void future_date(struct rng *r, int day, struct buf *b)
{
	int Y, M, D, y, m, d, u = rnd(r, 100);
	civil_from_days(day, &Y, &M, &D);
	if (u < 20)
		buf_puts(b, "next month");
	else if (u < 34)
		buf_puts(b, "next week");
	else if (u < 46)
		buf_puts(b, "next year");
	else if (u < 58)
		buf_printf(b, "on %s", weekday_names[weekday(day + range(r, 1, 6))]);
	else if (u < 68)
		buf_printf(b, "by %d", Y + range(r, 2, 10));
	else if (u < 76)
		buf_puts(b, M < 11 ? "later this year" : "next year");
	else if (u < 84 && M < 12)
		buf_printf(b, "in %s", month_names[range(r, M, 11)]);
	else if (u < 89)
		buf_puts(b, "by the end of the year");
	else if (u < 94)
		buf_puts(b, "in the first quarter of next year");
	else {
		civil_from_days(day + range(r, 5, 60), &y, &m, &d);
		buf_printf(b, "on %s %d", month_names[m - 1], d);
	}
}

static void since_date(struct rng *r, int day, struct buf *b)
{
	int Y, M, D, y, m, d, u = rnd(r, 100);
	civil_from_days(day, &Y, &M, &D);
	if (u < 50 || M < 3)
		buf_printf(b, "since %d", Y - range(r, 1, 15));
	else if (u < 70)
		buf_printf(b, "since %s", month_names[rnd(r, M - 1)]);
	else if (u < 85)
		buf_puts(b, "since last year");
	else {
		civil_from_days(day - range(r, 10, 120), &y, &m, &d);
		buf_printf(b, "since %s %d", month_names[m - 1], d);
	}
}

#endif
