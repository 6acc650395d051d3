/* test_gazetteer.c - loading actors.yaml and finding its names in text. */
#include <stdlib.h>
#include <string.h>

#include "brief/gazetteer.h"
#include "brief/mem.h"
#include "support.h"

/* The canonical name found at the start of text, or "" with no match. */
static const char *match(const struct gazetteer *g, const char *text, size_t *len)
{
	size_t entry;
	*len = gazetteer_match(g, text, strlen(text), &entry);
	return *len ? g->entries[entry].name : "";
}

static void test_short_names_seats_and_adjectives_find_the_country(void **state)
{
	const struct gazetteer *g = *state;
	size_t len;
	assert_string_equal(match(g, "U.S. officials said", &len), "United States");
	assert_int_equal(len, 4);
	assert_string_equal(match(g, "Beijing said on Monday", &len), "China");
	assert_string_equal(match(g, "Kremlin spokesman", &len), "Russia");
	assert_string_equal(match(g, "Japanese leader", &len), "Japan");
	assert_string_equal(match(g, "Kyiv's delegation", &len), "Ukraine");
	assert_int_equal(len, 4);
	assert_string_equal(match(g, "Japan\xE2\x80\x99s space agency", &len), "Japan");
}

static void test_longest_name_wins(void **state)
{
	const struct gazetteer *g = *state;
	size_t len;
	assert_string_equal(match(g, "South China Sea claims", &len), "South China Sea");
	assert_int_equal(len, strlen("South China Sea"));
	assert_string_equal(match(g, "South Korea agreement", &len), "South Korea");
	assert_string_equal(match(g, "North Korea's nuclear program", &len), "North Korea");
}

static void test_hyphenated_compound_ends_at_the_hyphen(void **state)
{
	const struct gazetteer *g = *state;
	size_t len;
	assert_string_equal(match(g, "US-Japan Security Treaty", &len), "United States");
	assert_int_equal(len, 2);
	assert_string_equal(match(g, "Japan Security Treaty", &len), "Japan");
	assert_string_equal(match(g, "Guinea-Bissau's president", &len), "Guinea-Bissau");
}

static void test_acronyms_are_case_sensitive_and_words_whole(void **state)
{
	const struct gazetteer *g = *state;
	size_t len;
	assert_string_equal(match(g, "NATO allies", &len), "North Atlantic Treaty Organization");
	assert_string_equal(match(g, "nato allies", &len), "");
	assert_string_equal(match(g, "us all", &len), "");
	assert_string_equal(match(g, "Japanesque style", &len), "");
	assert_string_equal(match(g, "WHO said", &len), "World Health Organization");
}

static void test_kinds_follow_the_sections(void **state)
{
	const struct gazetteer *g = *state;
	size_t entry;
	assert_true(gazetteer_match(g, "AFP", 3, &entry) > 0);
	assert_int_equal(g->entries[entry].kind, ACTOR_MEDIA);
	assert_true(gazetteer_match(g, "Okinawa", 7, &entry) > 0);
	assert_int_equal(g->entries[entry].kind, ACTOR_PLACE);
	assert_true(gazetteer_match(g, "Japan", 5, &entry) > 0);
	assert_int_equal(g->entries[entry].kind, ACTOR_COUNTRY);
	assert_string_equal(g->entries[entry].code, "JP");
	assert_true(g->n > 900);
}

static void test_malformed_file_reports_line_and_column(void **state)
{
	(void)state;
	char *dir = tmp_make();
	struct gazetteer g = {0};
	char *bad = file_write_str(dir, "bad.yaml", "countries:\n  - name: Atlantis\n    aliases: [Atlantica\n");
	assert_int_equal(gazetteer_load(&g, bad), BRIEF_ERR);
	struct buf want = BUF_INIT;
	buf_printf(&want, "%s:4:1: ", bad);
	assert_true(strncmp(err_get(), want.data, want.len) == 0);
	buf_free(&want);

	char *field = file_write_str(dir, "field.yaml", "countries:\n  - name: Atlantis\n    capital: Poseidonia\n");
	assert_int_equal(gazetteer_load(&g, field), BRIEF_ERR);
	want = (struct buf)BUF_INIT;
	buf_printf(&want, "%s:3:5: unknown field 'capital'", field);
	assert_string_equal(err_get(), want.data);
	buf_free(&want);

	char *noname = file_write_str(dir, "noname.yaml", "places:\n  - type: sea\n");
	assert_int_equal(gazetteer_load(&g, noname), BRIEF_ERR);
	assert_non_null(strstr(err_get(), "noname.yaml:2:5: entry without a name"));
	gazetteer_free(&g);
	free(bad), free(field), free(noname);
	tmp_remove(dir);
}

static void test_user_file_merges_on_top(void **state)
{
	(void)state;
	char *dir = tmp_make();
	struct gazetteer g = {0};
	char *project = src_path("data/actors.yaml");
	char *user = file_write_str(dir, "actors.yaml",
				    "countries:\n  - name: Japan\n    aliases: [Land of the Rising Sun]\n"
				    "organizations:\n  - name: Harbour Rowing Club\n    acronyms: [HRC]\n    type: ngo\n");
	assert_int_equal(gazetteer_load(&g, project), BRIEF_OK);
	size_t before = g.n;
	assert_int_equal(gazetteer_load(&g, user), BRIEF_OK);
	assert_int_equal(g.n, before + 1);
	size_t entry, len = gazetteer_match(&g, "Land of the Rising Sun", 22, &entry);
	assert_int_equal(len, 22);
	assert_string_equal(g.entries[entry].name, "Japan");
	assert_int_equal(gazetteer_match(&g, "HRC", 3, &entry), 3);
	assert_string_equal(g.entries[entry].name, "Harbour Rowing Club");
	/* Japan still answers to its old names */
	assert_int_equal(gazetteer_match(&g, "Japanese", 8, &entry), 8);
	gazetteer_free(&g);
	free(project), free(user);
	tmp_remove(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_short_names_seats_and_adjectives_find_the_country),
		cmocka_unit_test(test_longest_name_wins),
		cmocka_unit_test(test_hyphenated_compound_ends_at_the_hyphen),
		cmocka_unit_test(test_acronyms_are_case_sensitive_and_words_whole),
		cmocka_unit_test(test_kinds_follow_the_sections),
		cmocka_unit_test(test_malformed_file_reports_line_and_column),
		cmocka_unit_test(test_user_file_merges_on_top),
	};
	return cmocka_run_group_tests_name("gazetteer", tests, gazetteer_setup, gazetteer_teardown);
}
