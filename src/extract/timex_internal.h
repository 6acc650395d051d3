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
	TX_SEASON,    /* "last fall", "spring 2024", "in the winter" */
	TX_DECADE,    /* "the 1990s" */
	TX_THE_QUARTER, /* "the quarter": the one reported on, by the tense */
	TX_HOLIDAY,   /* "Thanksgiving", "last Christmas": a day each year */
	TX_MONTH_YEAR,     /* "October this year": the anchor's year + offset */
	TX_MONTH_DAY_YEAR, /* "May 5 next year" */
};

/* Holidays whose day a rule gives, each year. */
enum tx_holiday {
	TX_NEW_YEARS_DAY = 1, TX_NEW_YEARS_EVE, TX_EASTER, TX_GOOD_FRIDAY,
	TX_MEMORIAL_DAY, TX_INDEPENDENCE_DAY, TX_LABOR_DAY, TX_HALLOWEEN, TX_ELECTION_DAY,
	TX_VETERANS_DAY, TX_THANKSGIVING, TX_CHRISTMAS_EVE, TX_CHRISTMAS, TX_BOXING_DAY,
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
	int season;            /* TX_SEASON: 1 spring, 2 summer, 3 fall, 4 winter */
	int decade;            /* TX_DECADE: 199 for the 1990s */
	int day_end;           /* "March 3-5": the last day of a range, else 0 */
	enum tx_holiday holiday; /* TX_HOLIDAY */
	bool from_ref;         /* "the next day": counts from the date last mentioned */
};

/* The sentence being read, and what the rules know of the word before
 * the current one. */
struct tx_ctx {
	const char *s;
	size_t n;
	struct tx_tags *tags;        /* the tagger's verbs, fetched when first needed */
	bool has_prev;               /* a word right before this one, only blanks between */
	size_t prev_start, prev_end;
	/* this word goes on a list of expressions: "2010, 2012 and 2016" */
	bool after_comma;            /* only blanks and a comma since the last one */
	bool after_link;             /* one "and", "or" or "to" since the last one */
};

/* The verbs of the sentence: none asked for yet, or v[0..n) (v NULL
 * without a tagger: the words alone). */
struct tx_tags {
	const struct timex_verbs *source;
	bool asked;
	const struct timex_verb *v;
	size_t n;
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

bool tx_plural_word(const struct tx_ctx *c, struct tx_tok t);
int tx_season_word(const struct tx_ctx *c, struct tx_tok t);

/* The tense of the clause around s[start, end) (timex_tense.c): the
 * nearest verb or future marker in it decides; TENSE_NONE when there is
 * none.  Reads a bounded number of words on each side. */
enum timex_tense tx_tense_around(const struct tx_ctx *c, size_t start, size_t end);

/* Rules of periods longer than a month (timex_periods.c), tried by
 * timex.c at each word: seasons, decades, quarters without "the",
 * fiscal and spelled-out years.  Each returns the end of its match or 0. */
size_t tx_rule_season(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_decade(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_quarter_word(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_fiscal(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_spelled_year(const struct tx_ctx *c, size_t i, struct tx_expr *e);
/* "Thanksgiving", "Christmas Day", "Election Day" (mod is left plain). */
size_t tx_holiday_at(const struct tx_ctx *c, size_t i, struct tx_expr *e);

/* Rules of timex.c that the relative ones build on. */
size_t tx_rule_written_date(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_month_of_year(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_quarter_q(const struct tx_ctx *c, size_t i, struct tx_expr *e);
/* "in 2000 troops": a counted noun after end */
bool tx_counted_noun_after(const struct tx_ctx *c, size_t end);

/* Rules of expressions relative to an anchor (timex_relative.c). */
size_t tx_rule_modifier(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_day_word(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_ago(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_in_within(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_the(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_quarter_word(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_part_of(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_early_late_mid(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_that(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_earlier_later(const struct tx_ctx *c, size_t i, struct tx_expr *e);
size_t tx_rule_year_ago(const struct tx_ctx *c, size_t i, struct tx_expr *e);

/* Fill t's value, precision and day span (start and end are left alone).
 * anchor is NULL or a valid date; tense is the clause's. */
void tx_resolve(const struct tx_expr *e, const struct date_value *anchor, enum timex_tense tense,
		struct timex *t);

#endif
