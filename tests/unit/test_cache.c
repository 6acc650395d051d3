/* test_cache.c - the cache: schema, refusals, replacement, full-text index. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "brief/browse.h"
#include "brief/cache.h"
#include "brief/cache_read.h"
#include "brief/cache_write.h"
#include "brief/mem.h"
#include "brief/paths.h"
#include "support.h"

static int setup(void **state)
{
	*state = tmp_make();
	return 0;
}

static int teardown(void **state)
{
	tmp_remove(*state);
	return 0;
}

/* An undated article of one paragraph, as the cache stores it. */
struct one_para {
	struct cache_paragraph para;
	struct cache_article article;
};

static void make_article(struct one_para *a, const char *title, const char *body)
{
	a->para = (struct cache_paragraph){"body", body, 3};
	a->article = (struct cache_article){.title = title, .line = 1, .paras = &a->para, .npara = 1};
}

static void put_source(struct cache *c, const char *realpath, const char *hash, const char *title,
		       const char *body)
{
	struct source_info src = {.path = realpath, .realpath = realpath, .hash = hash, .encoding = "utf-8",
				  .raw = "raw", .raw_len = 3};
	struct one_para a;
	make_article(&a, title, body);
	int64_t id;
	assert_int_equal(cache_begin(c), BRIEF_OK);
	assert_int_equal(cache_source_put(c, &src, &id), BRIEF_OK);
	assert_int_equal(cache_article_put(c, id, 1, &a.article, NULL), BRIEF_OK);
	assert_int_equal(cache_commit(c), BRIEF_OK);
}

static void put_source_at(const char *db, const char *realpath, const char *hash, const char *title,
			  const char *body)
{
	struct cache *c;
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_OK);
	put_source(c, realpath, hash, title, body);
	cache_close(c);
}

static void test_new_cache_has_current_schema_and_wal(void **state)
{
	char *db = path_join(*state, "sub/dir/cache.db");
	struct cache *c;
	/* a folder that is not there is not made: the user may have mistyped */
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_ERR);
	assert_non_null(strstr(err_get(), "sub/dir does not exist; create it (mkdir -p "));
	assert_int_equal(access(db, F_OK), -1);
	assert_int_equal(paths_make_parents(db), BRIEF_OK);
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_OK);
	cache_close(c);
	assert_int_equal(db_query_int(db, "PRAGMA user_version"), cache_schema_version());
	sqlite3 *h;
	sqlite3_stmt *st;
	sqlite3_open(db, &h);
	sqlite3_prepare_v2(h, "PRAGMA journal_mode", -1, &st, NULL);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
	sqlite3_finalize(st);
	sqlite3_close(h);
	free(db);
}

/* A cache of schema 7 (with the index by day, without terms and threads)
 * comes up to today's with its data kept. */
static void test_an_older_cache_is_upgraded_with_its_data(void **state)
{
	char *db = path_join(*state, "old.db");
	struct cache *c;
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_OK);
	cache_close(c);
	put_source_at(db, "/old/a.txt", "h1", "Talks resume", "Talks resumed on Monday.");
	sqlite3 *h;
	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	/* today's cache taken back to schema 7: what migrations 8 to 17 add
	 * taken out, what 8 and 11 take away put back */
	assert_int_equal(sqlite3_exec(h, "DROP INDEX article_unread_first; DROP INDEX source_by_path;"
					 "DROP TRIGGER mention_counts_unread; DROP TRIGGER article_leaves_unread;"
					 "DROP TRIGGER article_read_counted; DROP TRIGGER article_thread_unread;"
					 "ALTER TABLE actor DROP COLUMN unread; ALTER TABLE thread DROP COLUMN unread;"
					 "DROP TRIGGER article_read_tallied; DROP TRIGGER article_read_untallied;"
					 "DROP TRIGGER article_read_retallied; DROP INDEX article_flagged; DROP TABLE reading;"
					 "ALTER TABLE article DROP COLUMN read; ALTER TABLE article DROP COLUMN flagged;"
					 "DROP TRIGGER article_tallied; DROP TRIGGER article_untallied;"
					 "DROP TRIGGER event_tallied; DROP TRIGGER event_untallied;"
					 "DROP TRIGGER actor_tallied; DROP TRIGGER actor_untallied;"
					 "DROP TRIGGER thread_tallied; DROP TRIGGER thread_retallied;"
					 "DROP TRIGGER thread_untallied; DROP TABLE tally;"
					 "DROP TRIGGER event_actor_counted; DROP TRIGGER event_actor_uncounted;"
					 "ALTER TABLE actor DROP COLUMN events;"
					 "DROP INDEX actor_by_stories; DROP INDEX event_actor_in_order;"
					 "CREATE INDEX event_actor_by_actor ON event_actor(actor_id, event_id);"
					 "ALTER TABLE event_actor DROP COLUMN first_day; ALTER TABLE event_actor DROP COLUMN last_day;"
					 "DROP INDEX mention_newest; ALTER TABLE mention DROP COLUMN date;"
					 "DROP INDEX actor_by_surname; ALTER TABLE source DROP COLUMN packed;"
					 "DROP TRIGGER article_fts_delete; DROP TABLE article_fts;"
					 "DROP VIEW article_text;"
					 "CREATE VIRTUAL TABLE article_fts USING fts5(title, body,"
					 "  tokenize = 'unicode61 remove_diacritics 2');"
					 "INSERT INTO article_fts (rowid, title, body) SELECT id, title,"
					 "  'Talks resumed on Monday.' FROM article;"
					 "CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN"
					 "  DELETE FROM article_fts WHERE rowid = old.id; END;"
					 "DROP TRIGGER article_leaves_thread; DROP INDEX article_by_thread;"
					 "DROP INDEX thread_by_activity; ALTER TABLE article DROP COLUMN thread_id;"
					 "DROP TABLE thread; DROP TABLE article_term;"
					 "ALTER TABLE related DROP COLUMN duplicate;"
					 "CREATE INDEX event_by_day ON event(first_day, last_day);"
					 "PRAGMA user_version = 7;",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(h);
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_OK);
	cache_close(c);
	assert_int_equal(db_query_int(db, "PRAGMA user_version"), cache_schema_version());
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'event_by_day'"), 0);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'event_in_order'"), 1);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM article WHERE title = 'Talks resume'"), 1);
	/* the search index reads the article tables now, and still finds it */
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'resumed'"), 1);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'article_fts_content'"), 0);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'article_term'"), 1);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM pragma_table_info('article') WHERE name = 'thread_id'"), 1);
	/* the list sizes kept are counted from what the cache held */
	assert_int_equal(db_query_int(db, "SELECT n FROM tally WHERE name = 'article'"), 1);
	assert_int_equal(db_query_int(db, "SELECT n FROM tally WHERE name = 'event'"),
			 db_query_int(db, "SELECT count(*) FROM event"));
	free(db);
}

static void test_reading_a_missing_cache_says_how_to_import(void **state)
{
	char *db = path_join(*state, "none.db");
	struct cache *c;
	assert_int_equal(cache_open(db, CACHE_READ, &c), BRIEF_ERR);
	assert_non_null(strstr(err_get(), "brief-import FILE|DIR"));
	free(db);
}

static void test_newer_schema_is_refused_and_left_untouched(void **state)
{
	char *db = path_join(*state, "future.db");
	sqlite3 *h;
	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "PRAGMA application_id = 1651664433; PRAGMA user_version = 99;"
					 "CREATE TABLE future (x); INSERT INTO future VALUES (42);",
				      NULL, NULL, NULL),
			 SQLITE_OK);
	sqlite3_close(h);
	size_t before_len, after_len;
	char *before = file_read(db, &before_len);

	struct cache *c;
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_ERR);
	assert_non_null(strstr(err_get(), "newer"));
	assert_int_equal(cache_open(db, CACHE_READ, &c), BRIEF_ERR);

	char *after = file_read(db, &after_len);
	assert_int_equal(before_len, after_len);
	assert_memory_equal(before, after, before_len);
	free(before);
	free(after);
	free(db);
}

static void test_other_database_is_refused(void **state)
{
	char *db = path_join(*state, "other.db");
	sqlite3 *h;
	sqlite3_open(db, &h);
	sqlite3_exec(h, "CREATE TABLE accounts (id)", NULL, NULL, NULL);
	sqlite3_close(h);
	struct cache *c;
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_ERR);
	assert_non_null(strstr(err_get(), "not a brief cache"));
	free(db);

	char *text = file_write_str(*state, "notes.txt", "this is not a database at all, just some text\n");
	assert_int_equal(cache_open(text, CACHE_WRITE, &c), BRIEF_ERR);
	assert_non_null(strstr(err_get(), "not a brief cache"));
	free(text);
}

static void test_source_state_tracks_content_and_path(void **state)
{
	char *db = path_join(*state, "c.db");
	struct cache *c;
	enum source_state st;
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_OK);
	assert_int_equal(cache_source_state(c, "/a.txt", "h1", &st), BRIEF_OK);
	assert_int_equal(st, SOURCE_NEW);
	put_source(c, "/a.txt", "h1", "First title", "first body");
	assert_int_equal(cache_source_state(c, "/a.txt", "h1", &st), BRIEF_OK);
	assert_int_equal(st, SOURCE_UNCHANGED);
	assert_int_equal(cache_source_state(c, "/a.txt", "h2", &st), BRIEF_OK);
	assert_int_equal(st, SOURCE_CHANGED);
	cache_close(c);
	free(db);
}

static void test_replacing_a_source_replaces_its_articles_and_index(void **state)
{
	char *db = path_join(*state, "c.db");
	struct cache *c;
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_OK);
	put_source(c, "/a.txt", "h1", "Old harbour story", "the old ferry");
	put_source(c, "/b.txt", "h3", "Unrelated", "nothing here");
	put_source(c, "/a.txt", "h2", "New rail story", "the new train");
	cache_close(c);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM source"), 2);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM article"), 2);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM paragraph"), 2);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'ferry'"), 0);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'train'"), 1);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM article_fts"), 2);
	free(db);
}

static void test_search_ignores_diacritics(void **state)
{
	char *db = path_join(*state, "c.db");
	struct cache *c;
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_OK);
	put_source(c, "/a.txt", "h1", "Gabriel Fern\xC3\xA1ndez visits", "body");
	cache_close(c);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM article_fts WHERE article_fts MATCH 'fernandez'"), 1);
	free(db);
}

/* A word in more stories than can be ranked lists them latest added first,
 * page after page with none twice or missed, and each story's position is
 * where its page shows it; a rarer word is still ranked. */
static void test_a_search_too_common_to_rank_lists_the_latest_first(void **state)
{
	char *db = path_join(*state, "c.db");
	struct cache *c;
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_OK);
	enum { N = BROWSE_RANKED_MAX + 5 };
	assert_int_equal(cache_begin(c), BRIEF_OK);
	for (int i = 0; i < N; i++) {
		char path[24], hash[16], body[64];
		snprintf(path, sizeof path, "/%05d.txt", i);
		snprintf(hash, sizeof hash, "h%d", i);
		snprintf(body, sizeof body, "The harbour opened%s on day %d.", i % 7 ? "" : " again, the harbour", i);
		struct source_info src = {.path = path, .realpath = path, .hash = hash, .encoding = "utf-8",
					  .raw = "x", .raw_len = 1};
		struct one_para a;
		make_article(&a, path, body);
		int64_t id;
		assert_int_equal(cache_source_put(c, &src, &id), BRIEF_OK);
		assert_int_equal(cache_article_put(c, id, 1, &a.article, NULL), BRIEF_OK);
		}
	assert_int_equal(cache_commit(c), BRIEF_OK);
	struct browse_filter f = {.kind = BROWSE_SEARCH, .query = "harbour"};
	long n;
	assert_int_equal(browse_count(c, &f, &n), BRIEF_OK);
	assert_int_equal(n, N);
	assert_true(f.unranked);
	/* the first page, a middle one, and the last, shorter one */
	long offsets[] = {0, 5000, N - 3};
	for (int k = 0; k < 3; k++) {
		struct browse_row rows[10];
		int got;
		assert_int_equal(browse_page(c, &f, NULL, n, offsets[k], 10, rows, &got), BRIEF_OK);
		assert_int_equal(got, offsets[k] == N - 3 ? 3 : 10);
		for (int i = 0; i < got; i++) {
			char want[32];
			snprintf(want, sizeof want, "/%05ld.txt", (long)(N - 1 - offsets[k] - i));
			assert_string_equal(rows[i].title, want);
			assert_non_null(strstr(rows[i].extra, "\x01harbour\x02"));
			long pos;
			assert_int_equal(browse_position(c, &f, rows[i].id, &pos), BRIEF_OK);
			assert_int_equal(pos, offsets[k] + i);
		}
		browse_rows_free(rows, got);
	}
	/* "again" is in one story of seven: few enough to rank */
	f.query = "again";
	assert_int_equal(browse_count(c, &f, &n), BRIEF_OK);
	assert_false(f.unranked);
	cache_close(c);
	free(db);
}

static void test_articles_list_newest_first_with_undated_last(void **state)
{
	char *db = path_join(*state, "c.db");
	struct cache *c;
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_OK);
	const char *dates[] = {"2024-07-28", NULL, "2025-01", "2024"};
	for (int i = 0; i < 4; i++) {
		char path[16], hash[8];
		snprintf(path, sizeof path, "/%d.txt", i);
		snprintf(hash, sizeof hash, "h%d", i);
		struct source_info src = {.path = path, .realpath = path, .hash = hash, .encoding = "utf-8",
					  .raw = "x", .raw_len = 1};
		struct one_para a;
		make_article(&a, path, "body");
		if (dates[i]) {
			size_t n = strlen(dates[i]);
			a.article.date = dates[i];
			a.article.precision = n == 10 ? "day" : n == 7 ? "month" : "year";
		}
		int64_t id;
		cache_begin(c);
		assert_int_equal(cache_source_put(c, &src, &id), BRIEF_OK);
		assert_int_equal(cache_article_put(c, id, 1, &a.article, NULL), BRIEF_OK);
		cache_commit(c);
		}
	struct cache_cursor *cur;
	struct article_row row;
	const char *want[] = {"/2.txt", "/0.txt", "/3.txt", "/1.txt"};
	assert_int_equal(cache_articles(c, ORDER_NEWEST_FIRST, &cur), BRIEF_OK);
	for (int i = 0; i < 4; i++) {
		assert_int_equal(cache_article_next(cur, &row), 1);
		assert_string_equal(row.title, want[i]);
	}
	assert_int_equal(cache_article_next(cur, &row), 0);
	cache_cursor_free(cur);
	cache_close(c);
	free(db);
}

static void test_bare_surname_joins_the_one_known_full_name(void **state)
{
	char *db = path_join(*state, "c.db");
	struct cache *c;
	assert_int_equal(cache_open(db, CACHE_WRITE, &c), BRIEF_OK);
	put_source(c, "/a.txt", "h1", "Talks", "first");
	put_source(c, "/b.txt", "h2", "More talks", "second");
	put_source(c, "/c.txt", "h3", "Other talks", "third");
	struct cache_actor full = {.name = "Antony Blinken", .kind = "person", .role = "Secretary of State",
				   .mentions = 1};
	struct cache_actor bare = {.name = "Blinken", .kind = "person", .mentions = 1}, two = bare;
	cache_begin(c);
	assert_int_equal(cache_actors_put(c, 1, &full, 1, NULL), BRIEF_OK);
	assert_int_equal(cache_actors_put(c, 2, &bare, 1, NULL), BRIEF_OK);
	cache_commit(c);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM actor"), 1);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM mention WHERE actor_id = 1"), 2);
	/* a second Blinken makes the surname ambiguous: it stays on its own */
	struct cache_actor other = {.name = "Jane Blinken", .kind = "person", .mentions = 1};
	cache_begin(c);
	assert_int_equal(cache_actors_put(c, 3, &other, 1, NULL), BRIEF_OK);
	assert_int_equal(cache_actors_put(c, 3, &two, 1, NULL), BRIEF_OK);
	cache_commit(c);
	assert_int_equal(db_query_int(db, "SELECT count(*) FROM actor WHERE name = 'Blinken'"), 1);
	cache_close(c);
	free(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_new_cache_has_current_schema_and_wal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_an_older_cache_is_upgraded_with_its_data, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reading_a_missing_cache_says_how_to_import, setup, teardown),
		cmocka_unit_test_setup_teardown(test_newer_schema_is_refused_and_left_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_database_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_source_state_tracks_content_and_path, setup, teardown),
		cmocka_unit_test_setup_teardown(test_replacing_a_source_replaces_its_articles_and_index, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search_ignores_diacritics, setup, teardown),
		cmocka_unit_test_setup_teardown(test_articles_list_newest_first_with_undated_last, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_search_too_common_to_rank_lists_the_latest_first, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bare_surname_joins_the_one_known_full_name, setup, teardown),
	};
	return cmocka_run_group_tests_name("cache", tests, NULL, NULL);
}
