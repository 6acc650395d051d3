/* test_json.c - strings written as JSON literals. */
#include <stdlib.h>
#include <string.h>

#include "support.h"

#include "brief/json.h"
#include "brief/mem.h"

static void assert_json(const char *s, const char *want)
{
	struct buf b = BUF_INIT;
	json_string(&b, s);
	char got[512] = "";
	size_t n = b.len < sizeof got - 1 ? b.len : sizeof got - 1;
	memcpy(got, buf_str(&b), n);
	size_t len = b.len;
	buf_free(&b);
	assert_string_equal(got, want);
	assert_int_equal(len, strlen(want));
}

static void test_plain_text_is_quoted(void **state)
{
	assert_json("Japan and the US", "\"Japan and the US\"");
	assert_json("", "\"\"");
}

static void test_quote_is_escaped(void **state)
{
	assert_json("He said \"no\"", "\"He said \\\"no\\\"\"");
}

static void test_backslash_is_escaped(void **state)
{
	assert_json("C:\\path\\", "\"C:\\\\path\\\\\"");
}

static void test_newline_and_tab_are_escaped(void **state)
{
	assert_json("one\ntwo\tthree", "\"one\\ntwo\\tthree\"");
}

static void test_other_short_escapes(void **state)
{
	assert_json("a\rb\bc\fd", "\"a\\rb\\bc\\fd\"");
}

static void test_control_characters_become_unicode_escapes(void **state)
{
	assert_json("a\x01" "b", "\"a\\u0001b\"");
	assert_json("\x1b[31m", "\"\\u001b[31m\"");
	assert_json("\x1f", "\"\\u001f\"");
}

static void test_line_and_paragraph_separators_are_escaped(void **state)
{
	assert_json("a\xE2\x80\xA8" "b", "\"a\\u2028b\"");
	assert_json("a\xE2\x80\xA9" "b", "\"a\\u2029b\"");
}

static void test_utf8_text_is_kept_as_is(void **state)
{
	assert_json("caf\xC3\xA9", "\"caf\xC3\xA9\"");
	assert_json("\xE2\x80\x9C" "2+2\xE2\x80\x9D \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80",
		    "\"\xE2\x80\x9C" "2+2\xE2\x80\x9D \xE2\x80\x94 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80\"");
}

static void test_lead_byte_at_end_is_not_read_past(void **state)
{
	/* E2 80 then the terminator: not a separator, and not UTF-8 */
	assert_json("x\xE2\x80", "\"x\\ufffd\\ufffd\"");
	assert_json("x\xE2", "\"x\\ufffd\"");
}

static void test_bytes_that_are_not_utf8_become_replacement_escapes(void **state)
{
	/* a Latin-1 file name: strict JSON readers must accept the line */
	assert_json("caf\xE9.txt", "\"caf\\ufffd.txt\"");
	assert_json("\xC0\xAF", "\"\\ufffd\\ufffd\""); /* overlong '/' */
	assert_json("\xED\xA0\x80", "\"\\ufffd\\ufffd\\ufffd\""); /* a surrogate */
}

static void test_terminal_controls_are_escaped(void **state)
{
	/* ESC, BEL, DEL, CSI (U+009B) and RIGHT-TO-LEFT OVERRIDE: the value
	 * is kept, and printing the line cannot drive the terminal */
	assert_json("a\x1b]0;t\x07", "\"a\\u001b]0;t\\u0007\"");
	assert_json("\x7f\xC2\x9B\xE2\x80\xAE", "\"\\u007f\\u009b\\u202e\"");
}

static void test_hex_keeps_every_byte(void **state)
{
	struct buf b = BUF_INIT;
	json_hex(&b, "a\xE9\n", 3);
	assert_string_equal(b.data, "\"61e90a\"");
	buf_free(&b);
}

static void test_null_becomes_json_null(void **state)
{
	assert_json(NULL, "null");
}

static void test_string_is_appended_to_the_buffer(void **state)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, "{\"title\":");
	json_string(&b, "US-Japan \"2+2\"");
	buf_adds(&b, ",\"date\":");
	json_string(&b, NULL);
	buf_addc(&b, '}');
	char *text = buf_steal(&b);
	char copy[128];
	strncpy(copy, text, sizeof copy - 1);
	copy[sizeof copy - 1] = '\0';
	free(text);
	assert_string_equal(copy, "{\"title\":\"US-Japan \\\"2+2\\\"\",\"date\":null}");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain_text_is_quoted),
		cmocka_unit_test(test_quote_is_escaped),
		cmocka_unit_test(test_backslash_is_escaped),
		cmocka_unit_test(test_newline_and_tab_are_escaped),
		cmocka_unit_test(test_other_short_escapes),
		cmocka_unit_test(test_control_characters_become_unicode_escapes),
		cmocka_unit_test(test_line_and_paragraph_separators_are_escaped),
		cmocka_unit_test(test_utf8_text_is_kept_as_is),
		cmocka_unit_test(test_lead_byte_at_end_is_not_read_past),
		cmocka_unit_test(test_bytes_that_are_not_utf8_become_replacement_escapes),
		cmocka_unit_test(test_terminal_controls_are_escaped),
		cmocka_unit_test(test_hex_keeps_every_byte),
		cmocka_unit_test(test_null_becomes_json_null),
		cmocka_unit_test(test_string_is_appended_to_the_buffer),
	};
	return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
