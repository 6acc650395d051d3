/* decode.h - turn the bytes of a scraped file into clean UTF-8 text.
 *
 * Untrusted input: whatever the encoding, the result is well-formed UTF-8
 * with LF line ends and no control characters or terminal escape sequences
 * (tab and newline are kept). */
#ifndef BRIEF_DECODE_H
#define BRIEF_DECODE_H

#include <stddef.h>

#include "brief/mem.h"

enum text_encoding {
	ENC_UTF8,
	ENC_UTF8_BOM,
	ENC_UTF16LE,
	ENC_UTF16BE,
	ENC_CP1252,
};

enum decode_status {
	DECODE_OK,
	DECODE_BINARY, /* NUL bytes: not a text file */
};

struct decode_result {
	enum text_encoding encoding;
	/* For ENC_CP1252: the 1-based line of the first byte that was not UTF-8. */
	size_t bad_line;
};

/* Decode n bytes into out (appended): sanitized, and with the quotes and
 * apostrophes a scrape lost to U+FFFD mended (text_mend_lost_quotes). */
enum decode_status text_decode(const char *bytes, size_t n, struct buf *out,
			       struct decode_result *res);

/* Append s (UTF-8, n bytes) to out without control characters or escape
 * sequences; CRLF and CR become LF.  Used by text_decode and wherever other
 * untrusted text arrives. */
void text_sanitize(const char *s, size_t n, struct buf *out);

/* Mend in place the U+FFFD a scrape left where it lost a quote or an
 * apostrophe, by its neighbours alone: between two letters it becomes ’,
 * opening a word (after the start, a space or an opening bracket, before a
 * letter or digit) “, closing one (after a letter, digit or punctuation,
 * before the end, a space or punctuation) ”.  Elsewhere (two in a row,
 * between digits, alone between spaces) it stays.  The length is kept. */
void text_mend_lost_quotes(char *s, size_t n);

const char *text_encoding_name(enum text_encoding enc);

#endif
