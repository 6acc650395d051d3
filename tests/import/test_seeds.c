/* test_seeds.c - the real scraped files in the seeds folder come out as a
 * reader expects.  Skipped when the seeds are not beside the project. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/mem.h"
#include "support.h"

struct env {
	char *dir, *db;
	sqlite3 *h;
};

static int setup(void **state)
{
	const char *seeds = seeds_dir();
	if (!seeds)
		return 0;
	struct env *e = xcalloc(1, sizeof *e);
	e->dir = tmp_make();
	e->db = path_join(e->dir, "cache.db");
	char *import = bin_path("brief-import");
	char *argv[] = {import, "--db", e->db, (char *)seeds, NULL};
	struct run r = run_program(argv, e->dir, false);
	if (r.status != 0)
		fprintf(stderr, "import failed: %s", r.err);
	run_free(&r);
	free(import);
	if (sqlite3_open_v2(e->db, &e->h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return -1;
	*state = e;
	return 0;
}

static int teardown(void **state)
{
	struct env *e = *state;
	if (!e)
		return 0;
	sqlite3_close(e->h);
	tmp_remove(e->dir);
	free(e->db), free(e);
	return 0;
}

/* Rows of "kind|text" for one article of the given seed file and part. */
static char *paragraphs(struct env *e, const char *file, int part, int *count)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(e->h,
		"SELECT p.kind, p.text FROM paragraph p JOIN article a ON a.id = p.article_id"
		" JOIN source s ON s.id = a.source_id WHERE s.path LIKE '%' || ?1 AND a.part = ?2"
		" ORDER BY p.seq", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, part);
	struct buf b = BUF_INIT;
	*count = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		buf_printf(&b, "%s|%s\n", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1));
		(*count)++;
	}
	sqlite3_finalize(st);
	return buf_steal(&b);
}

static char *articles(struct env *e, const char *file)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(e->h,
		"SELECT a.part, a.title, coalesce(a.date, 'none') FROM article a"
		" JOIN source s ON s.id = a.source_id WHERE s.path LIKE '%' || ? ORDER BY a.part",
		-1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
	struct buf b = BUF_INIT;
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_printf(&b, "%d|%s|%s\n", sqlite3_column_int(st, 0), sqlite3_column_text(st, 1),
			   sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	return buf_steal(&b);
}

static void test_two_stories_of_004_with_their_dates(void **state)
{
	if (!*state)
		skip();
	char *got = articles(*state, "004_5b580f5d972e92df.txt");
	assert_string_equal(got,
		"1|US-Japan Security Talks Underscore Threat from China|2024-07-28\n"
		"2|Landmine Victims Gather to Protest US Decision to Supply Ukraine|2024-11-26\n");
	free(got);
}

static void test_004_captions_once_without_tt_or_credits(void **state)
{
	if (!*state)
		skip();
	const char *caption_start[] = {"caption|US Ambassador to Japan, Rahm Emanuel",
				       "caption|Activists and landmine survivors hold placards"};
	for (int part = 1; part <= 2; part++) {
		int n;
		char *p = paragraphs(*state, "004_5b580f5d972e92df.txt", part, &n);
		assert_true(n > 5);
		assert_int_equal(count_lines_with(p, "caption|"), 1);
		assert_int_equal(count_lines_with(p, caption_start[part - 1]), 1);
		/* the caption comes without its credit */
		assert_int_equal(count_lines_with(p, "REUTERS/"), 0);
		assert_int_equal(count_lines_with(p, "(AFP)"), 0);
		assert_int_equal(count_lines_with(p, "|TT"), 0);
		/* the headline is the title, not a paragraph */
		assert_int_equal(count_lines_with(p, "|US-Japan Security Talks Underscore"), 0);
		assert_int_equal(count_lines_with(p, "|Landmine Victims Gather"), 0);
		free(p);
	}
}

static void test_000_is_one_article_without_trailer_and_with_headings(void **state)
{
	if (!*state)
		skip();
	char *got = articles(*state, "000_b53be932effb8be0.txt");
	assert_int_equal(count_lines_with(got, "|"), 1);
	free(got);
	int n;
	char *p = paragraphs(*state, "000_b53be932effb8be0.txt", 1, &n);
	assert_int_equal(count_lines_with(p, "Read more"), 0);
	assert_int_equal(count_lines_with(p, "heading|"), 2);
	assert_int_equal(count_lines_with(p, "heading|US-Japan Ties"), 1);
	assert_int_equal(count_lines_with(p, "heading|China Military Advancement"), 1);
	assert_int_equal(count_lines_with(p, "body|"), 13);
	free(p);
}

static char *actors_of(struct env *e, const char *file, int part)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(e->h,
		"SELECT ac.kind, ac.name, coalesce(m.role, '') FROM mention m JOIN actor ac ON ac.id = m.actor_id"
		" JOIN article a ON a.id = m.article_id JOIN source s ON s.id = a.source_id"
		" WHERE s.path LIKE '%' || ?1 AND a.part = ?2 ORDER BY ac.kind, ac.name", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, part);
	struct buf b = BUF_INIT;
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_printf(&b, "%s|%s|%s\n", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1),
			   sqlite3_column_text(st, 2));
	sqlite3_finalize(st);
	return buf_steal(&b);
}

static void test_004_actors_with_roles(void **state)
{
	if (!*state)
		skip();
	char *got = actors_of(*state, "004_5b580f5d972e92df.txt", 1);
	assert_int_equal(count_lines_with(got, "person|Antony Blinken|Secretary of State"), 1);
	assert_int_equal(count_lines_with(got, "person|Lloyd Austin|Secretary of Defense"), 1);
	assert_int_equal(count_lines_with(got, "person|Yoko Kamikawa|Foreign Minister"), 1);
	assert_int_equal(count_lines_with(got, "country|Japan|"), 1);
	assert_int_equal(count_lines_with(got, "country|China|"), 1);
	assert_int_equal(count_lines_with(got, "country|United States|"), 1);
	/* the photographer's agency in the caption credit is no actor */
	assert_int_equal(count_lines_with(got, "Reuters"), 0);
	free(got);
	got = actors_of(*state, "004_5b580f5d972e92df.txt", 2);
	assert_int_equal(count_lines_with(got, "person|Tamar Gabelnick|"), 1);
	assert_int_equal(count_lines_with(got, "organization|International Campaign to Ban Landmines|"), 1);
	/* "he told AFP": named in the story, so an actor */
	assert_int_equal(count_lines_with(got, "media|Agence France-Presse|"), 1);
	free(got);
}

/* "title|shared" of an article's related stories, best first */
static char *related_of(struct env *e, const char *file, int part)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(e->h,
		"SELECT o.title, r.shared FROM related r JOIN article a ON a.id = r.article_id"
		" JOIN article o ON o.id = r.other_id JOIN source s ON s.id = a.source_id"
		" WHERE s.path LIKE '%' || ?1 AND a.part = ?2 ORDER BY r.score DESC", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, file, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, part);
	struct buf b = BUF_INIT;
	while (sqlite3_step(st) == SQLITE_ROW)
		buf_printf(&b, "%s|%s\n", sqlite3_column_text(st, 0), sqlite3_column_text(st, 1));
	sqlite3_finalize(st);
	return buf_steal(&b);
}

static void test_us_japan_stories_are_each_others_top_related(void **state)
{
	if (!*state)
		skip();
	char *a = related_of(*state, "000_b53be932effb8be0.txt", 1);
	char *b = related_of(*state, "004_5b580f5d972e92df.txt", 1);
	char *c = related_of(*state, "004_5b580f5d972e92df.txt", 2);
	/* first line of each: the other US-Japan story; the landmine story is
	 * not related to either, nor they to it */
	assert_true(strncmp(a, "US-Japan Security Talks Underscore Threat from China|", 53) == 0);
	assert_true(strncmp(b, "US-Japan Ties|", 14) == 0);
	assert_null(strstr(a, "Landmine Victims Gather"));
	assert_null(strstr(b, "Landmine Victims Gather"));
	assert_null(strstr(c, "US-Japan"));
	/* the reason names what they share */
	assert_non_null(strstr(a, "Joe Biden"));
	/* the two US-Japan stories share a thread; the landmine story has its own */
	struct env *e = *state;
	assert_int_equal(db_query_int(e->db, "SELECT count(DISTINCT a.thread_id) FROM article a JOIN source s"
					     " ON s.id = a.source_id WHERE (s.path LIKE '%000_b53be932effb8be0.txt'"
					     " AND a.part = 1) OR (s.path LIKE '%004_5b580f5d972e92df.txt' AND a.part = 1)"), 1);
	assert_int_equal(db_query_int(e->db, "SELECT count(*) FROM article a JOIN article b ON b.thread_id = a.thread_id"
					     " JOIN source s ON s.id = a.source_id WHERE s.path LIKE '%004_5b580f5d972e92df.txt'"
					     " AND a.part = 2 AND b.id != a.id"), 0);
	free(a), free(b), free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_stories_of_004_with_their_dates),
		cmocka_unit_test(test_004_captions_once_without_tt_or_credits),
		cmocka_unit_test(test_000_is_one_article_without_trailer_and_with_headings),
		cmocka_unit_test(test_004_actors_with_roles),
		cmocka_unit_test(test_us_japan_stories_are_each_others_top_related),
	};
	return cmocka_run_group_tests_name("seeds", tests, setup, teardown);
}
