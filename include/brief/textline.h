/* textline.h - one line of scraped text judged on its own: its whitespace
 * cleaned, and whether it reads as a headline, a date line or the dateline
 * that opens a lede. */
#ifndef BRIEF_TEXTLINE_H
#define BRIEF_TEXTLINE_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/dateparse.h"

/* A copy of s[0..n) (xmalloc) with tabs, no-break and thin spaces made one
 * space, zero-width spaces and stray joiners removed, runs collapsed and the
 * ends trimmed; *out_len is its length. */
char *textline_normalize(const char *s, size_t n, size_t *out_len);

/* Ends with . ! ? : or …, closing quotes and brackets aside. */
bool textline_ends_sentence(const char *s, size_t n);

/* Short, capitalized and without final punctuation: a headline or a
 * sub-heading (which of the two is the segmenter's call). */
bool textline_headline_like(const char *s, size_t n);

/* A line that only dates the article: "July 28, 2024", "Friday, July 21,
 * 2017", "Published 3 March 2025".  Sets *v. */
bool textline_date_line(const char *s, size_t n, struct date_value *v);

/* The place (and date) that opens an agency story: "BRUSSELS, March 3, 2025
 * (Reuters) - ", "GENEVA (AFP) — ".  Sets *v, DATE_NONE when it has no date. */
bool textline_dateline(const char *s, size_t n, struct date_value *v);

#endif
