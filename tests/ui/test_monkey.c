/* test_monkey.c - the reader under random input: keys of every action and
 * stray characters, clicks and wheel turns anywhere (off the screen too),
 * resizes from 1x1 to 300x100, and searches for random text, on the
 * samples cache.  It must neither crash nor complain; under the sanitizer
 * build (make check SANITIZE=address,undefined) any memory error fails it.
 * Deterministic: run i uses seed i.  BRIEF_MONKEY_RUNS and
 * BRIEF_MONKEY_STEPS make it longer (make fuzz does). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/mem.h"
#include "support.h"

static char *dir, *db;

static unsigned long long rng;

static unsigned pick(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static int setup(void **state)
{
	(void)state;
	dir = tmp_make();
	db = path_join(dir, "cache.db");
	char *import = bin_path("brief-import");
	char *samples = src_path("data/samples");
	char *argv[] = {import, "-q", "--db", db, samples, NULL};
	struct run r = run_program(argv, dir, false);
	int ok = r.status == 0;
	run_free(&r);
	free(import), free(samples);
	return ok ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	tmp_remove(dir);
	free(db);
	return 0;
}

/* What a user may type: every default key, some with no meaning, and the
 * quit keys left out so the session lasts. */
static const char *const keys[] = {
	"j", "k", "g", "G", "<PgDn>", "<PgUp>", "<Space>", "b", "<C-d>", "<C-u>", "<Tab>", "<S-Tab>",
	"1", "2", "3", "4", "<Enter>", "l", "<Right>", "h", "<Left>", "<Backspace>", "u", "U", "]", "[",
	"r", "a", "t", "T", "n", "N", "?", "<C-l>", "R", "<Esc>", "<Down>", "<Up>", "<Home>", "<End>",
	"H", "<C-t>", "x", "z", "0", "9", "<F1>", "<F5>", "<C-a>", "~",
};

static const char *const words[] = {
	"landmine", "Japan", "WHO", "\"treaty", "C++", "*", "OR", "NOT", "(", ")", "title:", "caf\xC3\xA9",
	"\xE6\x97\xA5\xE6\x9C\xAC", "NEAR(a b)", "-", "^", "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9",
	"a\"b", "'", "?", "pandemic",
};

static void add_step(struct buf *s)
{
	unsigned what = pick(100);
	if (what < 60) {
		buf_printf(s, "%s\n", keys[pick(sizeof keys / sizeof *keys)]);
	} else if (what < 72) {
		/* anywhere, and past every edge */
		buf_printf(s, ":click %d %d\n", (int)pick(130) - 10, (int)pick(330) - 10);
	} else if (what < 80) {
		buf_printf(s, ":wheel %s %d %d\n", pick(2) ? "up" : "down", (int)pick(110) - 5, (int)pick(310) - 5);
	} else if (what < 90) {
		unsigned w = pick(4) ? 1 + pick(300) : 1 + pick(45), h = pick(4) ? 1 + pick(100) : 1 + pick(12);
		buf_printf(s, ":resize %ux%u\n", w, h);
	} else {
		buf_adds(s, "/\n:type");
		for (unsigned n = 1 + pick(3); n > 0; n--)
			buf_printf(s, " %s", words[pick(sizeof words / sizeof *words)]);
		buf_adds(s, pick(5) ? "\n<Enter>\n" : "\n<Esc>\n");
	}
}

static void test_random_sessions_neither_crash_nor_complain(void **state)
{
	(void)state;
	const char *r_env = getenv("BRIEF_MONKEY_RUNS"), *s_env = getenv("BRIEF_MONKEY_STEPS");
	int runs = r_env && atoi(r_env) > 0 ? atoi(r_env) : 4;
	int steps = s_env && atoi(s_env) > 0 ? atoi(s_env) : 250;
	char *brief = bin_path("brief");
	setenv("COLUMNS", "120", 1);
	setenv("LINES", "40", 1);
	setenv("TERM", "xterm-256color", 1);
	for (int run = 1; run <= runs; run++) {
		rng = 0x9E3779B97F4A7C15ULL * (unsigned long long)run;
		struct buf script = BUF_INIT;
		for (int i = 0; i < steps; i++)
			add_step(&script);
		buf_printf(&script, ":dump %s/last.txt\n", dir);
		char *path = file_write_str(dir, "monkey.txt", script.data);
		char *argv[] = {brief, "--db", db, "--script", path, "--no-display", NULL};
		struct run r = run_program(argv, dir, false);
		if (r.status != 0 || r.err[0]) {
			/* keep the script that failed, to replay it by hand */
			char name[64];
			snprintf(name, sizeof name, "monkey-failed-%d.txt", run);
			free(file_write_str(".", name, script.data));
			fprintf(stderr, "run %d: exit %d, script kept in %s\n%s", run, r.status, name, r.err);
		}
		assert_int_equal(r.status, 0);
		assert_string_equal(r.err, "");
		char *last = path_join(dir, "last.txt");
		char *screen = file_read(last, NULL);
		assert_non_null(screen); /* the reader was alive to the end */
		free(screen), free(last);
		printf("# run %d: %d steps ok\n", run, steps);
		run_free(&r);
		free(path);
		buf_free(&script);
	}
	free(brief);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_sessions_neither_crash_nor_complain),
	};
	return cmocka_run_group_tests_name("monkey", tests, setup, teardown);
}
