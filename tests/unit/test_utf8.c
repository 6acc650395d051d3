/* test_utf8.c - UTF-8 decoding, encoding and display width. */
#include <locale.h>
#include <string.h>

#include "support.h"

#include "brief/mem.h"
#include "brief/utf8.h"

static int utf8_locale(void **state)
{
	/* utf8_width uses wcwidth, which needs a UTF-8 locale */
	return setlocale(LC_ALL, "C.UTF-8") ? 0 : -1;
}

static size_t decode(const char *s, size_t n, uint32_t *cp)
{
	*cp = 0xDEADBEEF;
	return utf8_decode(s, n, cp);
}

#define DECODE(lit, cp) decode(lit, sizeof lit - 1, cp)

static void test_decode_each_length(void **state)
{
	uint32_t cp;
	assert_int_equal(DECODE("A", &cp), 1);
	assert_int_equal(cp, 0x41);
	assert_int_equal(DECODE("\xC3\xA9", &cp), 2);
	assert_int_equal(cp, 0xE9);
	assert_int_equal(DECODE("\xE2\x82\xAC", &cp), 3);
	assert_int_equal(cp, 0x20AC);
	assert_int_equal(DECODE("\xF0\x9F\x98\x80", &cp), 4);
	assert_int_equal(cp, 0x1F600);
	assert_int_equal(DECODE("\xF4\x8F\xBF\xBF", &cp), 4);
	assert_int_equal(cp, 0x10FFFF);
}

static void test_decode_reads_only_the_first_character(void **state)
{
	uint32_t cp;
	assert_int_equal(DECODE("\xC3\xA9t\xC3\xA9", &cp), 2);
	assert_int_equal(cp, 0xE9);
}

static void test_decode_rejects_overlong_forms(void **state)
{
	uint32_t cp;
	assert_int_equal(DECODE("\xC0\xAF", &cp), 0);
	assert_int_equal(DECODE("\xC1\xBF", &cp), 0);
	assert_int_equal(DECODE("\xE0\x80\xAF", &cp), 0);
	assert_int_equal(DECODE("\xF0\x80\x80\xAF", &cp), 0);
}

static void test_decode_rejects_surrogates(void **state)
{
	uint32_t cp;
	assert_int_equal(DECODE("\xED\xA0\x80", &cp), 0);
	assert_int_equal(DECODE("\xED\xBF\xBF", &cp), 0);
	/* just below the surrogates is fine */
	assert_int_equal(DECODE("\xED\x9F\xBF", &cp), 3);
	assert_int_equal(cp, 0xD7FF);
}

static void test_decode_rejects_above_u10ffff(void **state)
{
	uint32_t cp;
	assert_int_equal(DECODE("\xF4\x90\x80\x80", &cp), 0);
	assert_int_equal(DECODE("\xF7\xBF\xBF\xBF", &cp), 0);
	assert_int_equal(DECODE("\xF8\x88\x80\x80\x80", &cp), 0);
}

static void test_decode_rejects_broken_sequences(void **state)
{
	uint32_t cp;
	assert_int_equal(DECODE("\x80", &cp), 0);
	assert_int_equal(DECODE("\xFF", &cp), 0);
	assert_int_equal(DECODE("\xC3" "A", &cp), 0);
	assert_int_equal(decode("\xE2\x82\xAC", 2, &cp), 0); /* cut short by n */
	assert_int_equal(decode("A", 0, &cp), 0);
}

static void test_encode_round_trips_every_length(void **state)
{
	static const struct {
		uint32_t cp;
		const char *utf8;
	} cases[] = {
		{0x00, ""},  {0x41, "A"},
		{0x7F, "\x7F"}, {0x80, "\xC2\x80"},
		{0xE9, "\xC3\xA9"}, {0x7FF, "\xDF\xBF"},
		{0x800, "\xE0\xA0\x80"}, {0x20AC, "\xE2\x82\xAC"},
		{0xD7FF, "\xED\x9F\xBF"}, {0xE000, "\xEE\x80\x80"},
		{0xFFFF, "\xEF\xBF\xBF"}, {0x10000, "\xF0\x90\x80\x80"},
		{0x1F600, "\xF0\x9F\x98\x80"}, {0x10FFFF, "\xF4\x8F\xBF\xBF"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct buf b = BUF_INIT;
		utf8_encode(&b, cases[i].cp);
		size_t want = cases[i].cp == 0 ? 1 : strlen(cases[i].utf8);
		uint32_t back = 0xDEADBEEF;
		size_t len = utf8_decode(b.data, b.len, &back);
		size_t blen = b.len;
		int same = memcmp(b.data, cases[i].cp == 0 ? "\0" : cases[i].utf8, want) == 0;
		buf_free(&b);
		if (blen != want || !same || len != want || back != cases[i].cp)
			fail_msg("U+%04X: %zu bytes (want %zu), same=%d, decoded %zu bytes as U+%04X",
				 (unsigned)cases[i].cp, blen, want, same, len, (unsigned)back);
	}
}

static void test_encode_replaces_invalid_code_points(void **state)
{
	struct buf b = BUF_INIT;
	utf8_encode(&b, 0xD800);
	utf8_encode(&b, 0xDFFF);
	utf8_encode(&b, 0x110000);
	assert_string_equal(buf_str(&b), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	buf_free(&b);
}

static void test_invalid_at_finds_first_bad_byte(void **state)
{
	static const char ok[] = "caf\xC3\xA9 \xE6\x97\xA5\xE6\x9C\xAC \xF0\x9F\x98\x80";
	assert_int_equal(utf8_invalid_at(ok, sizeof ok - 1), sizeof ok - 1);
	assert_int_equal(utf8_invalid_at("ab\xC3\xA9\xFF" "cd", 7), 4);
	assert_int_equal(utf8_invalid_at("caf\xE9", 4), 3);
	assert_int_equal(utf8_invalid_at("x\xED\xA0\x80", 4), 1);
	assert_int_equal(utf8_invalid_at("", 0), 0);
}

static void test_width_of_ascii(void **state)
{
	assert_int_equal(utf8_width("hello"), 5);
	assert_int_equal(utf8_width(""), 0);
}

static void test_width_of_accented_letter_is_one(void **state)
{
	assert_int_equal(utf8_width("\xC3\xA9"), 1);
	assert_int_equal(utf8_width("caf\xC3\xA9"), 4);
	/* e + combining acute accent */
	assert_int_equal(utf8_width("e\xCC\x81"), 1);
}

static void test_width_of_cjk_is_two_per_character(void **state)
{
	assert_int_equal(utf8_width("\xE6\x97\xA5\xE6\x9C\xAC"), 4);
	assert_int_equal(utf8_width("Tokyo \xE6\x9D\xB1\xE4\xBA\xAC"), 10);
}

static void test_width_counts_invalid_bytes_and_controls_as_shown(void **state)
{
	/* shown as U+FFFD and '?', one column each, as the reader draws them */
	assert_int_equal(utf8_width("a\xFF" "b"), 3);
	assert_int_equal(utf8_width("a\x01" "b"), 3);
}

static void test_shown_text_has_no_controls(void **state)
{
	struct buf b = BUF_INIT;
	const char name[] = "esc\x1b]0;pwned\x07\nrow\t\xE2\x80\xAEx\xFF.txt";
	utf8_add_shown(&b, name, sizeof name - 1);
	assert_string_equal(b.data, "esc?]0;pwned??row??x\xEF\xBF\xBD.txt");
	buf_free(&b);
}

static void test_fit_shows_controls_as_question_marks(void **state)
{
	struct buf b = BUF_INIT;
	utf8_fit(&b, "a\x1b[2Jb", 10, false);
	assert_string_equal(b.data, "a?[2Jb");
	buf_free(&b);
}

static void test_fit_keeps_joiners_with_their_character(void **state)
{
	/* family emoji: man ZWJ woman ZWJ girl, cut after the first person */
	struct buf b = BUF_INIT;
	utf8_fit(&b, "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7", 3, false);
	assert_string_equal(b.data, "\xF0\x9F\x91\xA8\xE2\x80\x8D\xE2\x80\xA6");
	buf_reset(&b);
	utf8_fit(&b, "e\xCC\x81t\xC3\xA9", 10, false);
	assert_string_equal(b.data, "e\xCC\x81t\xC3\xA9");
	buf_free(&b);
}

static void test_fit_short_text_unchanged(void **state)
{
	struct buf b = BUF_INIT;
	assert_int_equal(utf8_fit(&b, "hello", 10, false), 5);
	assert_string_equal(buf_str(&b), "hello");
	buf_free(&b);
}

static void test_fit_pads_to_width(void **state)
{
	struct buf b = BUF_INIT;
	assert_int_equal(utf8_fit(&b, "hello", 8, true), 8);
	assert_string_equal(buf_str(&b), "hello   ");
	buf_reset(&b);
	assert_int_equal(utf8_fit(&b, "caf\xC3\xA9", 6, true), 6);
	assert_string_equal(buf_str(&b), "caf\xC3\xA9  ");
	buf_free(&b);
}

static void test_fit_exact_width_has_no_ellipsis(void **state)
{
	struct buf b = BUF_INIT;
	assert_int_equal(utf8_fit(&b, "\xE6\x97\xA5\xE6\x9C\xAC", 4, true), 4);
	assert_string_equal(buf_str(&b), "\xE6\x97\xA5\xE6\x9C\xAC");
	buf_free(&b);
}

static void test_fit_cuts_with_ellipsis(void **state)
{
	struct buf b = BUF_INIT;
	assert_int_equal(utf8_fit(&b, "hello world", 5, false), 5);
	assert_string_equal(buf_str(&b), "hell\xE2\x80\xA6");
	buf_free(&b);
}

static void test_fit_cuts_at_character_boundary(void **state)
{
	struct buf b = BUF_INIT;
	/* "éééé" into 3 columns: two whole é, never half of one */
	assert_int_equal(utf8_fit(&b, "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9", 3, false), 3);
	assert_string_equal(buf_str(&b), "\xC3\xA9\xC3\xA9\xE2\x80\xA6");
	buf_free(&b);
}

static void test_fit_does_not_split_a_wide_character(void **state)
{
	struct buf b = BUF_INIT;
	/* "日本語" (6 columns) into 4: 日 + … is 3 columns, padding adds one */
	assert_int_equal(utf8_fit(&b, "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 4, false), 3);
	assert_string_equal(buf_str(&b), "\xE6\x97\xA5\xE2\x80\xA6");
	buf_reset(&b);
	assert_int_equal(utf8_fit(&b, "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 4, true), 4);
	assert_string_equal(buf_str(&b), "\xE6\x97\xA5\xE2\x80\xA6 ");
	buf_reset(&b);
	assert_int_equal(utf8_fit(&b, "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 5, false), 5);
	assert_string_equal(buf_str(&b), "\xE6\x97\xA5\xE6\x9C\xAC\xE2\x80\xA6");
	buf_free(&b);
}

static void test_fit_one_column_is_just_the_ellipsis(void **state)
{
	struct buf b = BUF_INIT;
	assert_int_equal(utf8_fit(&b, "ab", 1, true), 1);
	assert_string_equal(buf_str(&b), "\xE2\x80\xA6");
	buf_free(&b);
}

static void test_fit_zero_columns_adds_nothing(void **state)
{
	struct buf b = BUF_INIT;
	assert_int_equal(utf8_fit(&b, "hello", 0, true), 0);
	assert_int_equal(b.len, 0);
	assert_int_equal(utf8_fit(&b, "hello", -3, true), 0);
	assert_int_equal(b.len, 0);
	buf_free(&b);
}

static void test_fit_appends_to_the_buffer(void **state)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, "[");
	utf8_fit(&b, "abcdef", 4, false);
	buf_adds(&b, "]");
	assert_string_equal(buf_str(&b), "[abc\xE2\x80\xA6]");
	buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_decode_each_length),
		cmocka_unit_test(test_decode_reads_only_the_first_character),
		cmocka_unit_test(test_decode_rejects_overlong_forms),
		cmocka_unit_test(test_decode_rejects_surrogates),
		cmocka_unit_test(test_decode_rejects_above_u10ffff),
		cmocka_unit_test(test_decode_rejects_broken_sequences),
		cmocka_unit_test(test_encode_round_trips_every_length),
		cmocka_unit_test(test_encode_replaces_invalid_code_points),
		cmocka_unit_test(test_invalid_at_finds_first_bad_byte),
		cmocka_unit_test(test_width_of_ascii),
		cmocka_unit_test(test_width_of_accented_letter_is_one),
		cmocka_unit_test(test_width_of_cjk_is_two_per_character),
		cmocka_unit_test(test_width_counts_invalid_bytes_and_controls_as_shown),
		cmocka_unit_test(test_shown_text_has_no_controls),
		cmocka_unit_test(test_fit_shows_controls_as_question_marks),
		cmocka_unit_test(test_fit_keeps_joiners_with_their_character),
		cmocka_unit_test(test_fit_short_text_unchanged),
		cmocka_unit_test(test_fit_pads_to_width),
		cmocka_unit_test(test_fit_exact_width_has_no_ellipsis),
		cmocka_unit_test(test_fit_cuts_with_ellipsis),
		cmocka_unit_test(test_fit_cuts_at_character_boundary),
		cmocka_unit_test(test_fit_does_not_split_a_wide_character),
		cmocka_unit_test(test_fit_one_column_is_just_the_ellipsis),
		cmocka_unit_test(test_fit_zero_columns_adds_nothing),
		cmocka_unit_test(test_fit_appends_to_the_buffer),
	};
	return cmocka_run_group_tests_name("utf8", tests, utf8_locale, NULL);
}
