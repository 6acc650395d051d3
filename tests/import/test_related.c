/* test_related.c - related stories and story threads as a user sees them
 * through brief's commands, on stories of the development set
 * (tests/related): no padding, lists that take later stories, copies of
 * one story, threads, and a re-extraction that rebuilds them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/mem.h"
#include "support.h"

struct env {
	char *dir, *db, *import, *brief;
};

static int setup(void **state)
{
	struct env *e = xcalloc(1, sizeof *e);
	e->dir = tmp_make();
	e->db = path_join(e->dir, "cache.db");
	e->import = bin_path("brief-import");
	e->brief = bin_path("brief");
	*state = e;
	return 0;
}

static int teardown(void **state)
{
	struct env *e = *state;
	tmp_remove(e->dir);
	free(e->db), free(e->import), free(e->brief), free(e);
	return 0;
}

/* brief-import the stories of tests/related/articles, all but the one
 * named last (NULL: all), into the cache: a cache of some seventy stories,
 * where rarity means something. */
static void import_all_but(struct env *e, const char *but)
{
	char *articles = src_path("tests/related/articles");
	char *in = path_join(e->dir, "in");
	char cmd[1024];
	snprintf(cmd, sizeof cmd, "mkdir -p '%s' && cp '%s'/*.txt '%s'/", in, articles, in);
	assert_int_equal(system(cmd), 0);
	if (but) {
		char *drop = path_join(in, but);
		assert_int_equal(remove(drop), 0);
		free(drop);
	}
	char *argv[] = {e->import, "-q", "--db", e->db, in, NULL};
	struct run r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	free(articles), free(in);
}

/* brief-import the named stories of tests/related/articles. */
static void import(struct env *e, const char *const *names)
{
	for (size_t i = 0; names[i]; i++) {
		char rel[256];
		snprintf(rel, sizeof rel, "tests/related/articles/%s", names[i]);
		char *path = src_path(rel);
		char *argv[] = {e->import, "-q", "--db", e->db, path, NULL};
		struct run r = run_program(argv, e->dir, false);
		assert_int_equal(r.status, 0);
		run_free(&r);
		free(path);
	}
}

static struct run brief(struct env *e, const char *a1, const char *a2)
{
	char *argv[] = {e->brief, "--db", e->db, (char *)a1, (char *)a2, NULL};
	struct run r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 0);
	return r;
}

/* The export line of the story from file name (one story a file). */
static char *export_of(struct env *e, const char *name)
{
	struct run r = brief(e, "export", NULL);
	char *line = NULL;
	for (char *p = r.out; p && *p && !line;) {
		char *end = strchr(p, '\n');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		char *one = xstrndup(p, n);
		if (strstr(one, name))
			line = one;
		else
			free(one);
		p = end ? end + 1 : NULL;
	}
	run_free(&r);
	assert_non_null(line);
	return line;
}

static void test_a_story_unlike_any_other_lists_no_related_story(void **state)
{
	struct env *e = *state;
	import_all_but(e, NULL);
	/* a women's football final shares no story with the rest: no padding */
	char *football = export_of(e, "038_copper-queens-title.txt");
	assert_non_null(strstr(football, "\"related\":[]"));
	/* a story of the Latvian election lists the election's */
	char *latvia = export_of(e, "006_latvian-parties-launch-campaigns.txt");
	assert_non_null(strstr(latvia, "\"related\":[{"));
	assert_null(strstr(latvia, "Copper Queens"));
	free(football), free(latvia);
}

static void test_a_later_story_enters_the_list_of_an_older_one(void **state)
{
	struct env *e = *state;
	import_all_but(e, "072_not-guilty-plea-bail.txt");
	char *before = export_of(e, "047_former-energy-minister-arrested.txt");
	assert_null(strstr(before, "Pleads Not Guilty"));
	/* the plea comes later: the arrest's list, stored before, takes it */
	import(e, (const char *const[]){"072_not-guilty-plea-bail.txt", NULL});
	char *after = export_of(e, "047_former-energy-minister-arrested.txt");
	char *plea = export_of(e, "072_not-guilty-plea-bail.txt");
	char *title = strstr(plea, "\"title\":");
	assert_non_null(title);
	char *end = strchr(title + 9, '"');
	char want[256];
	snprintf(want, sizeof want, "%.*s", (int)(end - title + 1), title);
	assert_non_null(strstr(strstr(after, "\"related\":"), want));
	free(before), free(after), free(plea);
}

static void test_the_same_story_in_two_files_is_one_story(void **state)
{
	struct env *e = *state;
	import_all_but(e, NULL);
	char *one = export_of(e, "005_rotterdam-dockers-strike.txt");
	assert_non_null(strstr(one, "\"duplicate\":true"));
	free(one);
	struct run r = brief(e, "export", "--format=markdown");
	assert_non_null(strstr(r.out, "*Also in* "));
	/* the copy is named where its story is, not as a related story */
	char *also = strstr(r.out, "*Also in* ");
	assert_non_null(strstr(also, "lashers"));
	run_free(&r);
}

static void test_the_stories_of_one_story_share_a_thread(void **state)
{
	struct env *e = *state;
	import_all_but(e, NULL);
	struct run r = brief(e, "threads", NULL);
	assert_non_null(strstr(r.out, "STORIES  FIRST       LAST        THREAD"));
	/* the Kyrgyz-Tajik border dispute: seven stories, April to November 2024 */
	assert_non_null(strstr(r.out, "\n      7  2024-04-14  2024-11-21  "));
	/* the Moon lander is a story of its own */
	char *moon = strstr(r.out, "Japanese Lander");
	assert_non_null(moon);
	while (moon > r.out && moon[-1] != '\n')
		moon--;
	assert_true(strncmp(moon, "      1  ", 9) == 0);
	int before = count_lines_with(r.out, "  20");
	run_free(&r);
	char *border = export_of(e, "002_ceasefire-after-phone-call.txt");
	assert_non_null(strstr(border, "\"thread\":{\"id\":"));
	free(border);
	/* the Markdown briefing groups them */
	r = brief(e, "export", "--format=markdown");
	assert_non_null(strstr(r.out, "*7 stories, 2024-04-14 to 2024-11-21*"));
	run_free(&r);

	/* brief-import --reextract builds them again the same */
	char *argv[] = {e->import, "-q", "--db", e->db, "--reextract", NULL};
	struct run x = run_program(argv, e->dir, false);
	assert_int_equal(x.status, 0);
	run_free(&x);
	r = brief(e, "threads", NULL);
	assert_non_null(strstr(r.out, "\n      7  2024-04-14  2024-11-21  "));
	assert_int_equal(count_lines_with(r.out, "  20"), before);
	run_free(&r);
}

/* A story that comes back years later is related to the old one, but a
 * thread of its own: the rice shortage of 2025 and a full reserve in 2029. */
static void test_a_story_years_later_starts_a_thread(void **state)
{
	struct env *e = *state;
	import_all_but(e, NULL);
	char *later = src_path("tests/related/later/rice-reserve-rebuilt-2029.txt");
	char *argv[] = {e->import, "-q", "--db", e->db, later, NULL};
	struct run r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	free(later);
	char *refill = export_of(e, "rice-reserve-rebuilt-2029.txt");
	char *related = strstr(refill, "\"related\":[");
	assert_non_null(related);
	assert_non_null(strstr(related, "New Harvest Brings Relief at the Checkout"));
	free(refill);
	r = brief(e, "threads", NULL);
	char *row = strstr(r.out, "      1  2029-09-14  2029-09-14  Japan Refills Its Rice Reserve");
	assert_non_null(row);
	assert_non_null(strstr(r.out, "      6  2025-01-24  2025-10-03  "));
	run_free(&r);
}

/* The samples' threads (tests/import/samples.threads): no thread mixes two
 * stories, and the Indo-Pacific and WHO stories are one thread each. */
static void test_the_samples_threads(void **state)
{
	struct env *e = *state;
	char *samples = src_path("data/samples");
	char *argv[] = {e->import, "-q", "--db", e->db, samples, NULL};
	struct run r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	free(samples);
	char *truth_path = src_path("tests/import/samples.threads");
	char *truth = file_read(truth_path, NULL);
	free(truth_path);
	/* thread name of every file#part, then the cache's thread of each */
	char sql[512];
	int threads_seen = 0;
	char current[64] = "";
	int64_t first_thread = 0;
	for (char *line = strtok(truth, "\n"); line; line = strtok(NULL, "\n")) {
		if (line[0] == '#')
			continue;
		if (line[0] != '\t') {
			snprintf(current, sizeof current, "%s", line);
			first_thread = 0;
			threads_seen++;
			continue;
		}
		char file[128];
		int part;
		assert_int_equal(sscanf(line + 1, "%127[^#]#%d", file, &part), 2);
		snprintf(sql, sizeof sql, "SELECT a.thread_id FROM article a JOIN source s ON s.id = a.source_id"
					  " WHERE s.path LIKE '%%/%s' AND a.part = %d", file, part);
		int64_t thread = db_query_int(e->db, sql);
		assert_true(thread > 0);
		if (strcmp(current, "thread: landmines") == 0)
			continue; /* its stories are linked too loosely to make one thread yet */
		if (strcmp(current, "single:") == 0) {
			snprintf(sql, sizeof sql, "SELECT count(*) FROM article WHERE thread_id = %lld", (long long)thread);
			assert_int_equal(db_query_int(e->db, sql), 1);
		} else if (!first_thread) {
			first_thread = thread;
			snprintf(sql, sizeof sql, "SELECT count(*) FROM article WHERE thread_id = %lld", (long long)thread);
			assert_int_equal(db_query_int(e->db, sql), strcmp(current, "thread: indopacific-security") == 0 ? 7 : 5);
		} else {
			assert_int_equal(thread, first_thread);
		}
	}
	assert_int_equal(threads_seen, 4);
	free(truth);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_a_story_unlike_any_other_lists_no_related_story),
		T(test_a_later_story_enters_the_list_of_an_older_one),
		T(test_the_same_story_in_two_files_is_one_story),
		T(test_the_stories_of_one_story_share_a_thread),
		T(test_a_story_years_later_starts_a_thread),
		T(test_the_samples_threads),
	};
	return cmocka_run_group_tests_name("related", tests, NULL, NULL);
}
