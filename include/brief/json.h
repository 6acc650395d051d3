/* json.h - writing JSON text. */
#ifndef BRIEF_JSON_H
#define BRIEF_JSON_H

#include "brief/mem.h"

/* Append s as a JSON string literal ("null" when s is NULL).  Control
 * characters, quotes, backslashes and U+2028/U+2029 are escaped. */
void json_string(struct buf *b, const char *s);

#endif
