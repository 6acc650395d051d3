/* test_config.c - reading config.yaml. */
#include <stdlib.h>
#include <string.h>

#include "support.h"

#include "brief/config.h"
#include "brief/mem.h"

static const struct key_binding *binding(const struct config *c, const char *action)
{
	for (size_t i = 0; i < c->nbindings; i++)
		if (strcmp(c->bindings[i].action, action) == 0)
			return &c->bindings[i];
	return NULL;
}

static void assert_keys(const struct config *c, const char *action, const char *const *keys, size_t n)
{
	const struct key_binding *b = binding(c, action);
	if (!b)
		fail_msg("no binding for %s", action);
	assert_int_equal(b->nkeys, n);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(b->keys[i], keys[i]);
}

/* Loads text, expects the error "path:where_msg"; returns the config as far
 * as it was read, for the caller to look at and free. */
static struct config load_error(const char *dir, const char *text, const char *where_msg)
{
	char *path = file_write_str(dir, "config.yaml", text);
	struct config c = {0};
	assert_int_equal(config_load(&c, path), BRIEF_ERR);
	struct buf want = BUF_INIT;
	buf_printf(&want, "%s:%s", path, where_msg);
	assert_string_equal(err_get(), want.data);
	buf_free(&want);
	free(path);
	return c;
}

static void test_full_example(void **state)
{
	char *dir = tmp_make();
	char *path = file_write_str(dir, "config.yaml",
				    "# my settings\n"
				    "theme: light                # a name or a path\n"
				    "panes:\n"
				    "  articles: 32\n"
				    "  side: 28\n"
				    "keys:\n"
				    "  down: [j, Down]\n"
				    "  quit: Q\n"
				    "  page-down:\n"
				    "    - C-d\n"
				    "    - PgDn\n"
				    "  search: \"/\"\n"
				    "  next-pane: [Tab, S-Tab, \" \"]\n"
				    "  help: []\n");
	struct config c = {0};
	if (config_load(&c, path) != BRIEF_OK)
		fail_msg("%s", err_get());
	assert_string_equal(c.theme, "light");
	assert_int_equal(c.articles_percent, 32);
	assert_int_equal(c.side_percent, 28);
	assert_int_equal(c.nbindings, 6);
	assert_string_equal(c.bindings[0].action, "down");
	assert_keys(&c, "down", (const char *const[]){"j", "Down"}, 2);
	assert_keys(&c, "quit", (const char *const[]){"Q"}, 1);
	assert_keys(&c, "page-down", (const char *const[]){"C-d", "PgDn"}, 2);
	assert_keys(&c, "search", (const char *const[]){"/"}, 1);
	assert_keys(&c, "next-pane", (const char *const[]){"Tab", "S-Tab", " "}, 3);
	assert_keys(&c, "help", NULL, 0);
	config_free(&c);
	assert_null(c.theme);
	assert_int_equal(c.nbindings, 0);
	free(path);
	tmp_remove(dir);
}

static void test_missing_and_empty_files_keep_the_defaults(void **state)
{
	char *dir = tmp_make();
	char *missing = path_join(dir, "config.yaml");
	struct config c = {0};
	assert_int_equal(config_load(&c, missing), BRIEF_OK);
	assert_null(c.theme);
	assert_int_equal(c.articles_percent, 0);
	assert_int_equal(c.side_percent, 0);
	assert_int_equal(c.nbindings, 0);
	char *empty = file_write_str(dir, "empty.yaml", "");
	assert_int_equal(config_load(&c, empty), BRIEF_OK);
	char *comments = file_write_str(dir, "comments.yaml", "# theme: light\n");
	assert_int_equal(config_load(&c, comments), BRIEF_OK);
	char *sections = file_write_str(dir, "sections.yaml", "panes:\nkeys:\n");
	assert_int_equal(config_load(&c, sections), BRIEF_OK);
	assert_null(c.theme);
	assert_int_equal(c.articles_percent, 0);
	assert_int_equal(c.nbindings, 0);
	config_free(&c);
	free(missing), free(empty), free(comments), free(sections);
	tmp_remove(dir);
}

static void test_a_later_file_replaces_an_action_and_the_theme(void **state)
{
	char *dir = tmp_make();
	char *first = file_write_str(dir, "a.yaml", "theme: light\nkeys:\n  down: [j, Down]\n  up: k\n");
	char *second = file_write_str(dir, "b.yaml", "theme: mono\nkeys:\n  down: n\n  down: [J]\n");
	struct config c = {0};
	assert_int_equal(config_load(&c, first), BRIEF_OK);
	assert_int_equal(config_load(&c, second), BRIEF_OK);
	assert_string_equal(c.theme, "mono");
	assert_int_equal(c.nbindings, 2);
	assert_keys(&c, "down", (const char *const[]){"J"}, 1);
	assert_keys(&c, "up", (const char *const[]){"k"}, 1);
	config_free(&c);
	free(first), free(second);
	tmp_remove(dir);
}

static void test_errors_point_at_the_node(void **state)
{
	char *dir = tmp_make();
	struct config c = load_error(dir, "panes:\n  articles: 95\n",
				     "2:13: articles: 95% is out of range (10 to 80)");
	config_free(&c);
	c = load_error(dir, "panes:\n  side: 9\n", "2:9: side: 9% is out of range (10 to 80)");
	config_free(&c);
	c = load_error(dir, "panes:\n  side: 99999999999999999999\n",
		       "2:9: side: 99999999999999999999% is out of range (10 to 80)");
	config_free(&c);
	c = load_error(dir, "panes:\n  side: 30%\n", "2:9: expected a width in percent, like 30, not '30%'");
	config_free(&c);
	c = load_error(dir, "panes:\n  side: wide\n", "2:9: expected a width in percent, like 30");
	config_free(&c);
	c = load_error(dir, "panes:\n  middle: 30\n", "2:3: unknown pane 'middle' (articles, side)");
	config_free(&c);
	c = load_error(dir, "panes: 30\n", "1:8: expected pane widths, like {articles: 32, side: 28}");
	config_free(&c);

	/* What came before the mistake is kept, as config.h promises. */
	c = load_error(dir, "theme: light\nkeys:\n  quit: q\ncolour: blue\n",
		       "4:1: unknown setting 'colour' (theme, panes, keys)");
	assert_string_equal(c.theme, "light");
	assert_keys(&c, "quit", (const char *const[]){"q"}, 1);
	config_free(&c);

	c = load_error(dir, "keys: [j, k]\n", "1:7: expected actions and their keys, like down: [j, Down]");
	config_free(&c);
	c = load_error(dir, "keys:\n  down: {j: 1}\n", "2:9: expected a key or a list of keys, like [j, Down]");
	config_free(&c);
	c = load_error(dir, "keys:\n  down: [j, [k]]\n", "2:13: expected a key, like j, C-d or PgDn");
	assert_null(binding(&c, "down"));
	config_free(&c);
	c = load_error(dir, "theme: [light]\n", "1:8: expected a theme name or path, like light");
	config_free(&c);
	c = load_error(dir, "- theme\n", "1:1: expected settings: theme, panes, keys");
	config_free(&c);
	tmp_remove(dir);
}

static void test_bad_yaml_is_reported_with_a_position(void **state)
{
	char *dir = tmp_make();
	char *path = file_write_str(dir, "config.yaml", "keys:\n  down: [j, Down\n");
	struct config c = {0};
	assert_int_equal(config_load(&c, path), BRIEF_ERR);
	struct buf want = BUF_INIT;
	buf_printf(&want, "%s:3:1: ", path);
	assert_true(strncmp(err_get(), want.data, want.len) == 0);
	buf_free(&want);
	config_free(&c);
	free(path);
	tmp_remove(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_full_example),
		cmocka_unit_test(test_missing_and_empty_files_keep_the_defaults),
		cmocka_unit_test(test_a_later_file_replaces_an_action_and_the_theme),
		cmocka_unit_test(test_errors_point_at_the_node),
		cmocka_unit_test(test_bad_yaml_is_reported_with_a_position),
	};
	return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
