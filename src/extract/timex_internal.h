/* timex_internal.h - what the rules (timex.c) and the resolver
 * (timex_resolve.c) share: an expression as written, before the anchor and
 * the tense give it a calendar value, and the word readers both use.
 * Private to src/extract. */
#ifndef BRIEF_TIMEX_INTERNAL_H
#define BRIEF_TIMEX_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/timex.h"

enum tx_kind {
	TX_DATE,      /* written out: year, with month and day when known */
	TX_QUARTER,   /* quarter of a written year, or of the anchor's year + offset */
	TX_MONTH_DAY, /* "July 28": the year comes from the anchor and the tense */
	TX_MONTH,     /* "March", "last March" */
	TX_WEEKDAY,   /* "Tuesday", "next Monday" */
	TX_SHIFT,     /* the anchor moved by offset units: "today", "last week", "two years ago" */
};

enum tx_unit { TX_DAYS, TX_WEEKS, TX_MONTHS, TX_QUARTERS, TX_YEARS };

/* "last", "this" and "next" before a month or weekday; TX_PLAIN leaves the
 * direction to the tense. */
enum tx_mod { TX_PLAIN, TX_LAST, TX_THIS, TX_NEXT };

struct tx_expr {
	enum tx_kind kind;
	enum tx_mod mod;
	enum tx_unit unit;     /* TX_SHIFT */
	int year, month, day;  /* TX_DATE, TX_MONTH_DAY, TX_MONTH; year 0 = not written */
	int quarter;           /* TX_QUARTER, 1-4 */
	int weekday;           /* TX_WEEKDAY, 1 = Monday ... 7 = Sunday */
	int offset;            /* TX_SHIFT, and TX_QUARTER without a written year */
	bool from_ref;         /* "the next day": counts from the sentence's last day, if any */
};

/* The sentence being read, and what the rules know of the word before
 * the current one. */
struct tx_ctx {
	const char *s;
	size_t n;
	bool future;                 /* the sentence's tense */
	bool has_prev;               /* a word right before this one, only blanks between */
	size_t prev_start, prev_end;
	/* this word goes on a list of expressions: "2010, 2012 and 2016" */
	bool after_comma;            /* only blanks and a comma since the last one */
	bool after_link;             /* one "and", "or" or "to" since the last one */
};

/* A word: a run of ASCII letters and digits. */
struct tx_tok {
	size_t start, end;
};

/* Words (timex_resolve.c).  Lists are NULL-terminated and lower case;
 * comparisons ignore case. */
bool tx_alnum_at(const struct tx_ctx *c, size_t i);
bool tx_digit_at(const struct tx_ctx *c, size_t i);
size_t tx_skip_blank(const struct tx_ctx *c, size_t i);
bool tx_tok_at(const struct tx_ctx *c, size_t i, struct tx_tok *t);
bool tx_tok_after(const struct tx_ctx *c, size_t i, struct tx_tok *t);
bool tx_tok_is(const struct tx_ctx *c, struct tx_tok t, const char *lower);
int tx_tok_index(const struct tx_ctx *c, struct tx_tok t, const char *const *list);
bool tx_capitalized(const struct tx_ctx *c, struct tx_tok t);
bool tx_glued_before(const struct tx_ctx *c, size_t i);
int tx_year_word(const struct tx_ctx *c, struct tx_tok t);
int tx_day_word(const struct tx_ctx *c, struct tx_tok t, bool *ordinal);
int tx_count_word(const struct tx_ctx *c, struct tx_tok t);
int tx_month_word(const struct tx_ctx *c, struct tx_tok t, bool need_dot, size_t *end);
int tx_weekday_word(const struct tx_ctx *c, struct tx_tok t);
bool tx_unit_word(const struct tx_ctx *c, struct tx_tok t, enum tx_unit *u);

/* Whether the sentence speaks of the future ("will", "is expected to",
 * "next", "set for" ...); linear in n. */
bool tx_future_tense(const char *s, size_t n);

/* Fill t's value, precision and day span (start and end are left alone).
 * anchor is NULL or a valid date; future is the sentence's tense. */
void tx_resolve(const struct tx_expr *e, const struct date_value *anchor, bool future,
		struct timex *t);

#endif
