/* test_timex.c - date expressions in sentences and their TIMEX3 values. */
#include <stdlib.h>
#include <string.h>

#include "support.h"

#include "brief/timex.h"

enum { MAX_FOUND = 16 };

struct found {
	size_t count;
	struct timex t[MAX_FOUND];
};

/* timex_find on an exact copy of the sentence with no NUL after it, so
 * valgrind sees any read past the end.  anchor is "YYYY-MM-DD", "YYYY-MM",
 * "YYYY" or NULL. */
static struct found find(const char *sentence, const char *anchor)
{
	struct found f;
	struct date_value a;
	if (anchor)
		assert_true(date_parse_iso(anchor, &a));
	size_t n = strlen(sentence);
	char *copy = malloc(n ? n : 1);
	assert_non_null(copy);
	memcpy(copy, sentence, n);
	struct timex *out = NULL;
	size_t cap = 0;
	f.count = timex_find(copy, n, anchor ? &a : NULL, &out, &cap);
	assert_true(f.count <= MAX_FOUND);
	if (f.count)
		memcpy(f.t, out, f.count * sizeof *out);
	free(out);
	free(copy);
	return f;
}

/* The expression's text; "" when it is out of bounds. */
static const char *text_of(const char *sentence, const struct timex *t, char buf[128])
{
	size_t len = t->end - t->start;
	if (t->end > strlen(sentence) || t->start > t->end || len >= 128)
		return "";
	memcpy(buf, sentence + t->start, len);
	buf[len] = '\0';
	return buf;
}

/* The precision a value's shape shows ("2024", "2024-Q3", "2024-07",
 * "2024-W31", "2024-07-28"), so each check states it without repeating it. */
static enum timex_precision precision_of(const char *value)
{
	size_t len = strlen(value);
	if (len == 0)
		return TIMEX_NONE;
	if (len == 4)
		return TIMEX_YEAR;
	if (len == 10)
		return TIMEX_DAY;
	return value[5] == 'Q' ? TIMEX_QUARTER : value[5] == 'W' ? TIMEX_WEEK : TIMEX_MONTH;
}

/* Where text first occurs in the sentence. */
static size_t offset_of(const char *sentence, const char *text)
{
	const char *at = strstr(sentence, text);
	if (!at)
		fail_msg("\"%s\" is not in \"%s\"", text, sentence);
	return (size_t)(at - sentence);
}

/* t is text, at its first occurrence, with this value. */
static void check(const char *sentence, const struct timex *t, const char *text,
		  const char *value)
{
	char buf[128];
	assert_string_equal(text_of(sentence, t, buf), text);
	assert_int_equal(t->start, offset_of(sentence, text));
	assert_string_equal(t->value, value);
	assert_int_equal(t->precision, precision_of(value));
	if (!*value) {
		assert_string_equal(t->first_day, "");
		assert_string_equal(t->last_day, "");
	}
}

/* The sentence holds exactly one expression: text with this value. */
static void assert_one(const char *sentence, const char *anchor, const char *text,
		       const char *value)
{
	struct found f = find(sentence, anchor);
	if (f.count != 1)
		fail_msg("\"%s\": %zu expressions, wanted only \"%s\"", sentence, f.count, text);
	check(sentence, &f.t[0], text, value);
}

/* The expression that starts where text first occurs has this value. */
static void assert_has(const char *sentence, const char *anchor, const char *text,
		       const char *value)
{
	struct found f = find(sentence, anchor);
	size_t start = offset_of(sentence, text);
	for (size_t k = 0; k < f.count; k++)
		if (f.t[k].start == start) {
			check(sentence, &f.t[k], text, value);
			return;
		}
	fail_msg("\"%s\": no expression at \"%s\"", sentence, text);
}

static void assert_none(const char *sentence, const char *anchor)
{
	char buf[128];
	struct found f = find(sentence, anchor);
	if (f.count)
		fail_msg("\"%s\": found \"%s\"", sentence, text_of(sentence, &f.t[0], buf));
}

static void assert_days(const char *sentence, const char *anchor, const char *value,
			const char *first, const char *last)
{
	struct found f = find(sentence, anchor);
	assert_int_equal(f.count, 1);
	assert_string_equal(f.t[0].value, value);
	assert_string_equal(f.t[0].first_day, first);
	assert_string_equal(f.t[0].last_day, last);
}

/* Written dates */

static void test_month_day_year_in_all_common_orders(void **state)
{
	assert_one("They met on July 28, 2024 in Tokyo.", NULL, "July 28, 2024", "2024-07-28");
	assert_one("They met on Jul. 28, 2024 in Tokyo.", NULL, "Jul. 28, 2024", "2024-07-28");
	assert_one("They met on 28 July 2024 in Tokyo.", NULL, "28 July 2024", "2024-07-28");
	assert_one("They met on July 28 2024 in Tokyo.", NULL, "July 28 2024", "2024-07-28");
	assert_one("Posted 2024-07-28 by staff.", NULL, "2024-07-28", "2024-07-28");
}

static void test_weekday_before_a_date_is_one_expression(void **state)
{
	assert_one("The talks ended on Sunday, July 28, 2024, in Tokyo.",
		   NULL, "Sunday, July 28, 2024", "2024-07-28");
	assert_one("The talks ended Sunday July 28.", "2024-08-01", "Sunday July 28", "2024-07-28");
}

static void test_month_and_year(void **state)
{
	assert_one("Prices rose in July 2024.", NULL, "July 2024", "2024-07");
	assert_one("Prices rose in July of 2024.", NULL, "July of 2024", "2024-07");
}

static void test_year_after_a_preposition(void **state)
{
	static const char *const sentences[] = {
		"It began in 2007.", "It ends by 2007.", "It has run since 2007.",
		"It runs until 2007.", "It was signed before 2007.", "It changed after 2007.",
		"It grew from 2007 on.", "The budget of 2007 was small.",
	};
	for (size_t k = 0; k < sizeof sentences / sizeof *sentences; k++)
		assert_one(sentences[k], NULL, "2007", "2007");
}

static void test_the_year_2020(void **state)
{
	assert_one("Not since the year 2020 has it grown.", NULL, "the year 2020", "2020");
}

static void test_year_ranges_give_both_years(void **state)
{
	struct found f = find("Output fell between 2020 and 2024, and from 2019 to 2021.", NULL);
	assert_int_equal(f.count, 4);
	assert_string_equal(f.t[0].value, "2020");
	assert_string_equal(f.t[1].value, "2024");
	assert_string_equal(f.t[2].value, "2019");
	assert_string_equal(f.t[3].value, "2021");
}

static void test_list_of_years_after_one_preposition(void **state)
{
	struct found f = find("He won in 2010, 2012 and 2016.", NULL);
	assert_int_equal(f.count, 3);
	check("He won in 2010, 2012 and 2016.", &f.t[1], "2012", "2012");
	check("He won in 2010, 2012 and 2016.", &f.t[2], "2016", "2016");
}

static void test_year_without_a_preposition_is_not_a_date(void **state)
{
	assert_none("2007 was a hard year.", NULL);
	assert_none("He scored 2007 points.", NULL);
	assert_none("It sent in 2000 troops.", NULL);
}

static void test_quarters(void **state)
{
	assert_one("Sales fell in the third quarter of 2024.",
		   NULL, "the third quarter of 2024", "2024-Q3");
	assert_one("Sales fell in Q3 2024.", NULL, "Q3 2024", "2024-Q3");
	assert_one("Sales fell in the first quarter.", "2024-07-28", "the first quarter",
		   "2024-Q1");
	assert_one("Sales fell in the fourth quarter of last year.",
		   "2024-07-28", "the fourth quarter of last year", "2023-Q4");
	assert_one("The third-quarter profit doubled.",
		   "2024-07-28", "The third-quarter", "2024-Q3");
}

static void test_year_with_early_mid_late_or_end(void **state)
{
	assert_one("Troops leave by mid-2026.", NULL, "mid-2026", "2026");
	assert_one("Talks resume in early 2025.", NULL, "early 2025", "2025");
	assert_one("It opened in late 2024.", NULL, "late 2024", "2024");
	assert_one("It closes by the end of 2025.", NULL, "the end of 2025", "2025");
	assert_one("It closes by the end of the year.", "2024-07-28", "the end of the year",
		   "2024");
	assert_one("It closes at the beginning of next year.",
		   "2024-07-28", "the beginning of next year", "2025");
	assert_one("Prices peaked in late last year.", "2024-07-28", "late last year", "2023");
}

static void test_month_with_early_mid_late(void **state)
{
	assert_one("Talks began in early January.", "2024-07-28", "early January", "2024-01");
	assert_one("Talks began in mid-July.", "2024-07-28", "mid-July", "2024-07");
	assert_one("Talks will begin in late March.", "2024-07-28", "late March", "2025-03");
}

/* Underspecified dates and the anchor */

static void test_month_day_without_year_takes_the_tense(void **state)
{
	assert_one("They met on July 28.", "2024-11-26", "July 28", "2024-07-28");
	assert_one("They will meet on July 28.", "2024-11-26", "July 28", "2025-07-28");
	assert_one("They met on Dec. 5.", "2024-11-26", "Dec. 5", "2023-12-05");
	assert_one("They met on Jul. 28.", "2024-11-26", "Jul. 28", "2024-07-28");
	assert_one("They met on 28 July.", "2024-11-26", "28 July", "2024-07-28");
	assert_one("They met on the 3rd of March.", "2024-11-26", "3rd of March", "2024-03-03");
}

static void test_month_day_on_the_anchor_day_is_that_day(void **state)
{
	assert_one("It opened on November 26.", "2024-11-26", "November 26", "2024-11-26");
	assert_one("It will open on November 26.", "2024-11-26", "November 26", "2024-11-26");
}

static void test_leap_day_without_year_finds_a_leap_year(void **state)
{
	assert_one("It happened on February 29.", "2025-03-01", "February 29", "2024-02-29");
	assert_one("It will happen on February 29.", "2025-03-01", "February 29", "2028-02-29");
}

static void test_bare_month_after_a_preposition(void **state)
{
	assert_one("Prices rose in March.", "2024-07-28", "March", "2024-03");
	assert_one("Prices have risen since April.", "2024-07-28", "April", "2024-04");
	assert_one("The deal is signed by June.", "2024-07-28", "June", "2024-06");
	assert_one("Prices rose in July.", "2024-07-28", "July", "2024-07");
	assert_one("Prices rose in Sept. and fell.", "2024-07-28", "Sept.", "2023-09");
}

static void test_months_joined_by_and_or_to(void **state)
{
	static const char s[] = "Prices rose from March to May, then in June and July.";
	struct found f = find(s, "2024-07-28");
	assert_int_equal(f.count, 4);
	assert_string_equal(f.t[0].value, "2024-03");
	assert_string_equal(f.t[1].value, "2024-05");
	assert_string_equal(f.t[2].value, "2024-06");
	assert_string_equal(f.t[3].value, "2024-07");
}

static void test_last_next_and_this_month_name(void **state)
{
	assert_one("Talks began last March.", "2025-03-10", "last March", "2024-03");
	assert_one("Talks began last March.", "2024-07-28", "last March", "2024-03");
	assert_one("Talks resume next March.", "2025-03-10", "next March", "2026-03");
	assert_one("Talks resume next March.", "2024-07-28", "next March", "2025-03");
	assert_one("Talks end this March.", "2025-07-10", "this March", "2025-03");
}

static void test_may_the_name_is_not_a_month(void **state)
{
	assert_none("May said the vote would go ahead.", "2024-07-28");
	assert_none("The plan backed by May failed.", "2024-07-28");
	assert_none("Voters turned against Theresa May.", "2024-07-28");
	assert_none("It may rain in the east.", "2024-07-28");
	assert_one("Talks resumed in May.", "2024-07-28", "May", "2024-05");
	assert_one("Talks resumed on May 5.", "2024-07-28", "May 5", "2024-05-05");
	assert_one("In 2019, May resigned.", "2024-07-28", "2019", "2019");
	assert_one("In 2019 May resigned.", "2024-07-28", "2019", "2019");
}

static void test_capitalized_month_word_alone_is_not_a_date(void **state)
{
	assert_none("March organisers said nothing.", "2024-07-28");
	assert_none("Jan Kowalski spoke in Jan's place.", "2024-07-28");
}

/* Weekdays */

static void test_weekday_in_a_past_sentence_is_the_one_before(void **state)
{
	static const char s[] =
		"Japanese and US defense chiefs met in Tokyo on Sunday after they announced on "
		"Wednesday that the US military command in Japan would be upgraded.";
	assert_has(s, "2024-07-28", "Wednesday", "2024-07-24");
	assert_has(s, "2024-07-28", "Sunday", "2024-07-28");
}

static void test_weekday_of_the_anchor_is_the_anchor_day(void **state)
{
	static const char s[] = "Landmine victims from across the world gathered at a conference "
				"in Cambodia on Tuesday to protest";
	assert_one(s, "2024-11-26", "Tuesday", "2024-11-26");
}

static void test_weekday_in_a_future_sentence_is_the_one_after(void **state)
{
	assert_one("The ministers will meet on Friday.", "2024-07-28", "Friday", "2024-08-02");
	assert_one("The ministers will meet on Sunday.", "2024-07-28", "Sunday", "2024-07-28");
}

static void test_last_next_and_this_weekday(void **state)
{
	assert_one("They met last Friday.", "2024-07-28", "last Friday", "2024-07-26");
	assert_one("They met last Friday.", "2024-07-26", "last Friday", "2024-07-19");
	assert_one("They meet next Monday.", "2024-07-28", "next Monday", "2024-07-29");
	assert_one("They meet next Monday.", "2024-07-29", "next Monday", "2024-08-05");
	assert_one("They met this Wednesday.", "2024-07-28", "this Wednesday", "2024-07-24");
}

static void test_weekday_without_anchor_keeps_its_text(void **state)
{
	assert_one("authorities announced on Wednesday", NULL, "Wednesday", "");
}

/* Relative expressions */

static void test_today_yesterday_tomorrow_tonight(void **state)
{
	assert_one("Today the talks end.", "2024-07-28", "Today", "2024-07-28");
	assert_one("The talks ended yesterday.", "2024-07-28", "yesterday", "2024-07-27");
	assert_one("The talks end tomorrow.", "2024-07-31", "tomorrow", "2024-08-01");
	assert_one("The talks end tonight.", "2024-07-28", "tonight", "2024-07-28");
	assert_one("He spoke last night.", "2024-03-01", "last night", "2024-02-29");
	assert_one("He spoke this morning.", "2024-03-01", "this morning", "2024-03-01");
	assert_one("It ended the day before yesterday.",
		   "2024-03-01", "the day before yesterday", "2024-02-28");
}

static void test_last_this_and_next_week_are_iso_weeks(void **state)
{
	static const char s[] =
		"Washington's announcement last week that it would send anti-personnel landmines";
	assert_one(s, "2024-11-26", "last week", "2024-W47");
	assert_one("It was announced last week.", "2024-12-30", "last week", "2024-W52");
	assert_one("It is announced this week.", "2024-12-30", "this week", "2025-W01");
	assert_one("It is announced next week.", "2024-12-23", "next week", "2025-W01");
}

static void test_iso_week_year_differs_from_calendar_year(void **state)
{
	assert_days("It ends this week.", "2021-01-03", "2020-W53", "2020-12-28", "2021-01-03");
	assert_days("It ends this week.", "2026-01-01", "2026-W01", "2025-12-29", "2026-01-04");
	assert_days("It ends this week.", "2024-07-28", "2024-W30", "2024-07-22", "2024-07-28");
}

static void test_this_last_and_next_month_and_year(void **state)
{
	assert_one("Prices fell last month.", "2024-01-15", "last month", "2023-12");
	assert_one("Prices fall this month.", "2024-01-15", "this month", "2024-01");
	assert_one("Prices fall next month.", "2024-12-15", "next month", "2025-01");
	assert_one("Prices fell last year.", "2024-07-28", "last year", "2023");
	assert_one("Prices fall this year.", "2024-07-28", "this year", "2024");
	assert_one("Prices fall next year.", "2024-07-28", "next year", "2025");
	assert_one("Sales fell last quarter.", "2024-02-28", "last quarter", "2023-Q4");
}

static void test_over_the_last_year_is_a_duration(void **state)
{
	assert_none("Prices doubled over the last year.", "2024-07-28");
}

static void test_earlier_and_later_this_period(void **state)
{
	assert_one("He resigned earlier this month.", "2024-07-28", "earlier this month",
		   "2024-07");
	assert_one("He resigned earlier this week.", "2024-07-28", "earlier this week", "2024-W30");
	assert_one("Polls open later this year.", "2024-07-28", "later this year", "2024");
	assert_one("He spoke earlier today.", "2024-07-28", "earlier today", "2024-07-28");
}

static void test_units_ago_keep_their_unit(void **state)
{
	assert_one("It began two years ago.", "2024-07-28", "two years ago", "2022");
	assert_one("It began three months ago.", "2024-01-28", "three months ago", "2023-10");
	assert_one("It began a week ago.", "2024-07-28", "a week ago", "2024-W29");
	assert_one("It began 10 days ago.", "2024-03-05", "10 days ago", "2024-02-24");
	assert_one("It began twelve years ago.", "2024-07-28", "twelve years ago", "2012");
}

static void test_in_two_years_looks_ahead_in_a_future_sentence(void **state)
{
	assert_one("The base will close in two years.", "2024-07-28", "in two years", "2026");
	assert_one("The base will close in 10 days.", "2024-07-28", "in 10 days", "2024-08-07");
}

static void test_in_two_years_in_a_past_sentence_is_a_duration(void **state)
{
	assert_none("Prices rose for the first time in two years.", "2024-07-28");
}

static void test_within_five_years(void **state)
{
	assert_one("Emissions must halve within five years.",
		   "2024-07-28", "within five years", "2029");
	assert_none("Troops left within two weeks of the attack.", "2024-07-28");
}

static void test_the_previous_and_following_day(void **state)
{
	assert_one("He had arrived the previous day.",
		   "2024-07-28", "the previous day", "2024-07-27");
	assert_one("He left the following day.", "2024-07-28", "the following day", "2024-07-29");
	assert_one("He had arrived the day before.", "2024-07-28", "the day before", "2024-07-27");
	assert_one("He left the next day.", "2024-07-28", "the next day", "2024-07-29");
}

static void test_the_next_day_counts_from_a_day_in_the_sentence(void **state)
{
	assert_has("They met on July 10, 2024 and signed the next day.",
		   "2024-07-28", "the next day", "2024-07-11");
}

static void test_the_day_before_the_vote_is_not_a_date(void **state)
{
	assert_none("He arrived the day before the vote.", "2024-07-28");
	assert_none("He arrived the day before he spoke.", "2024-07-28");
}

/* Tense */

static void test_future_markers_turn_a_month_forward(void **state)
{
	static const char *const sentences[] = {
		"Talks will resume in March.", "Talks'll resume in March.",
		"We\xE2\x80\x99ll resume talks in March.", "Talks shall resume in March.",
		"Talks are going to resume in March.", "It's going to resume in March.",
		"Talks are expected to resume in March.", "He plans to resume talks in March.",
		"Talks are due to resume in March.", "Talks are scheduled to resume in March.",
		"The upcoming talks start in March.", "Talks are set for March.",
		"Talks are scheduled for March.", "Talks resume next in March.",
	};
	for (size_t k = 0; k < sizeof sentences / sizeof *sentences; k++)
		assert_has(sentences[k], "2024-07-28", "March", "2025-03");
}

static void test_past_look_alikes_are_not_future_markers(void **state)
{
	static const char *const sentences[] = {
		"Talks were expected to resume in March.", "Talks stopped due to rain in March.",
		"Actor Will Smith spoke in March.", "Talks were going to resume in March.",
		"He said it would resume in March.",
	};
	for (size_t k = 0; k < sizeof sentences / sizeof *sentences; k++)
		assert_has(sentences[k], "2024-07-28", "March", "2024-03");
}

/* Anchors */

static void test_month_anchor_resolves_what_it_can(void **state)
{
	assert_one("Prices rose in March.", "2024-04", "March", "2024-03");
	assert_one("Prices fell last month.", "2024-04", "last month", "2024-03");
	assert_one("They met on April 28.", "2024-04", "April 28", "2024-04-28");
	assert_one("Prices fell yesterday.", "2024-04", "yesterday", "");
	assert_one("Prices fell on Friday.", "2024-04", "Friday", "");
	assert_one("Prices fell last week.", "2024-04", "last week", "");
}

static void test_year_anchor_resolves_what_it_can(void **state)
{
	assert_one("Prices fell this year.", "2024", "this year", "2024");
	assert_one("It began two years ago.", "2024", "two years ago", "2022");
	assert_one("Sales fell in the first quarter.", "2024", "the first quarter", "2024-Q1");
	assert_one("Prices rose in March.", "2024", "March", "");
	assert_one("Prices fell last month.", "2024", "last month", "");
}

static void test_invalid_anchor_counts_as_none(void **state)
{
	struct date_value bad = {2024, 2, 30, DATE_DAY};
	struct date_value none = {2024, 7, 28, DATE_NONE};
	struct timex *out = NULL;
	size_t cap = 0;
	static const char s[] = "They met yesterday.";
	assert_int_equal(timex_find(s, sizeof s - 1, &bad, &out, &cap), 1);
	assert_int_equal(out[0].precision, TIMEX_NONE);
	assert_int_equal(timex_find(s, sizeof s - 1, &none, &out, &cap), 1);
	assert_int_equal(out[0].precision, TIMEX_NONE);
	free(out);
}

static void test_absolute_dates_need_no_anchor(void **state)
{
	assert_one("intentions to station a US Marine Littoral Regiment in Okinawa by 2025",
		   NULL, "2025", "2025");
	assert_one("Ratified in the third quarter of 2024.",
		   NULL, "the third quarter of 2024", "2024-Q3");
}

/* Day spans */

static void test_day_span_of_each_precision(void **state)
{
	assert_days("It began in 2024.", NULL, "2024", "2024-01-01", "2024-12-31");
	assert_days("It began in the third quarter of 2024.",
		    NULL, "2024-Q3", "2024-07-01", "2024-09-30");
	assert_days("It began in Q1 2023.", NULL, "2023-Q1", "2023-01-01", "2023-03-31");
	assert_days("It began in February 2024.", NULL, "2024-02", "2024-02-01", "2024-02-29");
	assert_days("It began in February 2023.", NULL, "2023-02", "2023-02-01", "2023-02-28");
	assert_days("It began last week.", "2024-08-07", "2024-W31", "2024-07-29", "2024-08-04");
	assert_days("It began on July 28, 2024.", NULL, "2024-07-28", "2024-07-28", "2024-07-28");
}

/* Real sentences */

static void test_landmine_victim_in_2005(void **state)
{
	static const char s[] = "Alex Munyambabazi, who lost a leg to a landmine in northern "
				"Uganda in 2005, said";
	assert_one(s, "2024-11-26", "2005", "2005");
}

static void test_beijing_budget_in_march(void **state)
{
	assert_one("In March, Beijing announced a 7.2% increase in its defense budget",
		   "2024-07-28", "March", "2024-03");
}

static void test_reorganization_set_for_march_is_next_march(void **state)
{
	assert_one("the US command reorganization, set for March to be in line with",
		   "2024-07-28", "March", "2025-03");
}

static void test_up_from_last_year(void **state)
{
	assert_one("up 25% from last year", "2024-07-28", "last year", "2023");
}

/* Not dates */

static void test_numbers_and_names_are_not_dates(void **state)
{
	static const char *const sentences[] = {
		"around 2,200 members",
		"a proposed US$51 billion budget",
		"more than 50,000 US troops",
		"under Article V of the treaty",
		"May said the talks were over.",
		"the 2+2 talks in Tokyo",
		"a 7.2% increase in 2024.5 units",
		"It cost \342\202\2542024 in 2,024 parts.", /* a euro sign before the digits */
		"Marchers gathered in Maybury.",
	};
	for (size_t k = 0; k < sizeof sentences / sizeof *sentences; k++)
		assert_none(sentences[k], "2024-07-28");
}

/* The interface */

static void test_expressions_come_left_to_right_with_offsets(void **state)
{
	static const char s[] = "In 2019 talks failed; on Tuesday, two years ago and last week.";
	struct found f = find(s, "2024-11-26");
	assert_int_equal(f.count, 4);
	check(s, &f.t[0], "2019", "2019");
	check(s, &f.t[1], "Tuesday", "2024-11-26");
	check(s, &f.t[2], "two years ago", "2022");
	check(s, &f.t[3], "last week", "2024-W47");
	assert_int_equal(f.t[0].start, 3);
	assert_int_equal(f.t[0].end, 7);
	assert_int_equal(f.t[1].end, 32);
}

static void test_output_array_is_reused_from_the_start(void **state)
{
	struct timex *out = NULL;
	size_t cap = 0;
	static const char two[] = "In 2019 and 2020.", one[] = "By 2025.";
	assert_int_equal(timex_find(two, sizeof two - 1, NULL, &out, &cap), 2);
	assert_true(cap >= 2);
	assert_int_equal(timex_find(one, sizeof one - 1, NULL, &out, &cap), 1);
	assert_string_equal(out[0].value, "2025");
	assert_int_equal(timex_find("", 0, NULL, &out, &cap), 0);
	free(out);
}

static void test_only_the_given_length_is_read(void **state)
{
	static const char s[] = "It ends by 20251 or in March";
	struct timex *out = NULL;
	size_t cap = 0;
	assert_int_equal(timex_find(s, 15, NULL, &out, &cap), 1); /* "It ends by 2025" */
	assert_int_equal(out[0].end, 15);
	assert_int_equal(timex_find(s, 25, NULL, &out, &cap), 0); /* "... in Ma" */
	free(out);
	/* a weekday at the very end looks for a date after it */
	assert_one("They met on Sunday, ", "2024-07-28", "Sunday", "2024-07-28");
}

/* Every word start is tried once with a bounded look ahead; a sentence
 * that makes rules read far (many "the end of the") stays fast. */
static void test_long_sentence_is_read_to_the_end(void **state)
{
	static const char unit[] = "in 2007, the end of the the last Sunday, ";
	size_t reps = 20000, len = sizeof unit - 1;
	char *s = malloc(reps * len);
	assert_non_null(s);
	for (size_t k = 0; k < reps; k++)
		memcpy(s + k * len, unit, len);
	struct timex *out = NULL;
	size_t cap = 0;
	assert_int_equal(timex_find(s, reps * len, NULL, &out, &cap), 2 * reps);
	assert_int_equal(out[2 * reps - 2].start, (reps - 1) * len + 3);
	free(out);
	free(s);
}

static void test_precision_names(void **state)
{
	assert_string_equal(timex_precision_name(TIMEX_YEAR), "year");
	assert_string_equal(timex_precision_name(TIMEX_QUARTER), "quarter");
	assert_string_equal(timex_precision_name(TIMEX_MONTH), "month");
	assert_string_equal(timex_precision_name(TIMEX_WEEK), "week");
	assert_string_equal(timex_precision_name(TIMEX_DAY), "day");
	assert_string_equal(timex_precision_name(TIMEX_NONE), "none");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_month_day_year_in_all_common_orders),
		cmocka_unit_test(test_weekday_before_a_date_is_one_expression),
		cmocka_unit_test(test_month_and_year),
		cmocka_unit_test(test_year_after_a_preposition),
		cmocka_unit_test(test_the_year_2020),
		cmocka_unit_test(test_year_ranges_give_both_years),
		cmocka_unit_test(test_list_of_years_after_one_preposition),
		cmocka_unit_test(test_year_without_a_preposition_is_not_a_date),
		cmocka_unit_test(test_quarters),
		cmocka_unit_test(test_year_with_early_mid_late_or_end),
		cmocka_unit_test(test_month_with_early_mid_late),
		cmocka_unit_test(test_month_day_without_year_takes_the_tense),
		cmocka_unit_test(test_month_day_on_the_anchor_day_is_that_day),
		cmocka_unit_test(test_leap_day_without_year_finds_a_leap_year),
		cmocka_unit_test(test_bare_month_after_a_preposition),
		cmocka_unit_test(test_months_joined_by_and_or_to),
		cmocka_unit_test(test_last_next_and_this_month_name),
		cmocka_unit_test(test_may_the_name_is_not_a_month),
		cmocka_unit_test(test_capitalized_month_word_alone_is_not_a_date),
		cmocka_unit_test(test_weekday_in_a_past_sentence_is_the_one_before),
		cmocka_unit_test(test_weekday_of_the_anchor_is_the_anchor_day),
		cmocka_unit_test(test_weekday_in_a_future_sentence_is_the_one_after),
		cmocka_unit_test(test_last_next_and_this_weekday),
		cmocka_unit_test(test_weekday_without_anchor_keeps_its_text),
		cmocka_unit_test(test_today_yesterday_tomorrow_tonight),
		cmocka_unit_test(test_last_this_and_next_week_are_iso_weeks),
		cmocka_unit_test(test_iso_week_year_differs_from_calendar_year),
		cmocka_unit_test(test_this_last_and_next_month_and_year),
		cmocka_unit_test(test_over_the_last_year_is_a_duration),
		cmocka_unit_test(test_earlier_and_later_this_period),
		cmocka_unit_test(test_units_ago_keep_their_unit),
		cmocka_unit_test(test_in_two_years_looks_ahead_in_a_future_sentence),
		cmocka_unit_test(test_in_two_years_in_a_past_sentence_is_a_duration),
		cmocka_unit_test(test_within_five_years),
		cmocka_unit_test(test_the_previous_and_following_day),
		cmocka_unit_test(test_the_next_day_counts_from_a_day_in_the_sentence),
		cmocka_unit_test(test_the_day_before_the_vote_is_not_a_date),
		cmocka_unit_test(test_future_markers_turn_a_month_forward),
		cmocka_unit_test(test_past_look_alikes_are_not_future_markers),
		cmocka_unit_test(test_month_anchor_resolves_what_it_can),
		cmocka_unit_test(test_year_anchor_resolves_what_it_can),
		cmocka_unit_test(test_invalid_anchor_counts_as_none),
		cmocka_unit_test(test_absolute_dates_need_no_anchor),
		cmocka_unit_test(test_day_span_of_each_precision),
		cmocka_unit_test(test_landmine_victim_in_2005),
		cmocka_unit_test(test_beijing_budget_in_march),
		cmocka_unit_test(test_reorganization_set_for_march_is_next_march),
		cmocka_unit_test(test_up_from_last_year),
		cmocka_unit_test(test_numbers_and_names_are_not_dates),
		cmocka_unit_test(test_expressions_come_left_to_right_with_offsets),
		cmocka_unit_test(test_output_array_is_reused_from_the_start),
		cmocka_unit_test(test_only_the_given_length_is_read),
		cmocka_unit_test(test_long_sentence_is_read_to_the_end),
		cmocka_unit_test(test_precision_names),
	};
	return cmocka_run_group_tests_name("timex", tests, NULL, NULL);
}
