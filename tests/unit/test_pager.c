/* test_pager.c - the lists read by key: every row once and in order, from
 * either end, in windows of any size, with ties in the sort key, and with
 * rows added while a list is being paged. */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/browse.h"
#include "brief/cache.h"
#include "brief/mem.h"
#include "support.h"

struct fixture {
	char *dir, *db;
	sqlite3 *h; /* a second connection, the one that writes */
};

static struct fixture F;

/* 60 stories on few days (many share one), some undated; actors with
 * equal story counts; events on shared days. */
static void fill(sqlite3 *h, int from, int to)
{
	char sql[512];
	for (int i = from; i < to; i++) {
		char date[16] = "NULL";
		if (i % 9 != 4)
			snprintf(date, sizeof date, "'2024-0%d-1%d'", 1 + i % 3, i % 2);
		snprintf(sql, sizeof sql,
			 "INSERT INTO source (id, path, realpath, hash, size, encoding, imported_at, raw)"
			 " VALUES (%d, '/s%d.txt', '/s%d.txt', 'h%d', 1, 'utf-8', 0, x'00');"
			 "INSERT INTO article (id, source_id, part, title, date, line) VALUES (%d, %d, 1, 'Story %d', %s, 1);"
			 "INSERT INTO paragraph VALUES (%d, 0, 'body', 'On that day it happened.', 1);",
			 i, i, i, i, i, i, i, date, i);
		assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
		for (int k = 0; k < 2; k++) {
			snprintf(sql, sizeof sql,
				 "INSERT INTO event (article_id, para, pos, value, first_day, last_day, text, sent_start, sent_end)"
				 " VALUES (%d, 0, %d, 'd', %s, %s, 'day', 0, 24);"
				 "INSERT INTO mention (article_id, actor_id, role, count, date)"
				 " SELECT %d, %d, NULL, 1, date FROM article WHERE id = %d;"
				 "INSERT INTO event_actor (event_id, actor_id, first_day, last_day)"
				 " SELECT max(id), %d, julianday(first_day), julianday(last_day) FROM event;",
				 i, k, k ? date : "'2024-05-05'", k ? date : "'2024-05-05'", i, 1 + (i + k) % 7, i,
				 1 + (i + k) % 7);
			assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
		}
	}
}

static int setup(void **state)
{
	(void)state;
	F.dir = tmp_make();
	F.db = path_join(F.dir, "pager.db");
	struct cache *c;
	assert_int_equal(cache_open(F.db, CACHE_WRITE, &c), BRIEF_OK);
	cache_close(c);
	assert_int_equal(sqlite3_open(F.db, &F.h), SQLITE_OK);
	char sql[128];
	for (int i = 1; i <= 7; i++) {
		snprintf(sql, sizeof sql, "INSERT INTO actor (id, name, kind) VALUES (%d, 'Actor %c', 'person')", i,
			 'A' + (i * 3) % 7);
		assert_int_equal(sqlite3_exec(F.h, sql, NULL, NULL, NULL), SQLITE_OK);
	}
	fill(F.h, 1, 61);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	sqlite3_close(F.h);
	tmp_remove(F.dir);
	free(F.db);
	return 0;
}

/* The ids of a list in its order, as SQL sorts them whole. */
static long sorted(const char *sql, int64_t *ids, long max)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(F.h, sql, -1, &st, NULL), SQLITE_OK);
	long n = 0;
	while (n < max && sqlite3_step(st) == SQLITE_ROW)
		ids[n++] = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* Read the articles list at each of offsets[] with one pager, as a pane
 * moves; each window must be the sorted list's rows at that offset. */
static void walk_articles(struct cache *c, const struct browse_filter *f, const int64_t *want, long count,
			  const long *offsets, int noffsets, int height)
{
	struct pager *p = pager_new();
	for (int k = 0; k < noffsets; k++) {
		struct browse_row rows[16];
		int n;
		assert_int_equal(browse_page(c, f, p, count, offsets[k], height, rows, &n), BRIEF_OK);
		long expect = count - offsets[k] < height ? count - offsets[k] : height;
		assert_int_equal(n, expect);
		for (int i = 0; i < n; i++) {
			if (rows[i].id != want[offsets[k] + i])
				fail_msg("offset %ld row %d: %lld, not %lld", offsets[k], i, (long long)rows[i].id,
					 (long long)want[offsets[k] + i]);
			long pos;
			assert_int_equal(browse_position(c, f, rows[i].id, &pos), BRIEF_OK);
			assert_int_equal(pos, offsets[k] + i);
		}
		browse_rows_free(rows, n);
	}
	pager_free(p);
}

/* First page, one row at a time down and up, a page at a time, the last
 * page (G) and back up from it, a jump to the middle: what the keys do. */
static const long moves[] = {0, 1, 2, 3, 10, 17, 16, 15, 8, 1, 0, 53, 52, 45, 38, 31, 30, 44, 51, 53, 20, 27, 0};

static void test_every_story_once_in_date_order_however_the_window_moves(void **state)
{
	(void)state;
	int64_t want[64];
	long n = sorted("SELECT id FROM article ORDER BY date IS NULL, date DESC, id DESC", want, 64);
	assert_int_equal(n, 60);
	struct cache *c;
	assert_int_equal(cache_open(F.db, CACHE_READ, &c), BRIEF_OK);
	struct browse_filter f = {.kind = BROWSE_ALL};
	long count;
	assert_int_equal(browse_count(c, &f, &count), BRIEF_OK);
	assert_int_equal(count, 60);
	walk_articles(c, &f, want, count, moves, (int)(sizeof moves / sizeof *moves), 7);
	/* a window as tall as the list, and one taller */
	long top[] = {0};
	walk_articles(c, &f, want, count, top, 1, 16);
	cache_close(c);
}

static void test_an_actors_stories_page_by_their_keys(void **state)
{
	(void)state;
	int64_t want[64];
	long n = sorted("SELECT article_id FROM mention WHERE actor_id = 3"
			" ORDER BY date IS NULL, date DESC, article_id DESC", want, 64);
	assert_true(n >= 14);
	struct cache *c;
	assert_int_equal(cache_open(F.db, CACHE_READ, &c), BRIEF_OK);
	struct browse_filter f = {.kind = BROWSE_ACTOR, .id = 3};
	long count;
	assert_int_equal(browse_count(c, &f, &count), BRIEF_OK);
	assert_int_equal(count, n);
	long offsets[] = {0, 1, 5, 4, n - 5, n - 6, 0};
	walk_articles(c, &f, want, count, offsets, 7, 5);
	cache_close(c);
}

/* Actors are listed by story count, ties by name: the keys go down in
 * one column and up in the next. */
static void test_actors_with_equal_counts_keep_their_name_order(void **state)
{
	(void)state;
	int64_t want[8];
	long n = sorted("SELECT id FROM actor WHERE stories > 0 ORDER BY stories DESC, name, id", want, 8);
	assert_int_equal(n, 7);
	assert_true(db_query_int(F.db, "SELECT count(DISTINCT stories) FROM actor") < 7); /* ties */
	struct cache *c;
	assert_int_equal(cache_open(F.db, CACHE_READ, &c), BRIEF_OK);
	long count;
	assert_int_equal(browse_actor_count(c, 0, &count), BRIEF_OK);
	assert_int_equal(count, 7);
	struct pager *p = pager_new();
	long offsets[] = {0, 1, 2, 4, 3, 2, 5, 0};
	for (int k = 0; k < 8; k++) {
		struct actor_item rows[2];
		int got;
		assert_int_equal(browse_actor_page(c, 0, p, count, offsets[k], 2, rows, &got), BRIEF_OK);
		assert_int_equal(got, 2);
		assert_int_equal(rows[0].id, want[offsets[k]]);
		assert_int_equal(rows[1].id, want[offsets[k] + 1]);
		browse_actor_rows_free(rows, got);
	}
	pager_free(p);
	cache_close(c);
}

/* An event row is the event of that id: an article has one event at each
 * place. */
static bool is_event(int64_t id, const struct event_item *e)
{
	char q[160];
	snprintf(q, sizeof q, "SELECT count(*) FROM event WHERE id = %lld AND article_id = %lld AND pos = %d",
		 (long long)id, (long long)e->article_id, e->pos);
	return db_query_int(F.db, q) == 1;
}

/* Events on the same day are ordered by id; undated ones come last. */
static void test_the_timeline_pages_through_shared_days_and_undated_events(void **state)
{
	(void)state;
	enum scope_case { ALL, ACTOR };
	static const char *const sql[] = {
		[ALL] = "SELECT id FROM event ORDER BY first_day IS NULL, first_day, last_day, id",
		[ACTOR] = "SELECT event_id FROM event_actor WHERE actor_id = 2"
			  " ORDER BY first_day IS NULL, first_day, last_day, event_id",
	};
	struct cache *c;
	assert_int_equal(cache_open(F.db, CACHE_READ, &c), BRIEF_OK);
	for (int s = ALL; s <= ACTOR; s++) {
		int64_t want[128];
		long n = sorted(sql[s], want, 128);
		enum timeline_scope scope = s == ALL ? SCOPE_ALL : SCOPE_ACTOR;
		long count;
		assert_int_equal(browse_event_count(c, scope, 2, &count), BRIEF_OK);
		assert_int_equal(count, n);
		assert_true(n > 14);
		long offsets[] = {0, 6, 12, 11, 5, n - 6, n - 7, n / 2, 0};
		struct pager *p = pager_new();
		for (int k = 0; k < 9; k++) {
			struct event_item rows[6];
			int got;
			assert_int_equal(browse_event_page(c, scope, 2, p, count, offsets[k], 6, rows, &got), BRIEF_OK);
			long expect = n - offsets[k] < 6 ? n - offsets[k] : 6;
			if (got != expect)
				fail_msg("scope %d offset %ld: %d rows, not %ld", s, offsets[k], got, expect);
			for (int i = 0; i < got; i++) {
				if (!is_event(want[offsets[k] + i], &rows[i]))
					fail_msg("scope %d offset %ld row %d is not event %lld", s, offsets[k], i,
						 (long long)want[offsets[k] + i]);
			}
			browse_event_rows_free(rows, got);
		}
		pager_free(p);
		/* the undated events are the list's last rows */
		struct event_item last;
		int got;
		assert_int_equal(browse_event_page(c, scope, 2, NULL, count, count - 1, 1, &last, &got), BRIEF_OK);
		assert_int_equal(got, 1);
		assert_true(is_event(want[n - 1], &last));
		assert_int_equal(db_query_int(F.db, "SELECT count(*) FROM event WHERE first_day IS NULL") > 0, 1);
		browse_event_rows_free(&last, got);
	}
	cache_close(c);
}

/* Stories arrive while the list is paged down: the pages read after they
 * came go on from the last story seen, none of the first stories twice
 * and none missed, as OFFSET would (each arrival above shifts it). */
static void test_stories_added_while_paging_neither_repeat_nor_hide_one(void **state)
{
	(void)state;
	int64_t before[64];
	long n = sorted("SELECT id FROM article ORDER BY date IS NULL, date DESC, id DESC", before, 64);
	struct cache *c;
	assert_int_equal(cache_open(F.db, CACHE_READ, &c), BRIEF_OK);
	struct browse_filter f = {.kind = BROWSE_ALL};
	struct pager *p = pager_new();
	long count;
	assert_int_equal(browse_count(c, &f, &count), BRIEF_OK);
	int seen[128] = {0};
	int64_t order[128];
	long nread = 0;
	for (long top = 0; top < count; top += 8) {
		struct browse_row rows[8];
		int got;
		assert_int_equal(browse_page(c, &f, p, count, top, 8, rows, &got), BRIEF_OK);
		for (int i = 0; i < got; i++) {
			seen[rows[i].id]++;
			order[nread++] = rows[i].id;
		}
		browse_rows_free(rows, got);
		if (top == 16) {
			/* ten more, on the days already listed: some sort above
			 * the window, some below it */
			fill(F.h, 61, 71);
			assert_int_equal(browse_count(c, &f, &count), BRIEF_OK);
			assert_int_equal(count, 70);
		}
	}
	pager_free(p);
	cache_close(c);
	for (long i = 0; i < n; i++)
		if (seen[before[i]] != 1)
			fail_msg("story %lld read %d times", (long long)before[i], seen[before[i]]);
	/* and what was read is in the list's order */
	int64_t after[128];
	long m = sorted("SELECT id FROM article ORDER BY date IS NULL, date DESC, id DESC", after, 128);
	long j = 0;
	for (long i = 0; i < m && j < nread; i++)
		if (after[i] == order[j])
			j++;
	assert_int_equal(j, nread);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_story_once_in_date_order_however_the_window_moves),
		cmocka_unit_test(test_an_actors_stories_page_by_their_keys),
		cmocka_unit_test(test_actors_with_equal_counts_keep_their_name_order),
		cmocka_unit_test(test_the_timeline_pages_through_shared_days_and_undated_events),
		cmocka_unit_test(test_stories_added_while_paging_neither_repeat_nor_hide_one),
	};
	return cmocka_run_group_tests_name("pager", tests, setup, teardown);
}
