/* test_threads.c - story threads in the reader, as script-mode screens on
 * the samples cache (and the development set of re-published pairs): the
 * Threads list, a thread's stories, ] and [ along a thread, the thread's
 * timeline, and near-duplicates named instead of listed.  Each test reads
 * what a user would see on the screen. */
#include <stdlib.h>
#include <string.h>

#include "brief/mem.h"
#include "support.h"

static char *dir, *db, *empty_db, *brief, *import;

static bool import_into(const char *into, const char *what)
{
	char *argv[] = {import, "-q", "--db", (char *)into, (char *)what, NULL};
	struct run r = run_program(argv, dir, false);
	bool ok = r.status == 0;
	run_free(&r);
	return ok;
}

static int setup(void **state)
{
	(void)state;
	dir = tmp_make();
	db = path_join(dir, "cache.db");
	empty_db = path_join(dir, "empty.db");
	brief = bin_path("brief");
	import = bin_path("brief-import");
	char *samples = src_path("data/samples");
	char *none = file_write_str(dir, "nothing/empty.txt", "");
	bool ok = import_into(db, samples);
	/* an empty cache: the schema and nothing else (the import of no
	 * article may say so with its status) */
	import_into(empty_db, none);
	free(samples), free(none);
	return ok ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	tmp_remove(dir);
	free(db), free(empty_db), free(brief), free(import);
	return 0;
}

static char *run_script(const char *on, int cols, int rows, const char *script)
{
	return screens_run(brief, dir, on, cols, rows, script);
}

/* The Articles pane of a dump: each line up to the first border. */
static char *left_pane(const char *dump)
{
	struct buf b = BUF_INIT;
	for (const char *p = dump; *p;) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		const char *bar = strstr(p, "\xE2\x94\x82");
		if (bar && bar < p + len)
			len = (size_t)(bar - p);
		buf_printf(&b, "%.*s\n", (int)len, p);
		p = eol ? eol + 1 : p + len;
	}
	return buf_steal(&b);
}

/* Both are on the screen, a above b (or left of it on one line). */
static bool line_before(const char *text, const char *a, const char *b)
{
	const char *pa = strstr(text, a), *pb = strstr(text, b);
	return pa && pb && pa < pb;
}

/* H: the threads of two stories or more, newest activity first, each with
 * its span of dates and its number of stories; a story alone is none. */
static void test_threads_list_shows_threads_with_counts(void **state)
{
	(void)state;
	char *got = run_script(db, 160, 30, "H\n:dump threads");
	char *threads = strstr(got, "== threads\n");
	assert_non_null(strstr(threads, "\n Threads "));
	assert_non_null(strstr(threads, "\n2024-12\xE2\x80\x93" "2026-02   5 WHO Members Push to Finish"));
	assert_non_null(strstr(threads, "\n2025-03\xE2\x80\x93" "11        3 "));
	assert_non_null(strstr(threads, "\n2024-12           2 Cambodia Sets Out Clearance"));
	assert_non_null(strstr(threads, "\n2024-03\xE2\x80\x93" "11        7 US, Japan and Philippines"));
	/* newest activity first */
	assert_true(line_before(threads, "5 WHO Members", "11        3 "));
	assert_true(line_before(threads, "11        3 ", "2 Cambodia"));
	assert_true(line_before(threads, "2 Cambodia", "7 US, Japan"));
	/* single stories are no threads */
	assert_null(strstr(threads, "Ukraine Seeks More Help"));
	assert_non_null(strstr(threads, " [Threads] 1/4 "));
	free(got);

	got = run_script(empty_db, 120, 30, "H\n:dump none");
	assert_non_null(strstr(got, "No threads yet."));
	assert_non_null(strstr(got, "A thread is two or more stories"));
	free(got);
}

/* Enter on a thread: its stories oldest first, the undated last, and the
 * status line names the thread; h and q come back to the threads. */
static void test_opening_a_thread_lists_its_stories_in_date_order(void **state)
{
	(void)state;
	char *got = run_script(db, 160, 30,
			       "H\n<Enter>\n:dump stories\nh\n:dump back\n<Enter>\nq\n:dump up\nq\n:dump all");
	char *stories = strstr(got, "== stories\n"), *back = strstr(got, "== back\n");
	char *up = strstr(got, "== up\n"), *all = strstr(got, "== all\n");
	assert_non_null(strstr(stories, " Thread: WHO Members Push"));
	const char *order[] = {"\n2024-12-06 Pandemic Agreement Talks", "\n2025-05-20 World Health Assembly Adop",
			       "\n2025-11-03 Negotiators Resume Work", "\n2026-02-13 WHO Members Push",
			       "\nundated    Extended Mandate"};
	for (size_t i = 0; i < sizeof order / sizeof *order; i++) {
		assert_non_null(strstr(stories, order[i]));
		assert_true(strstr(stories, order[i]) < back);
		if (i)
			assert_true(line_before(stories, order[i - 1], order[i]));
	}
	assert_non_null(strstr(stories, "[Articles] 1/5 \xC2\xB7 thread: WHO Members Push to Finish Pandemic Annex"
					" Before May Assembly"));
	assert_non_null(strstr(stories, "5 stories, oldest first"));
	assert_non_null(strstr(back, " [Threads] 1/4 "));
	assert_non_null(strstr(up, " [Threads] 1/4 "));
	assert_non_null(strstr(all, " Articles "));
	assert_non_null(strstr(all, "/20 "));
	assert_non_null(strstr(all, "showing all articles"));
	free(got);
}

/* A story opened from its thread: the Reader names the thread, and ] and
 * [ walk the thread in date order, saying where they are; opened from the
 * article list, ] walks the related stories as before. */
static void test_bracket_from_a_thread_walks_it_in_date_order(void **state)
{
	(void)state;
	char *got = run_script(db, 160, 30,
			       "H\n<Enter>\n<Enter>\n:dump first\n]\n:dump second\n]\n:dump third\n"
			       "[\n[\n:dump again\n[\n:dump edge");
	char *first = strstr(got, "== first\n"), *second = strstr(got, "== second\n");
	char *third = strstr(got, "== third\n"), *again = strstr(got, "== again\n");
	char *edge = strstr(got, "== edge\n");
	assert_non_null(strstr(first, "\xE2\x94\x82Pandemic Agreement Talks Run Into New Year"));
	assert_non_null(strstr(first, "\xE2\x94\x82Thread: WHO Members Push to Finish Pandemic Annex"));
	assert_non_null(strstr(first, "(5 stories) \xC2\xB7 ] next, [ previous"));
	assert_non_null(strstr(second, "\xE2\x94\x82World Health Assembly Adopts Pandemic Agreement"));
	assert_non_null(strstr(second, "thread 2/5, 2025-05-20"));
	assert_non_null(strstr(third, "\xE2\x94\x82Negotiators Resume Work on Pathogen Sharing"));
	assert_non_null(strstr(third, "thread 3/5, 2025-11-03"));
	assert_non_null(strstr(again, "\xE2\x94\x82Pandemic Agreement Talks Run Into New Year"));
	assert_non_null(strstr(again, "thread 1/5, 2024-12-06"));
	assert_non_null(strstr(edge, "first story of the thread"));
	free(got);

	/* the same story opened from the article list: its related stories */
	got = run_script(db, 160, 30, "<Enter>\n]\n:dump related");
	assert_non_null(strstr(got, "related 1/"));
	assert_null(strstr(got, "thread 2/5"));
	free(got);
}

/* ^T: the Timeline shows the events of every story of the open story's
 * thread, in date order; again, the story's own. */
static void test_thread_timeline_shows_the_events_of_its_stories(void **state)
{
	(void)state;
	char *got = run_script(db, 200, 100, "H\n<Enter>\n<Enter>\n<C-t>\n:dump thread\n<C-t>\n:dump own\n"
					       "1\nq\nq\n/\n:type Ukraine farmland\n<Enter>\n<Enter>\n<C-t>\n:dump single");
	char *thread = strstr(got, "== thread\n"), *own = strstr(got, "== own\n");
	char *single = strstr(got, "== single\n");
	assert_non_null(strstr(thread, " Thread timeline: WHO Members Push"));
	assert_non_null(strstr(thread, "the events of the thread's 5 stories"));
	/* the datelines of three of its stories, in date order */
	const char *lines[] = {"2024-12-06  GENEVA, December 6, 2024", "2025-05-20  GENEVA, May 20, 2025",
			       "2026-02-13  GENEVA, February 13, 2026"};
	for (size_t i = 0; i < 3; i++) {
		assert_non_null(strstr(thread, lines[i]));
		assert_true(strstr(thread, lines[i]) < own);
		if (i)
			assert_true(line_before(thread, lines[i - 1], lines[i]));
	}
	assert_non_null(strstr(own, " Timeline: this article"));
	assert_null(strstr(own, "GENEVA, February 13, 2026"));
	/* a story alone has no thread to show */
	assert_non_null(strstr(single, "this story is in no thread yet"));
	free(got);
}

/* On the development set of re-published pairs: the Reader names the file
 * a story was re-published in, and the related list holds neither that
 * copy nor two copies of one story. */
static void test_near_duplicates_are_named_not_listed(void **state)
{
	(void)state;
	char *related_db = path_join(dir, "related.db");
	char *articles = src_path("tests/related/articles");
	assert_true(import_into(related_db, articles));
	char *got = run_script(related_db, 200, 40, "/\n:type Lashers Busiest Port\n<Enter>\n<Enter>\n:dump strike\nr\n:dump list\n"
					    "/\n:type Latvian Parties Launch Campaigns\n<Enter>\n<Enter>\nr\n:dump latvia");
	char *strike = strstr(got, "== strike\n"), *list = strstr(got, "== list\n");
	char *latvia = strstr(got, "== latvia\n");
	assert_non_null(strstr(strike, "\xE2\x94\x82Strike by Lashers Brings Europe's Busiest Port"));
	char *also = strstr(strike, "\xE2\x94\x82" "also in ");
	assert_non_null(also);
	assert_true(also < list);
	assert_non_null(strstr(also, "016_rotterdam-lashers-strike.txt"));
	/* the re-publication is not a related story of its original */
	char *related = left_pane(list);
	assert_non_null(strstr(related, " Related to: Strike by Lashers"));
	assert_null(strstr(related, "Rotterdam Container"));
	free(related);
	/* of the two copies of the Latvian election result, one at most */
	related = left_pane(latvia);
	bool a = strstr(related, "Opposition National") != NULL, b = strstr(related, "Latvia's Governing") != NULL;
	assert_true(a || b);
	assert_false(a && b);
	free(related), free(got), free(articles), free(related_db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_threads_list_shows_threads_with_counts),
		cmocka_unit_test(test_opening_a_thread_lists_its_stories_in_date_order),
		cmocka_unit_test(test_bracket_from_a_thread_walks_it_in_date_order),
		cmocka_unit_test(test_thread_timeline_shows_the_events_of_its_stories),
		cmocka_unit_test(test_near_duplicates_are_named_not_listed),
	};
	return cmocka_run_group_tests_name("threads", tests, setup, teardown);
}
