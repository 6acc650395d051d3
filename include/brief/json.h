/* json.h - writing JSON text. */
#ifndef BRIEF_JSON_H
#define BRIEF_JSON_H

#include <stddef.h>

#include "brief/mem.h"

/* Append s as a JSON string literal ("null" when s is NULL).  Quotes,
 * backslashes, control characters (C0, DEL, C1, bidirectional controls)
 * and U+2028/U+2029 are escaped; a byte that is not UTF-8 becomes \ufffd,
 * so the output is valid JSON for strict readers. */
void json_string(struct buf *b, const char *s);

/* Append n bytes as a JSON string of lower-case hex digits ("e9ff"). */
void json_hex(struct buf *b, const char *s, size_t n);

#endif
