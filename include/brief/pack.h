/* pack.h - the bytes of a source, deflated for keeping: news text takes a
 * third of its size, and the cache keeps every file it read so that
 * --reextract needs no original. */
#ifndef BRIEF_PACK_H
#define BRIEF_PACK_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/mem.h"

/* Deflate n bytes into out (reset first); false, with out empty, when that
 * would not make them smaller. */
bool pack_bytes(const char *s, size_t n, struct buf *out);

/* Inflate packed bytes that were size bytes long into out (reset first);
 * false when they are not what pack_bytes made of that size. */
bool unpack_bytes(const char *s, size_t n, size_t size, struct buf *out);

#endif
