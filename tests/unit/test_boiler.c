/* test_boiler.c - each scraped line is kept, dropped as boilerplate, or kept
 * as a photo caption without its credit. */
#include <string.h>

#include "support.h"

#include "brief/boiler.h"

/* The two captions of the seed file 004, as scraped (leading space trimmed). */
#define REUTERS_CAPTION_TEXT                                                                       \
	"US Ambassador to Japan, Rahm Emanuel, US Secretary of State Antony Blinken, Secretary of " \
	"Defense Lloyd Austin and Japanese Foreign Minister Yoko Kamikawa, Defense Minister Minoru "  \
	"Kihara (not pictured) attend their Extended Deterrence Ministerial Meeting at Iikura Guest " \
	"House in Tokyo, Japan July 28, 2024."
#define AFP_CAPTION_TEXT                                                                         \
	"Activists and landmine survivors hold placards against the US decision to supply "        \
	"anti-personnel landmines to Ukrainian forces amid Russia's invasion of Ukraine, during the " \
	"Siem Reap-Angkor Summit on a Mine free World landmine conference in Siem Reap province on " \
	"November 26, 2024."

static enum boiler_class classify(const char *line, size_t *keep)
{
	*keep = (size_t)-1;
	return boiler_classify(line, strlen(line), keep);
}

static void assert_dropped(const char *line)
{
	size_t keep;
	enum boiler_class cls = classify(line, &keep);
	if (cls != BOILER_DROP)
		fail_msg("\"%s\" was not dropped (class %d)", line, (int)cls);
}

static void assert_text(const char *line)
{
	size_t keep;
	enum boiler_class cls = classify(line, &keep);
	if (cls != BOILER_TEXT)
		fail_msg("\"%s\" was not kept as text (class %d)", line, (int)cls);
	assert_int_equal(keep, strlen(line));
}

static void assert_caption(const char *line, const char *kept)
{
	size_t keep;
	enum boiler_class cls = classify(line, &keep);
	if (cls != BOILER_CAPTION)
		fail_msg("\"%s\" is not a caption (class %d)", line, (int)cls);
	if (keep != strlen(kept))
		fail_msg("kept %zu bytes \"%.*s\", want %zu \"%s\"", keep,
			 (int)(keep <= strlen(line) ? keep : 0), line, strlen(kept), kept);
	assert_memory_equal(line, kept, strlen(kept));
}

static bool credit(const char *s)
{
	return boiler_is_credit(s, strlen(s));
}

static void test_stray_tt_token_is_dropped(void **state)
{
	assert_dropped("TT");
}

static void test_advertisement_is_dropped_in_any_case(void **state)
{
	assert_dropped("Advertisement");
	assert_dropped("ADVERTISEMENT");
	assert_dropped("Advertisement:");
	assert_dropped("Story continues below advertisement");
}

static void test_read_more_teaser_is_dropped(void **state)
{
	assert_dropped("Read more: Some headline");
	/* the last line of seed 000 */
	assert_dropped("Read more: Human-approved asthma medicine successfully bring mice\xE2\x80\x99s "
		       "memory back!");
}

static void test_reporting_and_editing_trailer_is_dropped(void **state)
{
	assert_dropped("(Reporting by Jane Doe in Tokyo; Editing by John Roe)");
	assert_dropped("Additional reporting by Jane Doe");
}

static void test_reuters_credit_is_dropped(void **state)
{
	assert_dropped("REUTERS/Issei Kato");
}

static void test_afp_credit_in_parentheses_is_dropped(void **state)
{
	assert_dropped("(AFP)");
}

static void test_photo_prefix_credit_is_dropped(void **state)
{
	assert_dropped("Photo: Jane Doe/Reuters");
}

static void test_ap_photo_credit_is_dropped(void **state)
{
	assert_dropped("AP Photo/Eugene Hoshiko");
}

static void test_byline_is_dropped(void **state)
{
	assert_dropped("By Jane Doe");
	assert_dropped("By Jane Doe and John Roe, Reuters");
}

static void test_line_of_asterisks_is_dropped(void **state)
{
	assert_dropped("***");
	assert_dropped("* * * * *");
}

static void test_line_of_bullets_is_dropped(void **state)
{
	/* Bullets and dashes outside ASCII are punctuation, not letters. */
	assert_dropped("\xE2\x80\xA2");
	assert_dropped("\xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2");
	assert_dropped("\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94");
}

static void test_empty_line_is_dropped(void **state)
{
	size_t keep;
	assert_int_equal(boiler_classify("", 0, &keep), BOILER_DROP);
}

static void test_reuters_caption_keeps_text_without_credit(void **state)
{
	assert_caption(REUTERS_CAPTION_TEXT " REUTERS/Issei Kato", REUTERS_CAPTION_TEXT);
}

static void test_afp_caption_keeps_text_without_credit(void **state)
{
	assert_caption(AFP_CAPTION_TEXT " (AFP)", AFP_CAPTION_TEXT);
}

static void test_caption_keep_excludes_extra_spaces_before_credit(void **state)
{
	assert_caption("Protesters march through central Seoul on Monday.   REUTERS/Kim Hong-Ji",
		       "Protesters march through central Seoul on Monday.");
}

static void test_caption_with_parenthesised_photo_credit(void **state)
{
	assert_caption("Protesters march through central Seoul (AP Photo/Ahn Young-joon)",
		       "Protesters march through central Seoul");
}

static void test_caption_with_credit_after_last_word(void **state)
{
	assert_caption("A man walks past a mural in Kyiv REUTERS/Valentyn Ogirenko",
		       "A man walks past a mural in Kyiv");
	assert_caption("Protesters march through central Seoul Kyodo/via REUTERS",
		       "Protesters march through central Seoul");
	assert_caption("Protesters march through central Seoul EPA-EFE/JEON HEON-KYUN",
		       "Protesters march through central Seoul");
}

static void test_caption_loses_whole_ap_photo_credit_after_last_word(void **state)
{
	/* No sentence end before the credit: "AP" belongs to it, "Seoul" does not. */
	assert_caption("Protesters march through central Seoul AP Photo/Eugene Hoshiko",
		       "Protesters march through central Seoul");
}

static void test_caption_loses_whole_file_photo_credit_after_last_word(void **state)
{
	/* The credit starts at the first slash of the tail, not the last. */
	assert_caption("A man walks past a mural in Kyiv REUTERS/Valentyn Ogirenko/File Photo",
		       "A man walks past a mural in Kyiv");
}

static void test_caption_with_file_photo_credit_after_a_date(void **state)
{
	assert_caption("A man walks past a mural in Kyiv, July 28, 2024. "
		       "REUTERS/Valentyn Ogirenko/File Photo",
		       "A man walks past a mural in Kyiv, July 28, 2024.");
}

static void test_caption_with_credit_after_closing_quote(void **state)
{
	assert_caption("He called it \xE2\x80\x9Cthe greatest challenge.\xE2\x80\x9D REUTERS/Issei Kato",
		       "He called it \xE2\x80\x9Cthe greatest challenge.\xE2\x80\x9D");
}

static void test_caption_with_getty_credit_in_parentheses(void **state)
{
	assert_caption("Kishida speaks to reporters (AFP via Getty Images)",
		       "Kishida speaks to reporters");
}

static void test_credit_with_too_little_caption_is_dropped(void **state)
{
	/* fewer than three words are left once the credit is cut */
	assert_dropped("Kishida speaks. REUTERS/Issei Kato");
}

static void test_sentence_starting_with_by_and_a_year_is_text(void **state)
{
	assert_text("By 2025, Japan will raise spending.");
}

static void test_ordinary_sentences_are_text(void **state)
{
	assert_text("The US agreed to expand the treaty.");
	assert_text("Reuters reported that talks ended.");
	assert_text("Ukraine is a signature to the treaty. The United States and Russia are not.");
	assert_text("\"We are tired. We don't want to see any more victims like me, we don't want "
		    "to see any more suffering,\" he told AFP.");
}

static void test_sub_headings_are_text(void **state)
{
	assert_text("China Military Advancement");
	assert_text("US-Japan Ties");
	assert_text("US-Japan Security Talks Underscore Threat from China");
}

static void test_text_with_a_slash_is_not_a_caption(void **state)
{
	assert_text("Japan/US talks resume in Tokyo on 7/28 after a break.");
}

static void test_credits_on_their_own(void **state)
{
	assert_true(credit("REUTERS/Issei Kato"));
	assert_true(credit("(AFP)"));
	assert_true(credit("Photo: Jane Doe/Reuters"));
	assert_true(credit("AP Photo/Eugene Hoshiko"));
	assert_true(credit("Kyodo/via REUTERS"));
	assert_true(credit("(Photo by Jane Doe/AFP via Getty Images)"));
	assert_true(credit("Jane Doe/Getty Images"));
	assert_true(credit("  REUTERS/Issei Kato  "));
	assert_true(credit("Reuters"));
}

static void test_non_credits(void **state)
{
	assert_false(credit(""));
	assert_false(credit("   "));
	assert_false(credit("Reuters reported that talks ended."));
	assert_false(credit("The US agreed to expand the treaty."));
	assert_false(credit("US/Japan Talks"));
	assert_false(credit("(Japan Times)"));
	assert_false(credit("China Military Advancement"));
	/* a headline that names a pollster is no photo credit */
	assert_false(credit("Reuters/Ipsos Poll Shows Biden Lead"));
}

static void test_headlines_that_look_like_boilerplate_are_kept(void **state)
{
	size_t keep;
	(void)state;
	assert_int_equal(boiler_classify("By The Numbers", 14, &keep), BOILER_TEXT);
	assert_int_equal(boiler_classify("Copyright law changed in 2024.", 30, &keep), BOILER_TEXT);
	assert_int_equal(boiler_classify("Copyright 2024 Reuters", 22, &keep), BOILER_DROP);
}

static void test_name_slash_agency_credit_takes_the_first_name(void **state)
{
	(void)state;
	assert_caption("Soldiers rest near the front line Jane Doe/Reuters",
		       "Soldiers rest near the front line");
}

/* One row per caption: the text a reader sees once its trailing credit is cut. */
static void test_trailing_credit_clauses_are_cut_from_captions(void **state)
{
	static const struct {
		const char *line, *caption;
	} rows[] = {
		{"Obama speaking in Chicago in 2017. Image: Twitter / Barack Obama.", "Obama speaking in Chicago in 2017."},
		{"Footage of the rally in Chicago. Video: Miharris & Acphillips.", "Footage of the rally in Chicago."},
		{"Protesters gather outside parliament. Photo: AP", "Protesters gather outside parliament."},
		{"Protesters gather outside parliament. Credit: Reuters", "Protesters gather outside parliament."},
		{"Protesters gather outside parliament (Getty Images)", "Protesters gather outside parliament"},
		{"Protesters gather outside parliament. (Getty Images)", "Protesters gather outside parliament."},
		{"Protesters gather outside parliament. Photo by Jane Doe/AP", "Protesters gather outside parliament."},
		{"Delegates applaud after the vote. Photo: Jane Doe for The Guardian", "Delegates applaud after the vote."},
		{"Volunteers clear rubble in the old town. Image: Wikimedia Commons / CC BY-SA 4.0.",
		 "Volunteers clear rubble in the old town."},
		{"Survivors meet in Phnom Penh. Photo: courtesy of the Cambodian Mine Action Centre",
		 "Survivors meet in Phnom Penh."},
		{"He called it \xE2\x80\x9Cthe last round.\xE2\x80\x9D Picture: Jane Doe",
		 "He called it \xE2\x80\x9Cthe last round.\xE2\x80\x9D"},
		{"Ministers pose before the talks. REUTERS/Issei Kato", "Ministers pose before the talks."},
		{"Ministers pose before the talks (AP Photo/Eugene Hoshiko)", "Ministers pose before the talks"},
		{"The probe lifts off from Cape Canaveral (Image: NASA)", "The probe lifts off from Cape Canaveral"},
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		assert_caption(rows[i].line, rows[i].caption);
}

/* A label in body text is no credit unless a name follows it: the sentence
 * stays whole and is no caption. */
static void test_label_followed_by_a_sentence_is_text(void **state)
{
	static const char *const rows[] = {
		"The museum reopened on Monday. Photo: the new wing opens next week.",
		"Visitors can book a tour online. Image: a new exhibition opens on the second floor in May.",
		"The agency said so. Credit: the cuts were deeper than expected, officials said.",
		"He said the Photo: Day festival would return next year, organisers said.",
		"Organisers said the show was a success. Video: highlights will be online tomorrow.",
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		assert_text(rows[i]);
}

static void test_credit_clause_on_its_own_is_dropped(void **state)
{
	static const char *const rows[] = {
		"Image: Reuters", "Image: Twitter / Barack Obama.", "Video: Miharris & Acphillips.",
		"Credit: Reuters", "(Getty Images)", "Photo by Jane Doe/AP", "Photo: AP",
	};
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		assert_dropped(rows[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stray_tt_token_is_dropped),
		cmocka_unit_test(test_advertisement_is_dropped_in_any_case),
		cmocka_unit_test(test_read_more_teaser_is_dropped),
		cmocka_unit_test(test_reporting_and_editing_trailer_is_dropped),
		cmocka_unit_test(test_reuters_credit_is_dropped),
		cmocka_unit_test(test_afp_credit_in_parentheses_is_dropped),
		cmocka_unit_test(test_photo_prefix_credit_is_dropped),
		cmocka_unit_test(test_ap_photo_credit_is_dropped),
		cmocka_unit_test(test_byline_is_dropped),
		cmocka_unit_test(test_line_of_asterisks_is_dropped),
		cmocka_unit_test(test_line_of_bullets_is_dropped),
		cmocka_unit_test(test_headlines_that_look_like_boilerplate_are_kept),
		cmocka_unit_test(test_name_slash_agency_credit_takes_the_first_name),
		cmocka_unit_test(test_empty_line_is_dropped),
		cmocka_unit_test(test_reuters_caption_keeps_text_without_credit),
		cmocka_unit_test(test_afp_caption_keeps_text_without_credit),
		cmocka_unit_test(test_caption_keep_excludes_extra_spaces_before_credit),
		cmocka_unit_test(test_caption_with_parenthesised_photo_credit),
		cmocka_unit_test(test_caption_with_credit_after_last_word),
		cmocka_unit_test(test_caption_loses_whole_ap_photo_credit_after_last_word),
		cmocka_unit_test(test_caption_loses_whole_file_photo_credit_after_last_word),
		cmocka_unit_test(test_caption_with_file_photo_credit_after_a_date),
		cmocka_unit_test(test_caption_with_credit_after_closing_quote),
		cmocka_unit_test(test_caption_with_getty_credit_in_parentheses),
		cmocka_unit_test(test_credit_with_too_little_caption_is_dropped),
		cmocka_unit_test(test_sentence_starting_with_by_and_a_year_is_text),
		cmocka_unit_test(test_ordinary_sentences_are_text),
		cmocka_unit_test(test_sub_headings_are_text),
		cmocka_unit_test(test_text_with_a_slash_is_not_a_caption),
		cmocka_unit_test(test_credits_on_their_own),
		cmocka_unit_test(test_non_credits),
		cmocka_unit_test(test_trailing_credit_clauses_are_cut_from_captions),
		cmocka_unit_test(test_label_followed_by_a_sentence_is_text),
		cmocka_unit_test(test_credit_clause_on_its_own_is_dropped),
	};
	return cmocka_run_group_tests_name("boiler", tests, NULL, NULL);
}
