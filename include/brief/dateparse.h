/* dateparse.h - calendar dates written out in text ("July 28, 2024",
 * "28 Jul. 2024", "2024-07-28", "March 2025").
 *
 * Only explicit dates with a year: relative and partial expressions are the
 * timeline's business. */
#ifndef BRIEF_DATEPARSE_H
#define BRIEF_DATEPARSE_H

#include <stdbool.h>
#include <stddef.h>

enum date_precision {
	DATE_NONE,
	DATE_YEAR,
	DATE_MONTH,
	DATE_DAY,
};

struct date_value {
	int year, month, day; /* month and day are 0 when not known */
	enum date_precision precision;
};

struct date_match {
	size_t start, end; /* byte offsets of the expression in the text */
	struct date_value value;
};

/* Month number (1-12) of a month name or abbreviation ("Sept", "Jul"), or 0. */
int date_month_from_name(const char *s, size_t n);

bool date_valid(int year, int month, int day);

/* Find the first explicit date in s[0..n).  With allow_month, "March 2025"
 * (month precision) counts too.  Returns true and fills m when found. */
bool date_find(const char *s, size_t n, bool allow_month, struct date_match *m);

/* Parse exactly "YYYY-MM-DD", "YYYY-MM" or "YYYY". */
bool date_parse_iso(const char *s, struct date_value *v);

/* "2024-07-28", "2024-07", "2024" or "" for DATE_NONE; out has room for 11. */
void date_format(const struct date_value *v, char out[11]);
const char *date_precision_name(enum date_precision p);

#endif
