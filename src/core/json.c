/* json.c - JSON string escaping. */
#include <string.h>

#include "brief/json.h"
#include "brief/utf8.h"

void json_string(struct buf *b, const char *s)
{
	if (!s) {
		buf_adds(b, "null");
		return;
	}
	size_t n = strlen(s), i = 0;
	buf_addc(b, '"');
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		const char *esc = NULL;
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		}
		if (esc) {
			buf_adds(b, esc);
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (!len) {
			/* strict readers reject bytes that are not UTF-8 */
			buf_adds(b, "\\ufffd");
			i++;
			continue;
		}
		/* Controls (C1 and bidi ones too) and the separators that break
		 * JavaScript readers go escaped: the same value, and the line
		 * stays safe to show on a terminal. */
		if (utf8_is_control(cp) || cp == 0x2028 || cp == 0x2029)
			buf_printf(b, "\\u%04x", (unsigned)cp);
		else
			buf_add(b, s + i, len);
		i += len;
	}
	buf_addc(b, '"');
}

void json_hex(struct buf *b, const char *s, size_t n)
{
	static const char digits[] = "0123456789abcdef";
	buf_addc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		buf_addc(b, digits[c >> 4]);
		buf_addc(b, digits[c & 15]);
	}
	buf_addc(b, '"');
}
