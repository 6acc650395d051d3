/* test_screens.c - the reader driven by scripts (BRIEF_SCRIPT), its screen
 * dumped as text and compared with what a user must see, under a pinned
 * environment: LANG=C.UTF-8, TZ=UTC, fixed LINES/COLUMNS, HOME in a temp
 * folder. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sys/wait.h>
#include <time.h>

#include "brief/mem.h"
#include "support.h"

struct env {
	char *dir, *db, *empty_db, *brief, *import;
};

static struct env *E;

static int setup(void **state)
{
	E = xcalloc(1, sizeof *E);
	E->dir = tmp_make();
	E->db = path_join(E->dir, "cache.db");
	E->empty_db = path_join(E->dir, "empty.db");
	E->brief = bin_path("brief");
	E->import = bin_path("brief-import");
	char *samples = src_path("data/samples");
	char *argv[] = {E->import, "-q", "--db", E->db, samples, NULL};
	struct run r = run_program(argv, E->dir, false);
	int ok = r.status == 0;
	run_free(&r);
	free(samples);
	/* an empty cache: the schema and nothing else */
	char *none = file_write_str(E->dir, "nothing/empty.txt", "");
	char *argv2[] = {E->import, "-q", "--db", E->empty_db, none, NULL};
	r = run_program(argv2, E->dir, false);
	run_free(&r);
	free(none);
	*state = E;
	return ok ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	tmp_remove(E->dir);
	free(E->db), free(E->empty_db), free(E->brief), free(E->import), free(E);
	return 0;
}

/* Run the reader on db at cols x rows with the script's lines; returns the
 * named dumps concatenated in order, each after a "== NAME" line. */
static char *run_script(const char *db, int cols, int rows, const char *script)
{
	return screens_run(E->brief, E->dir, db, cols, rows, script);
}

/* The screen a user first sees must be exactly what the project expects. */
static void test_first_screen_matches_expected(void **state)
{
	(void)state;
	char *got = run_script(E->db, 120, 30, ":dump first");
	char *path = src_path("tests/ui/expected/first-120x30.txt");
	/* make expected writes it anew after a deliberate change of the screen */
	char *want = file_read(path, NULL);
	assert_non_null(want);
	assert_string_equal(got + strlen("== first\n"), want);
	free(got), free(want), free(path);
}

/* At the end of an article, scrolling on leaves the last page as it is:
 * j and ^D do not run the text off the top of the pane; Space goes on to
 * the next unread article. */
static void test_the_reader_stops_at_the_last_page(void **state)
{
	(void)state;
	char *got = run_script(E->db, 100, 16, "<Enter>\nG\n:dump end\nj\n<C-d>\nj\n:dump after\n<Space>\n:dump on");
	char *end = strstr(got, "== end\n"), *after = strstr(got, "== after\n");
	assert_non_null(end);
	assert_non_null(after);
	end += strlen("== end\n");
	after += strlen("== after\n");
	/* the screens are the same but for the status line, the last */
	char *on = strstr(after, "== on\n");
	assert_non_null(on);
	size_t n = (size_t)(on - after);
	while (n > 0 && after[n - 1] == '\n')
		n--;
	while (n > 0 && after[n - 1] != '\n')
		n--;
	assert_true(n > 100);
	assert_memory_equal(end, after, n);
	/* Space at the end goes on to the next unread article */
	assert_non_null(strstr(on, "\xE2\x94\x82" "Annual Landmine Report"));
	free(got);
}

static void test_opening_an_article_shows_it_with_actors_and_timeline(void **state)
{
	(void)state;
	char *got = run_script(E->db, 140, 40, "<Enter>\n:dump open");
	/* the newest article, its date and source, its actors, its events */
	assert_non_null(strstr(got, "WHO Members Push to Finish Pandemic Annex Before May"));
	assert_non_null(strstr(got, "2026-02-13 \xC2\xB7 "));
	assert_non_null(strstr(got, "Tedros Adhanom Ghebreyesus"));
	assert_non_null(strstr(got, "(Director-General)"));
	assert_non_null(strstr(got, " Timeline: this article"));
	assert_non_null(strstr(got, "2026-02-13  GENEVA, February 13, 2026"));
	assert_non_null(strstr(got, " [Reader] "));
	free(got);
}

static void test_narrow_terminal_shows_one_pane_with_tabs(void **state)
{
	(void)state;
	char *got = run_script(E->db, 60, 20, ":dump narrow\n<Tab>\n:dump tabbed");
	assert_non_null(strstr(got, "== narrow\n 1 Articles  2 Reader  3 Actors  4 Timeline"));
	assert_non_null(strstr(got, "2026-02-13 WHO Members Push"));
	/* Tab shows the next pane in place of the first */
	char *tabbed = strstr(got, "== tabbed\n");
	assert_non_null(tabbed);
	assert_non_null(strstr(tabbed, "Select an article and press Enter."));
	free(got);
}

static void test_too_small_terminal_says_so(void **state)
{
	(void)state;
	char *got = run_script(E->db, 30, 6, ":dump small");
	assert_non_null(strstr(got, "terminal too small\n"));
	assert_non_null(strstr(got, "30x6, need 40x8\n"));
	free(got);
}

static void test_resize_keeps_the_selection(void **state)
{
	(void)state;
	char *got = run_script(E->db, 120, 40, "jjj\n:resize 60x20\n:dump small\n:resize 200x60\n:dump big");
	/* the fourth article stays selected through both resizes */
	assert_non_null(strstr(got, "== small\n"));
	assert_non_null(strstr(strstr(got, "== small\n"), "[Articles] 4/20"));
	assert_non_null(strstr(strstr(got, "== big\n"), "[Articles] 4/20"));
	free(got);
}

static void test_empty_cache_says_how_to_import(void **state)
{
	(void)state;
	char *got = run_script(E->empty_db, 120, 30, ":dump empty");
	assert_non_null(strstr(got, "No articles yet."));
	assert_non_null(strstr(got, "brief-import FILE|DIR"));
	free(got);
}

static void test_search_lists_matches_and_bad_queries_give_a_message(void **state)
{
	(void)state;
	char *got = run_script(E->db, 140, 30,
			       "/\n:type landmine\n<Enter>\n:dump found\nq\n/\n:type AND\n<Enter>\n:dump odd");
	char *found = strstr(got, "== found\n");
	assert_non_null(strstr(found, " Search: landmine"));
	assert_non_null(strstr(found, "matches for landmine"));
	assert_non_null(strstr(found, "Baltic States Weigh Leaving"));
	/* a query FTS5 cannot parse is searched as plain words: no crash */
	char *odd = strstr(got, "== odd\n");
	assert_non_null(strstr(odd, "0 matches for AND"));
	free(got);
}

/* A new search starts at the top of its results, with the best match
 * selected, not on the story that was selected before (the newest, which
 * is fourth of the stories naming Geneva). */
static void test_a_new_search_starts_at_its_first_result(void **state)
{
	(void)state;
	char *got = run_script(E->db, 140, 30, "/\n:type Geneva\n<Enter>\n:dump found");
	char *found = strstr(got, "== found\n");
	assert_non_null(found);
	assert_non_null(strstr(found, "[Articles] 1/8 "));
	assert_non_null(strstr(found, "matches for Geneva"));
	free(got);
}

/* The help is a framed window over the panes: Space and G page it, q
 * closes it. */
static void test_help_is_a_window_that_pages(void **state)
{
	(void)state;
	char *got = run_script(E->db, 100, 20, "?\n:dump first\n<Space>\n:dump paged\nG\n:dump last\nq\n:dump closed");
	char *first = strstr(got, "== first\n"), *paged = strstr(got, "== paged\n");
	char *last = strstr(got, "== last\n"), *closed = strstr(got, "== closed\n");
	assert_non_null(first);
	assert_non_null(paged);
	assert_non_null(last);
	assert_non_null(closed);
	/* framed: corners, and a side on each line inside */
	assert_non_null(strstr(first, "\xE2\x94\x8C\xE2\x94\x80 Keys"));
	assert_non_null(strstr(first, "\xE2\x94\x94\xE2\x94\x80 1-16 of "));
	assert_non_null(strstr(first, "\xE2\x94\x82 j Down "));
	/* Space pages on, G goes to the last keys, and the window stays */
	assert_non_null(strstr(paged, "\xE2\x94\x94\xE2\x94\x80 17-"));
	assert_null(strstr(paged, " j Down "));
	char *bottom = strstr(last, "\xE2\x94\x94\xE2\x94\x80 ");
	assert_non_null(bottom);
	assert_true(bottom < closed); /* in the window's dump, not after it */
	assert_non_null(strstr(last, "reload from the cache"));
	/* q closes it: the panes, no frame */
	assert_null(strstr(closed, "\xE2\x94\x8C\xE2\x94\x80 Keys"));
	assert_non_null(strstr(closed, "[Articles] 1/20"));
	free(got);
}

static void test_help_lists_the_keymap(void **state)
{
	(void)state;
	char *got = run_script(E->db, 120, 40, "?\n:dump help");
	assert_non_null(strstr(got, "\xE2\x94\x8C\xE2\x94\x80 Keys \xE2\x80\x94 j/k, Space, G to move; q to close "));
	assert_non_null(strstr(got, "next related story"));
	assert_non_null(strstr(got, "C-d"));
	assert_non_null(strstr(got, "back to the previous article"));
	/* each key is named once: Enter and KEY_ENTER are one key to a user */
	assert_non_null(strstr(got, "Enter l Right"));
	assert_non_null(strstr(got, "h Backspace Left"));
	/* the keys of story threads */
	assert_non_null(strstr(got, "list the story threads / back to Articles"));
	assert_non_null(strstr(got, "C-t                timeline of the open story's thread"));
	assert_non_null(strstr(got, "next related story or story of the thread"));
	free(got);
}

static void test_actor_filter_and_timeline(void **state)
{
	(void)state;
	/* open the newest story, go to Actors, Enter on the first actor (WHO) */
	char *got = run_script(E->db, 140, 40, "<Enter>\n3\n<Enter>\n:dump stories\n3\nt\n:dump timeline");
	char *stories = strstr(got, "== stories\n");
	assert_non_null(strstr(stories, " Articles of World Health Organization"));
	assert_non_null(strstr(stories, "actor: World Health Organization"));
	char *timeline = strstr(got, "== timeline\n");
	assert_non_null(strstr(timeline, " Timeline: World Health Organization"));
	free(got);
}

/* The acceptance path on the seeds and the samples: open the first US-Japan
 * story, ] reaches the other, back returns; Blinken is in Actors with his
 * role; Enter lists both US-Japan stories; his timeline is in date order. */
static void test_seeds_related_walk_actor_and_timeline(void **state)
{
	(void)state;
	const char *seeds = seeds_dir();
	if (!seeds)
		skip();
	char *db = path_join(E->dir, "seeds.db");
	char *samples = src_path("data/samples");
	char *argv[] = {E->import, "-q", "--db", db, (char *)seeds, samples, NULL};
	struct run r = run_program(argv, E->dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	/* the last article (undated) is US-Japan Ties, the first seed story */
	char *got = run_script(db, 160, 50,
			       "G\n<Enter>\n:dump ties\n]\n:dump next\nh\n:dump back\n"
			       "L\n3\n:dump actors\n");
	char *ties = strstr(got, "== ties\n"), *next = strstr(got, "== next\n");
	char *back = strstr(got, "== back\n"), *actors = strstr(got, "== actors\n");
	assert_non_null(ties);
	assert_non_null(next);
	assert_non_null(back);
	assert_non_null(actors);
	assert_non_null(strstr(ties, "\xE2\x94\x82US-Japan Ties"));
	assert_non_null(strstr(next, "\xE2\x94\x82US-Japan Security Talks Underscore Threat from China"));
	assert_non_null(strstr(next, "related 1/"));
	/* back shows the first story again, in its own dump */
	char *again = strstr(back, "\xE2\x94\x82US-Japan Ties");
	assert_non_null(again);
	assert_true(again < actors);
	/* forward again (L) to the talks; Actors shows Blinken and his role */
	assert_non_null(strstr(actors, "Antony Blinken (Secretary of State)"));
	free(got);

	/* Enter on Blinken: both US-Japan stories; t: his timeline in date order */
	struct buf steps = BUF_INIT;
	buf_adds(&steps, "G\n<Enter>\n]\n3\n");
	/* select Blinken: the actors list is sorted by mentions; find his row */
	got = run_script(db, 160, 50, "G\n<Enter>\n]\n3\n:dump list\n");
	char *list = strstr(got, "== list\n");
	char *line = strstr(list, "Antony Blinken (Secretary of State)");
	assert_non_null(line);
	int row = 0;
	for (char *p = strstr(list, " Actors"); p && p < line; p = strchr(p + 1, '\n'))
		row++;
	free(got);
	for (int i = 2; i < row; i++)
		buf_adds(&steps, "j\n");
	buf_adds(&steps, "<Enter>\n:dump stories\n3\nt\n:dump timeline\n");
	got = run_script(db, 160, 50, steps.data);
	char *stories = strstr(got, "== stories\n"), *timeline = strstr(got, "== timeline\n");
	assert_non_null(strstr(stories, " Articles of Antony Blinken"));
	assert_non_null(strstr(stories, "US-Japan Security Talks Underscore"));
	assert_non_null(strstr(stories, "US-Japan Ties"));
	assert_non_null(strstr(timeline, " Timeline: Antony Blinken"));
	/* dated events in order: every date line not before the previous one */
	char last[11] = "0000";
	int dated = 0;
	for (char *p = strstr(timeline, " Timeline: Antony Blinken"); p; p = strchr(p + 1, '\n')) {
		char *cell = strstr(p, "\xE2\x94\x82");
		char *eol = strchr(p + 1, '\n');
		while (cell && eol && cell < eol) {
			char *next_cell = strstr(cell + 3, "\xE2\x94\x82");
			if (!next_cell || next_cell > eol)
				break;
			cell = next_cell;
		}
		if (!cell || (eol && cell > eol))
			continue;
		const char *d = cell + 3;
		if (d[0] >= '1' && d[0] <= '2' && d[4] == '-' ) {
			char date[11];
			snprintf(date, sizeof date, "%.10s", d);
			char *sp = strchr(date, ' ');
			if (sp)
				*sp = '\0';
			/* weeks and quarters sort by their first day: compare the
			 * others at the precision both have */
			if (strchr(date, 'W') || strchr(date, 'Q'))
				continue;
			size_t common = strlen(last) < strlen(date) ? strlen(last) : strlen(date);
			assert_true(strncmp(last, date, common) <= 0);
			snprintf(last, sizeof last, "%s", date);
			dated++;
		}
	}
	assert_true(dated >= 3);
	free(got);
	buf_free(&steps);
	free(samples);
	free(db);
}

/* The reader through a script, under valgrind: no invalid access, no
 * definite leak.  Skipped when valgrind is not installed, and in the
 * sanitizer build, which checks the same as it runs. */
static void run_under_valgrind(const char *name, const char *script)
{
	if (access("/usr/bin/valgrind", X_OK) != 0 || built_with_sanitizer())
		skip();
	char *path = file_write_str(E->dir, name, script);
	setenv("COLUMNS", "140", 1);
	setenv("LINES", "40", 1);
	char *argv[] = {"/usr/bin/valgrind", "-q", "--leak-check=full", "--errors-for-leak-kinds=definite",
			"--error-exitcode=9", E->brief, "--db", E->db, "--script", path, "--no-display", NULL};
	struct run r = run_program(argv, E->dir, false);
	if (r.status != 0)
		fprintf(stderr, "%s", r.err);
	assert_int_equal(r.status, 0);
	run_free(&r);
	free(path);
}

/* A session that touches every pane and key. */
static void test_script_session_is_valgrind_clean(void **state)
{
	(void)state;
	run_under_valgrind("valgrind.script",
			   "<Enter>\njjj\n]\n]\n[\nh\nL\n3\nj\n<Enter>\n3\nt\n4\nj\n<Enter>\n"
			   "/\n:type pandemic\n<Enter>\nn\nq\nr\nq\na\nT\n?\nj\nq\n:resize 60x20\n<Tab>\n"
			   ":resize 30x6\n:resize 120x40\nR\n");
}

/* Threads: the list, a thread's stories, its walk and its timeline, back
 * and forth between the two modes of the pane, by keys and by clicks. */
static void test_threads_session_is_valgrind_clean(void **state)
{
	(void)state;
	run_under_valgrind("valgrind-threads.script",
			   "H\nj\n<Enter>\nj\n<Enter>\n]\n]\n]\n]\n]\n[\n<C-t>\nj\n<Enter>\n<C-t>\n<C-t>\n"
			   "1\nh\nH\nH\nq\nq\nH\n:click 3 5\n:click 3 5\n:click 2 5\nr\nH\n/\n:type mine\n<Enter>\n"
			   "H\n:resize 60x20\nH\n<Enter>\n<Enter>\n]\nR\n:resize 140x40\nq\nq\n");
}

static void test_mouse_click_selects_then_opens_and_wheel_scrolls(void **state)
{
	(void)state;
	char *got = run_script(E->db, 200, 40, ":click 4 10\n:dump one\n:click 4 10\n:dump two\n:wheel down 10 70\n:dump three");
	assert_non_null(strstr(strstr(got, "== one\n"), "[Articles] 4/20"));
	char *two = strstr(got, "== two\n");
	assert_non_null(strstr(two, "[Reader] 1/"));
	assert_non_null(strstr(two, "\xE2\x94\x82Mine Ban Treaty Members Meet in Geneva"));
	assert_non_null(strstr(strstr(got, "== three\n"), "[Reader] 4/"));
	free(got);
}

/* Clicks past the last tab, off every edge, and clicks queued for a
 * larger screen before it shrank, are ignored: once a crash (a pane index
 * out of bounds from the tab line of the narrow layout). */
static void test_clicks_outside_the_screen_are_ignored(void **state)
{
	(void)state;
	char *got = run_script(E->db, 60, 20,
			       ":click 0 65\n:click 0 59\n:click 0 50\n:dump past\n:click 0 13\n:dump tab\n"
			       ":resize 200x50\n:resize 60x20\n:click 45 150\n:click -1 -1\n:wheel down 30 100\n"
			       ":click 19 59\n:resize 20x5\n:click 2 2\n:resize 60x20\n:dump after");
	/* past the four tabs: Articles keeps the focus */
	assert_non_null(strstr(strstr(got, "== past\n"), " [Articles] 1/20"));
	/* on the second tab: the Reader */
	assert_non_null(strstr(strstr(got, "== tab\n"), " [Reader] "));
	char *after = strstr(got, "== after\n");
	assert_non_null(strstr(after, " 1 Articles  2 Reader  3 Actors  4 Timeline"));
	assert_non_null(strstr(after, " [Reader] "));
	free(got);
}

/* brief-import adds a story while the reader is open: within a second the
 * list shows it, and the selected story stays selected. */
static void test_live_refresh_keeps_the_selection(void **state)
{
	(void)state;
	char *db = path_join(E->dir, "live.db");
	char *samples = src_path("data/samples");
	char *argv[] = {E->import, "-q", "--db", db, samples, NULL};
	struct run r = run_program(argv, E->dir, false);
	run_free(&r);
	char *story = file_write_str(E->dir, "live/new.txt",
				     "Fresh Story Arrives While Reading\n\nGENEVA, March 1, 2027 (AFP) - It came in late.\n");
	char *script = file_write_str(E->dir, "live.script", "jj\n:sleep 1500\n");
	char *dump = path_join(E->dir, "live.txt");
	struct buf steps = BUF_INIT;
	buf_printf(&steps, "jj\n:sleep 1500\n:dump %s\n", dump);
	free(file_write_str(E->dir, "live.script", steps.data));
	setenv("COLUMNS", "120", 1);
	setenv("LINES", "30", 1);
	pid_t pid = fork();
	if (pid == 0) {
		char *reader[] = {E->brief, "--db", db, "--script", script, "--no-display", NULL};
		freopen("/dev/null", "w", stderr);
		execv(E->brief, reader);
		_exit(127);
	}
	struct timespec nap = {0, 400 * 1000 * 1000};
	nanosleep(&nap, NULL);
	char *add[] = {E->import, "-q", "--db", db, story, NULL};
	r = run_program(add, E->dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	int status;
	waitpid(pid, &status, 0);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	char *screen = file_read(dump, NULL);
	assert_non_null(screen);
	assert_non_null(strstr(screen, "2027-03-01 Fresh Story Arrives"));
	/* the third story was selected; one arrived above it: now the fourth,
	 * and the status line says one came, and how to reach it */
	assert_non_null(strstr(screen, "[Articles] 4/21"));
	assert_non_null(strstr(screen, "1 new article: g goes to the newest"));
	free(screen), free(dump), free(script), free(story), free(samples), free(db);
	buf_free(&steps);
}

static void test_bad_theme_is_reported_after_the_screen_closes(void **state)
{
	(void)state;
	char *theme = file_write_str(E->dir, "bad-theme.yaml", "elements:\n  title:\n    fg: purple\n");
	char *script = file_write_str(E->dir, "quit.script", "Q\n");
	setenv("COLUMNS", "120", 1);
	setenv("LINES", "30", 1);
	char *argv[] = {E->brief, "--db", E->db, "--theme", theme, "--script", script, "--no-display", NULL};
	struct run r = run_program(argv, E->dir, false);
	assert_int_equal(r.status, 0);
	struct buf want = BUF_INIT;
	buf_printf(&want, "brief: %s:3:9: ", theme);
	assert_true(strncmp(r.err, want.data, want.len) == 0);
	assert_non_null(strstr(r.err, "(the default theme is used)"));
	buf_free(&want);
	run_free(&r);
	free(theme), free(script);
}

/* A theme name that is nowhere stops the reader before the screen opens;
 * a config.yaml mistake is named by file, line and column. */
static void test_theme_and_config_mistakes_are_named(void **state)
{
	(void)state;
	char *dump = path_join(E->dir, "never.txt");
	struct buf steps = BUF_INIT;
	buf_printf(&steps, ":dump %s\n", dump);
	char *script = file_write_str(E->dir, "never.script", steps.data);
	setenv("COLUMNS", "120", 1);
	setenv("LINES", "30", 1);
	char *argv[] = {E->brief, "--db", E->db, "--theme", "no-such-theme", "--script", script, "--no-display", NULL};
	struct run r = run_program(argv, E->dir, false);
	assert_int_equal(r.status, 1);
	assert_true(strncmp(r.err, "brief: theme 'no-such-theme' not found (looked in ", 50) == 0);
	assert_int_equal(access(dump, F_OK), -1); /* no screen was drawn */
	run_free(&r);

	char *cfg = file_write_str(E->dir, ".config/brief/config.yaml", "keys:\n  down: [j]\n  bogus: [x]\n");
	char *plain[] = {E->brief, "--db", E->db, "--script", script, "--no-display", NULL};
	r = run_program(plain, E->dir, false);
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.err, "config.yaml:3:3: keys: unknown action 'bogus'"));
	run_free(&r);
	free(file_write_str(E->dir, ".config/brief/config.yaml", "keys:\n  down: [C-nope]\n"));
	r = run_program(plain, E->dir, false);
	assert_non_null(strstr(r.err, "config.yaml:2:10: keys: down: unknown key 'C-nope'"));
	run_free(&r);
	unlink(cfg);
	free(cfg), free(script), free(dump);
	buf_free(&steps);
}

static void test_config_rebinds_keys(void **state)
{
	(void)state;
	/* HOME is the temp folder, so this is the user's config.yaml */
	char *cfg = file_write_str(E->dir, ".config/brief/config.yaml", "keys:\n  down: [x]\n");
	char *got = run_script(E->db, 120, 30, "xx\n:dump rebound\njj\n:dump old");
	assert_non_null(strstr(strstr(got, "== rebound\n"), "[Articles] 3/20"));
	/* j is no longer down */
	assert_non_null(strstr(strstr(got, "== old\n"), "[Articles] 3/20"));
	free(got);
	unlink(cfg);
	free(cfg);
}

/* The status line names the keys as bound and what the close key does
 * now: it clears a search before it quits. */
static void test_status_line_says_what_the_keys_do(void **state)
{
	(void)state;
	char *got = run_script(E->db, 120, 30, ":dump plain\n/landmine\n<Enter>\n:dump search");
	char *plain = strstr(got, "== plain\n"), *search = strstr(got, "== search\n");
	assert_non_null(plain);
	assert_non_null(search);
	assert_non_null(strstr(plain, "?:help  q:quit"));
	assert_non_null(strstr(search, "?:help  q:clear"));
	assert_null(strstr(search, "q:quit"));
	free(got);
	/* close unbound and quit on x: the line says x quits */
	char *cfg = file_write_str(E->dir, ".config/brief/config.yaml", "keys:\n  close: []\n  quit: [x]\n");
	got = run_script(E->db, 120, 30, ":dump rebound");
	assert_non_null(strstr(got, "?:help  x:quit"));
	assert_null(strstr(got, "q:quit"));
	free(got);
	unlink(cfg);
	free(cfg);
}

static void test_timeline_enter_scrolls_the_reader_to_the_sentence(void **state)
{
	(void)state;
	/* the newest story's last event but one, "One further round of talks
	 * ... next month" (the last is the World Health Assembly in May, in
	 * the first sentence) */
	char *got = run_script(E->db, 140, 30, "<Enter>\n4\nG\nk\n<Enter>\n:dump jumped");
	char *jumped = strstr(got, "== jumped\n");
	/* the Reader's first body line (the dump's second row) is that
	 * sentence, not the title */
	char *header = strchr(jumped, '\n');
	char *first = header ? strchr(header + 1, '\n') : NULL;
	char *second_line = first ? strchr(first + 1, '\n') : NULL;
	assert_non_null(second_line);
	char *reader_top = strstr(first + 1, "\xE2\x94\x82");
	assert_non_null(reader_top);
	assert_true(reader_top < second_line);
	assert_true(strncmp(reader_top + 3, "One further round of talks", 26) == 0);
	assert_non_null(strstr(jumped, "[Reader] "));
	free(got);
}

/* A jump to a date inside a long sentence shows the sentence from its
 * start, not from the line where the date is. */
static void test_timeline_jump_shows_the_whole_sentence(void **state)
{
	(void)state;
	char *db = path_join(E->dir, "sentence.db");
	char *story = file_write_str(E->dir, "sentence/talks.txt",
				     "Talks Resume In Oslo\n\nGENEVA, March 3, 2025 (AFP) - It was cold. Negotiators from both "
				     "delegations, who had spent the whole of the winter apart in their own capitals "
				     "and in quiet consultations with their allies, agreed to meet again in Oslo on "
				     "Friday to settle the questions that remain.\n");
	char *argv[] = {E->import, "-q", "--db", db, story, NULL};
	struct run r = run_program(argv, E->dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	/* Friday is the Timeline's first event (the dateline's day the other);
	 * Enter jumps to it */
	char *got = run_script(db, 100, 24, "<Enter>\n4\ng\n<Enter>\n:dump jumped\n:cells selected_idle marked");
	char *jumped = strstr(got, "== jumped\n");
	assert_non_null(jumped);
	assert_non_null(strstr(jumped, "[Reader] "));
	/* the Reader's top line is where the sentence begins ("cold.
	 * Negotiators from both..."), not the line of "Friday" */
	char *header = strchr(jumped, '\n');
	char *first = header ? strchr(header + 1, '\n') : NULL;
	char *end = first ? strchr(first + 1, '\n') : NULL;
	assert_non_null(end);
	char *top = strstr(first + 1, "\xE2\x94\x82");
	assert_non_null(top);
	assert_true(top < end);
	char *begins = strstr(top, "Negotiators from both");
	assert_non_null(begins);
	assert_true(begins < end);
	assert_non_null(strstr(end, "Friday"));
	/* and the sentence is marked, the one before it not */
	char *marked = strstr(got, "== marked\n");
	assert_non_null(marked);
	assert_non_null(strstr(marked, "Negotiators from both"));
	assert_non_null(strstr(marked, "on Friday"));
	assert_null(strstr(marked, "It was cold"));
	free(got), free(story), free(db);
}

/* :time writes one line a timed key, under its label, and nothing for the
 * keys after ":time" alone: what make bench reads. */
static void test_script_times_each_key_under_its_label(void **state)
{
	(void)state;
	char *times = path_join(E->dir, "times.tsv");
	remove(times);
	setenv("BRIEF_SCRIPT_TIMES", times, 1);
	char *got = run_script(E->db, 160, 30, ":time down\njjj\n:time end\nG\n:time\ngjj\n:dump after");
	unsetenv("BRIEF_SCRIPT_TIMES");
	free(got);
	char *text = file_read(times, NULL);
	assert_non_null(text);
	int down = 0, end = 0, lines = 0;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		char label[16];
		double ms = -1;
		assert_int_equal(sscanf(line, "%15[^\t]\t%lf", label, &ms), 2);
		assert_true(ms >= 0 && ms < 10000);
		down += strcmp(label, "down") == 0;
		end += strcmp(label, "end") == 0;
		lines++;
	}
	assert_int_equal(down, 3);
	assert_int_equal(end, 1);
	assert_int_equal(lines, 4);
	free(text), free(times);
}

/* The search prompt edits its line (^U here) and remembers searches
 * between sessions (Up); n numbers the hits and wraps, saying so. */
static void test_search_prompt_edits_remembers_and_hits_wrap(void **state)
{
	(void)state;
	unsetenv("XDG_STATE_HOME");
	char *got = run_script(E->db, 140, 30, "/\n:type bogus words\n<C-u>\n:type landmine\n<Enter>\n:dump searched");
	assert_non_null(strstr(strstr(got, "== searched\n"), " Search: landmine"));
	free(got);
	got = run_script(E->db, 140, 30, "/\n<Up>\n<Enter>\n:dump again\n<Enter>\nn\n:dump hit\nN\n:dump wrapped");
	assert_non_null(strstr(strstr(got, "== again\n"), " Search: landmine"));
	char *hit = strstr(got, "== hit\n"), *wrapped = strstr(got, "== wrapped\n");
	assert_non_null(hit);
	assert_non_null(wrapped);
	/* the first hit, then N before it: the last, wrapped */
	char *first = strstr(hit, "hit 1/");
	assert_non_null(first);
	assert_true(first < wrapped);
	assert_non_null(strstr(wrapped, ", wrapped to the bottom"));
	free(got);
}

/* Titles have the room first; the source column shows what tells the
 * files apart, not the start they all share. */
static void test_titles_first_and_sources_told_apart(void **state)
{
	(void)state;
	char *db = path_join(E->dir, "sources.db");
	const char *names[] = {"gum/GUM_news_ferry.txt", "gum/GUM_news_rail.txt", "gum/GUM_news_port.txt"};
	const char *titles[] = {"Ferry Terminal Opens", "Rail Strike Ends", "Port Reopens"};
	for (int i = 0; i < 3; i++) {
		struct buf text = BUF_INIT;
		buf_printf(&text, "%s\n\nPORTSMOUTH, May %d, 2025 (Reuters) - It happened.\n", titles[i], i + 4);
		free(file_write_str(E->dir, names[i], text.data));
		buf_free(&text);
	}
	char *gum = path_join(E->dir, "gum");
	char *argv[] = {E->import, "-q", "--db", db, gum, NULL};
	struct run r = run_program(argv, E->dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	char *got = run_script(db, 200, 20, ":dump sources");
	assert_non_null(strstr(got, "2025-05-05 Rail Strike Ends"));
	assert_non_null(strstr(got, "\xE2\x80\xA6rail.txt"));
	assert_non_null(strstr(got, "\xE2\x80\xA6" "ferry.txt"));
	assert_null(strstr(got, "GUM_news_"));
	free(got), free(gum), free(db);
}

/* What a row cuts short is whole under the list for the selected row: the
 * event's sentence in the Timeline, the snippet of a search. */
static void test_previews_show_the_selected_rows_text_whole(void **state)
{
	(void)state;
	char *got = run_script(E->db, 140, 30, "T\n:dump timeline\n1\n/\n:type pandemic\n<Enter>\nj\n:dump search");
	char *timeline = strstr(got, "== timeline\n"), *search = strstr(got, "== search\n");
	assert_non_null(timeline);
	assert_non_null(search);
	/* the first event's row is cut; its sentence goes on under the list */
	char *row = strstr(timeline, "1951        \xE2\x80\x9CWe stand with");
	char *more = strstr(timeline, "stand by our commitments");
	assert_non_null(row);
	assert_non_null(more);
	assert_true(row < more && more < search);
	assert_non_null(strstr(search, "agreement on Tuesday"));
	free(got);
}

static void test_related_list_gives_the_reason(void **state)
{
	(void)state;
	char *got = run_script(E->db, 160, 30, "<Enter>\nr\n:dump related");
	char *related = strstr(got, "== related\n");
	/* the header names the story it relates to, and the first, strongest
	 * entry is selected */
	assert_non_null(strstr(related, " Related to: WHO Members Push"));
	assert_non_null(strstr(related, "\xE2\x80\x94 shares "));
	assert_non_null(strstr(related, "[Articles] 1/"));
	assert_non_null(strstr(related, "related to: WHO Members Push"));
	free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_first_screen_matches_expected),
		cmocka_unit_test(test_opening_an_article_shows_it_with_actors_and_timeline),
		cmocka_unit_test(test_the_reader_stops_at_the_last_page),
		cmocka_unit_test(test_narrow_terminal_shows_one_pane_with_tabs),
		cmocka_unit_test(test_too_small_terminal_says_so),
		cmocka_unit_test(test_resize_keeps_the_selection),
		cmocka_unit_test(test_empty_cache_says_how_to_import),
		cmocka_unit_test(test_search_lists_matches_and_bad_queries_give_a_message),
		cmocka_unit_test(test_a_new_search_starts_at_its_first_result),
		cmocka_unit_test(test_help_lists_the_keymap),
		cmocka_unit_test(test_help_is_a_window_that_pages),
		cmocka_unit_test(test_actor_filter_and_timeline),
		cmocka_unit_test(test_seeds_related_walk_actor_and_timeline),
		cmocka_unit_test(test_script_session_is_valgrind_clean),
		cmocka_unit_test(test_mouse_click_selects_then_opens_and_wheel_scrolls),
		cmocka_unit_test(test_clicks_outside_the_screen_are_ignored),
		cmocka_unit_test(test_live_refresh_keeps_the_selection),
		cmocka_unit_test(test_bad_theme_is_reported_after_the_screen_closes),
		cmocka_unit_test(test_theme_and_config_mistakes_are_named),
		cmocka_unit_test(test_config_rebinds_keys),
		cmocka_unit_test(test_status_line_says_what_the_keys_do),
		cmocka_unit_test(test_timeline_enter_scrolls_the_reader_to_the_sentence),
		cmocka_unit_test(test_timeline_jump_shows_the_whole_sentence),
		cmocka_unit_test(test_related_list_gives_the_reason),
		cmocka_unit_test(test_previews_show_the_selected_rows_text_whole),
		cmocka_unit_test(test_titles_first_and_sources_told_apart),
		cmocka_unit_test(test_search_prompt_edits_remembers_and_hits_wrap),
		cmocka_unit_test(test_script_times_each_key_under_its_label),
		cmocka_unit_test(test_threads_session_is_valgrind_clean),
	};
	return cmocka_run_group_tests_name("screens", tests, setup, teardown);
}
