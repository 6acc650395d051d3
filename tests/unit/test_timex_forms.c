/* test_timex_forms.c - one row per form of date expression the timeline
 * reads: the sentence, the article's date, the expression and its value;
 * then the numbers that are not years, day ranges, and what an article
 * read in order adds (the date last mentioned, the dateline, the tagger's
 * verbs). */
#include <stdlib.h>
#include <string.h>

#include "brief/datelabel.h"
#include "brief/events.h"
#include "brief/mem.h"
#include "brief/model.h"
#include "brief/postag.h"
#include "brief/timex.h"
#include "support.h"

struct row {
	const char *sentence, *anchor, *text, *value;
};

/* The expression that starts at text's first occurrence, or NULL. */
static bool find_at(const char *sentence, const char *anchor, const char *text, struct timex *got)
{
	struct date_value a;
	assert_true(date_parse_iso(anchor, &a));
	size_t n = strlen(sentence);
	char *copy = xmalloc(n ? n : 1); /* no NUL after it, so valgrind sees a read past the end */
	memcpy(copy, sentence, n);
	struct timex *tx = NULL;
	size_t cap = 0, count = timex_find(copy, n, &a, &tx, &cap);
	const char *at = strstr(sentence, text);
	bool found = false;
	for (size_t k = 0; k < count && at && !found; k++)
		if (tx[k].start == (size_t)(at - sentence)) {
			*got = tx[k];
			found = true;
		}
	free(tx);
	free(copy);
	return found;
}

static void check_rows(const struct row *rows, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		const struct row *r = &rows[k];
		struct timex t;
		if (!find_at(r->sentence, r->anchor, r->text, &t))
			fail_msg("\"%s\" (%s): no expression at \"%s\"", r->sentence, r->anchor, r->text);
		size_t len = strlen(r->text);
		if (t.end - t.start != len)
			fail_msg("\"%s\": the expression is \"%.*s\", wanted \"%s\"", r->sentence,
				 (int)(t.end - t.start), r->sentence + t.start, r->text);
		if (strcmp(t.value, r->value) != 0)
			fail_msg("\"%s\" (%s): \"%s\" is %s, wanted %s", r->sentence, r->anchor, r->text,
				 t.value, r->value);
	}
}

#define CHECK_ROWS(rows) check_rows(rows, sizeof rows / sizeof *rows)

/* The examples of the issue that asked for them, and their neighbours. */
static void test_the_tense_is_the_clause_s_and_without_one_the_nearest_date(void **state)
{
	static const struct row rows[] = {
		{"The broadcasts began on August 10.", "2015-08-21", "August 10", "2015-08-10"},
		{"The dividend is payable Jan. 2 to stock of record Dec. 15.", "1989-11-02", "Jan. 2", "1990-01-02"},
		{"The dividend is payable Jan. 2 to stock of record Dec. 15.", "1989-11-02", "Dec. 15", "1989-12-15"},
		{"A Pentagon spokesman said Thursday that the troops will remain.", "1998-03-06", "Thursday", "1998-03-05"},
		{"He said on Monday that the talks will resume on Friday.", "2024-07-24", "Monday", "2024-07-22"},
		{"He said on Monday that the talks will resume on Friday.", "2024-07-24", "Friday", "2024-07-26"},
		{"The group would be ready to leave as soon as Tuesday, Castro said.", "2000-04-03", "Tuesday", "2000-04-04"},
		{"NATO decided to admit Poland in early March, an official said.", "1999-02-10", "early March", "1999-03"},
		{"The boy must go home by Jan. 14.", "2000-01-06", "Jan. 14", "2000-01-14"},
		{"He was shot on the night of Oct. 23 as he stood in his kitchen.", "1999-05-05", "Oct. 23", "1998-10-23"},
		{"The ministry has scheduled a news conference Thursday.", "1999-05-05", "Thursday", "1999-05-06"},
		{"Talks resume in March.", "2024-11-20", "March", "2025-03"},
		{"Talks resumed in March.", "2024-11-20", "March", "2024-03"},
		{"On Monday, Oct. 26, the vote takes place.", "1998-10-25", "Monday, Oct. 26", "1998-10-26"},
		{"Meissner gave no reason for the Jan. 14 deadline.", "2000-01-05", "Jan. 14", "2000-01-14"},
		{"They reaffirmed the alliance after his withdrawal from the November race.", "2024-07-28", "November", "2024-11"},
		{"The accession was planned for early March.", "1999-02-10", "early March", "1999-03"},
		{"Shootings of doctors dating to 1994 were studied.", "1998-10-25", "1994", "1994"},
		{"Protesters planned a rally on Saturday and were planning to drive to the airport.",
		 "2000-01-07", "Saturday", "2000-01-08"},
	};
	CHECK_ROWS(rows);
	(void)state;
}

static void test_years_where_years_stand(void **state)
{
	static const struct row rows[] = {
		{"Fans remember the 2018 FIFA World Cup.", "2024-07-28", "2018", "2018"},
		{"He lost his 1996 campaign.", "2024-07-28", "1996", "1996"},
		{"Britain's 2016 referendum split the country.", "2024-07-28", "2016", "2016"},
		{"A protester holds a sign (file, 2008).", "2024-07-28", "2008", "2008"},
		{"The film Titanic (1997) won eleven awards.", "2024-07-28", "1997", "1997"},
		{"Profit rose in fiscal 1989.", "1989-11-02", "fiscal 1989", "1989"},
		{"Sales fell in fiscal year 1990.", "1991-02-01", "fiscal year 1990", "1990"},
		{"The target for FY2024 was met.", "2024-07-28", "FY2024", "2024"},
		{"It happened in nineteen ninety-eight.", "2024-07-28", "nineteen ninety-eight", "1998"},
		{"It was built in two thousand and eight.", "2024-07-28", "two thousand and eight", "2008"},
		{"Life in post-1959 Cuba changed.", "2000-02-24", "1959", "1959"},
		{"In 2019 voters chose a new parliament.", "2024-07-28", "2019", "2019"},
	};
	CHECK_ROWS(rows);
	(void)state;
}

static void test_quarters_seasons_and_decades(void **state)
{
	static const struct row rows[] = {
		{"Third-quarter profit rose.", "1989-10-25", "Third-quarter", "1989-Q3"},
		{"Sales grew in the fourth quarter.", "1989-10-25", "the fourth quarter", "1989-Q4"},
		{"Sales should grow in fourth quarter.", "1989-10-25", "fourth quarter", "1989-Q4"},
		{"The company earned $5 million in the quarter.", "1989-10-25", "the quarter", "1989-Q3"},
		{"Profit rose 5% from a year earlier.", "1989-10-25", "a year earlier", "1988"},
		{"Profit beat the year-ago figure.", "1989-10-25", "year-ago", "1988"},
		{"The talks began last fall.", "1999-04-10", "last fall", "1998-FA"},
		{"The treaty will take effect in the spring.", "2024-11-20", "the spring", "2025-SP"},
		{"The treaty took effect in the spring.", "2024-11-20", "the spring", "2024-SP"},
		{"Elections were held in summer 2019.", "2024-07-28", "summer 2019", "2019-SU"},
		{"Snow fell in the winter of 2010.", "2024-07-28", "the winter of 2010", "2010-WI"},
		{"Prices soared in the 1990s.", "2024-07-28", "1990s", "199"},
		{"Prices soared in the early 1990s.", "2024-07-28", "early 1990s", "199"},
		{"Music of the '60s returns.", "2024-07-28", "60s", "196"},
	};
	CHECK_ROWS(rows);
	(void)state;
}

static void test_days_ranges_holidays_and_anaphora_in_a_sentence(void **state)
{
	static const struct row rows[] = {
		{"The summit runs March 3-5.", "2024-02-20", "March 3-5", "2024-03-03"},
		{"The summit ran 3-5 March 2023.", "2024-02-20", "3-5 March 2023", "2023-03-03"},
		{"They met on July 10 and signed the next day.", "2024-07-28", "the next day", "2024-07-11"},
		{"They met on July 10 and signed the next morning.", "2024-07-28", "the next morning", "2024-07-11"},
		{"The vote was held on July 10; that same day the minister resigned.", "2024-07-28", "that same day", "2024-07-10"},
		{"It was signed in 2019 and ratified later that year.", "2024-07-28", "later that year", "2019"},
		{"Voters go to the polls on Election Day.", "1998-10-26", "Election Day", "1998-11-03"},
		{"Families met on Thanksgiving Day.", "2000-01-07", "Thanksgiving Day", "1999-11-25"},
		{"The boy arrived last Thanksgiving.", "2000-02-10", "last Thanksgiving", "1999-11-25"},
		{"Pilgrims come at Easter.", "2000-03-20", "Easter", "2000-04-23"},
		{"Markets close on New Year's Day.", "2024-12-20", "New Year's Day", "2025-01-01"},
		{"Crowds gathered on New Year’s Eve.", "2025-01-02", "New Year’s Eve", "2024-12-31"},
		{"It was decided two decades ago.", "2024-12-10", "two decades ago", "2004"},
		{"The house approved it in early October this year.", "1998-12-03", "early October this year", "1998-10"},
		{"The vote is set for May 5 next year.", "1998-12-03", "May 5 next year", "1999-05-05"},
	};
	CHECK_ROWS(rows);
	(void)state;
}

static void test_a_day_range_spans_its_days(void **state)
{
	struct timex t;
	assert_true(find_at("The summit runs March 3-5.", "2024-02-20", "March 3-5", &t));
	assert_string_equal(t.first_day, "2024-03-03");
	assert_string_equal(t.last_day, "2024-03-05");
	assert_int_equal(t.precision, TIMEX_DAY);
	assert_true(find_at("Snow fell in the winter of 2010.", "2024-07-28", "the winter of 2010", &t));
	assert_string_equal(t.first_day, "2010-12-01");
	assert_string_equal(t.last_day, "2011-02-28");
	assert_int_equal(t.precision, TIMEX_SEASON);
	assert_true(find_at("Prices soared in the 1990s.", "2024-07-28", "1990s", &t));
	assert_string_equal(t.first_day, "1990-01-01");
	assert_string_equal(t.last_day, "1999-12-31");
	assert_int_equal(t.precision, TIMEX_DECADE);
	(void)state;
}

/* Counts, money, measures and ranges of quantities are no years. */
static void test_numbers_that_are_not_years(void **state)
{
	static const char *const sentences[] = {
		"It was a cross-sectional survey of 1709 schoolchildren.",
		"The fund paid $2000 to each of 1500 families.",
		"Aid reached between 1500 and 2000 homes.",
		"Between 1500-2000 troops crossed the river.",
		"The road runs for 1200 kilometres.",
		"Prices rose by 2000 yuan.",
		"The fall of Rome is a long story.",
		"Officials in Spring Valley met.",
		"Two thousand and eight people came.",
		"A third quarter of the seats went to the party.",
	};
	for (size_t k = 0; k < sizeof sentences / sizeof *sentences; k++) {
		struct date_value a;
		assert_true(date_parse_iso("2024-07-28", &a));
		struct timex *tx = NULL;
		size_t cap = 0, n = timex_find(sentences[k], strlen(sentences[k]), &a, &tx, &cap);
		if (n)
			fail_msg("\"%s\": found \"%.*s\" = %s", sentences[k], (int)(tx[0].end - tx[0].start),
				 sentences[k] + tx[0].start, tx[0].value);
		free(tx);
	}
	(void)state;
}

/* ---- articles read in order ---------------------------------------------- */

static void free_article(struct article *a)
{
	for (size_t i = 0; i < a->npara; i++)
		free(a->paras[i].text);
	free(a->paras);
	free(a->title);
}

/* "value|text" for each event, the dateline's with an empty text. */
static char *events_of(struct article *a, const struct model *pos)
{
	struct actor_set none = {0};
	struct event_list l = {0};
	events_find(a, &none, pos, &l);
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < l.n; i++) {
		const struct event *e = &l.v[i];
		buf_printf(&b, "%s|%.*s\n", e->tx.value, (int)(e->tx.end - e->tx.start),
			   a->paras[e->para].text + e->tx.start);
	}
	event_list_free(&l);
	return buf_steal(&b);
}

static void test_the_date_last_mentioned_anchors_what_comes_after(void **state)
{
	struct article a = {0};
	assert_true(date_parse_iso("2024-07-28", &a.date));
	article_add_para(&a, PARA_BODY, xstrdup("The ceasefire was signed on March 3."), 1);
	article_add_para(&a, PARA_BODY, xstrdup("Fighting resumed the next day. Talks failed later that month."), 2);
	char *got = events_of(&a, NULL);
	assert_string_equal(got, "2024-03-03|March 3\n2024-03-04|the next day\n2024-03|later that month\n");
	free(got);
	free_article(&a);
	(void)state;
}

static void test_a_date_line_at_the_top_is_an_event_of_the_first_sentence(void **state)
{
	struct article a = {0};
	assert_true(date_parse_iso("2017-07-21", &a.date));
	a.date_from = DATE_FROM_LINE;
	article_add_para(&a, PARA_CAPTION, xstrdup("A caption."), 3);
	article_add_para(&a, PARA_BODY, xstrdup("The museum opened its doors. It closes in 2030."), 4);
	struct actor_set none = {0};
	struct event_list l = {0};
	events_find(&a, &none, NULL, &l);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.v[0].tx.value, "2017-07-21");
	assert_int_equal(l.v[0].para, 1);
	assert_int_equal(l.v[0].tx.start, l.v[0].tx.end);
	assert_int_equal(l.v[0].sent_start, 0);
	assert_int_equal(l.v[0].sent_end, strlen("The museum opened its doors."));
	assert_string_equal(l.v[1].tx.value, "2030");
	event_list_free(&l);
	/* a dateline that already names the day in the sentence is not told twice */
	free(a.paras[1].text);
	a.paras[1].text = xstrdup("GENEVA, July 21, 2017 (Reuters) - Talks ended.");
	a.date_from = DATE_FROM_DATELINE;
	char *got = events_of(&a, NULL);
	assert_string_equal(got, "2017-07-21|July 21, 2017\n");
	free(got);
	/* a date from --date, a file name or a caption is no event */
	a.date_from = DATE_FROM_CAPTION;
	free(a.paras[1].text);
	a.paras[1].text = xstrdup("The museum opened its doors.");
	got = events_of(&a, NULL);
	assert_string_equal(got, "");
	free(got);
	free_article(&a);
	(void)state;
}

/* The part-of-speech tagger's verbs decide where the words alone cannot:
 * "has said" reads as past through the tagger's participle. */
static void test_the_tagger_s_verbs_give_the_tense(void **state)
{
	struct model pos;
	char *path = path_join(getenv("BRIEF_SRC") ? getenv("BRIEF_SRC") : ".", "data/pos.model");
	assert_int_equal(model_load(&pos, path, &postag_model_kind), BRIEF_OK);
	free(path);
	struct article a = {0};
	assert_true(date_parse_iso("2024-11-19", &a.date));
	article_add_para(&a, PARA_BODY,
			 xstrdup("China’s foreign ministry spokesperson said in Beijing on Wednesday that "
				 "cooperation should not harm others."), 1);
	article_add_para(&a, PARA_BODY, xstrdup("The minister will travel to Manila on Friday."), 2);
	/* a present verb and two springs as near: the one to come */
	article_add_para(&a, PARA_BODY, xstrdup("The treaty takes effect in the spring."), 3);
	char *got = events_of(&a, &pos);
	assert_string_equal(got, "2024-11-13|Wednesday\n2024-11-22|Friday\n2025-SP|the spring\n");
	free(got);
	free_article(&a);
	/* "to death" is no infinitive; "would be held" no past */
	struct article b = {0};
	assert_true(date_parse_iso("1999-05-05", &b.date));
	article_add_para(&b, PARA_BODY, xstrdup("He was shot to death on the night of Oct. 23."), 1);
	article_add_para(&b, PARA_BODY, xstrdup("He added that a ceremony would still be held at the summit on Nov. 2."), 2);
	got = events_of(&b, &pos);
	assert_string_equal(got, "1998-10-23|Oct. 23\n1999-11-02|Nov. 2\n");
	free(got);
	free_article(&b);
	model_free(&pos);
	(void)state;
}

static void test_seasons_and_decades_read_as_words_in_lists(void **state)
{
	char out[DATE_LABEL_MAX];
	assert_string_equal(date_label("199", out), "1990s");
	assert_string_equal(date_label("2024-SU", out), "2024 summer");
	assert_string_equal(date_label("2010-WI", out), "2010 winter");
	assert_string_equal(date_label("2024-W31", out), "2024-W31");
	assert_string_equal(date_label("2024-07-28", out), "2024-07-28");
	assert_string_equal(date_label(NULL, out), "undated");
	(void)state;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_tense_is_the_clause_s_and_without_one_the_nearest_date),
		cmocka_unit_test(test_years_where_years_stand),
		cmocka_unit_test(test_quarters_seasons_and_decades),
		cmocka_unit_test(test_days_ranges_holidays_and_anaphora_in_a_sentence),
		cmocka_unit_test(test_a_day_range_spans_its_days),
		cmocka_unit_test(test_numbers_that_are_not_years),
		cmocka_unit_test(test_the_date_last_mentioned_anchors_what_comes_after),
		cmocka_unit_test(test_a_date_line_at_the_top_is_an_event_of_the_first_sentence),
		cmocka_unit_test(test_the_tagger_s_verbs_give_the_tense),
		cmocka_unit_test(test_seasons_and_decades_read_as_words_in_lists),
	};
	return cmocka_run_group_tests_name("timex_forms", tests, NULL, NULL);
}
