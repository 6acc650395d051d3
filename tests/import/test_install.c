/* test_install.c - what make install puts in place (mk/install.sh), as a
 * user finds it: the programs find their data and themes from any working
 * folder, the man pages read without a warning, the completions parse. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "brief/mem.h"
#include "support.h"

static char *dir, *prefix;

static int setup(void **state)
{
	(void)state;
	dir = tmp_make();
	prefix = path_join(dir, "usr");
	char *src = src_path(".");
	const char *build = getenv("BRIEF_BUILD") ? getenv("BRIEF_BUILD") : "build";
	char *abs = realpath(build, NULL);
	struct buf cmd = BUF_INIT;
	buf_printf(&cmd, "cd '%s' && sh mk/install.sh '%s' '' '%s'", src, abs ? abs : build, prefix);
	char *argv[] = {"/bin/sh", "-c", cmd.data, NULL};
	struct run r = run_program(argv, dir, false);
	int status = r.status;
	if (status)
		fprintf(stderr, "%s", r.err);
	run_free(&r);
	buf_free(&cmd);
	free(src), free(abs);
	return status == 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	tmp_remove(dir);
	free(prefix);
	return 0;
}

static char *installed(const char *relative)
{
	return path_join(prefix, relative);
}

/* Run from the temp folder, with nothing pointing at the source tree. */
static struct run run_installed(char *const argv[])
{
	unsetenv("BRIEF_DATA_DIR");
	unsetenv("BRIEF_THEMES_DIR");
	char *here = getcwd(NULL, 0);
	assert_int_equal(chdir(dir), 0);
	struct run r = run_program(argv, dir, false);
	assert_int_equal(chdir(here), 0);
	free(here);
	return r;
}

static void test_installed_programs_find_their_data_anywhere(void **state)
{
	(void)state;
	char *import = installed("bin/brief-import"), *brief = installed("bin/brief");
	char *samples = installed("share/brief/samples"), *db = path_join(dir, "cache.db");
	char *argv[] = {import, "-q", "--db", db, samples, NULL};
	struct run r = run_installed(argv);
	assert_int_equal(r.status, 0);
	run_free(&r);
	char *list[] = {brief, "--db", db, "list", NULL};
	r = run_installed(list);
	assert_int_equal(r.status, 0);
	assert_non_null(strstr(r.out, "WHO Members Push to Finish Pandemic Annex"));
	run_free(&r);
	/* a theme by name, from share/brief/themes */
	char *script = file_write_str(dir, "quit.script", "Q\n");
	setenv("COLUMNS", "100", 1);
	setenv("LINES", "30", 1);
	char *reader[] = {brief, "--db", db, "--theme", "light", "--script", script, "--no-display", NULL};
	r = run_installed(reader);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.err, "");
	run_free(&r);
	free(import), free(brief), free(samples), free(db), free(script);
}

static void test_man_pages_read_without_a_warning(void **state)
{
	(void)state;
	if (access("/usr/bin/man", X_OK) != 0)
		skip();
	const char *pages[] = {"share/man/man1/brief.1", "share/man/man1/brief-import.1", "share/man/man5/brief.5"};
	for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
		char *page = installed(pages[i]);
		char *argv[] = {"/usr/bin/env", "LC_ALL=C.UTF-8", "MANWIDTH=80", "/usr/bin/man", "--warnings",
				"-E", "UTF-8", "-l", page, NULL};
		struct run r = run_program(argv, dir, false);
		assert_int_equal(r.status, 0);
		if (*r.err)
			fail_msg("%s: %s", pages[i], r.err);
		assert_non_null(strstr(r.out, "NAME"));
		run_free(&r);
		free(page);
	}
}

static void test_completions_and_example_config_are_installed(void **state)
{
	(void)state;
	char *bash = installed("share/bash-completion/completions/brief");
	char *zsh = installed("share/zsh/site-functions/_brief");
	char *config = installed("share/brief/config.yaml");
	assert_int_equal(access(zsh, R_OK), 0);
	assert_int_equal(access(config, R_OK), 0);
	if (access("/bin/bash", X_OK) == 0) {
		char *argv[] = {"/bin/bash", "-n", bash, NULL};
		struct run r = run_program(argv, dir, false);
		assert_int_equal(r.status, 0);
		run_free(&r);
	}
	/* the example config is a config the reader takes without a word */
	char *cfgdir = path_join(dir, ".config/brief/config.yaml");
	char *text = file_read(config, NULL);
	free(file_write_str(dir, ".config/brief/config.yaml", text));
	char *brief = installed("bin/brief"), *db = path_join(dir, "cache.db");
	char *script = file_write_str(dir, "quit2.script", "Q\n");
	char *reader[] = {brief, "--db", db, "--script", script, "--no-display", NULL};
	struct run r = run_installed(reader);
	assert_int_equal(r.status, 0);
	assert_string_equal(r.err, "");
	run_free(&r);
	unlink(cfgdir);
	free(bash), free(zsh), free(config), free(cfgdir), free(text), free(brief), free(db), free(script);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_installed_programs_find_their_data_anywhere),
		cmocka_unit_test(test_man_pages_read_without_a_warning),
		cmocka_unit_test(test_completions_and_example_config_are_installed),
	};
	return cmocka_run_group_tests_name("install", tests, setup, teardown);
}
