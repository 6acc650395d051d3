/* mem.h - allocation that aborts with a message on failure, and a growable
 * byte buffer used wherever text is built up. */
#ifndef BRIEF_MEM_H
#define BRIEF_MEM_H

#include <stdarg.h>
#include <stddef.h>

#include "brief/error.h"

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grow an array of `size`-byte items so it can hold at least `need` items. */
void *xgrow(void *p, size_t *cap, size_t need, size_t size);

struct buf {
	char *data; /* always NUL-terminated once anything was added */
	size_t len;
	size_t cap;
};

#define BUF_INIT {NULL, 0, 0}

void buf_add(struct buf *b, const void *data, size_t n);
/* Room for n more bytes (and the NUL) past len, to write into directly. */
void buf_reserve(struct buf *b, size_t n);
void buf_addc(struct buf *b, char c);
void buf_adds(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...) BRIEF_PRINTF(2, 3);
void buf_vprintf(struct buf *b, const char *fmt, va_list ap) BRIEF_PRINTF(2, 0);
void buf_reset(struct buf *b);
void buf_free(struct buf *b);
/* Hand the buffer's memory to the caller ("" when empty) and reset it. */
char *buf_steal(struct buf *b);
/* The text, or "" when nothing was added yet. */
const char *buf_str(const struct buf *b);

#endif
