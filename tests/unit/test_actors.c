/* test_actors.c - each rule family of actor recognition, on sentences of the
 * kind the seeds hold. */
#include <stdlib.h>
#include <string.h>

#include "brief/actors.h"
#include "brief/mem.h"
#include "support.h"

/* Actors of a one-paragraph article: "kind:name[role]=mentions" lines, sorted
 * as found. */
static char *find(const struct extraction *x, const char *title, const char *body)
{
	struct article a = {0};
	a.title = xstrdup(title);
	article_add_para(&a, PARA_BODY, xstrdup(body), 1);
	struct actor_set s = {0};
	actors_find(&x->g, &x->models, &a, &s);
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < s.n; i++)
		buf_printf(&b, "%s:%s[%s]=%zu\n", actor_kind_name(s.v[i].kind), s.v[i].name,
			   s.v[i].role ? s.v[i].role : "", s.v[i].mentions);
	actor_set_free(&s);
	free(a.paras[0].text);
	free(a.paras);
	free(a.title);
	return buf_steal(&b);
}

#define HAS(got, line) assert_non_null(strstr(got, line "\n"))
#define LACKS(got, text) assert_null(strstr(got, text))

static void test_role_before_name_keeps_the_role(void **state)
{
	char *got = find(*state, "T", "US Secretary of State Antony Blinken and Defense Secretary Lloyd Austin "
				      "met Japanese Foreign Minister Yoko Kamikawa.");
	HAS(got, "person:Antony Blinken[Secretary of State]=1");
	HAS(got, "person:Lloyd Austin[Defense Secretary]=1");
	HAS(got, "person:Yoko Kamikawa[Foreign Minister]=1");
	HAS(got, "country:United States[]=1");
	HAS(got, "country:Japan[]=1");
	free(got);
}

static void test_apposition_after_a_role(void **state)
{
	char *got = find(*state, "T", "US Ambassador to Japan, Rahm Emanuel, attended the meeting.");
	HAS(got, "person:Rahm Emanuel[Ambassador to Japan]=1");
	free(got);
}

static void test_bare_surname_links_to_full_name(void **state)
{
	char *got = find(*state, "T", "Secretary of Defense Lloyd Austin arrived on Sunday. "
				      "Austin, in his opening remarks, said China is engaging in coercive behavior.");
	HAS(got, "person:Lloyd Austin[Secretary of Defense]=2");
	LACKS(got, "person:Austin[");
	free(got);
}

static void test_honorific_surname_links_to_full_name(void **state)
{
	char *got = find(*state, "T", "Mr. Kishida spoke first. Prime Minister Fumio Kishida later left for Washington.");
	HAS(got, "person:Fumio Kishida[Prime Minister]=2");
	HAS(got, "country:United States[]=1");
	free(got);
}

static void test_seat_of_government_is_the_country(void **state)
{
	char *got = find(*state, "T", "Beijing announced a 7.2% increase while the Kremlin said nothing.");
	HAS(got, "country:China[]=1");
	HAS(got, "country:Russia[]=1");
	free(got);
}

static void test_hyphenated_compound_names_both_countries(void **state)
{
	char *got = find(*state, "T", "The plan is similar to the US-South Korea agreement.");
	HAS(got, "country:United States[]=1");
	HAS(got, "country:South Korea[]=1");
	free(got);
}

static void test_organization_runs_and_reporting_verbs(void **state)
{
	char *got = find(*state, "T", "Ukraine using the mines would be in disregard of the treaty, said Tamar Gabelnick, "
				      "director of the International Campaign to Ban Landmines.");
	HAS(got, "person:Tamar Gabelnick[]=1");
	HAS(got, "organization:International Campaign to Ban Landmines[]=1");
	HAS(got, "country:Ukraine[]=1");
	free(got);
}

static void test_apposition_with_who_makes_a_person(void **state)
{
	char *got = find(*state, "T", "Alex Munyambabazi, who lost a leg to a landmine in 2005, spoke.");
	HAS(got, "person:Alex Munyambabazi[]=1");
	free(got);
}

static void test_things_months_and_sentence_starts_are_not_people(void **state)
{
	char *got = find(*state, "T", "The US agreed to expand Article V of the US-Japan Security Treaty, which calls "
				      "on one side to defend the other. In March, Officials met. Lately, Japan's agency said so.");
	LACKS(got, "person:");
	free(got);
}

static void test_news_agency_named_as_source_is_media(void **state)
{
	char *got = find(*state, "T", "\"We are tired,\" he told AFP.");
	HAS(got, "media:Agence France-Presse[]=1");
	free(got);
}

static void test_title_uses_only_known_names(void **state)
{
	char *got = find(*state, "Austin Visits Palawan as US and Philippine Forces Deepen Ties",
			 "Defense Secretary Lloyd Austin visited the island.");
	HAS(got, "person:Lloyd Austin[Defense Secretary]=2");
	LACKS(got, "Philippine Forces Deepen");
	free(got);
}

static void test_acronym_defined_in_parentheses_becomes_a_name(void **state)
{
	char *got = find(*state, "T", "The Harbour Safety Council (HSC) met on Monday. Later, HSC members agreed on a plan.");
	HAS(got, "organization:Harbour Safety Council[]=3");
	free(got);
}


/* ---- names the tagger finds that no rule could ---------------------- */

static void test_untriggered_names_are_found(void **state)
{
	char *got = find(*state, "T", "The concert featured musician Tiziano Lugli, and DAB's Ben Chan met Frederick Fung "
				      "of ADPL before Google and the Deseret News reported it.");
	HAS(got, "person:Tiziano Lugli[musician]=1");
	HAS(got, "person:Ben Chan[]=1");
	HAS(got, "person:Frederick Fung[]=1");
	HAS(got, "organization:Google[]=1");
	HAS(got, "media:Deseret News[]=1");
	free(got);
}

/* ---- what is not an actor -------------------------------------------- */

static void test_an_adjective_is_a_country_only_where_it_acts(void **state)
{
	char *got = find(*state, "T", "The Gabonese players celebrated in the capital.");
	LACKS(got, "Gabon");
	free(got);
	got = find(*state, "T", "Chinese officials said the talks would go on.");
	HAS(got, "country:China[]=1");
	free(got);
}

static void test_a_currency_is_not_the_country(void **state)
{
	char *got = find(*state, "T", "The fine was set at US$20,000 and paid within a week.");
	LACKS(got, "United States");
	free(got);
}

static void test_a_country_inside_a_longer_name_is_not_the_country(void **state)
{
	char *got = find(*state, "T", "Bushfires spread across New South Wales while officials in Mexico City watched.");
	LACKS(got, "country:Mexico");
	LACKS(got, "country:United Kingdom"); /* Wales */
	free(got);
}

static void test_a_person_glued_to_an_organization_is_the_person(void **state)
{
	char *got = find(*state, "T", "The Civic Party's Jeremy Tam said the vote was unfair.");
	HAS(got, "person:Jeremy Tam[]=1");
	HAS(got, "organization:Civic Party[]=1");
	LACKS(got, "person:Civic");
	free(got);
}

static void test_a_publication_is_media_not_a_person(void **state)
{
	char *got = find(*state, "T", "The report was confirmed on Monday, Saudi Gazette said.");
	HAS(got, "media:Saudi Gazette[]=1");
	LACKS(got, "person:");
	free(got);
}

static void test_pronouns_and_junk_are_no_actors(void **state)
{
	char *got = find(*state, "T", "\"I'm not leaving,\" she said. SC members and I agreed.");
	LACKS(got, "I'm");
	LACKS(got, ":I[");
	LACKS(got, ":SC[");
	free(got);
}

static void test_a_national_security_council_is_not_the_un_one(void **state)
{
	char *got = find(*state, "T", "Japan's National Security Council met, and a national security council of "
				      "officials advised the president.");
	LACKS(got, "United Nations Security Council");
	free(got);
}

static void test_a_creed_or_a_tongue_alone_is_no_actor(void **state)
{
	char *got = find(*state, "T", "A devout Catholic, Maria Lopes wrote in English and in Basque, and "
				      "visited East Asian capitals.");
	HAS(got, "person:Maria Lopes[]=1");
	LACKS(got, ":Catholic[");
	LACKS(got, ":English[");
	LACKS(got, ":Basque[");
	LACKS(got, "East Asian");
	free(got);
}

static void test_two_organizations_joined_by_and_are_two(void **state)
{
	char *got = find(*state, "T", "Flights by Nordic Airlines and Coral Airlines were cancelled on Monday.");
	HAS(got, "organization:Nordic Airlines[]=1");
	HAS(got, "organization:Coral Airlines[]=1");
	LACKS(got, "Nordic Airlines and");
	free(got);
}

static void test_a_title_before_a_name_is_a_role(void **state)
{
	char *got = find(*state, "T", "Managing Editor Lena Holm and Professor Arjun Mehta spoke at the launch.");
	HAS(got, "person:Lena Holm[Managing Editor]=1");
	HAS(got, "person:Arjun Mehta[Professor]=1");
	free(got);
}

static void test_an_institute_of_something_is_one_organization(void **state)
{
	char *got = find(*state, "T", "She is a professor emeritus at Baltic Institute of Technology in Riga.");
	HAS(got, "organization:Baltic Institute of Technology[]=1");
	LACKS(got, "place:Baltic Institute[");
	free(got);
}

static void test_an_acronym_that_speaks_is_an_organization(void **state)
{
	char *got = find(*state, "T", "The probe is on course, KSRO said on Tuesday.");
	HAS(got, "organization:KSRO[]=1");
	LACKS(got, "person:KSRO");
	free(got);
}

/* ---- coreference ------------------------------------------------------- */

static void test_one_name_is_one_actor_in_an_article(void **state)
{
	char *got = find(*state, "T", "Tarvo Kask arrived in Preston on Monday. Preston welcomed him, and the "
				      "mayor of Preston spoke.");
	int n = 0;
	for (const char *p = got; (p = strstr(p, ":Preston[")); p++)
		n++;
	assert_int_equal(n, 1);
	free(got);
}

static void test_two_people_with_one_surname_stay_two(void **state)
{
	char *got = find(*state, "T", "Ahmed Mohamed met Mohamed El-Hassan Mohamed in Khartoum. "
				      "Mohamed said the talks had gone well.");
	HAS(got, "person:Ahmed Mohamed[]=1");
	HAS(got, "person:Mohamed El-Hassan Mohamed[]=1");
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_role_before_name_keeps_the_role),
		cmocka_unit_test(test_apposition_after_a_role),
		cmocka_unit_test(test_bare_surname_links_to_full_name),
		cmocka_unit_test(test_honorific_surname_links_to_full_name),
		cmocka_unit_test(test_seat_of_government_is_the_country),
		cmocka_unit_test(test_hyphenated_compound_names_both_countries),
		cmocka_unit_test(test_organization_runs_and_reporting_verbs),
		cmocka_unit_test(test_apposition_with_who_makes_a_person),
		cmocka_unit_test(test_things_months_and_sentence_starts_are_not_people),
		cmocka_unit_test(test_news_agency_named_as_source_is_media),
		cmocka_unit_test(test_title_uses_only_known_names),
		cmocka_unit_test(test_acronym_defined_in_parentheses_becomes_a_name),
		cmocka_unit_test(test_untriggered_names_are_found),
		cmocka_unit_test(test_an_adjective_is_a_country_only_where_it_acts),
		cmocka_unit_test(test_a_currency_is_not_the_country),
		cmocka_unit_test(test_a_country_inside_a_longer_name_is_not_the_country),
		cmocka_unit_test(test_a_person_glued_to_an_organization_is_the_person),
		cmocka_unit_test(test_a_publication_is_media_not_a_person),
		cmocka_unit_test(test_a_creed_or_a_tongue_alone_is_no_actor),
		cmocka_unit_test(test_two_organizations_joined_by_and_are_two),
		cmocka_unit_test(test_a_title_before_a_name_is_a_role),
		cmocka_unit_test(test_an_institute_of_something_is_one_organization),
		cmocka_unit_test(test_an_acronym_that_speaks_is_an_organization),
		cmocka_unit_test(test_one_name_is_one_actor_in_an_article),
		cmocka_unit_test(test_pronouns_and_junk_are_no_actors),
		cmocka_unit_test(test_a_national_security_council_is_not_the_un_one),
		cmocka_unit_test(test_two_people_with_one_surname_stay_two),
	};
	return cmocka_run_group_tests_name("actors", tests, extraction_setup, extraction_teardown);
}
