/* utf8.c - UTF-8 decoding, encoding and display width. */
#include <string.h>
#include <wchar.h>

#include "brief/utf8.h"

size_t utf8_decode(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	size_t len;
	uint32_t c, min;
	if ((s[0] & 0xE0) == 0xC0) {
		len = 2, c = s[0] & 0x1F, min = 0x80;
	} else if ((s[0] & 0xF0) == 0xE0) {
		len = 3, c = s[0] & 0x0F, min = 0x800;
	} else if ((s[0] & 0xF8) == 0xF0) {
		len = 4, c = s[0] & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

void utf8_encode(struct buf *b, uint32_t cp)
{
	char out[4];
	size_t n;
	if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		out[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		out[0] = (char)(0xF0 | (cp >> 18));
		out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	buf_add(b, out, n);
}

size_t utf8_invalid_at(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (!len)
			return i;
		i += len;
	}
	return n;
}

bool utf8_is_control(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F))
		return true;
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* The next code point of s (n bytes) at *i as it is shown: a byte that is
 * not UTF-8 is U+FFFD, a control character '?'.  Returns the bytes it
 * takes, 0 at the end. */
static size_t next_shown(const char *s, size_t n, size_t i, uint32_t *cp)
{
	if (i >= n)
		return 0;
	size_t len = utf8_decode(s + i, n - i, cp);
	if (!len) {
		*cp = 0xFFFD;
		return 1;
	}
	if (utf8_is_control(*cp))
		*cp = '?';
	return len;
}

static int cp_width(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 0 : w;
}

int utf8_width(const char *s)
{
	size_t n = strlen(s), i = 0, len;
	uint32_t cp;
	int w = 0;
	for (; (len = next_shown(s, n, i, &cp)) > 0; i += len)
		w += cp_width(cp);
	return w;
}

void utf8_skip_columns(struct buf *b, const char *s, int cols)
{
	size_t n = strlen(s), i = 0, len;
	uint32_t cp;
	for (int w = 0; w < cols && (len = next_shown(s, n, i, &cp)) > 0; i += len)
		w += cp_width(cp);
	utf8_add_shown(b, s + i, n - i);
}

void utf8_add_shown(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, len;
	uint32_t cp;
	for (; (len = next_shown(s, n, i, &cp)) > 0; i += len) {
		if (cp == '?' || cp == 0xFFFD)
			utf8_encode(b, cp);
		else
			buf_add(b, s + i, len);
	}
}

int utf8_fit(struct buf *b, const char *s, int cols, bool pad)
{
	static const char ellipsis[] = "\xE2\x80\xA6";
	size_t n = strlen(s), i = 0, len;
	uint32_t cp;
	int used = 0;
	if (cols <= 0)
		return 0;
	int width = utf8_width(s);
	/* zero-width code points (joiners, combining marks) stay with the
	 * character before them, so a cut never strands or drops them */
	int limit = width <= cols ? cols : cols - 1;
	for (; (len = next_shown(s, n, i, &cp)) > 0; i += len) {
		int w = cp_width(cp);
		if (used + w > limit)
			break;
		if (cp == '?' || cp == 0xFFFD)
			utf8_encode(b, cp);
		else
			buf_add(b, s + i, len);
		used += w;
	}
	if (width > cols) {
		buf_add(b, ellipsis, sizeof ellipsis - 1);
		used++;
	}
	while (pad && used < cols) {
		buf_addc(b, ' ');
		used++;
	}
	return used;
}
