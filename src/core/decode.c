/* decode.c - encoding detection, conversion to UTF-8, sanitizing, and the
 * quotes a scrape lost to U+FFFD mended. */
#include <ctype.h>
#include <string.h>

#include "brief/decode.h"
#include "brief/utf8.h"

/* Windows-1252 bytes 0x80-0x9F; 0 marks the five undefined positions. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
	0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

const char *text_encoding_name(enum text_encoding enc)
{
	switch (enc) {
	case ENC_UTF8: return "utf-8";
	case ENC_UTF8_BOM: return "utf-8-bom";
	case ENC_UTF16LE: return "utf-16le";
	case ENC_UTF16BE: return "utf-16be";
	case ENC_CP1252: return "windows-1252";
	}
	return "unknown";
}

/* Text keeps its tabs and line ends; every other control goes. */
static bool is_unsafe(uint32_t cp)
{
	return cp != '\t' && cp != '\n' && utf8_is_control(cp);
}

/* Length of the escape sequence starting at s[0] == ESC, so all of it is
 * dropped, not just the ESC byte (which would leave "[31m" in the text). */
static size_t escape_len(const char *s, size_t n)
{
	size_t i = 1;
	if (n < 2)
		return 1;
	unsigned char c = (unsigned char)s[1];
	if (c == '[') { /* CSI: parameters, intermediates, final byte */
		for (i = 2; i < n; i++) {
			unsigned char b = (unsigned char)s[i];
			if (b >= 0x40 && b <= 0x7E)
				return i + 1;
			if (b < 0x20 || b > 0x3F)
				return i;
		}
		return n;
	}
	if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') {
		/* String sequences end with BEL or ESC \ (ST). */
		for (i = 2; i < n; i++) {
			if (s[i] == '\a')
				return i + 1;
			if (s[i] == '\033' && i + 1 < n && s[i + 1] == '\\')
				return i + 2;
			if (s[i] == '\n')
				return i;
		}
		return n;
	}
	if (c >= 0x20 && c <= 0x2F) { /* ESC ( B and friends */
		for (i = 2; i < n && (unsigned char)s[i] >= 0x20 && (unsigned char)s[i] <= 0x2F; i++)
			;
		return i < n ? i + 1 : n;
	}
	if (c >= 0x30 && c <= 0x7E)
		return 2;
	return 1;
}

void text_sanitize(const char *s, size_t n, struct buf *out)
{
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\r') {
			buf_addc(out, '\n');
			i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
			continue;
		}
		if (c == 0x1B) {
			i += escape_len(s + i, n - i);
			continue;
		}
		if (c < 0x80) {
			if (!is_unsafe(c))
				buf_addc(out, (char)c);
			i++;
			continue;
		}
		uint32_t cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (!len) {
			utf8_encode(out, 0xFFFD);
			i++;
			continue;
		}
		if (!is_unsafe(cp))
			buf_add(out, s + i, len);
		i += len;
	}
}

static size_t line_of(const char *s, size_t off)
{
	size_t line = 1;
	for (size_t i = 0; i < off; i++) {
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= off || s[i + 1] != '\n')))
			line++;
	}
	return line;
}

static void from_cp1252(const char *s, size_t n, struct buf *out)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80)
			buf_addc(out, (char)c);
		else if (c < 0xA0) {
			if (cp1252_high[c - 0x80])
				utf8_encode(out, cp1252_high[c - 0x80]);
		} else
			utf8_encode(out, c);
	}
}

static void from_utf16(const unsigned char *s, size_t n, int big, struct buf *out)
{
	for (size_t i = 0; i + 1 < n; i += 2) {
		uint32_t u = big ? (uint32_t)(s[i] << 8 | s[i + 1]) : (uint32_t)(s[i + 1] << 8 | s[i]);
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < n) {
			uint32_t lo = big ? (uint32_t)(s[i + 2] << 8 | s[i + 3])
					  : (uint32_t)(s[i + 3] << 8 | s[i + 2]);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				utf8_encode(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
				i += 2;
				continue;
			}
		}
		utf8_encode(out, (u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u);
	}
}

/* ---- quotes and apostrophes a scrape lost ------------------------ */

enum { NOTHING = 0x110000 }; /* before the start or after the end: no code point */

/* Letters beyond ASCII: from U+00C0, bar the signs and the punctuation and
 * symbol blocks. */
static bool is_letter(uint32_t cp)
{
	if (cp < 0x80)
		return isalpha((int)cp);
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || cp >= NOTHING)
		return false;
	return !((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
		 (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFFF0 && cp <= 0xFFFF) ||
		 (cp >= 0x1F000 && cp <= 0x1FAFF));
}

static bool is_gap(uint32_t cp)
{
	return cp == NOTHING || cp == ' ' || cp == '\t' || cp == '\n';
}

/* What may come before a closing quote or after one. */
static bool is_closing_punct(uint32_t cp)
{
	return (cp != 0 && cp < 0x80 && strchr(".,;:!?)]}", (int)cp)) || cp == 0x2026;
}

/* What a U+FFFD between before and after stands for, U+FFFD when they do
 * not tell. */
static uint32_t lost_mark(uint32_t before, uint32_t after)
{
	bool digit_after = after < 0x80 && isdigit((int)after);
	bool digit_before = before < 0x80 && isdigit((int)before);
	if (is_letter(before) && is_letter(after))
		return 0x2019;
	if ((is_gap(before) || before == '(' || before == '[' || before == '{') &&
	    (is_letter(after) || digit_after))
		return 0x201C;
	if ((is_letter(before) || digit_before || is_closing_punct(before)) &&
	    (is_gap(after) || is_closing_punct(after)))
		return 0x201D;
	return 0xFFFD;
}

/* Decisions are taken on the text as it came: a U+FFFD mended just before
 * is still a U+FFFD to the one after it, so two in a row both stay. */
void text_mend_lost_quotes(char *s, size_t n)
{
	uint32_t before = NOTHING;
	size_t i = 0;
	while (i < n) {
		uint32_t cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (!len) {
			before = 0xFFFD; /* not UTF-8: nothing to go by */
			i++;
			continue;
		}
		if (cp == 0xFFFD) {
			uint32_t after = NOTHING;
			if (i + len < n && !utf8_decode(s + i + len, n - i - len, &after))
				after = 0xFFFD; /* not UTF-8: nothing to go by */
			uint32_t q = lost_mark(before, after);
			if (q != 0xFFFD) {
				/* ’ “ ” are E2 80 99/9C/9D: as long as EF BF BD */
				s[i] = (char)0xE2;
				s[i + 1] = (char)0x80;
				s[i + 2] = (char)(0x80 | (q & 0x3F));
			}
		}
		before = cp;
		i += len;
	}
}

/* Sanitized text, its lost quotes mended, appended to out.  This is the one
 * step every file goes through before it is cut into titles, paragraphs and
 * captions, so the mend is here rather than in each.  text_sanitize keeps
 * U+FFFD as the mark of bytes that were not UTF-8; the mend does not know
 * which U+FFFD those are, and goes by context only: a U+FFFD that decoding
 * made (a lone UTF-16 surrogate) becomes a quote only where its neighbours
 * make one certain, as any other. */
static void sanitize_and_mend(const char *s, size_t n, struct buf *out)
{
	size_t start = out->len;
	text_sanitize(s, n, out);
	if (out->len > start && memchr(out->data + start, 0xEF, out->len - start))
		text_mend_lost_quotes(out->data + start, out->len - start);
}

enum decode_status text_decode(const char *bytes, size_t n, struct buf *out,
			       struct decode_result *res)
{
	const unsigned char *u = (const unsigned char *)bytes;
	struct buf tmp = BUF_INIT;
	res->encoding = ENC_UTF8;
	res->bad_line = 0;

	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		int big = u[0] == 0xFE;
		res->encoding = big ? ENC_UTF16BE : ENC_UTF16LE;
		from_utf16(u + 2, n - 2, big, &tmp);
		if (tmp.len && memchr(tmp.data, '\0', tmp.len)) {
			buf_free(&tmp);
			return DECODE_BINARY;
		}
		sanitize_and_mend(buf_str(&tmp), tmp.len, out);
		buf_free(&tmp);
		return DECODE_OK;
	}
	if (memchr(bytes, '\0', n))
		return DECODE_BINARY;
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		res->encoding = ENC_UTF8_BOM;
		bytes += 3;
		n -= 3;
	}
	size_t bad = utf8_invalid_at(bytes, n);
	if (bad == n) {
		sanitize_and_mend(bytes, n, out);
		return DECODE_OK;
	}
	res->encoding = ENC_CP1252;
	res->bad_line = line_of(bytes, bad);
	from_cp1252(bytes, n, &tmp);
	sanitize_and_mend(buf_str(&tmp), tmp.len, out);
	buf_free(&tmp);
	return DECODE_OK;
}
