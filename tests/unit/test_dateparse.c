/* test_dateparse.c - explicit calendar dates found in running text. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "support.h"

#include "brief/dateparse.h"

/* date_find on a C string; asserts a match at [start, end) with the value. */
static void assert_date_at(const char *text, bool allow_month, size_t start, size_t end, int year,
			   int month, int day, enum date_precision precision)
{
	struct date_match m;
	memset(&m, 0xAB, sizeof m);
	assert_true(date_find(text, strlen(text), allow_month, &m));
	assert_int_equal(m.start, start);
	assert_int_equal(m.end, end);
	assert_int_equal(m.value.year, year);
	assert_int_equal(m.value.month, month);
	assert_int_equal(m.value.day, day);
	assert_int_equal(m.value.precision, precision);
}

static bool finds(const char *text, bool allow_month)
{
	struct date_match m;
	return date_find(text, strlen(text), allow_month, &m);
}

static void test_month_day_comma_year(void **state)
{
	assert_date_at("July 28, 2024", false, 0, 13, 2024, 7, 28, DATE_DAY);
}

static void test_abbreviated_month_with_dot(void **state)
{
	assert_date_at("Jul. 28, 2024", false, 0, 13, 2024, 7, 28, DATE_DAY);
	assert_date_at("Dec 5, 2023", false, 0, 11, 2023, 12, 5, DATE_DAY);
}

static void test_sept_abbreviation_without_comma(void **state)
{
	assert_date_at("Sept 3 2024", false, 0, 11, 2024, 9, 3, DATE_DAY);
}

static void test_day_month_year(void **state)
{
	assert_date_at("28 July 2024", false, 0, 12, 2024, 7, 28, DATE_DAY);
	assert_date_at("28 Jul. 2024", false, 0, 12, 2024, 7, 28, DATE_DAY);
	assert_date_at("5 March, 2025", false, 0, 13, 2025, 3, 5, DATE_DAY);
}

static void test_ordinal_days(void **state)
{
	assert_date_at("3rd of March 2025", false, 0, 17, 2025, 3, 3, DATE_DAY);
	assert_date_at("28th July, 2024", false, 0, 15, 2024, 7, 28, DATE_DAY);
	assert_date_at("July 1st, 2024", false, 0, 14, 2024, 7, 1, DATE_DAY);
	assert_date_at("on May 22nd 2024 they met", false, 3, 16, 2024, 5, 22, DATE_DAY);
}

static void test_iso_date_in_text(void **state)
{
	assert_date_at("2024-07-28", false, 0, 10, 2024, 7, 28, DATE_DAY);
	assert_date_at("Published 2024-07-28.", false, 10, 20, 2024, 7, 28, DATE_DAY);
}

static void test_date_inside_sentence_has_exact_offsets(void **state)
{
	assert_date_at("on November 26, 2024.", false, 3, 20, 2024, 11, 26, DATE_DAY);
}

static void test_date_in_seed_caption(void **state)
{
	static const char caption[] =
		"US Ambassador to Japan, Rahm Emanuel, US Secretary of State Antony Blinken, Secretary "
		"of Defense Lloyd Austin and Japanese Foreign Minister Yoko Kamikawa, Defense Minister "
		"Minoru Kihara (not pictured) attend their Extended Deterrence Ministerial Meeting at "
		"Iikura Guest House in Tokyo, Japan July 28, 2024. REUTERS/Issei Kato";
	size_t start = (size_t)(strstr(caption, "July 28") - caption);
	assert_date_at(caption, false, start, start + 13, 2024, 7, 28, DATE_DAY);
}

static void test_first_date_wins(void **state)
{
	assert_date_at("From July 1, 2024 to 2025-01-01", false, 5, 17, 2024, 7, 1, DATE_DAY);
	assert_date_at("From 2025-01-01 to July 1, 2024", false, 5, 15, 2025, 1, 1, DATE_DAY);
}

static void test_month_and_year_only_with_allow_month(void **state)
{
	assert_date_at("March 2025", true, 0, 10, 2025, 3, 0, DATE_MONTH);
	assert_date_at("by March 2025.", true, 3, 13, 2025, 3, 0, DATE_MONTH);
	assert_false(finds("March 2025", false));
	assert_false(finds("by March 2025.", false));
}

static void test_full_date_preferred_over_month_with_allow_month(void **state)
{
	assert_date_at("March 5, 2025", true, 0, 13, 2025, 3, 5, DATE_DAY);
}

static void test_impossible_day_is_rejected(void **state)
{
	assert_false(finds("February 30, 2024", false));
	assert_false(finds("February 30, 2024", true));
	assert_false(finds("31 April 2024", false));
	assert_false(finds("2024-06-31", false));
	assert_false(finds("2024-13-01", false));
}

static void test_rejected_date_does_not_hide_a_later_one(void **state)
{
	assert_date_at("February 30, 2024 or March 1, 2024", false, 21, 34, 2024, 3, 1, DATE_DAY);
}

static void test_may_as_a_verb_is_not_a_date(void **state)
{
	assert_false(finds("May be", false));
	assert_false(finds("May be", true));
	assert_false(finds("It May be ready in 2025", true));
}

static void test_unknown_month_word_is_not_a_date(void **state)
{
	assert_false(finds("13 Foo 2024", false));
	assert_false(finds("13 Foo 2024", true));
	assert_false(finds("Mayor 5, 2024", false));
}

static void test_year_glued_to_more_digits_is_rejected(void **state)
{
	assert_false(finds("July 28, 20245", false));
	assert_false(finds("28 July 20245", false));
	assert_false(finds("March 20245", true));
	assert_false(finds("12024-07-28", false));
	assert_false(finds("2024-07-281", false));
	assert_false(finds("July 28, 2024x", false));
	assert_false(finds("ref42024-07-28", false));
}

static void test_leap_day(void **state)
{
	assert_date_at("2024-02-29", false, 0, 10, 2024, 2, 29, DATE_DAY);
	assert_date_at("February 29, 2024", false, 0, 17, 2024, 2, 29, DATE_DAY);
	assert_false(finds("2023-02-29", false));
	assert_false(finds("February 29, 2023", false));
	assert_false(finds("29 Feb 2023", false));
}

static void test_text_without_dates(void **state)
{
	assert_false(finds("", true));
	assert_false(finds("up 25% from last year, 2% of GDP", true));
	assert_false(finds("in 2007", true));
	assert_false(finds("on Wednesday", true));
}

static void test_only_the_given_length_is_searched(void **state)
{
	static const char text[] = "Talks. July 28, 2024";
	struct date_match m;
	assert_false(date_find(text, 6, true, &m));
	assert_false(date_find(text, 18, false, &m)); /* "July 28, 20" */
	assert_true(date_find(text, sizeof text - 1, false, &m));
	assert_int_equal(m.start, 7);
	assert_int_equal(m.end, 20);
}

/* Bytes placed right before an inaccessible page, so reading past them
 * faults; guard_free makes the page accessible again and frees it. */
static char *guard_copy(const char *s, size_t n, char **block)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	void *p = NULL;
	assert_int_equal(posix_memalign(&p, page, 2 * page), 0);
	assert_int_equal(mprotect((char *)p + page, page, PROT_NONE), 0);
	*block = p;
	return memcpy((char *)p + page - n, s, n);
}

static void guard_free(char *block)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	mprotect(block + page, page, PROT_READ | PROT_WRITE);
	free(block);
}

static void test_text_ending_in_ordinal_is_read_within_bounds(void **state)
{
	/* The text ends right before an inaccessible page, so any read past
	 * s[n) faults.  An earlier dateparse.c looked for a month name in the
	 * three bytes after "5" when only "th" was left and faulted here. */
	char *block;
	char *text = guard_copy("5th", 3, &block);
	struct date_match m;
	bool found = date_find(text, 3, true, &m);
	guard_free(block);
	assert_false(found);
}

static void test_text_ending_in_short_word_is_read_within_bounds(void **state)
{
	/* the same shape without the ordinal letters stays inside the text */
	char *block;
	char *text = guard_copy("on 5 Ju", 7, &block);
	struct date_match m;
	bool found = date_find(text, 7, true, &m);
	guard_free(block);
	assert_false(found);
}

static void test_month_names_and_abbreviations(void **state)
{
	assert_int_equal(date_month_from_name("January", 7), 1);
	assert_int_equal(date_month_from_name("SEPT", 4), 9);
	assert_int_equal(date_month_from_name("sep", 3), 9);
	assert_int_equal(date_month_from_name("Jul", 3), 7);
	assert_int_equal(date_month_from_name("december", 8), 12);
	assert_int_equal(date_month_from_name("Julyx", 4), 7); /* only n bytes count */
	assert_int_equal(date_month_from_name("Ju", 2), 0);
	assert_int_equal(date_month_from_name("Mayo", 4), 0);
	assert_int_equal(date_month_from_name("", 0), 0);
}

static void test_date_valid_calendar(void **state)
{
	assert_true(date_valid(2024, 2, 29));
	assert_false(date_valid(2023, 2, 29));
	assert_false(date_valid(1900, 2, 29));
	assert_true(date_valid(2000, 2, 29));
	assert_true(date_valid(2024, 12, 31));
	assert_false(date_valid(2024, 4, 31));
	assert_false(date_valid(2024, 0, 1));
	assert_false(date_valid(2024, 13, 1));
	assert_false(date_valid(2024, 1, 0));
	assert_false(date_valid(999, 1, 1));
	assert_false(date_valid(10000, 1, 1));
}

static void assert_iso(const char *s, int year, int month, int day, enum date_precision p)
{
	struct date_value v = {-1, -1, -1, DATE_NONE};
	assert_true(date_parse_iso(s, &v));
	assert_int_equal(v.year, year);
	assert_int_equal(v.month, month);
	assert_int_equal(v.day, day);
	assert_int_equal(v.precision, p);
}

static void test_parse_iso_year_month_day(void **state)
{
	assert_iso("2024", 2024, 0, 0, DATE_YEAR);
	assert_iso("2024-07", 2024, 7, 0, DATE_MONTH);
	assert_iso("2024-07-28", 2024, 7, 28, DATE_DAY);
	assert_iso("2024-02-29", 2024, 2, 29, DATE_DAY);
}

static void test_parse_iso_rejects_malformed(void **state)
{
	static const char *const bad[] = {
		"2024-13", "2024-00", "2024-7-1", "2024-07-1", "24-01-01", "0999", "20245",
		"2024-07-28 ", " 2024", "2024-", "2024-07-", "2024/07/28", "2024-02-30",
		"2023-02-29", "", "July 2024",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct date_value v;
		if (date_parse_iso(bad[i], &v))
			fail_msg("date_parse_iso accepted \"%s\"", bad[i]);
	}
}

static void test_format_each_precision(void **state)
{
	char out[11];
	struct date_value day = {2024, 7, 28, DATE_DAY};
	struct date_value padded = {1999, 1, 5, DATE_DAY};
	struct date_value month = {2025, 3, 0, DATE_MONTH};
	struct date_value year = {2024, 0, 0, DATE_YEAR};
	struct date_value none = {0, 0, 0, DATE_NONE};

	date_format(&day, out);
	assert_string_equal(out, "2024-07-28");
	date_format(&padded, out);
	assert_string_equal(out, "1999-01-05");
	date_format(&month, out);
	assert_string_equal(out, "2025-03");
	date_format(&year, out);
	assert_string_equal(out, "2024");
	memcpy(out, "xxxxxxxxxx", 11);
	date_format(&none, out);
	assert_string_equal(out, "");
}

static void test_found_date_formats_as_iso(void **state)
{
	static const char text[] = "during the Siem Reap-Angkor Summit on November 26, 2024. (AFP)";
	struct date_match m;
	char out[11];
	assert_true(date_find(text, sizeof text - 1, false, &m));
	date_format(&m.value, out);
	assert_string_equal(out, "2024-11-26");
}

static void test_precision_names(void **state)
{
	assert_string_equal(date_precision_name(DATE_DAY), "day");
	assert_string_equal(date_precision_name(DATE_MONTH), "month");
	assert_string_equal(date_precision_name(DATE_YEAR), "year");
	assert_null(date_precision_name(DATE_NONE));
}

static void test_lower_case_may_is_no_month(void **state)
{
	struct date_match m;
	(void)state;
	const char text[] = "Come what may, 2024 was hard.";
	assert_false(date_find(text, sizeof text - 1, true, &m));
}

static void test_iso_date_with_time_is_found(void **state)
{
	struct date_match m;
	(void)state;
	const char text[] = "posted 2024-07-28T10:00:00Z";
	assert_true(date_find(text, sizeof text - 1, false, &m));
	assert_int_equal(m.start, 7);
	assert_int_equal(m.end, 17);
	assert_int_equal(m.value.day, 28);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lower_case_may_is_no_month),
		cmocka_unit_test(test_iso_date_with_time_is_found),
		cmocka_unit_test(test_month_day_comma_year),
		cmocka_unit_test(test_abbreviated_month_with_dot),
		cmocka_unit_test(test_sept_abbreviation_without_comma),
		cmocka_unit_test(test_day_month_year),
		cmocka_unit_test(test_ordinal_days),
		cmocka_unit_test(test_iso_date_in_text),
		cmocka_unit_test(test_date_inside_sentence_has_exact_offsets),
		cmocka_unit_test(test_date_in_seed_caption),
		cmocka_unit_test(test_first_date_wins),
		cmocka_unit_test(test_month_and_year_only_with_allow_month),
		cmocka_unit_test(test_full_date_preferred_over_month_with_allow_month),
		cmocka_unit_test(test_impossible_day_is_rejected),
		cmocka_unit_test(test_rejected_date_does_not_hide_a_later_one),
		cmocka_unit_test(test_may_as_a_verb_is_not_a_date),
		cmocka_unit_test(test_unknown_month_word_is_not_a_date),
		cmocka_unit_test(test_year_glued_to_more_digits_is_rejected),
		cmocka_unit_test(test_leap_day),
		cmocka_unit_test(test_text_without_dates),
		cmocka_unit_test(test_only_the_given_length_is_searched),
		cmocka_unit_test(test_text_ending_in_ordinal_is_read_within_bounds),
		cmocka_unit_test(test_text_ending_in_short_word_is_read_within_bounds),
		cmocka_unit_test(test_month_names_and_abbreviations),
		cmocka_unit_test(test_date_valid_calendar),
		cmocka_unit_test(test_parse_iso_year_month_day),
		cmocka_unit_test(test_parse_iso_rejects_malformed),
		cmocka_unit_test(test_format_each_precision),
		cmocka_unit_test(test_found_date_formats_as_iso),
		cmocka_unit_test(test_precision_names),
	};
	return cmocka_run_group_tests_name("dateparse", tests, NULL, NULL);
}
