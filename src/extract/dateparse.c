/* dateparse.c - explicit calendar dates in running text. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "brief/dateparse.h"

static const struct {
	const char *name;
	int month;
} month_names[] = {
	{"january", 1}, {"february", 2}, {"march", 3}, {"april", 4},
	{"may", 5}, {"june", 6}, {"july", 7}, {"august", 8},
	{"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
	{"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
	{"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
};

int date_month_from_name(const char *s, size_t n)
{
	char low[16];
	if (n == 0 || n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	low[n] = '\0';
	for (size_t i = 0; i < sizeof month_names / sizeof *month_names; i++)
		if (strcmp(low, month_names[i].name) == 0)
			return month_names[i].month;
	return 0;
}

bool date_valid(int year, int month, int day)
{
	static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1)
		return false;
	if (day > days[month - 1])
		return false;
	if (month == 2 && day == 29)
		return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
	return true;
}

/* A small cursor over the text so each pattern reads as a sequence. */
struct scan {
	const char *s;
	size_t n, i;
};

static bool at_word_start(const struct scan *c, size_t i)
{
	return i == 0 || !isalnum((unsigned char)c->s[i - 1]);
}

static int read_number(struct scan *c, int min_digits, int max_digits)
{
	size_t i = c->i;
	int v = 0, d = 0;
	while (i < c->n && isdigit((unsigned char)c->s[i]) && d < max_digits) {
		v = v * 10 + (c->s[i] - '0');
		i++, d++;
	}
	if (d < min_digits || (i < c->n && isdigit((unsigned char)c->s[i])))
		return -1;
	c->i = i;
	return v;
}

/* A month name, optionally abbreviated with a dot. */
static int read_month(struct scan *c)
{
	size_t i = c->i;
	while (i < c->n && isalpha((unsigned char)c->s[i]))
		i++;
	/* News capitalizes month names; "come what may" is no month. */
	if (c->i >= c->n || !isupper((unsigned char)c->s[c->i]))
		return 0;
	int m = date_month_from_name(c->s + c->i, i - c->i);
	if (!m)
		return 0;
	/* "May" is also a verb and a name; only take it in a date pattern. */
	if (i < c->n && c->s[i] == '.')
		i++;
	c->i = i;
	return m;
}

static void skip_spaces(struct scan *c)
{
	while (c->i < c->n && (c->s[c->i] == ' ' || c->s[c->i] == '\t'))
		c->i++;
}

static bool year_ends(const struct scan *c)
{
	return c->i >= c->n || !isalnum((unsigned char)c->s[c->i]);
}

/* "st", "nd", "rd" or "th" after a day number. */
static void skip_ordinal(struct scan *c)
{
	static const char *const suffixes[] = {"st", "nd", "rd", "th"};
	if (c->i + 2 > c->n || (c->i + 2 < c->n && isalpha((unsigned char)c->s[c->i + 2])))
		return;
	for (size_t k = 0; k < 4; k++)
		if (strncmp(c->s + c->i, suffixes[k], 2) == 0) {
			c->i += 2;
			return;
		}
}

/* The year that closes a date: ", 2024" or " 2024"; -1 when there is none. */
static int read_year(struct scan *c)
{
	if (c->i < c->n && c->s[c->i] == ',')
		c->i++;
	skip_spaces(c);
	int y = read_number(c, 4, 4);
	return y > 0 && year_ends(c) ? y : -1;
}

/* Month D, YYYY | Month D YYYY | Month YYYY */
static bool match_month_first(struct scan *c, bool allow_month, struct date_value *v)
{
	int m = read_month(c);
	if (!m)
		return false;
	skip_spaces(c);
	size_t save = c->i;
	int d = read_number(c, 1, 2);
	if (d > 0) {
		skip_ordinal(c);
		int y = read_year(c);
		if (y < 0 || !date_valid(y, m, d))
			return false;
		*v = (struct date_value){y, m, d, DATE_DAY};
		return true;
	}
	c->i = save;
	int y = allow_month ? read_year(c) : -1;
	if (y < 0 || !date_valid(y, m, 1))
		return false;
	*v = (struct date_value){y, m, 0, DATE_MONTH};
	return true;
}

/* D Month YYYY | D Month, YYYY | Dth of Month YYYY */
static bool match_day_first(struct scan *c, struct date_value *v)
{
	int d = read_number(c, 1, 2);
	if (d <= 0)
		return false;
	skip_ordinal(c);
	skip_spaces(c);
	if (c->i + 3 < c->n && strncmp(c->s + c->i, "of ", 3) == 0)
		c->i += 3;
	int m = read_month(c);
	if (!m)
		return false;
	int y = read_year(c);
	if (y < 0 || !date_valid(y, m, d))
		return false;
	*v = (struct date_value){y, m, d, DATE_DAY};
	return true;
}

/* YYYY-MM-DD */
static bool match_iso(struct scan *c, struct date_value *v)
{
	int y = read_number(c, 4, 4);
	if (y < 0 || c->i >= c->n || c->s[c->i] != '-')
		return false;
	c->i++;
	int m = read_number(c, 2, 2);
	if (m < 0 || c->i >= c->n || c->s[c->i] != '-')
		return false;
	c->i++;
	int d = read_number(c, 2, 2);
	/* a timestamp may follow: 2024-07-28T10:00:00Z */
	bool time_follows = c->i + 1 < c->n && c->s[c->i] == 'T' && isdigit((unsigned char)c->s[c->i + 1]);
	if (d < 0 || !(year_ends(c) || time_follows) || !date_valid(y, m, d))
		return false;
	*v = (struct date_value){y, m, d, DATE_DAY};
	return true;
}

bool date_find(const char *s, size_t n, bool allow_month, struct date_match *m)
{
	struct scan c = {s, n, 0};
	for (size_t i = 0; i < n; i++) {
		if (!at_word_start(&c, i))
			continue;
		unsigned char ch = (unsigned char)s[i];
		struct date_value v;
		if (isalpha(ch)) {
			c.i = i;
			if (match_month_first(&c, allow_month, &v))
				goto found;
		} else if (isdigit(ch)) {
			c.i = i;
			if (match_iso(&c, &v))
				goto found;
			c.i = i;
			if (match_day_first(&c, &v))
				goto found;
		}
		continue;
found:
		m->start = i;
		m->end = c.i;
		m->value = v;
		return true;
	}
	return false;
}

bool date_parse_iso(const char *s, struct date_value *v)
{
	size_t n = strlen(s);
	struct scan c = {s, n, 0};
	int y = read_number(&c, 4, 4);
	if (y < 1000)
		return false;
	if (c.i == n) {
		*v = (struct date_value){y, 0, 0, DATE_YEAR};
		return true;
	}
	if (s[c.i] != '-')
		return false;
	c.i++;
	int m = read_number(&c, 2, 2);
	if (m < 1 || m > 12)
		return false;
	if (c.i == n) {
		*v = (struct date_value){y, m, 0, DATE_MONTH};
		return true;
	}
	if (s[c.i] != '-')
		return false;
	c.i++;
	int d = read_number(&c, 2, 2);
	if (d < 0 || c.i != n || !date_valid(y, m, d))
		return false;
	*v = (struct date_value){y, m, d, DATE_DAY};
	return true;
}

void date_format(const struct date_value *v, char out[11])
{
	switch (v->precision) {
	case DATE_DAY:
		snprintf(out, 11, "%04u-%02u-%02u", (unsigned)v->year % 10000u, (unsigned)v->month % 100u,
			 (unsigned)v->day % 100u);
		break;
	case DATE_MONTH:
		snprintf(out, 11, "%04u-%02u", (unsigned)v->year % 10000u, (unsigned)v->month % 100u);
		break;
	case DATE_YEAR: snprintf(out, 11, "%04u", (unsigned)v->year % 10000u); break;
	case DATE_NONE: out[0] = '\0'; break;
	}
}

const char *date_precision_name(enum date_precision p)
{
	switch (p) {
	case DATE_DAY: return "day";
	case DATE_MONTH: return "month";
	case DATE_YEAR: return "year";
	case DATE_NONE: break;
	}
	return NULL;
}
