/* timex.h - date expressions in a sentence, normalized to TIMEX3 values.
 *
 * Rules in the manner of HeidelTime: a pattern over named lists (months,
 * weekdays, ordinals, number words) with a normalization.  Underspecified
 * expressions ("March", "on Tuesday", "last week", "two years ago") are
 * resolved against the anchor (the article's date); the sentence's tense
 * decides past or future.  Without an anchor they keep their text but have
 * no value. */
#ifndef BRIEF_TIMEX_H
#define BRIEF_TIMEX_H

#include <stddef.h>

#include "brief/dateparse.h"

enum timex_precision {
	TIMEX_NONE,    /* unresolved: no value */
	TIMEX_YEAR,    /* "2024" */
	TIMEX_QUARTER, /* "2024-Q3" */
	TIMEX_MONTH,   /* "2024-07" */
	TIMEX_WEEK,    /* "2024-W31" (ISO 8601 week) */
	TIMEX_DAY,     /* "2024-07-28" */
};

struct timex {
	size_t start, end;              /* byte offsets of the expression in the sentence */
	char value[12];                 /* TIMEX3 value, "" when unresolved */
	enum timex_precision precision;
	char first_day[11], last_day[11]; /* the span of days it covers, for sorting; "" when unresolved */
};

/* Find the date expressions of one sentence (UTF-8, n bytes), left to right,
 * without overlaps, appended to *out (grown with xgrow).  anchor may be NULL
 * or have precision DATE_NONE.  Returns how many were found.  Linear in n. */
size_t timex_find(const char *sentence, size_t n, const struct date_value *anchor,
		  struct timex **out, size_t *cap);

const char *timex_precision_name(enum timex_precision p);

#endif
