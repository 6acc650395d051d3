/* json.c - JSON string escaping. */
#include <string.h>

#include "brief/json.h"

void json_string(struct buf *b, const char *s)
{
	if (!s) {
		buf_adds(b, "null");
		return;
	}
	buf_addc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': buf_adds(b, "\\\""); break;
		case '\\': buf_adds(b, "\\\\"); break;
		case '\n': buf_adds(b, "\\n"); break;
		case '\r': buf_adds(b, "\\r"); break;
		case '\t': buf_adds(b, "\\t"); break;
		case '\b': buf_adds(b, "\\b"); break;
		case '\f': buf_adds(b, "\\f"); break;
		default:
			if (*p < 0x20) {
				buf_printf(b, "\\u%04x", *p);
			} else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
				/* line and paragraph separators break JavaScript readers */
				buf_printf(b, "\\u%04x", p[2] == 0xA8 ? 0x2028 : 0x2029);
				p += 2;
			} else {
				buf_addc(b, (char)*p);
			}
		}
	}
	buf_addc(b, '"');
}
