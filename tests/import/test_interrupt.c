/* test_interrupt.c - kill -9 in the middle of an import: the cache stays
 * consistent and every file is either completely in it or absent, with
 * files prepared on two threads while the writer commits several files a
 * transaction. */
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "brief/mem.h"
#include "support.h"

enum { FILES = 1500, KILL_AFTER = 40, ARTICLES_PER_FILE = 2 };

static void write_corpus(const char *dir)
{
	struct buf b = BUF_INIT;
	for (int i = 0; i < FILES; i++) {
		buf_reset(&b);
		for (int part = 0; part < ARTICLES_PER_FILE; part++) {
			buf_printf(&b, "%sHarbour Report Number %d Part %d\n\n", part ? "\n\n\n" : "", i, part);
			for (int p = 0; p < 30; p++)
				buf_printf(&b, "Paragraph %d of report %d says the ferries of line %d kept sailing "
					       "on time while the port authority counted passengers.\n\n", p, i, part);
		}
		char name[32];
		snprintf(name, sizeof name, "in/f%05d.txt", i);
		free(file_write(dir, name, b.data, b.len));
	}
	buf_free(&b);
}

static int64_t query(sqlite3 *h, const char *sql)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(h, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
	sqlite3_finalize(st);
	return v;
}

static int64_t sources_so_far(const char *db)
{
	sqlite3 *h;
	if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		sqlite3_close(h);
		return 0;
	}
	sqlite3_busy_timeout(h, 1000);
	int64_t n = query(h, "SELECT count(*) FROM source");
	sqlite3_close(h);
	return n < 0 ? 0 : n;
}

static void test_killed_import_leaves_whole_files_only(void **state)
{
	(void)state;
	char *dir = tmp_make();
	char *db = path_join(dir, "cache.db");
	char *in = path_join(dir, "in");
	char *import = bin_path("brief-import");
	write_corpus(dir);

	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		freopen("/dev/null", "w", stdout);
		execl(import, import, "-q", "-j", "2", "--db", db, in, (char *)NULL);
		_exit(127);
	}
	int64_t at_kill = 0;
	struct timespec nap = {0, 2 * 1000 * 1000};
	for (int tries = 0; tries < 30000 && at_kill < KILL_AFTER; tries++) {
		nanosleep(&nap, NULL);
		at_kill = sources_so_far(db);
	}
	kill(pid, SIGKILL);
	int status;
	waitpid(pid, &status, 0);
	assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);

	sqlite3 *h;
	assert_int_equal(sqlite3_open(db, &h), SQLITE_OK);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), "ok");
	sqlite3_finalize(st);
	assert_int_equal(sqlite3_exec(h, "INSERT INTO article_fts(article_fts) VALUES ('integrity-check')",
				      NULL, NULL, NULL), SQLITE_OK);
	int64_t sources = query(h, "SELECT count(*) FROM source");
	/* killed in the middle, not after the end */
	assert_true(sources >= KILL_AFTER);
	assert_true(sources < FILES);
	/* every stored file has all its articles, each with all its paragraphs */
	assert_int_equal(query(h, "SELECT count(*) FROM source s WHERE (SELECT count(*) FROM article a"
				  " WHERE a.source_id = s.id) != 2"), 0);
	assert_int_equal(query(h, "SELECT count(*) FROM article a WHERE (SELECT count(*) FROM paragraph p"
				  " WHERE p.article_id = a.id) != 30"), 0);
	assert_int_equal(query(h, "SELECT count(*) FROM article"), sources * ARTICLES_PER_FILE);
	assert_int_equal(query(h, "SELECT count(*) FROM article_fts"), sources * ARTICLES_PER_FILE);
	assert_int_equal(query(h, "SELECT count(*) FROM article WHERE source_id NOT IN (SELECT id FROM source)"), 0);
	sqlite3_close(h);

	/* running again completes the job and skips what was already in */
	char *argv[] = {import, "--db", db, in, NULL};
	struct run r = run_program(argv, dir, false);
	assert_int_equal(r.status, 0);
	char want[128];
	snprintf(want, sizeof want, "%d files: %lld articles imported, %lld unchanged, 0 failed\n", FILES,
		 (long long)(FILES - sources) * ARTICLES_PER_FILE, (long long)sources);
	assert_string_equal(r.out, want);
	run_free(&r);
	assert_int_equal(sources_so_far(db), FILES);

	free(import), free(in), free(db);
	tmp_remove(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_killed_import_leaves_whole_files_only),
	};
	return cmocka_run_group_tests_name("interrupt", tests, NULL, NULL);
}
