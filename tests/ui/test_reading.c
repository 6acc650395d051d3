/* test_reading.c - reading state as a user sees it: an article opened is
 * read and the count on the status line goes down, and stays so after an
 * unchanged file is imported again and after --reextract; m, F, * and A;
 * J/K and u from story to story; brief list --unread. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "brief/mem.h"
#include "support.h"

static char *dir, *brief, *import, *samples;

static int setup(void **state)
{
	(void)state;
	dir = tmp_make();
	brief = bin_path("brief");
	import = bin_path("brief-import");
	samples = src_path("data/samples");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	tmp_remove(dir);
	free(brief), free(import), free(samples);
	return 0;
}

/* A fresh cache of the samples, named for the test. */
static char *fresh(const char *name)
{
	char *db = path_join(dir, name);
	char *argv[] = {import, "-q", "--db", db, samples, NULL};
	struct run r = run_program(argv, dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	return db;
}

static char *dump_of(char *dumps, const char *name)
{
	struct buf head = BUF_INIT;
	buf_printf(&head, "== %s\n", name);
	char *at = strstr(dumps, head.data);
	buf_free(&head);
	assert_non_null(at);
	return at;
}

/* Whether the dump of that name (alone, not those after it) has needle. */
static bool dump_has(char *dumps, const char *name, const char *needle)
{
	char *start = dump_of(dumps, name) + strlen(name) + 4;
	char *end = strstr(start, "\n== ");
	char *copy = end ? xstrndup(start, (size_t)(end - start)) : xstrdup(start);
	bool has = strstr(copy, needle) != NULL;
	free(copy);
	return has;
}

static void test_an_opened_article_stays_read_after_reimport_and_reextract(void **state)
{
	(void)state;
	char *db = fresh("kept.db");
	char *got = screens_run(brief, dir, db, 120, 30, ":dump before\n<Enter>\n1\n:dump after");
	assert_non_null(strstr(dump_of(got, "before"), "[Articles] 1/20 \xC2\xB7 20 unread"));
	assert_non_null(strstr(dump_of(got, "after"), "[Articles] 1/20 \xC2\xB7 19 unread"));
	free(got);
	/* the same files again, then every article extracted anew */
	char *again[] = {import, "-q", "--db", db, samples, NULL};
	struct run r = run_program(again, dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	char *reextract[] = {import, "-q", "--db", db, "--reextract", NULL};
	r = run_program(reextract, dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	got = screens_run(brief, dir, db, 120, 30, ":dump later");
	assert_non_null(strstr(dump_of(got, "later"), "19 unread"));
	free(got);
	/* and the plain list of the unread leaves out the one read */
	char *list[] = {brief, "--db", db, "list", "--unread", NULL};
	r = run_program(list, dir, false);
	assert_int_equal(r.status, 0);
	assert_int_equal(count_lines_with(r.out, ""), 20); /* the header and 19 */
	assert_null(strstr(r.out, "WHO Members Push to Finish Pandemic Annex"));
	assert_non_null(strstr(r.out, "Annual Landmine Report"));
	run_free(&r);
	free(db);
}

static void test_marking_flagging_and_the_flagged_list(void **state)
{
	(void)state;
	char *db = fresh("marks.db");
	char *got = screens_run(brief, dir, db, 120, 30,
				"m\n:dump read\nm\n:dump unread\nF\n:dump flagged\n*\n:dump list\n*\nA\n:dump all");
	char *read = dump_of(got, "read"), *unread = dump_of(got, "unread");
	assert_non_null(strstr(read, "19 unread"));
	assert_non_null(strstr(read, "marked read"));
	assert_non_null(strstr(unread, "20 unread"));
	assert_non_null(strstr(unread, "marked unread"));
	/* a flag before the title of the first row */
	char *flagged = dump_of(got, "flagged");
	assert_non_null(strstr(flagged, "2026-02-13*WHO Members Push"));
	char *list = dump_of(got, "list");
	assert_non_null(strstr(list, " Flagged articles"));
	assert_non_null(strstr(list, "[Articles] 1/1 \xC2\xB7 flagged: flagged"));
	/* back to all, every one marked read: no unread count */
	char *all = dump_of(got, "all");
	assert_non_null(strstr(all, "20 articles marked read"));
	assert_false(dump_has(got, "all", " unread "));
	free(got), free(db);
}

static void test_J_K_and_u_move_from_story_to_story(void **state)
{
	(void)state;
	char *db = fresh("moves.db");
	char *got = screens_run(brief, dir, db, 140, 30,
				"<Enter>\n:dump first\nJ\n:dump next\nK\n:dump back\n1\nu\n:dump unread");
	assert_non_null(strstr(dump_of(got, "first"), "\xE2\x94\x82WHO Members Push to Finish Pandemic"));
	char *next = dump_of(got, "next");
	assert_non_null(strstr(next, "\xE2\x94\x82" "Annual Landmine Report"));
	assert_non_null(strstr(next, "[Reader] "));
	assert_non_null(strstr(dump_of(got, "back"), "\xE2\x94\x82WHO Members Push to Finish Pandemic"));
	/* the first two are read now: u goes to the third */
	assert_non_null(strstr(dump_of(got, "unread"), "[Articles] 3/20"));
	free(got), free(db);
}

/* The line of a dump holding text, copied. */
static char *line_with(const char *dump, const char *text)
{
	const char *at = strstr(dump, text);
	if (!at)
		return NULL;
	const char *start = at, *end = strchr(at, '\n');
	while (start > dump && start[-1] != '\n')
		start--;
	return xstrndup(start, end ? (size_t)(end - start) : strlen(start));
}

/* Actors and threads count their unread stories: one less for each story
 * of theirs opened. */
static void test_actors_and_threads_count_their_unread(void **state)
{
	(void)state;
	char *db = fresh("counts.db");
	/* every actor, the first (United States) has 9 stories, all unread;
	 * one of its stories opened, 8 */
	char *got = screens_run(brief, dir, db, 300, 40, "a\n:dump before\n3\n<Enter>\n<Enter>\n:dump after\n1\nH\n:dump threads");
	assert_non_null(strstr(dump_of(got, "before"), "9 United States \xC2\xB7 9 unread"));
	assert_non_null(strstr(dump_of(got, "after"), "9 United States \xC2\xB7 8 unread"));
	/* the thread of the story opened: unread of its stories */
	char *threads = dump_of(got, "threads");
	char *thread = line_with(threads, "2/3 Annual Landmine Report");
	assert_non_null(thread);
	assert_non_null(strstr(threads, "  5 WHO Members Push")); /* none read: just its stories */
	free(thread), free(got), free(db);
}

/* f limits the list to titles with some words; o orders it unread first,
 * then by source file; the status line says which. */
static void test_limit_and_sort_the_articles(void **state)
{
	(void)state;
	char *db = fresh("sorts.db");
	char *got = screens_run(brief, dir, db, 120, 30,
				"f\n:type landm\n<Enter>\n:dump limited\nq\n<Enter>\n1\no\n:dump unread\no\n:dump source");
	char *limited = dump_of(got, "limited"), *unread = dump_of(got, "unread"), *source = dump_of(got, "source");
	assert_non_null(strstr(limited, " Articles with: landm"));
	assert_non_null(strstr(limited, "[Articles] 1/2 \xC2\xB7 limit: landm"));
	assert_non_null(strstr(limited, "Annual Landmine Report"));
	assert_false(dump_has(got, "limited", "WHO Members Push"));
	/* the newest was opened, so read: unread first puts it last */
	char *first = strstr(unread, "\n2025-11-25 Annual Landmine");
	assert_non_null(first);
	assert_true(first < strstr(unread, "WHO Members Push"));
	assert_non_null(strstr(unread, "\xC2\xB7 unread first \xC2\xB7 19 unread"));
	/* by source file: the samples' first file first */
	assert_non_null(strstr(source, "\xC2\xB7 by source \xC2\xB7 "));
	assert_non_null(strstr(source, "\n2024-03-19 US Reaffirms Commitment"));
	free(got), free(db);
}

/* v, e and y: the source file in $PAGER, the text in $EDITOR read-only,
 * the article yanked as Markdown to a file. */
static void test_pager_editor_and_yank(void **state)
{
	(void)state;
	char *db = fresh("outside.db");
	char *paged = path_join(dir, "paged.txt"), *edited = path_join(dir, "edited.txt");
	struct buf script = BUF_INIT;
	buf_printf(&script, "#!/bin/sh\ncat \"$1\" > '%s'\n", paged);
	char *pager = file_write_str(dir, "pager.sh", script.data);
	buf_reset(&script);
	/* the editor finds a file it cannot write */
	buf_printf(&script, "#!/bin/sh\ncat \"$1\" > '%s'\necho mode $(stat -c %%a \"$1\") >> '%s'\n", edited, edited);
	char *editor = file_write_str(dir, "editor.sh", script.data);
	chmod(pager, 0755), chmod(editor, 0755);
	char *state_home = path_join(dir, "state");
	setenv("PAGER", pager, 1);
	setenv("EDITOR", editor, 1);
	setenv("XDG_STATE_HOME", state_home, 1);
	char *got = screens_run(brief, dir, db, 120, 30, "<Enter>\nv\ne\ny\n:dump yanked");
	unsetenv("PAGER"), unsetenv("EDITOR"), unsetenv("XDG_STATE_HOME");
	/* the pager had the file as scraped: its dateline, as written */
	char *text = file_read(paged, NULL);
	assert_non_null(text);
	assert_non_null(strstr(text, "WHO Members Push to Finish Pandemic Annex"));
	free(text);
	text = file_read(edited, NULL);
	assert_non_null(text);
	assert_true(strncmp(text, "# WHO Members Push to Finish Pandemic Annex", 43) == 0);
	assert_non_null(strstr(text, "mode 444\n"));
	free(text);
	char *yank = path_join(state_home, "brief/yank.md");
	text = file_read(yank, NULL);
	assert_non_null(text);
	assert_true(strncmp(text, "# WHO Members Push to Finish Pandemic Annex", 43) == 0);
	assert_non_null(strstr(text, "\n*2026-02-13 \xC2\xB7 "));
	assert_non_null(strstr(got, "yanked to "));
	free(text), free(yank), free(got), free(state_home), free(pager), free(editor);
	free(paged), free(edited), free(db);
	buf_free(&script);
}

/* v when the file is gone: its text, as the cache keeps it. */
static void test_pager_shows_the_text_when_the_file_is_gone(void **state)
{
	(void)state;
	char *db = path_join(dir, "gone.db");
	char *story = file_write_str(dir, "gone/story.txt",
				     "Harbour Opens Again\n\nPORTSMOUTH, May 4, 2025 (Reuters) - The harbour opened.\n");
	char *argv[] = {import, "-q", "--db", db, story, NULL};
	struct run r = run_program(argv, dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	unlink(story);
	char *paged = path_join(dir, "gone-paged.txt");
	struct buf script = BUF_INIT;
	buf_printf(&script, "#!/bin/sh\ncat \"$1\" > '%s'\n", paged);
	char *pager = file_write_str(dir, "gone-pager.sh", script.data);
	chmod(pager, 0755);
	setenv("PAGER", pager, 1);
	char *got = screens_run(brief, dir, db, 120, 30, "<Enter>\nv\n:dump after");
	unsetenv("PAGER");
	char *text = file_read(paged, NULL);
	assert_non_null(text);
	assert_true(strncmp(text, "# Harbour Opens Again\n", 22) == 0);
	assert_non_null(strstr(text, "The harbour opened."));
	assert_non_null(strstr(got, "the source file is gone: its text was shown"));
	free(text), free(got), free(pager), free(paged), free(story), free(db);
	buf_free(&script);
}

/* What the theme marks: the unread titles, the Articles row of the story
 * a ] walk reached, the words of a search in titles; and the related list
 * follows the story opened from it. */
static void test_what_stands_out_and_what_follows(void **state)
{
	(void)state;
	char *db = fresh("marks-shown.db");
	char *got = screens_run(brief, dir, db, 200, 30,
				"<Enter>\n1\nj\n:cells unread unread\n<Enter>\n2\n]\n:cells selected_idle walked\n"
				"r\n:dump related\n<Enter>\n:dump followed\n1\n/\n:type landmine\n<Enter>\n"
				":cells search_hit hits");
	/* the first story was opened: read, no longer bold; the others are */
	assert_false(dump_has(got, "unread", "WHO Members Push"));
	assert_true(dump_has(got, "unread", "Mine Ban Treaty Members Meet"));
	/* ] from the second story (the landmine report): the Articles list
	 * selects the story it went to */
	assert_true(dump_has(got, "walked", "2025-06-18 Mine Ban Treaty Members Meet in Geneva"));
	assert_true(dump_has(got, "related", " Related to: Mine Ban Treaty Members Meet"));
	/* a related story opened from the list: the list is now its own */
	assert_false(dump_has(got, "followed", " Related to: Mine Ban Treaty Members Meet"));
	assert_true(dump_has(got, "followed", " Related to: Annual Landmine Report"));
	assert_true(dump_has(got, "hits", "Landmine"));
	free(got), free(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_an_opened_article_stays_read_after_reimport_and_reextract),
		cmocka_unit_test(test_marking_flagging_and_the_flagged_list),
		cmocka_unit_test(test_J_K_and_u_move_from_story_to_story),
		cmocka_unit_test(test_pager_editor_and_yank),
		cmocka_unit_test(test_limit_and_sort_the_articles),
		cmocka_unit_test(test_pager_shows_the_text_when_the_file_is_gone),
		cmocka_unit_test(test_what_stands_out_and_what_follows),
		cmocka_unit_test(test_actors_and_threads_count_their_unread),
	};
	return cmocka_run_group_tests_name("reading", tests, setup, teardown);
}
