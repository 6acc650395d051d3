/* test_cli.c - brief-import and brief as a user runs them: messages, exit
 * codes, re-imports, encodings, cache locations and folder walks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
	char *dir;  /* also HOME of the programs */
	char *db;
	char *import, *brief;
};

static int setup(void **state)
{
	struct env *e = xcalloc(1, sizeof *e);
	e->dir = tmp_make();
	chmod(e->dir, 0777); /* so a test may run the importer as nobody */
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

/* brief-import --db DB args... */
static struct run import(struct env *e, const char *a1, const char *a2, const char *a3)
{
	char *argv[] = {e->import, "--db", e->db, (char *)a1, (char *)a2, (char *)a3, NULL};
	return run_program(argv, e->dir, false);
}

static struct run brief(struct env *e, const char *command)
{
	char *argv[] = {e->brief, "--db", e->db, (char *)command, NULL};
	return run_program(argv, e->dir, false);
}

static void test_import_prints_summary_and_exits_zero(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "in/a.txt", story);
	char *b = file_write_str(e->dir, "in/b.txt", other_story);
	char *in = path_join(e->dir, "in");
	struct run r = import(e, in, NULL, NULL);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "2 files: 2 articles imported, 0 unchanged, 0 failed\n");
	assert_string_equal(r.err, "");
	run_free(&r);
	free(a), free(b), free(in);
}

static void test_reimport_of_unchanged_files_is_skipped(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt", story);
	struct run r = import(e, a, NULL, NULL);
	assert_int_equal(r.status, 0);
	run_free(&r);
	struct run first = brief(e, "export");
	r = import(e, a, NULL, NULL);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "1 file: 0 articles imported, 1 unchanged, 0 failed\n");
	run_free(&r);
	struct run second = brief(e, "export");
	assert_string_equal(first.out, second.out);
	run_free(&first), run_free(&second);
	free(a);
}

static void test_changed_file_replaces_its_articles(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt", story);
	struct run r = import(e, a, NULL, NULL);
	run_free(&r);
	free(file_write_str(e->dir, "a.txt", other_story));
	r = import(e, a, NULL, NULL);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "1 file: 1 article imported, 0 unchanged, 0 failed (1 file replaced)\n");
	run_free(&r);
	r = brief(e, "export");
	assert_int_equal(count_lines_with(r.out, "\"title\":"), 1);
	assert_non_null(strstr(r.out, "\"title\":\"Rail Strike Called Off After Late Agreement\""));
	assert_null(strstr(r.out, "Ferry"));
	run_free(&r);
	free(a);
}

static void test_failures_get_one_line_each_and_exit_one(void **state)
{
	struct env *e = *state;
	char *good = file_write_str(e->dir, "in/good.txt", story);
	char *bin = file_write(e->dir, "in/photo.txt", "JFIF\0\0\x01\x02", 8);
	char *empty = file_write_str(e->dir, "in/empty.txt", "");
	char *noise = file_write_str(e->dir, "in/noise.txt", "TT\n\nAdvertisement\nREUTERS/Issei Kato\n");
	char *in = path_join(e->dir, "in");
	char *missing = path_join(e->dir, "missing.txt");
	struct run r = import(e, in, missing, NULL);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.out, "5 files: 1 article imported, 0 unchanged, 4 failed\n");
	struct buf want = BUF_INIT;
	buf_printf(&want,
		   "brief-import: %s: empty, no article\n"
		   "brief-import: %s: empty, no article\n"
		   "brief-import: %s: not a text file (NUL bytes)\n"
		   "brief-import: %s: no such file or directory\n",
		   empty, noise, bin, missing);
	assert_string_equal(r.err, want.data);
	buf_free(&want);
	run_free(&r);
	free(good), free(bin), free(empty), free(noise), free(in), free(missing);
}

static void test_unreadable_file_reports_permission_denied(void **state)
{
	struct env *e = *state;
	char *secret = file_write_str(e->dir, "secret.txt", story);
	chmod(secret, 0000);
	char *argv[] = {e->import, "--db", e->db, secret, NULL};
	struct run r = run_program(argv, e->dir, true);
	assert_int_equal(r.status, 1);
	struct buf want = BUF_INIT;
	buf_printf(&want, "brief-import: %s: permission denied\n", secret);
	assert_string_equal(r.err, want.data);
	assert_string_equal(r.out, "1 file: 0 articles imported, 0 unchanged, 1 failed\n");
	buf_free(&want);
	run_free(&r);
	free(secret);
}

/* A cache in a folder the user cannot write: brief reads it (and says
 * "read-only"), brief-import refuses it at once, and its bytes stay. */
static void test_a_read_only_cache_is_read_and_never_written(void **state)
{
	struct env *e = *state;
	if (geteuid() != 0)
		skip(); /* a user other than the owner is needed */
	char *ro = path_join(e->dir, "ro"), *out = path_join(e->dir, "out");
	assert_int_equal(mkdir(ro, 0755), 0);
	assert_int_equal(mkdir(out, 0777), 0);
	chmod(out, 0777);
	char *db = path_join(ro, "cache.db");
	char *a = file_write_str(e->dir, "a.txt", story);
	char *argv[] = {e->import, "-q", "--db", db, a, NULL};
	struct run r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	chmod(e->dir, 0755), chmod(ro, 0555), chmod(db, 0444), chmod(a, 0644);
	size_t before_len, after_len;
	char *before = file_read(db, &before_len);

	char *list[] = {e->brief, "--db", db, "list", NULL};
	r = run_program(list, out, true);
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "Harbour Authority Approves New Ferry Terminal"));
	run_free(&r);
	/* the reader opens it, opens the article, and says why nothing is kept */
	char *dump = path_join(out, "screen.txt");
	struct buf steps = BUF_INIT;
	buf_printf(&steps, "<Enter>\n:dump %s\n", dump);
	char *script = file_write_str(out, "ro.script", steps.data);
	chmod(script, 0644);
	setenv("COLUMNS", "120", 1);
	setenv("LINES", "24", 1);
	char *reader[] = {e->brief, "--db", db, "--script", script, "--no-display", NULL};
	r = run_program(reader, out, true);
	assert_int_equal(r.status, 0);
	run_free(&r);
	char *screen = file_read(dump, NULL);
	assert_non_null(screen);
	assert_non_null(strstr(screen, " \xC2\xB7 read-only "));
	/* brief-import: one line, before any file is read */
	char *again[] = {e->import, "--db", db, a, NULL};
	r = run_program(again, out, true);
	assert_int_equal(r.status, 1);
	struct buf want = BUF_INIT;
	buf_printf(&want, "brief-import: %s: the cache cannot be written here (the file or its folder is read-only); "
			  "ask for write access, or import into another --db\n", db);
	assert_string_equal(r.err, want.data);
	assert_string_equal(r.out, "");
	run_free(&r);
	char *after = file_read(db, &after_len);
	assert_int_equal(before_len, after_len);
	assert_memory_equal(before, after, before_len);
	chmod(ro, 0755);
	buf_free(&want), buf_free(&steps);
	free(before), free(after), free(screen), free(script), free(dump);
	free(ro), free(out), free(db), free(a);
}

static void test_usage_errors_exit_two(void **state)
{
	struct env *e = *state;
	char *argv[] = {e->import, NULL};
	struct run r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 2);
	assert_non_null(strstr(r.err, "no FILE or DIR to import"));
	assert_non_null(strstr(r.err, "usage: brief-import"));
	run_free(&r);

	r = import(e, "--date", "28/07/2024", "x.txt");
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "brief-import: --date: expected YYYY-MM-DD, got '28/07/2024'\n");
	run_free(&r);

	r = import(e, "--frobnicate", "x.txt", NULL);
	assert_int_equal(r.status, 2);
	run_free(&r);

	r = brief(e, "dance");
	assert_int_equal(r.status, 2);
	assert_string_equal(r.err, "brief: unknown command 'dance'; see brief --help\n");
	run_free(&r);

	char *bad_format[] = {e->brief, "--db", e->db, "export", "--format", "xml", NULL};
	r = run_program(bad_format, e->dir, false);
	assert_int_equal(r.status, 2);
	run_free(&r);
}

/* A bad option: three lines named after the program, not its path. */
static void test_a_bad_option_gets_a_short_usage(void **state)
{
	struct env *e = *state;
	const char *programs[] = {e->import, e->brief};
	const char *want[] = {"brief-import: unknown option --bogus\nusage: brief-import ",
			      "brief: unknown option --bogus\nusage: brief "};
	const char *more[] = {"\nSee brief-import --help for more.\n", "\nSee brief --help for more.\n"};
	for (int i = 0; i < 2; i++) {
		char *argv[] = {(char *)programs[i], "--bogus", NULL};
		struct run r = run_program(argv, e->dir, false);
		assert_int_equal(r.status, 2);
		assert_true(strncmp(r.err, want[i], strlen(want[i])) == 0);
		assert_non_null(strstr(r.err, more[i]));
		assert_int_equal(count_lines_with(r.err, ""), 3);
		run_free(&r);
		char *missing[] = {(char *)programs[i], "--db", NULL};
		r = run_program(missing, e->dir, false);
		assert_int_equal(r.status, 2);
		assert_non_null(strstr(r.err, ": --db needs a value\n"));
		run_free(&r);
	}
}

static void test_help_and_version(void **state)
{
	struct env *e = *state;
	const char *programs[] = {e->import, e->brief};
	for (int i = 0; i < 2; i++) {
		char *help[] = {(char *)programs[i], "--help", NULL};
		struct run r = run_program(help, e->dir, false);
		assert_int_equal(r.status, 0);
		assert_non_null(strstr(r.out, "usage: brief"));
		assert_non_null(strstr(r.out, "--db PATH"));
		run_free(&r);
		char *version[] = {(char *)programs[i], "--version", NULL};
		r = run_program(version, e->dir, false);
		assert_int_equal(r.status, 0);
		assert_true(strncmp(r.out, i ? "brief " : "brief-import ", i ? 6 : 13) == 0);
		run_free(&r);
	}
}

static void test_fallback_date_applies_to_undated_articles(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt", other_story);
	char *b = file_write_str(e->dir, "b.txt", story);
	struct run r = import(e, "--date", "2025-06-01", a);
	assert_int_equal(r.status, 0);
	run_free(&r);
	r = import(e, "--date", "2025-06-01", b);
	run_free(&r);
	r = brief(e, "export");
	assert_non_null(strstr(r.out, "\"title\":\"Rail Strike Called Off After Late Agreement\",\"date\":\"2025-06-01\","
				      "\"date_precision\":\"day\""));
	/* a dateline wins over --date */
	assert_non_null(strstr(r.out, "\"date\":\"2025-05-04\""));
	run_free(&r);
	free(a), free(b);
}

static void test_encodings_are_decoded(void **state)
{
	struct env *e = *state;
	const char crlf[] = "Talks Resume\r\n\r\nThe talks resumed on Monday.\r\nBoth sides attended.\r\n";
	const char bom[] = "\xEF\xBB\xBFGeneva Talks Open\n\nDelegates met on Monday.\n";
	const char cp1252[] = "Minister Visits Madrid\n\nGabriel Fern\xE1ndez said \x93we agree\x94 \x97 twice.\n";
	char *a = file_write_str(e->dir, "in/crlf.txt", crlf);
	char *b = file_write_str(e->dir, "in/bom.txt", bom);
	char *c = file_write_str(e->dir, "in/cp1252.txt", cp1252);
	char *in = path_join(e->dir, "in");
	struct run r = import(e, in, NULL, NULL);
	assert_int_equal(r.status, 0);
	struct buf want = BUF_INIT;
	buf_printf(&want, "brief-import: %s:3: warning: not valid UTF-8; read as Windows-1252\n", c);
	assert_string_equal(r.err, want.data);
	buf_free(&want);
	run_free(&r);
	r = brief(e, "export");
	assert_non_null(strstr(r.out, "\"title\":\"Talks Resume\""));
	assert_non_null(strstr(r.out, "\"paragraphs\":[\"The talks resumed on Monday.\",\"Both sides attended.\"]"));
	assert_non_null(strstr(r.out, "\"title\":\"Geneva Talks Open\""));
	assert_non_null(strstr(r.out, "Gabriel Fern\xC3\xA1ndez said \xE2\x80\x9Cwe agree\xE2\x80\x9D \xE2\x80\x94 twice."));
	assert_null(strstr(r.out, "\r"));
	run_free(&r);
	free(a), free(b), free(c), free(in);
}

static void test_escape_sequences_never_reach_the_output(void **state)
{
	struct env *e = *state;
	const char evil[] = "Title \x1b[31mRed\x1b[0m \"Quoted\" back\\slash\n\n"
			    "Body with a bell\x07 and \x1b]0;owned\x07 title change.\n";
	char *a = file_write_str(e->dir, "evil.txt", evil);
	struct run r = import(e, a, NULL, NULL);
	assert_int_equal(r.status, 0);
	run_free(&r);
	r = brief(e, "export");
	assert_null(strchr(r.out, '\x1b'));
	assert_null(strchr(r.out, '\x07'));
	assert_non_null(strstr(r.out, "\"title\":\"Title Red \\\"Quoted\\\" back\\\\slash\""));
	assert_non_null(strstr(r.out, "\"Body with a bell and title change.\""));
	run_free(&r);
	r = brief(e, "list");
	assert_null(strchr(r.out, '\x1b'));
	run_free(&r);
	free(a);
}

/* --db in a folder that does not exist is refused, and the folder is not
 * made: a typo must not leave folders behind. */
static void test_a_cache_in_a_missing_folder_is_refused(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt", story);
	char *missing = path_join(e->dir, "typo/sub");
	char *db = path_join(missing, "cache.db");
	char *argv[] = {e->import, "-q", "--db", db, a, NULL};
	struct run r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "typo/sub does not exist; create it (mkdir -p "));
	assert_int_equal(access(missing, F_OK), -1);
	run_free(&r);
	free(a), free(missing), free(db);
}

static void test_cache_location_follows_brief_db_and_xdg(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt", story);
	/* default: $HOME/.local/share/brief/cache.db */
	char *argv[] = {e->import, "-q", a, NULL};
	struct run r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "");
	run_free(&r);
	char *xdg_db = path_join(e->dir, ".local/share/brief/cache.db");
	struct stat st;
	assert_int_equal(stat(xdg_db, &st), 0);
	char *list[] = {e->brief, "list", NULL};
	r = run_program(list, e->dir, false);
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "Harbour Authority Approves New Ferry Terminal"));
	run_free(&r);

	/* BRIEF_DB wins over the default; --db wins over BRIEF_DB */
	char *env_db = path_join(e->dir, "env.db");
	setenv("BRIEF_DB", env_db, 1);
	char *import_env[] = {e->import, "-q", a, NULL};
	r = run_program(import_env, NULL, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	assert_int_equal(stat(env_db, &st), 0);
	char *list_db[] = {e->brief, "--db", e->db, "list", NULL};
	r = run_program(list_db, NULL, false);
	assert_int_equal(r.status, 1);
	assert_non_null(strstr(r.err, "no cache at"));
	assert_non_null(strstr(r.err, "brief-import FILE|DIR"));
	run_free(&r);
	unsetenv("BRIEF_DB");
	free(a), free(xdg_db), free(env_db);
}

static void test_walk_skips_hidden_and_other_files_and_reports_loops(void **state)
{
	struct env *e = *state;
	free(file_write_str(e->dir, "in/a.txt", story));
	free(file_write_str(e->dir, "in/.hidden.txt", other_story));
	free(file_write_str(e->dir, "in/.git/b.txt", other_story));
	free(file_write_str(e->dir, "in/picture.jpg", "not an article"));
	free(file_write_str(e->dir, "in/deeper/NOTES", other_story));
	char *in = path_join(e->dir, "in");
	char *link = path_join(e->dir, "in/deeper/loop");
	assert_int_equal(symlink(in, link), 0);
	struct run r = import(e, in, NULL, NULL);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.out, "3 files: 2 articles imported, 0 unchanged, 1 failed\n");
	struct buf want = BUF_INIT;
	buf_printf(&want, "brief-import: %s: symbolic link loop, not followed\n", link);
	assert_string_equal(r.err, want.data);
	buf_free(&want);
	run_free(&r);
	free(in), free(link);
}

static void test_list_shows_a_table(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt", story);
	char *b = file_write_str(e->dir, "b.txt", other_story);
	struct run r = import(e, a, b, NULL);
	run_free(&r);
	r = brief(e, "list");
	assert_int_equal(r.status, 0);
	char *lines[3] = {NULL};
	char *save = NULL, *copy = xstrdup(r.out);
	lines[0] = strtok_r(copy, "\n", &save);
	lines[1] = strtok_r(NULL, "\n", &save);
	lines[2] = strtok_r(NULL, "\n", &save);
	assert_non_null(lines[2]);
	assert_true(strncmp(lines[0], "    ID  DATE        TITLE", 25) == 0);
	assert_non_null(strstr(lines[1], "2025-05-04  Harbour Authority Approves New Ferry Terminal"));
	assert_non_null(strstr(lines[2], "undated     Rail Strike Called Off After Late Agreement"));
	free(copy);
	run_free(&r);
	/* piped (as here, whatever COLUMNS says), a long title is whole */
	char *c = file_write_str(e->dir, "c.txt",
				 "Regional Ministers Meet Again in Geneva to Settle the Fishing Dispute\n\n"
				 "GENEVA, May 6, 2025 - The ministers met again.\n");
	r = import(e, c, NULL, NULL);
	run_free(&r);
	setenv("COLUMNS", "250", 1);
	r = brief(e, "list");
	unsetenv("COLUMNS");
	assert_non_null(strstr(r.out, "in Geneva to Settle the Fishing Dispute  "));
	assert_null(strstr(r.out, "\xE2\x80\xA6")); /* no "…" anywhere */
	run_free(&r);
	free(a), free(b), free(c);
}

static void test_export_lists_actors_with_role_and_names(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt",
				 "Envoys Meet\n\nSecretary of State Antony Blinken met Japanese officials. "
				 "Blinken said Japan would help.\n");
	struct run r = import(e, a, NULL, NULL);
	assert_int_equal(r.status, 0);
	run_free(&r);
	r = brief(e, "export");
	assert_non_null(strstr(r.out, "{\"name\":\"Antony Blinken\",\"kind\":\"person\",\"role\":\"Secretary of State\","
				      "\"aliases\":[\"Antony Blinken\",\"Blinken\"],\"mentions\":2}"));
	assert_non_null(strstr(r.out, "{\"name\":\"Japan\",\"kind\":\"country\",\"role\":null,"
				      "\"aliases\":[\"Japan\",\"Japanese\"],\"mentions\":2}"));
	run_free(&r);
	free(a);
}

static void test_export_lists_events_resolved_against_the_article_date(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt", "Envoys Meet Again\n\nThe envoys met last week. They first met in 2019.\n");
	struct run r = import(e, "--date", "2024-11-26", a);
	assert_int_equal(r.status, 0);
	run_free(&r);
	r = brief(e, "export");
	assert_non_null(strstr(r.out, "\"events\":[{\"date\":\"2024-W47\",\"precision\":\"week\",\"text\":\"last week\","
				      "\"sentence\":\"The envoys met last week.\",\"actors\":[]},"
				      "{\"date\":\"2019\",\"precision\":\"year\",\"text\":\"2019\","
				      "\"sentence\":\"They first met in 2019.\",\"actors\":[]}]"));
	run_free(&r);
	free(a);
}

/* The importer reads tenses with the part-of-speech tagger: "would still
 * be held" has no past in it, so November is the nearer one, not the one
 * before; a date line at the top is an event of the first sentence. */
static void test_the_timeline_reads_tenses_with_the_tagger_and_dates_the_first_sentence(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "summit.txt",
				 "Summit Set\n\nWednesday, May 5, 1999\n\n"
				 "Ministers met in Brussels. He added that a ceremony would still be held "
				 "at the summit on Nov. 2.\n");
	struct run r = import(e, a, NULL, NULL);
	assert_int_equal(r.status, 0);
	run_free(&r);
	r = brief(e, "timeline");
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "\n1999-05-05                     Ministers met in Brussels."));
	assert_non_null(strstr(r.out, "\n1999-11-02   Nov. 2"));
	run_free(&r);
	free(a);
}

static void test_actors_and_timeline_tables(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt",
				 "Envoys Meet\n\nSecretary of State Antony Blinken met Japanese officials on Monday. "
				 "Japan first hosted such talks in 2019.\n");
	struct run r = import(e, "--date", "2024-11-26", a);
	assert_int_equal(r.status, 0);
	run_free(&r);
	r = brief(e, "actors");
	assert_int_equal(r.status, 0);
	assert_true(strncmp(r.out, "STORIES  KIND          NAME\n", 28) == 0);
	assert_non_null(strstr(r.out, "      1  country       Japan\n"));
	assert_non_null(strstr(r.out, "      1  person        Antony Blinken\n"));
	run_free(&r);

	char *all[] = {e->brief, "--db", e->db, "timeline", NULL};
	r = run_program(all, e->dir, false);
	assert_int_equal(r.status, 0);
	/* in date order: 2019 before the Monday of the article's week */
	char *y2019 = strstr(r.out, "\n2019         2019");
	char *monday = strstr(r.out, "\n2024-11-25   Monday");
	assert_non_null(y2019);
	assert_non_null(monday);
	assert_true(y2019 < monday);
	run_free(&r);

	char *one[] = {e->brief, "--db", e->db, "timeline", "--actor", "blinken", NULL};
	r = run_program(one, e->dir, false);
	assert_int_equal(r.status, 0);
	assert_int_equal(count_lines_with(r.out, "Monday"), 1);
	assert_int_equal(count_lines_with(r.out, "2019"), 0);
	run_free(&r);

	char *nobody[] = {e->brief, "--db", e->db, "timeline", "--actor", "Nobody Atall", NULL};
	r = run_program(nobody, e->dir, false);
	assert_int_equal(r.status, 1);
	assert_string_equal(r.err, "brief: no actor named 'Nobody Atall'; see brief actors\n");
	run_free(&r);
	free(a);
}

static void test_reextract_uses_new_names_without_the_original_files(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt",
				 "Rowers Win Again\n\nThe harbour rowers won the regional title on Sunday.\n");
	struct run r = import(e, "--date", "2025-06-01", a);
	assert_int_equal(r.status, 0);
	run_free(&r);
	r = brief(e, "export");
	assert_null(strstr(r.out, "Harbour City Rowing Club\",\"kind\""));
	run_free(&r);

	/* the user teaches brief a name (written in lower case, so nothing
	 * but the gazetteer can know it), and the original file is gone */
	free(file_write_str(e->dir, ".config/brief/actors.yaml",
			    "organizations:\n  - name: Harbour City Rowing Club\n    aliases: [harbour rowers]\n"
			    "    type: ngo\n"));
	unlink(a);
	char *argv[] = {e->import, "--db", e->db, "--reextract", NULL};
	r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.out, "1 source: 1 article extracted again\n");
	run_free(&r);
	r = brief(e, "export");
	assert_non_null(strstr(r.out, "{\"name\":\"Harbour City Rowing Club\",\"kind\":\"organization\""));
	/* the --date of the first import still dates it */
	assert_non_null(strstr(r.out, "\"date\":\"2025-06-01\""));
	assert_non_null(strstr(r.out, "{\"date\":\"2025-06-01\",\"precision\":\"day\",\"text\":\"Sunday\""));
	run_free(&r);

	char *with_files[] = {e->import, "--db", e->db, "--reextract", a, NULL};
	r = run_program(with_files, e->dir, false);
	assert_int_equal(r.status, 2);
	run_free(&r);
	free(a);
}

static void test_markdown_export_reads_as_a_briefing(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt",
				 "Envoys Meet\n\nSecretary of State Antony Blinken met Japanese officials in 2019.\n"
				 "Next Steps\nTalks *continue* next week.\n");
	struct run r = import(e, "--date", "2024-11-26", a);
	assert_int_equal(r.status, 0);
	run_free(&r);
	char *argv[] = {e->brief, "--db", e->db, "export", "--format", "markdown", NULL};
	r = run_program(argv, e->dir, false);
	assert_int_equal(r.status, 0);
	assert_true(strncmp(r.out, "# Briefing\n\n## Timeline\n\n", 25) == 0);
	assert_non_null(strstr(r.out, "- **2019** Secretary of State Antony Blinken met Japanese officials in 2019. (*Envoys Meet*)\n"));
	assert_non_null(strstr(r.out, "### Envoys Meet\n\n*2024-11-26* \xC2\xB7 "));
	assert_non_null(strstr(r.out, "**Actors:** "));
	assert_non_null(strstr(r.out, "Antony Blinken (Secretary of State)"));
	assert_non_null(strstr(r.out, "#### Next Steps\n"));
	/* text from the file cannot become markup */
	assert_non_null(strstr(r.out, "Talks \\*continue\\* next week."));
	assert_non_null(strstr(r.out, "## Actors\n\n| Actor | Kind | Stories |\n"));
	run_free(&r);
	free(a);
}

static void test_malformed_user_gazetteer_is_reported_with_line_and_column(void **state)
{
	struct env *e = *state;
	char *a = file_write_str(e->dir, "a.txt", story);
	char *bad = file_write_str(e->dir, ".config/brief/actors.yaml", "countries:\n  - name: Atlantis\n    capital: X\n");
	struct run r = import(e, a, NULL, NULL);
	assert_int_equal(r.status, 1);
	struct buf want = BUF_INIT;
	buf_printf(&want, "brief-import: %s:3:5: unknown field 'capital'\n", bad);
	assert_string_equal(r.err, want.data);
	buf_free(&want);
	run_free(&r);
	/* nothing was imported: the cache was not even created */
	struct stat st;
	assert_int_not_equal(stat(e->db, &st), 0);
	free(a), free(bad);
}

int main(void)
{
#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_import_prints_summary_and_exits_zero),
		T(test_reimport_of_unchanged_files_is_skipped),
		T(test_changed_file_replaces_its_articles),
		T(test_failures_get_one_line_each_and_exit_one),
		T(test_unreadable_file_reports_permission_denied),
		T(test_a_read_only_cache_is_read_and_never_written),
		T(test_usage_errors_exit_two),
		T(test_a_bad_option_gets_a_short_usage),
		T(test_help_and_version),
		T(test_fallback_date_applies_to_undated_articles),
		T(test_encodings_are_decoded),
		T(test_escape_sequences_never_reach_the_output),
		T(test_a_cache_in_a_missing_folder_is_refused),
		T(test_cache_location_follows_brief_db_and_xdg),
		T(test_walk_skips_hidden_and_other_files_and_reports_loops),
		T(test_list_shows_a_table),
		T(test_export_lists_actors_with_role_and_names),
		T(test_export_lists_events_resolved_against_the_article_date),
		T(test_actors_and_timeline_tables),
		T(test_the_timeline_reads_tenses_with_the_tagger_and_dates_the_first_sentence),
		T(test_reextract_uses_new_names_without_the_original_files),
		T(test_markdown_export_reads_as_a_briefing),
		T(test_malformed_user_gazetteer_is_reported_with_line_and_column),
	};
	return cmocka_run_group_tests_name("cli", tests, NULL, NULL);
}
