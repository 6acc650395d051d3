/* pack.c - deflate and inflate through zlib (see pack.h). */
#include <zlib.h>

#include "brief/pack.h"

bool pack_bytes(const char *s, size_t n, struct buf *out)
{
	buf_reset(out);
	if (n < 64 || (uLong)n != n)
		return false; /* too small to gain, or too large for zlib's lengths */
	uLongf room = compressBound((uLong)n);
	buf_reserve(out, (size_t)room);
	/* level 6: three times smaller than the text, at a few milliseconds a
	 * file, on a thread of its own */
	if (compress2((Bytef *)out->data, &room, (const Bytef *)s, (uLong)n, 6) != Z_OK || room >= n) {
		buf_reset(out);
		return false;
	}
	out->len = (size_t)room;
	out->data[out->len] = '\0';
	return true;
}

bool unpack_bytes(const char *s, size_t n, size_t size, struct buf *out)
{
	buf_reset(out);
	buf_reserve(out, size);
	uLongf got = (uLongf)size;
	if ((uLong)size != size || uncompress((Bytef *)out->data, &got, (const Bytef *)s, (uLong)n) != Z_OK ||
	    got != size) {
		buf_reset(out);
		return false;
	}
	out->len = size;
	out->data[size] = '\0';
	return true;
}
