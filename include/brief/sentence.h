/* sentence.h - sentence boundaries in a paragraph of news prose. */
#ifndef BRIEF_SENTENCE_H
#define BRIEF_SENTENCE_H

#include <stddef.h>

struct span {
	size_t start, end; /* byte offsets, end exclusive */
};

/* The longest sentence: text without a sentence end is cut at a space
 * before this many bytes. */
#define SENTENCE_MAX_BYTES 1000

/* Split s[0..n) into sentences, appended to *spans (grown with xgrow).
 * Returns the number of sentences found; whitespace between them is not
 * part of any span.  Abbreviations ("Mr.", "Jan.", "U.S."), initials and
 * decimals do not end a sentence.  Linear in n. */
size_t sentence_split(const char *s, size_t n, struct span **spans, size_t *cap);

/* Byte length of the first sentence of s (n when it has only one). */
size_t sentence_first_len(const char *s, size_t n);

#endif
