/* timex.h - date expressions in a sentence, normalized to TIMEX3 values.
 *
 * Rules in the manner of HeidelTime: a pattern over named lists (months,
 * weekdays, ordinals, number words) with a normalization.  Underspecified
 * expressions ("March", "on Tuesday", "last week", "two years ago") are
 * resolved against the closest anchor: the article's date, or for
 * anaphoric ones ("the next day", "that month", "later that year") the
 * date last mentioned.  The tense of the clause around the expression
 * decides past or future; with neither, the nearest date.  Without an
 * anchor they keep their text but have no value. */
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
	TIMEX_SEASON,  /* "2024-SU" (SP, SU, FA, WI; winter 2024 runs into 2025) */
	TIMEX_DECADE,  /* "199" for the 1990s */
};

struct timex {
	size_t start, end;              /* byte offsets of the expression in the sentence */
	char value[12];                 /* TIMEX3 value, "" when unresolved */
	enum timex_precision precision;
	char first_day[11], last_day[11]; /* the span of days it covers, for sorting; "" when unresolved */
};

/* The tense a verb of the sentence carries, from its part-of-speech tag:
 * "said" (VBD) past, "will" (MD) future, "says" (VBZ) present; "meet" in
 * "to meet" (VB after "to") has none, and a date it governs is the
 * nearest unless "plans to" or the like makes it future. */
enum timex_tense { TENSE_NONE, TENSE_PAST, TENSE_PRESENT, TENSE_FUTURE, TENSE_INFINITIVE };

struct timex_verb {
	size_t start, end; /* bytes of the sentence */
	enum timex_tense tense;
};

/* What reading an article's sentences in order remembers: its date and
 * the date last mentioned, for "the next day" two sentences on. */
struct timex_reader {
	struct date_value anchor; /* DATE_NONE when the article has no date */
	struct date_value last;   /* DATE_NONE until a date is mentioned */
};

void timex_reader_init(struct timex_reader *r, const struct date_value *anchor);

/* The verbs of a sentence, asked for only once it has a date to place in
 * time (tagging every sentence would cost the import dearly): tag points
 * *verbs at them, in order, and returns how many. */
struct timex_verbs {
	size_t (*tag)(void *arg, const struct timex_verb **verbs);
	void *arg;
};

/* Find the date expressions of one sentence (UTF-8, n bytes), left to
 * right, without overlaps, appended to (*out)[0..count) (grown with
 * xgrow).  verbs may be NULL: the tense is then read from the words
 * alone.  Returns how many were found.  Linear in n. */
size_t timex_read(struct timex_reader *r, const char *sentence, size_t n,
		  const struct timex_verbs *verbs, struct timex **out, size_t *cap);

/* One sentence on its own: timex_read with a fresh reader and no verbs.
 * anchor may be NULL or have precision DATE_NONE. */
size_t timex_find(const char *sentence, size_t n, const struct date_value *anchor,
		  struct timex **out, size_t *cap);

const char *timex_precision_name(enum timex_precision p);

#endif
