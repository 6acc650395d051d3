/* test_sentence.c - sentence boundaries in news prose. */
#include <stdlib.h>
#include <string.h>

#include "support.h"

#include "brief/sentence.h"

/* Split text and compare with want[0..count) (start, end pairs). */
static void assert_spans(const char *text, const size_t *want, size_t count)
{
	struct span *spans = NULL;
	size_t cap = 0;
	size_t got = sentence_split(text, strlen(text), &spans, &cap);
	struct span copy[16];
	size_t keep = got < 16 ? got : 16;
	if (keep)
		memcpy(copy, spans, keep * sizeof *spans);
	free(spans);
	assert_int_equal(got, count);
	for (size_t i = 0; i < count; i++) {
		assert_int_equal(copy[i].start, want[2 * i]);
		assert_int_equal(copy[i].end, want[2 * i + 1]);
	}
}

#define SPANS(text, ...)                                                            \
	do {                                                                        \
		static const size_t want_[] = {__VA_ARGS__};                        \
		assert_spans(text, want_, sizeof want_ / sizeof *want_ / 2);        \
	} while (0)

/* The span text itself, so a failure shows words rather than numbers. */
static void assert_nth_sentence(const char *text, size_t nth, const char *want)
{
	struct span *spans = NULL;
	size_t cap = 0;
	size_t got = sentence_split(text, strlen(text), &spans, &cap);
	char buf[256] = "";
	if (nth < got && spans[nth].end - spans[nth].start < sizeof buf)
		memcpy(buf, text + spans[nth].start, spans[nth].end - spans[nth].start);
	free(spans);
	assert_true(nth < got);
	assert_string_equal(buf, want);
}

static void test_titles_do_not_end_a_sentence(void **state)
{
	static const char text[] = "Mr. Kishida met Dr. Smith. They talked.";
	SPANS(text, 0, 26, 27, 39);
	assert_nth_sentence(text, 0, "Mr. Kishida met Dr. Smith.");
	assert_nth_sentence(text, 1, "They talked.");
}

static void test_initials_do_not_end_a_sentence(void **state)
{
	SPANS("John F. Kennedy spoke.", 0, 22);
	SPANS("John F. Kennedy spoke. Crowds cheered.", 0, 22, 23, 38);
}

static void test_us_before_a_sentence_starter_ends_the_sentence(void **state)
{
	static const char text[] = "They met in the U.S. The talks ended.";
	SPANS(text, 0, 20, 21, 37);
	assert_nth_sentence(text, 0, "They met in the U.S.");
	SPANS("the U.S. The talks", 0, 8, 9, 18);
}

static void test_us_before_other_words_does_not_end_the_sentence(void **state)
{
	SPANS("U.S. officials met on Friday. They agreed.", 0, 29, 30, 42);
	SPANS("The U.S. President spoke on Friday.", 0, 35);
	SPANS("They met in the U.S. Officials said so.", 0, 39);
}

static void test_closing_curly_quote_stays_with_its_sentence(void **state)
{
	/* He said “the talks ended.” Next, they left. */
	static const char text[] = "He said \xE2\x80\x9Cthe talks ended.\xE2\x80\x9D Next, they left.";
	SPANS(text, 0, 30, 31, 47);
	assert_nth_sentence(text, 0, "He said \xE2\x80\x9Cthe talks ended.\xE2\x80\x9D");
	assert_nth_sentence(text, 1, "Next, they left.");
}

static void test_closing_straight_quote_and_bracket_stay_with_sentence(void **state)
{
	SPANS("He said \"no.\" Then he left.", 0, 13, 14, 27);
	SPANS("(They left.) Then it rained.", 0, 12, 13, 28);
}

static void test_opening_curly_quote_starts_a_sentence(void **state)
{
	/* from the seed: the second quote opens a new sentence */
	static const char text[] =
		"\xE2\x80\x9CWe\xE2\x80\x99re working to deepen our cooperation,\xE2\x80\x9D said "
		"Secretary of State Antony Blinken. \xE2\x80\x9CWe agreed, as you\xE2\x80\x99ve heard, "
		"that attacks present a clear challenge.\xE2\x80\x9D";
	const char *second = strstr(text, "\xE2\x80\x9CWe agreed");
	size_t split = (size_t)(second - text);
	const size_t want[] = {0, split - 1, split, sizeof text - 1};
	assert_spans(text, want, 2);
	assert_nth_sentence(text, 0,
			    "\xE2\x80\x9CWe\xE2\x80\x99re working to deepen our cooperation,"
			    "\xE2\x80\x9D said Secretary of State Antony Blinken.");
}

static void test_decimals_do_not_end_a_sentence(void **state)
{
	SPANS("Prices rose 3.5 percent in July. Growth slowed.", 0, 32, 33, 47);
	SPANS("Beijing announced a 7.2% increase.", 0, 34);
}

static void test_number_at_sentence_end_still_ends_it(void **state)
{
	SPANS("It rose 2.5. Then fell.", 0, 12, 13, 23);
	SPANS("It happened in 2007. China tested a weapon.", 0, 20, 21, 43);
}

static void test_question_and_exclamation_marks_end_sentences(void **state)
{
	static const char text[] = "Will it pass? Nobody knows! We wait.";
	SPANS(text, 0, 13, 14, 27, 28, 36);
	assert_nth_sentence(text, 1, "Nobody knows!");
}

static void test_mixed_and_repeated_marks_end_once(void **state)
{
	SPANS("Really?! Yes.", 0, 8, 9, 13);
	SPANS("Wait... Then go.", 0, 7, 8, 16);
}

static void test_ellipsis_character_ends_a_sentence(void **state)
{
	/* He paused… Then he left. */
	SPANS("He paused\xE2\x80\xA6 Then he left.", 0, 12, 13, 26);
}

static void test_lowercase_after_a_dot_does_not_split(void **state)
{
	SPANS("The plan, i.e. the budget, passed.", 0, 34);
	SPANS("He asked, \"Why?\" and left.", 0, 26);
}

static void test_month_and_number_abbreviations(void **state)
{
	SPANS("They met on Jan. 5 in Tokyo.", 0, 28);
	SPANS("It was No. 1 in Japan. Then it fell.", 0, 22, 23, 36);
}

static void test_whitespace_around_sentences_is_not_in_spans(void **state)
{
	SPANS("  One.  Two.  ", 2, 6, 8, 12);
	SPANS("One.\nTwo.\n", 0, 4, 5, 9);
}

static void test_text_without_final_punctuation_is_one_sentence(void **state)
{
	SPANS("China Military Advancement", 0, 26);
}

static void test_empty_and_blank_text_have_no_sentences(void **state)
{
	struct span *spans = NULL;
	size_t cap = 0;
	assert_int_equal(sentence_split("", 0, &spans, &cap), 0);
	assert_int_equal(sentence_split("   \n ", 5, &spans, &cap), 0);
	free(spans);
}

static void test_spans_array_grows_for_many_sentences(void **state)
{
	char text[40 * 6 + 1] = "";
	for (int i = 0; i < 40; i++)
		strcat(text, "A ok. ");
	struct span *spans = NULL;
	size_t cap = 0;
	size_t got = sentence_split(text, strlen(text), &spans, &cap);
	size_t start39 = got == 40 ? spans[39].start : 0, end39 = got == 40 ? spans[39].end : 0;
	size_t cap_seen = cap;
	free(spans);
	assert_int_equal(got, 40);
	assert_true(cap_seen >= 40);
	assert_int_equal(start39, 39 * 6);
	assert_int_equal(end39, 39 * 6 + 5);
}

static void test_first_sentence_length(void **state)
{
	static const char text[] = "Mr. Kishida met Dr. Smith. They talked.";
	assert_int_equal(sentence_first_len(text, sizeof text - 1), 26);
	assert_int_equal(sentence_first_len("Hi! There.", 10), 3);
	assert_int_equal(sentence_first_len("One sentence only.", 18), 18);
	assert_int_equal(sentence_first_len("No final stop", 13), 13);
	assert_int_equal(sentence_first_len("U.S. officials met. Later.", 26), 19);
	assert_int_equal(sentence_first_len("", 0), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_titles_do_not_end_a_sentence),
		cmocka_unit_test(test_initials_do_not_end_a_sentence),
		cmocka_unit_test(test_us_before_a_sentence_starter_ends_the_sentence),
		cmocka_unit_test(test_us_before_other_words_does_not_end_the_sentence),
		cmocka_unit_test(test_closing_curly_quote_stays_with_its_sentence),
		cmocka_unit_test(test_closing_straight_quote_and_bracket_stay_with_sentence),
		cmocka_unit_test(test_opening_curly_quote_starts_a_sentence),
		cmocka_unit_test(test_decimals_do_not_end_a_sentence),
		cmocka_unit_test(test_number_at_sentence_end_still_ends_it),
		cmocka_unit_test(test_question_and_exclamation_marks_end_sentences),
		cmocka_unit_test(test_mixed_and_repeated_marks_end_once),
		cmocka_unit_test(test_ellipsis_character_ends_a_sentence),
		cmocka_unit_test(test_lowercase_after_a_dot_does_not_split),
		cmocka_unit_test(test_month_and_number_abbreviations),
		cmocka_unit_test(test_whitespace_around_sentences_is_not_in_spans),
		cmocka_unit_test(test_text_without_final_punctuation_is_one_sentence),
		cmocka_unit_test(test_empty_and_blank_text_have_no_sentences),
		cmocka_unit_test(test_spans_array_grows_for_many_sentences),
		cmocka_unit_test(test_first_sentence_length),
	};
	return cmocka_run_group_tests_name("sentence", tests, NULL, NULL);
}
