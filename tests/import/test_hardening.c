/* test_hardening.c - brief and brief-import against hostile and unlucky
 * input: escape sequences and bytes that are not UTF-8 in file names,
 * named pipes, a line with no sentence end, two importers at once, a full
 * disk, damaged, empty and old caches, and a standard output that cannot
 * be written.  Each test checks what the user sees: the messages, the exit
 * status, and that the cache keeps what it had. */
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "brief/mem.h"
#include "support.h"

static const char story[] =
	"Harbour Authority Approves New Ferry Terminal\n\n"
	"PORTSMOUTH, May 4, 2025 (Reuters) - The harbour authority approved plans on Monday.\n\n"
	"The terminal will handle up to twelve sailings a day.\n";

static const char other_story[] =
	"Rail Strike Called Off After Late Agreement\n\n"
	"Union leaders called off a planned rail strike late on Tuesday.\n";

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

static struct run import(struct env *e, const char *db, const char *a1, const char *a2)
{
	char *argv[] = {e->import, "--db", (char *)db, (char *)a1, (char *)a2, NULL};
	return run_program(argv, e->dir, false);
}

static struct run brief(struct env *e, const char *db, const char *a1, const char *a2, const char *a3)
{
	char *argv[] = {e->brief, "--db", (char *)db, (char *)a1, (char *)a2, (char *)a3, NULL};
	return run_program(argv, e->dir, false);
}

static void import_samples(struct env *e, const char *db)
{
	char *samples = src_path("data/samples");
	char *argv[] = {e->import, "-q", "--db", (char *)db, samples, NULL};
	struct run r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	free(samples);
}

static int lines(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

static bool has_terminal_controls(const char *s)
{
	return strchr(s, '\x1b') || strchr(s, '\a') || strstr(s, "\xC2\x9B");
}

static long long file_size(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 ? (long long)st.st_size : 0;
}

/* ---- 2, 3: what files are named ----------------------------------------- */

static void test_file_names_with_escapes_never_reach_the_terminal(void **state)
{
	struct env *e = *state;
	free(file_write_str(e->dir, "in/esc\x1b]0;pwned\a.txt", story));
	free(file_write_str(e->dir, "in/two\nlines.txt", other_story));
	free(file_write_str(e->dir, "in/blank\x1b[2J.txt", ""));
	char *in = path_join(e->dir, "in");
	struct run r = import(e, e->db, in, NULL);
	assert_int_equal(r.status, 1);
	/* the failing file is named, shown as the reader shows it */
	assert_non_null(strstr(r.err, "blank?[2J.txt: empty, no article\n"));
	assert_false(has_terminal_controls(r.err));
	assert_int_equal(lines(r.err), 1);
	run_free(&r);

	r = brief(e, e->db, "list", NULL, NULL);
	assert_int_equal(r.status, 0);
	assert_false(has_terminal_controls(r.out));
	assert_non_null(strstr(r.out, "esc?]0;pwned?.txt"));
	assert_non_null(strstr(r.out, "two?lines.txt"));
	assert_int_equal(lines(r.out), 3); /* the header and one row per article */
	run_free(&r);

	const char *commands[][2] = {{"export", "--format=markdown"}, {"timeline", NULL}, {"actors", NULL}};
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
		r = brief(e, e->db, commands[i][0], commands[i][1], NULL);
		assert_int_equal(r.status, 0);
		assert_false(has_terminal_controls(r.out));
		run_free(&r);
	}
	r = brief(e, e->db, "export", "--format=markdown", NULL);
	assert_non_null(strstr(r.out, "two?lines.txt"));
	run_free(&r);
	free(in);
}

static void test_json_export_is_valid_for_names_that_are_not_utf8(void **state)
{
	struct env *e = *state;
	char *path = file_write_str(e->dir, "caf\xE9.txt", story);
	struct run r = import(e, e->db, path, NULL);
	assert_int_equal(r.status, 0);
	run_free(&r);
	r = brief(e, e->db, "export", NULL, NULL);
	assert_int_equal(r.status, 0);
	assert_int_equal(lines(r.out), 1);
	assert_true(json_valid(r.out, strlen(r.out)));
	/* the replaced byte stays recoverable: the path's bytes in hex */
	struct buf hex = BUF_INIT;
	buf_adds(&hex, "\"source_bytes\":\"");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		buf_printf(&hex, "%02x", *p);
	buf_addc(&hex, '"');
	assert_non_null(strstr(r.out, hex.data));
	assert_non_null(strstr(r.out, "caf\\ufffd.txt\""));
	buf_free(&hex);
	run_free(&r);
	free(path);
}

/* ---- 4: special files ----------------------------------------------------- */

static void test_named_pipes_and_devices_are_refused_without_blocking(void **state)
{
	struct env *e = *state;
	char *fifo = path_join(e->dir, "pipe.txt");
	assert_int_equal(mkfifo(fifo, 0600), 0);
	struct run r = import(e, e->db, fifo, "/dev/null");
	/* a blocked open would end in SIGALRM (status 142) */
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "pipe.txt: a named pipe (FIFO), not a regular file\n"));
	assert_non_null(strstr(r.err, "/dev/null: a device, not a regular file\n"));
	assert_string_equal(r.out, "2 files: 0 articles imported, 0 unchanged, 2 failed\n");
	run_free(&r);
	free(fifo);
}

/* ---- 5: linear in every shape of text ------------------------------------ */

static void test_a_long_line_without_sentence_ends_stays_linear(void **state)
{
	struct env *e = *state;
	static const char *const phrases[] = {"officials met in Geneva on 3 May 2024 and", "again next week with France",
					      "the minister said on Monday that talks", "would resume in March while"};
	struct buf text = BUF_INIT;
	buf_adds(&text, "A Headline Over One Endless Line\n\n");
	for (unsigned i = 0; text.len < 400000; i++)
		buf_printf(&text, "%s ", phrases[(i * 7 + i / 3) % (sizeof phrases / sizeof *phrases)]);
	buf_addc(&text, '\n');
	char *path = file_write(e->dir, "endless.txt", text.data, text.len);
	struct run r = import(e, e->db, path, NULL);
	assert_int_equal(r.status, 0);
	run_free(&r);
	/* every sentence, and each event's copy of it, was once the whole
	 * line: 400 KB gave a cache of 1.3 GB */
	char *wal = path_join(e->dir, "cache.db-wal");
	long long size = file_size(e->db) + file_size(wal);
	assert_true(size < 25LL * (long long)text.len);
	assert_true(db_query_int(e->db, "SELECT count(*) FROM event") > 100);
	assert_true(db_query_int(e->db, "SELECT max(sent_end - sent_start) FROM event") <= 1000);
	r = brief(e, e->db, "timeline", NULL, NULL);
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "2024-05-03"));
	run_free(&r);
	free(wal), free(path);
	buf_free(&text);
}

/* ---- 6, 8: importers at once -------------------------------------------- */

static void test_a_second_importer_waits_for_the_first(void **state)
{
	struct env *e = *state;
	import_samples(e, e->db);
	free(file_write_str(e->dir, "more/a.txt", story));
	char *more = path_join(e->dir, "more");

	/* another importer holds the write lock for two seconds */
	sqlite3 *h;
	assert_int_equal(sqlite3_open(e->db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	char *argv[] = {e->import, "--db", e->db, more, NULL};
	struct run_options o = {.home = e->dir};
	struct child *c = run_start(argv, &o);
	struct timespec nap = {2, 0};
	nanosleep(&nap, NULL);
	assert_int_equal(sqlite3_exec(h, "COMMIT", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	struct run r = run_finish(c);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "1 file: 1 article imported, 0 unchanged, 0 failed\n");
	assert_int_equal(count_lines_with(r.err, "waiting for another import into"), 1);
	assert_null(strstr(r.err, "locked"));
	run_free(&r);

	/* Ctrl-C while waiting stops it, with nothing else to say */
	free(file_write_str(e->dir, "more/b.txt", other_story));
	assert_int_equal(sqlite3_open(e->db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
	c = run_start(argv, &o);
	nanosleep(&nap, NULL);
	run_signal(c, SIGINT);
	r = run_finish(c);
	sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
	sqlite3_close(h);
	assert_int_equal(r.status, 130);
	assert_int_equal(lines(r.err), 1);
	assert_non_null(strstr(r.err, "waiting for another import"));
	assert_non_null(strstr(r.out, "(interrupted)"));
	run_free(&r);
	free(more);
}

static void test_importers_at_once_count_each_file_once(void **state)
{
	struct env *e = *state;
	for (int i = 0; i < 60; i++) {
		char name[32], text[256];
		snprintf(name, sizeof name, "many/f%02d.txt", i);
		snprintf(text, sizeof text, "Story Number %d Of Many\n\nOfficials met on Monday about item %d.\n", i, i);
		free(file_write_str(e->dir, name, text));
	}
	char *many = path_join(e->dir, "many");
	import_samples(e, e->db); /* the cache exists before they race */
	char *argv[] = {e->import, "--db", e->db, many, NULL};
	struct run_options o = {.home = e->dir};
	struct child *c[3];
	for (int i = 0; i < 3; i++)
		c[i] = run_start(argv, &o);
	long imported = 0;
	for (int i = 0; i < 3; i++) {
		struct run r = run_finish(c[i]);
		assert_int_equal(r.status, 0);
		long files, articles, unchanged;
		const char *rest = strstr(r.out, " imported, ");
		assert_non_null(rest); /* "1 article" or "12 articles" */
		assert_int_equal(sscanf(r.out, "%ld files: %ld article", &files, &articles), 2);
		assert_int_equal(sscanf(rest, " imported, %ld unchanged", &unchanged), 1);
		assert_int_equal(files, 60);
		assert_int_equal(articles + unchanged, 60);
		assert_null(strstr(r.out, "replaced"));
		imported += articles;
		run_free(&r);
	}
	assert_int_equal(imported, 60);
	assert_int_equal(db_query_int(e->db, "SELECT count(*) FROM source"), 60 + 14);
	free(many);
}

/* ---- 7: full disks and damaged caches ------------------------------------ */

static void test_a_full_disk_stops_at_the_first_file_with_one_line(void **state)
{
	struct env *e = *state;
	for (int i = 0; i < 150; i++) {
		char name[32];
		snprintf(name, sizeof name, "many/f%03d.txt", i);
		struct buf text = BUF_INIT;
		buf_printf(&text, "Story Number %d Of Many\n\n", i);
		for (int k = 0; k < 40; k++)
			buf_printf(&text, "Officials met on Monday about item %d in paragraph %d of the story.\n\n", i, k);
		free(file_write_str(e->dir, name, text.data));
		buf_free(&text);
	}
	char *many = path_join(e->dir, "many");
	char *argv[] = {e->import, "--db", e->db, many, NULL};
	/* `ulimit -f`: a write past it fails as a full disk fails */
	struct run_options o = {.home = e->dir, .file_size_limit = 400 * 1024};
	struct run r = run_finish(run_start(argv, &o));
	assert_int_equal(r.status, 1); /* not killed by SIGXFSZ (153) */
	assert_int_equal(lines(r.err), 1);
	assert_non_null(strstr(r.err, "the cache reached the file size limit (ulimit -f)"));
	assert_non_null(strstr(r.err, "the files before it are in the cache"));
	assert_non_null(strstr(r.out, "(stopped: the cache cannot be written)"));
	run_free(&r);
	/* what was stored is intact, and the same command finishes the job */
	r = brief(e, e->db, "list", NULL, NULL);
	assert_int_equal(r.status, 0);
	int before = lines(r.out) - 1;
	assert_true(before > 0);
	run_free(&r);
	r = import(e, e->db, many, NULL);
	assert_int_equal(r.status, 0);
	char want[64];
	snprintf(want, sizeof want, "%d unchanged", before);
	assert_non_null(strstr(r.out, want));
	run_free(&r);
	free(many);
}

/* Fill the pages of one table with garbage, as a failing disk does. */
static void damage_table(const char *db, const char *table)
{
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT min(pageno) FROM dbstat WHERE name = '%s' AND pagetype = 'leaf'", table);
	int64_t page = db_query_int(db, sql);
	int64_t size = db_query_int(db, "PRAGMA page_size");
	assert_true(page > 1);
	FILE *f = fopen(db, "r+b");
	assert_non_null(f);
	assert_int_equal(fseek(f, (long)((page - 1) * size), SEEK_SET), 0);
	for (int64_t i = 0; i < size; i++)
		fputc(0x5A, f);
	assert_int_equal(fclose(f), 0);
}

static void assert_damage_told_once(const struct run *r)
{
	if (r->status != 0 && !strstr(r->err, "the cache is damaged"))
		fprintf(stderr, "exit %d: %s", r->status, r->err);
	if (r->status == 0) {
		assert_string_equal(r->err, "");
		return;
	}
	assert_int_equal(r->status, 1);
	assert_int_equal(lines(r->err), 1);
	assert_non_null(strstr(r->err, "the cache is damaged"));
	assert_non_null(strstr(r->err, "restore it from a backup"));
}

static void test_damaged_caches_are_told_once_with_what_to_do(void **state)
{
	struct env *e = *state;
	import_samples(e, e->db);
	damage_table(e->db, "paragraph");
	size_t before_len, after_len;
	char *before = file_read(e->db, &before_len);

	/* the listing does not read paragraphs: intact, and silent */
	struct run r = brief(e, e->db, "list", NULL, NULL);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.err, "");
	run_free(&r);
	/* the export reads them all: what is intact, then one line */
	r = brief(e, e->db, "export", NULL, NULL);
	assert_damage_told_once(&r);
	assert_int_equal(r.status, 1);
	run_free(&r);
	r = brief(e, e->db, "export", "--format=markdown", NULL);
	assert_damage_told_once(&r);
	run_free(&r);

	/* the reader, opening every article: told on the status line, and
	 * once more after the screen is restored, not once per article */
	struct buf script = BUF_INIT;
	for (int i = 0; i < 14; i++)
		buf_adds(&script, "1\n<Enter>\n1\nj\n");
	char *path = file_write_str(e->dir, "open-all.txt", script.data);
	setenv("COLUMNS", "120", 1);
	setenv("LINES", "40", 1);
	r = brief(e, e->db, "--script", path, "--no-display");
	assert_damage_told_once(&r);
	assert_int_equal(r.status, 1);
	run_free(&r);

	/* brief-import --reextract cannot repair it, and changes nothing (the
	 * reader did: it kept which articles were opened and read) */
	free(before);
	before = file_read(e->db, &before_len);
	char *argv[] = {e->import, "--db", e->db, "--reextract", NULL};
	r = run_program(argv, e->dir, false);
	assert_damage_told_once(&r);
	assert_int_equal(r.status, 1);
	run_free(&r);
	char *after = file_read(e->db, &after_len);
	assert_int_equal(before_len, after_len);
	assert_memory_equal(before, after, before_len);
	free(before), free(after), free(path);
	buf_free(&script);
}

static void test_a_truncated_cache_is_called_damaged(void **state)
{
	struct env *e = *state;
	import_samples(e, e->db);
	long long size = file_size(e->db);
	assert_int_equal(truncate(e->db, (off_t)(size / 2)), 0);
	struct run r = brief(e, e->db, "list", NULL, NULL);
	assert_damage_told_once(&r);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "shorter than it should be"));
	run_free(&r);
	r = import(e, e->db, "/dev/null", NULL);
	assert_damage_told_once(&r);
	assert_int_equal(r.status, 1);
	run_free(&r);
	assert_int_equal(file_size(e->db), size / 2);
}

static void test_reading_commands_never_create_or_convert_a_cache(void **state)
{
	struct env *e = *state;
	/* an empty file */
	char *empty = file_write_str(e->dir, "empty.db", "");
	struct run r = brief(e, empty, "list", NULL, NULL);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "empty.db: an empty file, not a brief cache; import into it with "
				      "brief-import --db"));
	run_free(&r);
	assert_int_equal(file_size(empty), 0);
	char *wal = path_join(e->dir, "empty.db-wal");
	assert_int_not_equal(access(wal, F_OK), 0);

	/* a cache of an older brief: left as it is, with what to do */
	import_samples(e, e->db);
	sqlite3 *h;
	assert_int_equal(sqlite3_open(e->db, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "PRAGMA user_version = 6", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	size_t before_len, after_len;
	char *before = file_read(e->db, &before_len);
	r = brief(e, e->db, "list", NULL, NULL);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "written by an older brief"));
	assert_non_null(strstr(r.err, "run brief-import once"));
	run_free(&r);
	char *after = file_read(e->db, &after_len);
	assert_int_equal(before_len, after_len);
	assert_memory_equal(before, after, before_len);
	free(before), free(after), free(wal), free(empty);
}

static void test_a_folder_or_a_file_in_the_way_is_named(void **state)
{
	struct env *e = *state;
	struct run r = brief(e, e->dir, "list", NULL, NULL);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, " is a folder; give the cache file, for example --db "));
	run_free(&r);
	r = import(e, e->dir, "/dev/null", NULL);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, " is a folder; give the cache file"));
	run_free(&r);

	char *file = file_write_str(e->dir, "notes.txt", "text");
	char *under = path_join(file, "sub/cache.db");
	r = import(e, under, "/dev/null", NULL);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "notes.txt is a file, not a folder"));
	run_free(&r);

	/* a named pipe as the cache would block the open */
	char *fifo = path_join(e->dir, "pipe.db");
	assert_int_equal(mkfifo(fifo, 0600), 0);
	r = import(e, fifo, "/dev/null", NULL);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "pipe.db is not a regular file; give the cache file with --db"));
	run_free(&r);
	r = brief(e, fifo, "list", NULL, NULL);
	assert_int_equal(r.status, 1);
	run_free(&r);
	free(fifo);

	char *missing = path_join(e->dir, "no/such/folder/cache.db");
	r = brief(e, missing, "list", NULL, NULL);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "no cache at "));
	run_free(&r);
	free(file), free(under), free(missing);
}

/* ---- 10: what the reader shows ------------------------------------------ */

#define FAMILY "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"

/* "shares harvest": a reason, and one of the words the two stories hold */
static bool shares_a_word(const char *text)
{
	static const char *const words[] = {"zorblax", "quintessa", "harvest", "festival"};
	const char *at = strstr(text, "shares ");
	for (size_t k = 0; at && k < sizeof words / sizeof *words; k++)
		if (strncmp(at + 7, words[k], strlen(words[k])) == 0)
			return true;
	return false;
}

static void test_joiners_stay_and_no_reason_is_empty(void **state)
{
	struct env *e = *state;
	/* two stories related by their words alone: no actor is shared */
	free(file_write_str(e->dir, "in/a.txt", "the zorblax quintessa harvest " FAMILY " festival\n\n"
						  "farmers gathered for the zorblax quintessa harvest festival on monday, "
						  "with families " FAMILY " from every valley.\n"));
	free(file_write_str(e->dir, "in/b.txt", "zorblax quintessa prices fall after the harvest\n\n"
						  "prices of zorblax quintessa fell sharply after the harvest festival, "
						  "traders said.\n"));
	char *in = path_join(e->dir, "in");
	struct run r = import(e, e->db, in, NULL);
	assert_int_equal(r.status, 0);
	run_free(&r);
	char *d1 = path_join(e->dir, "d1.txt"), *d2 = path_join(e->dir, "d2.txt");
	struct buf script = BUF_INIT;
	buf_printf(&script, "j\n<Enter>\n:dump %s\n]\n:dump %s\n", d1, d2);
	char *path = file_write_str(e->dir, "s.txt", script.data);
	setenv("COLUMNS", "200", 1);
	setenv("LINES", "30", 1);
	r = brief(e, e->db, "--script", path, "--no-display");
	assert_int_equal(r.status, 0);
	run_free(&r);
	char *one = file_read(d1, NULL), *two = file_read(d2, NULL);
	/* the family emoji keeps its joiners on the screen */
	assert_non_null(strstr(one, FAMILY));
	/* with no actor shared, the reason is a word both stories weigh, never
	 * an empty "shares " */
	assert_non_null(strstr(one, "1. zorblax quintessa prices fall after the harvest"));
	assert_true(shares_a_word(one));
	assert_non_null(strstr(two, " related 1/1: shares "));
	free(one), free(two);
	r = brief(e, e->db, "export", "--format=markdown", NULL);
	assert_true(shares_a_word(r.out));
	assert_null(strstr(r.out, "shares )"));
	assert_non_null(strstr(r.out, FAMILY));
	run_free(&r);
	buf_free(&script);
	free(path), free(d1), free(d2), free(in);
}

/* ---- 9: standard output -------------------------------------------------- */

static void test_a_full_standard_output_is_reported(void **state)
{
	struct env *e = *state;
	import_samples(e, e->db);
	const char *commands[][2] = {{"list", NULL}, {"export", NULL}, {"timeline", NULL}, {"--help", NULL}};
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
		char *argv[] = {e->brief, "--db", e->db, (char *)commands[i][0], NULL};
		struct run_options o = {.home = e->dir, .stdout_path = "/dev/full"};
		struct run r = run_finish(run_start(argv, &o));
		assert_int_equal(r.status, 1);
		assert_string_equal(r.err, "brief: standard output: No space left on device\n");
		run_free(&r);
	}
	char *argv[] = {e->import, "--db", e->db, "/dev/null", NULL};
	struct run_options o = {.home = e->dir, .stdout_path = "/dev/full"};
	struct run r = run_finish(run_start(argv, &o));
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "brief-import: standard output: No space left on device\n"));
	run_free(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_file_names_with_escapes_never_reach_the_terminal, setup, teardown),
		cmocka_unit_test_setup_teardown(test_json_export_is_valid_for_names_that_are_not_utf8, setup, teardown),
		cmocka_unit_test_setup_teardown(test_named_pipes_and_devices_are_refused_without_blocking, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_a_long_line_without_sentence_ends_stays_linear, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_second_importer_waits_for_the_first, setup, teardown),
		cmocka_unit_test_setup_teardown(test_importers_at_once_count_each_file_once, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_full_disk_stops_at_the_first_file_with_one_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_damaged_caches_are_told_once_with_what_to_do, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_truncated_cache_is_called_damaged, setup, teardown),
		cmocka_unit_test_setup_teardown(test_reading_commands_never_create_or_convert_a_cache, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_folder_or_a_file_in_the_way_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(test_a_full_standard_output_is_reported, setup, teardown),
		cmocka_unit_test_setup_teardown(test_joiners_stay_and_no_reason_is_empty, setup, teardown),
	};
	return cmocka_run_group_tests_name("hardening", tests, NULL, NULL);
}
