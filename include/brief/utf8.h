/* utf8.h - UTF-8 decoding, encoding and display width. */
#ifndef BRIEF_UTF8_H
#define BRIEF_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "brief/mem.h"

/* Decode one code point at s (n bytes available).  Returns its length in
 * bytes, or 0 when the bytes are not well-formed UTF-8 (overlong forms,
 * surrogates and values above U+10FFFF are rejected). */
size_t utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Append code point cp to b as UTF-8. */
void utf8_encode(struct buf *b, uint32_t cp);

/* Offset of the first byte that is not well-formed UTF-8, or n when all is. */
size_t utf8_invalid_at(const char *s, size_t n);

/* Code points that must never reach a terminal as they are: C0 and C1
 * controls (tab and newline too), DEL, and the bidirectional controls that
 * reorder what follows them on screen. */
bool utf8_is_control(uint32_t cp);

/* Text as it is shown on one line of a terminal or of a line-based format:
 * control characters become '?' (as the reader draws them), bytes that are
 * not UTF-8 become U+FFFD.  utf8_add_shown appends s so to b. */
void utf8_add_shown(struct buf *b, const char *s, size_t n);

/* Display columns of s as shown (wcwidth; zero-width code points count 0). */
int utf8_width(const char *s);
/* s without its first cols columns, as shown (utf8_add_shown). */
void utf8_skip_columns(struct buf *b, const char *s, int cols);

/* Append s, as shown, to b using at most `cols` display columns; when s is
 * wider it is cut at a character boundary and ends with "…".  With pad,
 * spaces fill the remaining columns.  Returns the columns used. */
int utf8_fit(struct buf *b, const char *s, int cols, bool pad);

#endif
