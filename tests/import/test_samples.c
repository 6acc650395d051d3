/* test_samples.c - the project's sample briefings against the reading a
 * person wrote down for each of them (tests/import/samples.expected). */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/mem.h"
#include "support.h"

struct env {
	char *dir, *db;
	sqlite3 *h;
	char *expected;
};

static int setup(void **state)
{
	struct env *e = xcalloc(1, sizeof *e);
	e->dir = tmp_make();
	e->db = path_join(e->dir, "cache.db");
	char *import = bin_path("brief-import");
	char *samples = src_path("data/samples");
	char *argv[] = {import, "-q", "--db", e->db, samples, NULL};
	struct run r = run_program(argv, e->dir, false);
	int status = r.status;
	run_free(&r);
	free(import), free(samples);
	char *path = src_path("tests/import/samples.expected");
	e->expected = file_read(path, NULL);
	free(path);
	*state = e;
	if (status != 0 || !e->expected)
		return -1;
	return sqlite3_open_v2(e->db, &e->h, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK ? 0 : -1;
}

static int teardown(void **state)
{
	struct env *e = *state;
	sqlite3_close(e->h);
	tmp_remove(e->dir);
	free(e->db), free(e->expected), free(e);
	return 0;
}

/* What the cache holds for one file, in the expectation file's own format. */
static void describe(struct env *e, const char *file, struct buf *out)
{
	sqlite3_stmt *art, *para;
	assert_int_equal(sqlite3_prepare_v2(e->h,
		"SELECT a.id, a.title, coalesce(a.date, 'none') FROM article a JOIN source s"
		" ON s.id = a.source_id WHERE s.path LIKE '%/' || ? ORDER BY a.part", -1, &art, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(e->h,
		"SELECT kind, text FROM paragraph WHERE article_id = ? AND kind != 'body' ORDER BY seq",
		-1, &para, NULL), SQLITE_OK);
	sqlite3_bind_text(art, 1, file, -1, SQLITE_STATIC);
	buf_printf(out, "file: %s\n", file);
	while (sqlite3_step(art) == SQLITE_ROW) {
		buf_printf(out, "article: %s\ndate: %s\nheadings: ", sqlite3_column_text(art, 1),
			   sqlite3_column_text(art, 2));
		sqlite3_bind_int64(para, 1, sqlite3_column_int64(art, 0));
		int headings = 0, captions = 0;
		while (sqlite3_step(para) == SQLITE_ROW) {
			if (strcmp((const char *)sqlite3_column_text(para, 0), "caption") == 0) {
				captions++;
				continue;
			}
			buf_printf(out, "%s%s", headings++ ? " | " : "", sqlite3_column_text(para, 1));
		}
		sqlite3_reset(para);
		buf_printf(out, "%s\ncaptions: %d\n", headings ? "" : "none", captions);
	}
	sqlite3_finalize(art);
	sqlite3_finalize(para);
}

static void test_every_sample_reads_as_written_down(void **state)
{
	struct env *e = *state;
	/* Blocks of the expectation file, comments and blank lines dropped. */
	struct buf want = BUF_INIT, got = BUF_INIT;
	int files = 0;
	char *copy = xstrdup(e->expected), *save = NULL;
	for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#')
			continue;
		char *comment = strstr(line, "  #");
		if (comment)
			*comment = '\0';
		for (size_t n = strlen(line); n && line[n - 1] == ' '; n--)
			line[n - 1] = '\0';
		if (strncmp(line, "file: ", 6) == 0) {
			describe(e, line + 6, &got);
			files++;
		}
		buf_printf(&want, "%s\n", line);
	}
	free(copy);
	assert_true(files >= 12);
	assert_string_equal(got.data, want.data);
	buf_free(&want), buf_free(&got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_sample_reads_as_written_down),
	};
	return cmocka_run_group_tests_name("samples", tests, setup, teardown);
}
