/* test_tmux.c - the real reader in a real terminal (tmux): start it, walk
 * to a related story and back, search, resize, and check the theme's
 * colours reach the screen.  Skipped when tmux is not installed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "brief/mem.h"
#include "support.h"

static char *dir, *db;

/* One tmux server a session, so a new session never races with the
 * server of the last one shutting down. */
static char socket_name[64] = "brief-test";

static struct run tmux(const char *a1, const char *a2, const char *a3, const char *a4, const char *a5,
		       const char *a6, const char *a7)
{
	char *argv[] = {"/usr/bin/tmux", "-L", socket_name, (char *)a1, (char *)a2, (char *)a3, (char *)a4,
			(char *)a5, (char *)a6, (char *)a7, NULL};
	return run_program(argv, NULL, false);
}

static char *capture(bool colours)
{
	struct run r = tmux("capture-pane", "-p", colours ? "-e" : "-J", "-t", "ui", NULL, NULL);
	free(r.err);
	return r.out;
}

/* Wait until the screen shows text (the reader redraws on its own time). */
static char *wait_for(const char *text)
{
	struct timespec nap = {0, 50 * 1000 * 1000};
	for (int i = 0; i < 300; i++) {
		char *screen = capture(false);
		if (strstr(screen, text))
			return screen;
		free(screen);
		nanosleep(&nap, NULL);
	}
	return capture(false);
}

static void keys(const char *k)
{
	struct run r = tmux("send-keys", "-t", "ui", k, NULL, NULL, NULL);
	run_free(&r);
}

static int setup(void **state)
{
	(void)state;
	if (access("/usr/bin/tmux", X_OK) != 0)
		return 0;
	dir = tmp_make();
	db = path_join(dir, "cache.db");
	char *import = bin_path("brief-import"), *samples = src_path("data/samples");
	char *argv[] = {import, "-q", "--db", db, samples, NULL};
	struct run r = run_program(argv, dir, false);
	int status = r.status;
	run_free(&r);
	free(import), free(samples);
	return status == 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	struct run r = tmux("kill-server", NULL, NULL, NULL, NULL, NULL, NULL);
	run_free(&r);
	if (dir)
		tmp_remove(dir);
	free(db);
	return 0;
}

/* brief as the session's own command: no shell in between to race with */
static void start(const char *extra_env)
{
	static int sessions;
	struct run r = tmux("kill-server", NULL, NULL, NULL, NULL, NULL, NULL);
	run_free(&r);
	snprintf(socket_name, sizeof socket_name, "brief-test-%ld-%d", (long)getpid(), ++sessions);
	char *brief = bin_path("brief");
	char *abs = realpath(brief, NULL);
	struct buf cmd = BUF_INIT;
	buf_printf(&cmd, "env HOME=%s LANG=C.UTF-8 TZ=UTC %s %s --db %s", dir, extra_env, abs, db);
	char *argv[] = {"/usr/bin/tmux", "-L", socket_name, "new-session", "-d", "-s", "ui", "-x", "120", "-y", "40",
			cmd.data, NULL};
	r = run_program(argv, NULL, false);
	run_free(&r);
	buf_free(&cmd);
	free(abs), free(brief);
}

static void test_related_walk_search_and_resize_in_tmux(void **state)
{
	(void)state;
	if (!db)
		skip();
	start("");
	char *s = wait_for("?:help");
	assert_non_null(strstr(s, "2026-02-13 WHO Members Push"));
	free(s);
	/* open the newest story, go to its first related story, come back */
	keys("Enter");
	s = wait_for("[Reader]");
	assert_non_null(strstr(s, "\xE2\x94\x82WHO Members Push to Finish Pandemic"));
	free(s);
	keys("]");
	s = wait_for("related 1/");
	assert_null(strstr(s, "\xE2\x94\x82WHO Members Push to Finish Pandemic"));
	free(s);
	keys("h");
	s = wait_for("\xE2\x94\x82WHO Members Push to Finish Pandemic");
	assert_non_null(strstr(s, "\xE2\x94\x82WHO Members Push to Finish Pandemic"));
	free(s);
	/* search */
	keys("/");
	keys("landmine");
	keys("Enter");
	s = wait_for("matches for landmine");
	assert_non_null(strstr(s, " Search: landmine"));
	free(s);
	/* 120x40 -> 60x20: one pane with a tab line */
	struct run r = tmux("resize-window", "-t", "ui", "-x", "60", "-y", "20");
	run_free(&r);
	s = wait_for(" 1 Articles  2 Reader");
	assert_non_null(strstr(s, " 1 Articles  2 Reader  3 Actors  4 Timeline"));
	free(s);
	/* -> 200x60: all panes again, the search still on */
	r = tmux("resize-window", "-t", "ui", "-x", "200", "-y", "60");
	run_free(&r);
	s = wait_for(" Timeline: ");
	assert_non_null(strstr(s, " Search: landmine"));
	assert_non_null(strstr(s, " Actors"));
	assert_null(strstr(s, " 1 Articles  2 Reader"));
	free(s);
	keys("Q");
}

/* ^Z suspends the reader as a shell's job and fg brings its screen back;
 * ^C ends it with the terminal restored and status 130. */
static void test_suspend_resume_and_interrupt_in_a_shell(void **state)
{
	(void)state;
	if (!db || access("/bin/bash", X_OK) != 0)
		skip();
	struct run r = tmux("kill-server", NULL, NULL, NULL, NULL, NULL, NULL);
	run_free(&r);
	snprintf(socket_name, sizeof socket_name, "brief-test-%ld-shell", (long)getpid());
	char *argv[] = {"/usr/bin/tmux", "-L", socket_name, "new-session", "-d", "-s", "ui", "-x", "120", "-y", "40",
			"env PS1='$ ' /bin/bash --norc --noprofile -i", NULL};
	r = run_program(argv, NULL, false);
	run_free(&r);
	char *brief = bin_path("brief");
	char *abs = realpath(brief, NULL);
	struct buf cmd = BUF_INIT;
	buf_printf(&cmd, "HOME=%s LANG=C.UTF-8 TZ=UTC %s --db %s", dir, abs, db);
	keys(cmd.data);
	keys("Enter");
	char *s = wait_for("?:help");
	assert_non_null(strstr(s, "2026-02-13 WHO Members Push"));
	free(s);
	keys("C-z");
	s = wait_for("Stopped");
	assert_non_null(strstr(s, "Stopped"));
	assert_null(strstr(s, "?:help"));
	free(s);
	keys("fg");
	keys("Enter");
	s = wait_for("?:help");
	assert_non_null(strstr(s, "2026-02-13 WHO Members Push"));
	free(s);
	keys("C-c");
	keys("echo \"status $?\"");
	keys("Enter");
	s = wait_for("status 1");
	assert_non_null(strstr(s, "status 130"));
	assert_null(strstr(s, "?:help"));
	free(s);
	buf_free(&cmd);
	free(abs), free(brief);
}

static void test_theme_colours_reach_the_terminal(void **state)
{
	(void)state;
	if (!db)
		skip();
	start("TERM=tmux-256color");
	free(wait_for("?:help"));
	char *s = capture(true);
	/* the default theme's colours as the terminal receives them: the
	 * focused pane's title cyan, the selected row on blue, dates magenta */
	char *first_line_end = strchr(s, '\n');
	char *cyan = strstr(s, "\x1b[36m");
	assert_non_null(cyan);
	assert_true(cyan < first_line_end);
	assert_non_null(strstr(s, "\x1b[44m"));
	assert_non_null(strstr(s, "\x1b[35m2025-11-25"));
	free(s);
	keys("Q");
	/* NO_COLOR: attributes only, no colour at all */
	start("TERM=tmux-256color NO_COLOR=1");
	free(wait_for("?:help"));
	s = capture(true);
	/* no colour at all, and the selection still shows (reverse video) */
	assert_null(strstr(s, "\x1b[36m"));
	assert_null(strstr(s, "\x1b[44m"));
	assert_null(strstr(s, "\x1b[35m"));
	assert_null(strstr(s, "38;5;"));
	assert_null(strstr(s, "48;5;"));
	assert_non_null(strstr(s, "\x1b[7m"));
	free(s);
	keys("Q");
	/* eight colours (TERM=xterm): the gray of borders and dim text is
	 * white, never the yellow nearest to it */
	start("TERM=xterm");
	free(wait_for("?:help"));
	s = capture(true);
	assert_non_null(strstr(s, "\x1b[37m\xE2\x94\x82"));
	assert_null(strstr(s, "\x1b[33m"));
	free(s);
	keys("Q");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_related_walk_search_and_resize_in_tmux),
		cmocka_unit_test(test_suspend_resume_and_interrupt_in_a_shell),
		cmocka_unit_test(test_theme_colours_reach_the_terminal),
	};
	return cmocka_run_group_tests_name("tmux", tests, setup, teardown);
}
