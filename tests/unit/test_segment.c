/* test_segment.c - every segmentation rule, on fixture files written for it. */
#include <stdlib.h>
#include <string.h>

#include "brief/decode.h"
#include "brief/mem.h"
#include "brief/segment.h"
#include "support.h"

/* Segment tests/fixtures/segment/<name> with an optional fallback date. */
static void load(const char *name, const char *fallback, struct article_list *out)
{
	struct buf rel = BUF_INIT;
	buf_printf(&rel, "tests/fixtures/segment/%s", name);
	char *path = src_path(rel.data);
	size_t len;
	char *text = file_read(path, &len);
	assert_non_null(text);
	struct buf clean = BUF_INIT;
	struct decode_result res;
	struct segment_options opt = {.fallback_date = {0, 0, 0, DATE_NONE}};
	if (fallback)
		assert_true(date_parse_iso(fallback, &opt.fallback_date));
	assert_int_equal(text_decode(text, len, &clean, &res), DECODE_OK);
	segment_text(buf_str(&clean), clean.len, &opt, out);
	buf_free(&clean);
	buf_free(&rel);
	free(text);
	free(path);
}

static void assert_date(const struct article *a, const char *want)
{
	char got[11];
	date_format(&a->date, got);
	assert_string_equal(got, want);
}

static size_t count_kind(const struct article *a, enum para_kind kind)
{
	size_t n = 0;
	for (size_t i = 0; i < a->npara; i++)
		n += a->paras[i].kind == kind;
	return n;
}

static bool has_para(const struct article *a, const char *needle)
{
	for (size_t i = 0; i < a->npara; i++)
		if (strstr(a->paras[i].text, needle))
			return true;
	return false;
}

/* The article's headings in order, joined by " | ", "" when it has none. */
static void assert_headings(const struct article *a, const char *want)
{
	struct buf got = BUF_INIT;
	for (size_t i = 0; i < a->npara; i++)
		if (a->paras[i].kind == PARA_HEADING)
			buf_printf(&got, "%s%s", got.len ? " | " : "", a->paras[i].text);
	assert_string_equal(buf_str(&got), want);
	buf_free(&got);
}

static void assert_article(const struct article *a, const char *title, const char *date,
			   enum date_source from, const char *headings)
{
	assert_string_equal(a->title, title);
	assert_date(a, date);
	assert_int_equal(a->date_from, from);
	assert_headings(a, headings);
}

static void test_two_articles_in_one_file_are_split(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("two_articles.txt", NULL, &l);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.items[0].title, "Harbour Authority Approves New Ferry Terminal");
	assert_string_equal(l.items[1].title, "Rail Strike Called Off After Late Agreement");
	assert_int_equal(l.items[0].npara, 3);
	assert_int_equal(l.items[1].npara, 2);
	assert_int_equal(l.items[1].line, 11);
	article_list_free(&l);
}

static void test_repeated_headline_and_captions_are_kept_once(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("repeated.txt", NULL, &l);
	assert_int_equal(l.n, 1);
	const struct article *a = &l.items[0];
	assert_string_equal(a->title, "Delegates Gather in Geneva for Final Round");
	assert_int_equal(count_kind(a, PARA_CAPTION), 1);
	assert_int_equal(count_kind(a, PARA_BODY), 2);
	assert_int_equal(count_kind(a, PARA_HEADING), 0);
	/* the caption stays, without its credit */
	assert_int_equal(a->paras[0].kind, PARA_CAPTION);
	assert_string_equal(a->paras[0].text, "Delegates arrive for the final round of talks at the Palais des "
					      "Nations in Geneva, Switzerland, March 3, 2025.");
	assert_false(has_para(a, "REUTERS"));
	assert_false(has_para(a, "TT"));
	article_list_free(&l);
}

static void test_boilerplate_lines_are_dropped(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("boilerplate.txt", NULL, &l);
	assert_int_equal(l.n, 1);
	const struct article *a = &l.items[0];
	assert_int_equal(a->npara, 3);
	assert_string_equal(a->paras[0].text, "Ministers agreed on new fisheries quotas after a night of talks in Brussels.");
	assert_string_equal(a->paras[1].text, "The quotas cut catches of cod by a tenth next year.");
	assert_string_equal(a->paras[2].text, "Environmental groups said the cuts did not go far enough.");
	article_list_free(&l);
}

static void test_subheadings_stay_headings(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("subheadings.txt", NULL, &l);
	assert_int_equal(l.n, 1);
	const struct article *a = &l.items[0];
	assert_string_equal(a->title, "Council Votes to Extend Mission");
	assert_int_equal(a->npara, 6);
	assert_int_equal(a->paras[1].kind, PARA_HEADING);
	assert_string_equal(a->paras[1].text, "Background");
	assert_int_equal(a->paras[4].kind, PARA_HEADING);
	assert_string_equal(a->paras[4].text, "What Comes Next");
	/* a heading is never merged into the paragraph around it */
	assert_string_equal(a->paras[2].text, "The mission was first deployed in 2019 to monitor a ceasefire.");
	article_list_free(&l);
}

static void test_lede_without_headline_takes_first_heading_as_title(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("lede_first.txt", NULL, &l);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.items[0].title, "Early Harvest");
	assert_int_equal(count_kind(&l.items[0], PARA_HEADING), 2);
	assert_int_equal(l.items[0].paras[0].kind, PARA_BODY);
	article_list_free(&l);
}

static void test_lede_without_any_heading_takes_shortened_first_sentence(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("lede_only.txt", NULL, &l);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.items[0].title,
			    "Farmers in the north of the country have begun the harvest weeks earlier than\xE2\x80\xA6");
	assert_int_equal(l.items[0].npara, 2);
	article_list_free(&l);
}

static void test_article_on_one_long_line_is_split_into_paragraphs(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("one_line.txt", NULL, &l);
	assert_int_equal(l.n, 1);
	const struct article *a = &l.items[0];
	assert_string_equal(a->title, "Port Reopens After Storm");
	assert_true(a->npara >= 4);
	for (size_t i = 0; i < a->npara; i++) {
		size_t len = strlen(a->paras[i].text);
		assert_true(len < 700);
		/* each paragraph ends a sentence: no cut in mid-sentence */
		assert_int_equal(a->paras[i].text[len - 1], '.');
	}
	/* "Mr. Tanaka" is not a sentence end */
	assert_true(has_para(a, "Officials said Mr. Tanaka would visit on Friday."));
	article_list_free(&l);
}

static void test_hard_wrapped_lines_are_joined(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("wrapped.txt", NULL, &l);
	assert_int_equal(l.n, 1);
	const struct article *a = &l.items[0];
	assert_string_equal(a->title, "Water Rationing Extended in Capital");
	assert_int_equal(a->npara, 3);
	assert_string_equal(a->paras[0].text,
			    "City officials extended water rationing for another month on Tuesday as reservoirs "
			    "remained at less than a third of their capacity after the driest winter in decades.");
	article_list_free(&l);
}

static void test_date_from_dateline_then_caption_then_fallback(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("dates.txt", NULL, &l);
	assert_int_equal(l.n, 3);
	assert_date(&l.items[0], "2025-02-12");
	assert_int_equal(l.items[0].date.precision, DATE_DAY);
	assert_date(&l.items[1], "2025-02-14");
	assert_date(&l.items[2], "");
	assert_int_equal(l.items[2].date.precision, DATE_NONE);
	article_list_free(&l);

	load("dates.txt", "2025-03-01", &l);
	assert_int_equal(l.n, 3);
	assert_date(&l.items[0], "2025-02-12");
	assert_date(&l.items[2], "2025-03-01");
	article_list_free(&l);
}

static void test_month_dateline_gives_month_precision(void **state)
{
	(void)state;
	const char text[] = "Budget Talks Stall\n\nWASHINGTON, April 2024 \xE2\x80\x94 Talks on the budget stalled.\n";
	struct article_list l = {0};
	segment_string(text, sizeof text - 1, &l);
	assert_int_equal(l.n, 1);
	assert_date(&l.items[0], "2024-04");
	assert_int_equal(l.items[0].date.precision, DATE_MONTH);
	article_list_free(&l);
}

static void test_text_without_article_gives_nothing(void **state)
{
	(void)state;
	const char text[] = "TT\n\nAdvertisement\nREUTERS/Issei Kato\n\n";
	struct article_list l = {0};
	segment_string(text, sizeof text - 1, &l);
	assert_int_equal(l.n, 0);
	segment_string("", 0, &l);
	assert_int_equal(l.n, 0);
	article_list_free(&l);
}

static void test_subheading_reused_by_next_story_is_not_a_headline(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("heading_reused.txt", NULL, &l);
	assert_int_equal(l.n, 2);
	assert_string_equal(l.items[0].title, "Port Workers End Strike");
	assert_string_equal(l.items[1].title, "Airport Staff Plan Walkout");
	assert_int_equal(count_kind(&l.items[0], PARA_HEADING), 1);
	assert_int_equal(count_kind(&l.items[1], PARA_HEADING), 1);
	article_list_free(&l);
}

/* A Wikinews page: a sub-heading with a photo under it is no new article,
 * and the article keeps the date of its date line, not the photo's. */
static void test_subheading_followed_by_caption_stays_in_article(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("wikinews_subheading.txt", NULL, &l);
	assert_int_equal(l.n, 1);
	const struct article *a = &l.items[0];
	assert_article(a, "Former US president Obama visits Chicago university", "2017-07-21", DATE_FROM_LINE,
		       "University exhibits | Reactions");
	assert_int_equal(count_kind(a, PARA_CAPTION), 3);
	assert_int_equal(count_kind(a, PARA_BODY), 6);
	article_list_free(&l);
}

static void test_wikinews_captions_lose_their_credits(void **state)
{
	(void)state;
	static const char *const want[] = {
		"Obama speaking in Chicago in 2017.",
		"Students look at drawings for the presidential centre in the campus library on July 19, 2017.",
		"Footage of students speaking with Obama.",
	};
	struct article_list l = {0};
	load("wikinews_subheading.txt", NULL, &l);
	assert_int_equal(l.n, 1);
	size_t k = 0;
	for (size_t i = 0; i < l.items[0].npara; i++)
		if (l.items[0].paras[i].kind == PARA_CAPTION) {
			assert_true(k < sizeof want / sizeof *want);
			assert_string_equal(l.items[0].paras[i].text, want[k++]);
		}
	assert_int_equal(k, sizeof want / sizeof *want);
	article_list_free(&l);
}

/* Each file: an article with a captioned sub-heading, then one blank line and
 * a second article that opens as articles do. */
static void test_headline_then_dateline_starts_an_article(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("next_dateline.txt", NULL, &l);
	assert_int_equal(l.n, 2);
	assert_article(&l.items[0], "Museum Reopens After Two-Year Restoration", "2025-03-04", DATE_FROM_LINE,
		       "Restored Galleries");
	assert_article(&l.items[1], "Ministers Agree on Fishing Quotas", "2025-03-03", DATE_FROM_DATELINE, "");
	assert_int_equal(l.items[1].line, 13);
	article_list_free(&l);
}

static void test_headline_then_date_line_starts_an_article(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("next_date_line.txt", NULL, &l);
	assert_int_equal(l.n, 2);
	assert_article(&l.items[0], "Museum Reopens After Two-Year Restoration", "2025-03-04", DATE_FROM_LINE,
		       "Restored Galleries");
	assert_article(&l.items[1], "Library Extends Opening Hours", "2025-03-06", DATE_FROM_LINE, "");
	article_list_free(&l);
}

static void test_repeated_headline_starts_an_article(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("next_repeated_headline.txt", NULL, &l);
	assert_int_equal(l.n, 2);
	assert_article(&l.items[0], "Museum Reopens After Two-Year Restoration", "2025-03-04", DATE_FROM_LINE,
		       "Restored Galleries");
	assert_article(&l.items[1], "Library Extends Opening Hours", "", DATE_FROM_NONE, "");
	assert_int_equal(count_kind(&l.items[1], PARA_BODY), 2);
	article_list_free(&l);
}

static void test_headline_then_repeated_captions_and_lede_starts_an_article(void **state)
{
	(void)state;
	struct article_list l = {0};
	load("next_repeated_captions.txt", NULL, &l);
	assert_int_equal(l.n, 2);
	assert_article(&l.items[0], "Museum Reopens After Two-Year Restoration", "2025-03-04", DATE_FROM_LINE,
		       "Restored Galleries");
	assert_article(&l.items[1], "Library Extends Opening Hours", "2025-03-06", DATE_FROM_CAPTION, "");
	assert_int_equal(count_kind(&l.items[1], PARA_CAPTION), 1);
	article_list_free(&l);
}

/* One caption after a short line is a photo under a sub-heading, whatever
 * the caption's date; a short line before ordinary text is a sub-heading. */
static void test_short_line_alone_never_splits(void **state)
{
	(void)state;
	const char text[] = "Bridge Closed for Repairs\n\n"
			    "The old bridge closed on Monday for repairs that will take a month.\n\n"
			    "Detours\n\n"
			    "Drivers queue at the detour on June 2, 2025. REUTERS/Jane Doe\n\n"
			    "Buses will take the ring road while the bridge is closed.\n\n"
			    "Costs\n\n"
			    "The repairs will cost two million euros.\n";
	struct article_list l = {0};
	segment_string(text, sizeof text - 1, &l);
	assert_int_equal(l.n, 1);
	assert_article(&l.items[0], "Bridge Closed for Repairs", "2025-06-02", DATE_FROM_CAPTION,
		       "Detours | Costs");
	article_list_free(&l);
}

static void test_short_title_keeps_short_sentences_whole(void **state)
{
	(void)state;
	const char s[] = "Talks ended. Then more.";
	char *t = segment_short_title(s, sizeof s - 1, 80);
	assert_string_equal(t, "Talks ended");
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_articles_in_one_file_are_split),
		cmocka_unit_test(test_repeated_headline_and_captions_are_kept_once),
		cmocka_unit_test(test_boilerplate_lines_are_dropped),
		cmocka_unit_test(test_subheadings_stay_headings),
		cmocka_unit_test(test_lede_without_headline_takes_first_heading_as_title),
		cmocka_unit_test(test_lede_without_any_heading_takes_shortened_first_sentence),
		cmocka_unit_test(test_article_on_one_long_line_is_split_into_paragraphs),
		cmocka_unit_test(test_hard_wrapped_lines_are_joined),
		cmocka_unit_test(test_date_from_dateline_then_caption_then_fallback),
		cmocka_unit_test(test_month_dateline_gives_month_precision),
		cmocka_unit_test(test_text_without_article_gives_nothing),
		cmocka_unit_test(test_subheading_reused_by_next_story_is_not_a_headline),
		cmocka_unit_test(test_subheading_followed_by_caption_stays_in_article),
		cmocka_unit_test(test_wikinews_captions_lose_their_credits),
		cmocka_unit_test(test_headline_then_dateline_starts_an_article),
		cmocka_unit_test(test_headline_then_date_line_starts_an_article),
		cmocka_unit_test(test_repeated_headline_starts_an_article),
		cmocka_unit_test(test_headline_then_repeated_captions_and_lede_starts_an_article),
		cmocka_unit_test(test_short_line_alone_never_splits),
		cmocka_unit_test(test_short_title_keeps_short_sentences_whole),
	};
	return cmocka_run_group_tests_name("segment", tests, NULL, NULL);
}
