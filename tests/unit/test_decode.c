/* test_decode.c - bytes of a scraped file become clean UTF-8 text. */
#include <stdlib.h>
#include <string.h>

#include "support.h"

#include "brief/decode.h"
#include "brief/mem.h"

/* Decode n bytes; the status, encoding and bad line are checked by the caller. */
static enum decode_status decode(const char *bytes, size_t n, struct buf *out,
				 struct decode_result *res)
{
	res->encoding = (enum text_encoding)-1;
	res->bad_line = 12345;
	return text_decode(bytes, n, out, res);
}

/* Sanitize s and compare the whole result with want. */
static void assert_sanitized(const char *s, size_t n, const char *want)
{
	struct buf out = BUF_INIT;
	text_sanitize(s, n, &out);
	assert_string_equal(buf_str(&out), want);
	assert_int_equal(out.len, strlen(want));
	buf_free(&out);
}

#define SANITIZED(lit, want) assert_sanitized(lit, sizeof lit - 1, want)

static void test_plain_utf8_is_kept_as_is(void **state)
{
	static const char in[] = "Japan\xE2\x80\x99s \xE2\x80\x9C" "2+2\xE2\x80\x9D talks\n";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_UTF8);
	assert_int_equal(res.bad_line, 0);
	assert_string_equal(buf_str(&out), in);
	buf_free(&out);
}

static void test_utf8_bom_is_stripped(void **state)
{
	static const char in[] = "\xEF\xBB\xBFTokyo talks\ncaf\xC3\xA9\n";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_UTF8_BOM);
	assert_int_equal(res.bad_line, 0);
	assert_string_equal(buf_str(&out), "Tokyo talks\ncaf\xC3\xA9\n");
	buf_free(&out);
}

static void test_decoded_text_is_appended_to_the_buffer(void **state)
{
	static const char in[] = "new";
	struct buf out = BUF_INIT;
	struct decode_result res;
	buf_adds(&out, "old ");
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_string_equal(buf_str(&out), "old new");
	buf_free(&out);
}

static void test_empty_file_is_empty_utf8_text(void **state)
{
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode("", 0, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_UTF8);
	assert_int_equal(res.bad_line, 0);
	assert_string_equal(buf_str(&out), "");
	assert_int_equal(out.len, 0);
	buf_free(&out);
}

static void test_crlf_becomes_lf(void **state)
{
	static const char in[] = "one\r\ntwo\r\n\r\nthree";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_UTF8);
	assert_string_equal(buf_str(&out), "one\ntwo\n\nthree");
	buf_free(&out);
}

static void test_lone_cr_becomes_lf(void **state)
{
	static const char in[] = "one\rtwo\r\rthree\r";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_string_equal(buf_str(&out), "one\ntwo\n\nthree\n");
	buf_free(&out);
}

static void test_cp1252_quotes_dashes_accents_and_euro_become_utf8(void **state)
{
	static const char in[] = "First line is fine.\n"
				 "He said \x93yes\x94 \x96 or \x97 caf\xE9 for 5\x80\n";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_CP1252);
	assert_int_equal(res.bad_line, 2);
	assert_string_equal(buf_str(&out), "First line is fine.\n"
					   "He said \xE2\x80\x9Cyes\xE2\x80\x9D \xE2\x80\x93 or "
					   "\xE2\x80\x94 caf\xC3\xA9 for 5\xE2\x82\xAC\n");
	assert_string_equal(text_encoding_name(res.encoding), "windows-1252");
	buf_free(&out);
}

static void test_cp1252_bad_line_is_first_invalid_byte_line(void **state)
{
	/* Lines 1-3 are ASCII, line 4 has the first stray byte, line 5 another. */
	static const char in[] = "a\nb\nc\nd \xE9t\xE9\ne \x93q\x94\n";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_CP1252);
	assert_int_equal(res.bad_line, 4);
	assert_string_equal(buf_str(&out),
			    "a\nb\nc\nd \xC3\xA9t\xC3\xA9\ne \xE2\x80\x9Cq\xE2\x80\x9D\n");
	buf_free(&out);
}

static void test_cp1252_bad_line_counts_crlf_and_cr_once_each(void **state)
{
	/* line 1 CRLF, line 2 CR, line 3 holds the 0xE9 */
	static const char in[] = "one\r\ntwo\rcaf\xE9";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_CP1252);
	assert_int_equal(res.bad_line, 3);
	assert_string_equal(buf_str(&out), "one\ntwo\ncaf\xC3\xA9");
	buf_free(&out);
}

static void test_cp1252_undefined_bytes_are_dropped(void **state)
{
	static const char in[] = "a\x81" "b\x8D" "c\x8F" "d\x90" "e\x9D" "f";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_CP1252);
	assert_int_equal(res.bad_line, 1);
	assert_string_equal(buf_str(&out), "abcdef");
	buf_free(&out);
}

static void test_utf8_bom_with_invalid_bytes_falls_back_to_cp1252(void **state)
{
	static const char in[] = "\xEF\xBB\xBFok\n\x93hi\x94";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_CP1252);
	assert_int_equal(res.bad_line, 2);
	assert_string_equal(buf_str(&out), "ok\n\xE2\x80\x9Chi\xE2\x80\x9D");
	buf_free(&out);
}

static void test_nul_byte_means_binary(void **state)
{
	static const char in[] = "text\0more text";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_BINARY);
	assert_int_equal(out.len, 0);
	buf_free(&out);
}

static void test_nul_byte_after_bom_means_binary(void **state)
{
	static const char in[] = "\xEF\xBB\xBF\x89PNG\0\0";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_BINARY);
	assert_int_equal(out.len, 0);
	buf_free(&out);
}

static void test_utf16le_with_bom_decodes(void **state)
{
	/* "Hi é\r\n😀" : U+1F600 is the surrogate pair D83D DE00 */
	static const char in[] = "\xFF\xFE"
				 "H\0i\0 \0\xE9\0\r\0\n\0"
				 "\x3D\xD8\x00\xDE";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_UTF16LE);
	assert_int_equal(res.bad_line, 0);
	assert_string_equal(buf_str(&out), "Hi \xC3\xA9\n\xF0\x9F\x98\x80");
	assert_string_equal(text_encoding_name(res.encoding), "utf-16le");
	buf_free(&out);
}

static void test_utf16be_with_bom_decodes(void **state)
{
	/* "日本\n€" */
	static const char in[] = "\xFE\xFF"
				 "\x65\xE5\x67\x2C\0\n\x20\xAC";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_UTF16BE);
	assert_string_equal(buf_str(&out), "\xE6\x97\xA5\xE6\x9C\xAC\n\xE2\x82\xAC");
	assert_string_equal(text_encoding_name(res.encoding), "utf-16be");
	buf_free(&out);
}

static void test_utf16_lone_surrogate_becomes_replacement_char(void **state)
{
	/* between digits, where no quote or apostrophe is certain */
	static const char in[] = "\xFF\xFE" "1\0\x3D\xD8" "2\0";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_UTF16LE);
	assert_string_equal(buf_str(&out), "1\xEF\xBF\xBD" "2");
	buf_free(&out);
}

static void test_utf16_escape_sequences_are_removed_too(void **state)
{
	/* ESC [ 3 1 m r e d */
	static const char in[] = "\xFF\xFE\x1B\0[\0" "3\0" "1\0m\0r\0e\0d\0";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_string_equal(buf_str(&out), "red");
	buf_free(&out);
}

static void test_utf16_nul_character_means_binary(void **state)
{
	static const char in[] = "\xFF\xFE" "a\0\0\0b\0";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_BINARY);
	assert_int_equal(out.len, 0);
	buf_free(&out);
}

static void test_csi_colour_sequence_is_removed_whole(void **state)
{
	SANITIZED("\x1b[31mred\x1b[0m", "red");
	SANITIZED("a\x1b[1;38;5;196mb\x1b[Kc", "abc");
}

static void test_osc_title_is_removed_whole(void **state)
{
	SANITIZED("\x1b]0;evil\x07ok", "ok");
	SANITIZED("\x1b]0;evil\x1b\\ok", "ok");
	SANITIZED("\x1b]8;;http://x.example/\x1b\\link\x1b]8;;\x1b\\!", "link!");
}

static void test_charset_escape_is_removed_whole(void **state)
{
	SANITIZED("\x1b(Bplain", "plain");
	SANITIZED("x\x1b" "cy", "xy"); /* ESC c: full reset */
}

static void test_lone_escape_at_end_is_removed(void **state)
{
	SANITIZED("abc\x1b", "abc");
}

static void test_c0_controls_are_removed_but_tab_and_newline_kept(void **state)
{
	SANITIZED("a\x07" "b\x08" "c\x0B" "d\x0C" "e\x01" "f\x1F" "g", "abcdefg");
	SANITIZED("col1\tcol2\nline2", "col1\tcol2\nline2");
}

static void test_del_is_removed(void **state)
{
	SANITIZED("ab\x7F" "c", "abc");
}

static void test_c1_controls_are_removed(void **state)
{
	/* U+0085 NEL and U+009B CSI, UTF-8 encoded */
	SANITIZED("a\xC2\x85" "b\xC2\x9B" "c\xC2\x80" "d", "abcd");
}

static void test_bidi_overrides_are_removed(void **state)
{
	/* U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE, U+2069 */
	SANITIZED("a\xE2\x80\xAE" "b\xE2\x81\xA6" "c\xE2\x81\xA9" "d", "abcd");
}

static void test_invalid_utf8_becomes_replacement_char(void **state)
{
	SANITIZED("a\xFF" "b", "a\xEF\xBF\xBD" "b");
}

static void test_sanitize_leaves_clean_text_unchanged(void **state)
{
	static const char clean[] = "Japan\xE2\x80\x99s \xE2\x80\x9C" "2+2\xE2\x80\x9D talks "
				    "\xE2\x80\x94 caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC\n\tindented "
				    "\xF0\x9F\x98\x80 US$51 billion, 25%.";
	SANITIZED(clean, clean);
}

static void test_escapes_in_cp1252_text_are_removed(void **state)
{
	static const char in[] = "\x93\x1b[1mbold\x1b[0m\x94\x07";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_CP1252);
	assert_string_equal(buf_str(&out), "\xE2\x80\x9C" "bold\xE2\x80\x9D");
	buf_free(&out);
}

#define FFFD "\xEF\xBF\xBD"
#define RSQUO "\xE2\x80\x99"
#define LDQUO "\xE2\x80\x9C"
#define RDQUO "\xE2\x80\x9D"

/* One row per text: U+FFFD where a quote or apostrophe was lost, mended
 * from its neighbours, or left where they do not tell. */
static void test_lost_quotes_and_apostrophes_are_mended(void **state)
{
	static const struct {
		const char *in, *want;
	} rows[] = {
		{"don" FFFD "t", "don" RSQUO "t"},
		{"Japan" FFFD "s navy", "Japan" RSQUO "s navy"},
		{"caf\xC3\xA9" FFFD "s owner", "caf\xC3\xA9" RSQUO "s owner"},
		{"He " FFFD "looks forward to including" FFFD " them.",
		 "He " LDQUO "looks forward to including" RDQUO " them."},
		{FFFD "looks forward to including" FFFD, LDQUO "looks forward to including" RDQUO},
		{"said " FFFD "yes" FFFD ".", "said " LDQUO "yes" RDQUO "."},
		{"said " FFFD "yes." FFFD " Then", "said " LDQUO "yes." RDQUO " Then"},
		{"(" FFFD "quoted" FFFD ")", "(" LDQUO "quoted" RDQUO ")"},
		{"[" FFFD "2+2" FFFD "]", "[" LDQUO "2+2" RDQUO "]"},
		{"one\n" FFFD "two" FFFD "\nthree", "one\n" LDQUO "two" RDQUO "\nthree"},
		{"it was " FFFD "2017" FFFD ", he said", "it was " LDQUO "2017" RDQUO ", he said"},
		{"she said so," FFFD " he added", "she said so," RDQUO " he added"},
		/* the neighbours do not tell: left as it is */
		{"a" FFFD FFFD "b", "a" FFFD FFFD "b"},
		{FFFD FFFD, FFFD FFFD},
		{"1" FFFD "2", "1" FFFD "2"},
		{"a " FFFD " b", "a " FFFD " b"},
		{FFFD, FFFD},
		{" " FFFD, " " FFFD},
		{"x" FFFD "1", "x" FFFD "1"},
		{"#" FFFD "#", "#" FFFD "#"},
		{"plain text", "plain text"},
		{"", ""},
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
		size_t n = strlen(rows[i].in);
		char *text = xstrdup(rows[i].in);
		text_mend_lost_quotes(text, n);
		if (strcmp(text, rows[i].want) != 0)
			fail_msg("row %zu: \"%s\" became \"%s\", want \"%s\"", i, rows[i].in, text, rows[i].want);
		free(text);
	}
}

static void test_decoded_text_has_its_lost_quotes_mended(void **state)
{
	static const char in[] = "Obama Says He " FFFD "Looks Forward" FFFD "\n\nWe don" FFFD "t know.\n";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_int_equal(res.encoding, ENC_UTF8);
	assert_string_equal(buf_str(&out),
			    "Obama Says He " LDQUO "Looks Forward" RDQUO "\n\nWe don" RSQUO "t know.\n");
	buf_free(&out);
}

/* The mend goes by the neighbours alone: a replacement that decoding made
 * (a lone UTF-16 surrogate) is mended where they are certain, as any other. */
static void test_replacement_made_by_decoding_is_mended_by_context_alone(void **state)
{
	static const char in[] = "\xFF\xFE" "n\0\x3D\xD8t\0 \0\x3D\xD8 \0";
	struct buf out = BUF_INIT;
	struct decode_result res;
	assert_int_equal(decode(in, sizeof in - 1, &out, &res), DECODE_OK);
	assert_string_equal(buf_str(&out), "n" RSQUO "t " FFFD " ");
	buf_free(&out);
}

static void test_encoding_names(void **state)
{
	assert_string_equal(text_encoding_name(ENC_UTF8), "utf-8");
	assert_string_equal(text_encoding_name(ENC_UTF8_BOM), "utf-8-bom");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_utf8_is_kept_as_is),
		cmocka_unit_test(test_utf8_bom_is_stripped),
		cmocka_unit_test(test_decoded_text_is_appended_to_the_buffer),
		cmocka_unit_test(test_empty_file_is_empty_utf8_text),
		cmocka_unit_test(test_crlf_becomes_lf),
		cmocka_unit_test(test_lone_cr_becomes_lf),
		cmocka_unit_test(test_cp1252_quotes_dashes_accents_and_euro_become_utf8),
		cmocka_unit_test(test_cp1252_bad_line_is_first_invalid_byte_line),
		cmocka_unit_test(test_cp1252_bad_line_counts_crlf_and_cr_once_each),
		cmocka_unit_test(test_cp1252_undefined_bytes_are_dropped),
		cmocka_unit_test(test_utf8_bom_with_invalid_bytes_falls_back_to_cp1252),
		cmocka_unit_test(test_nul_byte_means_binary),
		cmocka_unit_test(test_nul_byte_after_bom_means_binary),
		cmocka_unit_test(test_utf16le_with_bom_decodes),
		cmocka_unit_test(test_utf16be_with_bom_decodes),
		cmocka_unit_test(test_utf16_lone_surrogate_becomes_replacement_char),
		cmocka_unit_test(test_utf16_escape_sequences_are_removed_too),
		cmocka_unit_test(test_utf16_nul_character_means_binary),
		cmocka_unit_test(test_csi_colour_sequence_is_removed_whole),
		cmocka_unit_test(test_osc_title_is_removed_whole),
		cmocka_unit_test(test_charset_escape_is_removed_whole),
		cmocka_unit_test(test_lone_escape_at_end_is_removed),
		cmocka_unit_test(test_c0_controls_are_removed_but_tab_and_newline_kept),
		cmocka_unit_test(test_del_is_removed),
		cmocka_unit_test(test_c1_controls_are_removed),
		cmocka_unit_test(test_bidi_overrides_are_removed),
		cmocka_unit_test(test_invalid_utf8_becomes_replacement_char),
		cmocka_unit_test(test_sanitize_leaves_clean_text_unchanged),
		cmocka_unit_test(test_escapes_in_cp1252_text_are_removed),
		cmocka_unit_test(test_lost_quotes_and_apostrophes_are_mended),
		cmocka_unit_test(test_decoded_text_has_its_lost_quotes_mended),
		cmocka_unit_test(test_replacement_made_by_decoding_is_mended_by_context_alone),
		cmocka_unit_test(test_encoding_names),
	};
	return cmocka_run_group_tests_name("decode", tests, NULL, NULL);
}
