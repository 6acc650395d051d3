/* test_theme.c - theme files, colour names and fitting colours to terminals. */
#include <stdlib.h>
#include <string.h>

#include "support.h"

#include "brief/mem.h"
#include "brief/theme.h"

static const char *const theme_files[] = {"default", "light", "mono", "high-contrast"};

static char *theme_file(const char *name)
{
	struct buf b = BUF_INIT;
	buf_printf(&b, "themes/%s.yaml", name);
	char *path = src_path(b.data);
	buf_free(&b);
	return path;
}

static void assert_style_equal(const struct theme *a, const struct theme *b)
{
	for (int i = 0; i < EL_COUNT; i++) {
		const struct theme_style *x = &a->el[i], *y = &b->el[i];
		if (x->fg.kind != y->fg.kind || x->fg.value != y->fg.value || x->bg.kind != y->bg.kind ||
		    x->bg.value != y->bg.value || x->attrs != y->attrs)
			fail_msg("element %s differs: fg %d/%#x bg %d/%#x attrs %#x against "
				 "fg %d/%#x bg %d/%#x attrs %#x", theme_element_name((enum theme_element)i),
				 (int)x->fg.kind, x->fg.value, (int)x->bg.kind, x->bg.value, x->attrs,
				 (int)y->fg.kind, y->fg.value, (int)y->bg.kind, y->bg.value, y->attrs);
	}
}

/* The colour a one-element theme gives to normal's fg, or the error. */
static int load_color(const char *dir, const char *spelled, struct theme_color *out)
{
	struct buf text = BUF_INIT;
	buf_printf(&text, "elements:\n  normal: {fg: \"%s\"}\n", spelled);
	char *path = file_write_str(dir, "color.yaml", text.data);
	struct theme t = {0};
	int rc = theme_load_file(&t, path);
	*out = t.el[EL_NORMAL].fg;
	buf_free(&text);
	free(path);
	return rc;
}

static void assert_color(const char *dir, const char *spelled, int kind, int value)
{
	struct theme_color c;
	if (load_color(dir, spelled, &c) != BRIEF_OK)
		fail_msg("%s: %s", spelled, err_get());
	if ((int)c.kind != kind || c.value != value)
		fail_msg("%s: got kind %d value %#x", spelled, (int)c.kind, c.value);
}

/* Loads text as a theme file, expects `where: message` with where the
 * file's path followed by line:column. */
static void assert_load_error(const char *dir, const char *text, const char *where_msg)
{
	char *path = file_write_str(dir, "bad.yaml", text);
	struct theme t, before;
	theme_defaults(&t);
	before = t;
	assert_int_equal(theme_load_file(&t, path), BRIEF_ERR);
	struct buf want = BUF_INIT;
	buf_printf(&want, "%s:%s", path, where_msg);
	assert_string_equal(err_get(), want.data);
	assert_style_equal(&t, &before);
	buf_free(&want);
	free(path);
}

static void test_element_names_round_trip(void **state)
{
	for (int i = 0; i < EL_COUNT; i++) {
		const char *name = theme_element_name((enum theme_element)i);
		assert_non_null(name);
		assert_int_equal(theme_element_from_name(name), i);
	}
	assert_string_equal(theme_element_name(EL_SEARCH_HIT), "search_hit");
	assert_string_equal(theme_element_name(EL_SELECTED_IDLE), "selected_idle");
	assert_int_equal(theme_element_from_name("titel"), EL_COUNT);
	assert_int_equal(theme_element_from_name(""), EL_COUNT);
	assert_int_equal(theme_element_from_name(NULL), EL_COUNT);
	assert_null(theme_element_name(EL_COUNT));
}

static void test_defaults_equal_default_yaml(void **state)
{
	struct theme compiled, zeroed = {0}, over_mono = {0};
	theme_defaults(&compiled);
	char *path = theme_file("default"), *mono = theme_file("mono");
	if (theme_load_file(&zeroed, path) != BRIEF_OK)
		fail_msg("%s", err_get());
	assert_style_equal(&zeroed, &compiled);
	/* Every element is named, so nothing of the theme underneath survives. */
	assert_int_equal(theme_load_file(&over_mono, mono), BRIEF_OK);
	assert_int_equal(theme_load_file(&over_mono, path), BRIEF_OK);
	assert_style_equal(&over_mono, &compiled);
	free(path), free(mono);
}

static void test_every_theme_file_loads_and_names_every_element(void **state)
{
	for (size_t f = 0; f < sizeof theme_files / sizeof *theme_files; f++) {
		char *path = theme_file(theme_files[f]);
		struct theme t;
		/* An impossible attribute marks the elements the file leaves out. */
		for (int i = 0; i < EL_COUNT; i++)
			t.el[i] = (struct theme_style){{COLOR_DEFAULT_KIND, 0}, {COLOR_DEFAULT_KIND, 0}, 1u << 31};
		if (theme_load_file(&t, path) != BRIEF_OK)
			fail_msg("%s", err_get());
		for (int i = 0; i < EL_COUNT; i++)
			if (t.el[i].attrs & 1u << 31)
				fail_msg("%s leaves out %s", theme_files[f], theme_element_name((enum theme_element)i));
		free(path);
	}
}

static void test_mono_has_no_colours_but_keeps_selection_visible(void **state)
{
	struct theme t;
	theme_defaults(&t);
	char *path = theme_file("mono");
	assert_int_equal(theme_load_file(&t, path), BRIEF_OK);
	for (int i = 0; i < EL_COUNT; i++) {
		assert_int_equal(t.el[i].fg.kind, COLOR_DEFAULT_KIND);
		assert_int_equal(t.el[i].bg.kind, COLOR_DEFAULT_KIND);
	}
	assert_true(t.el[EL_SELECTED].attrs & THEME_REVERSE);
	assert_true(t.el[EL_SELECTED_IDLE].attrs != 0);
	assert_true(t.el[EL_SEARCH_HIT].attrs != 0);
	assert_true(t.el[EL_STATUS].attrs != 0);
	free(path);
}

static void test_colour_spellings(void **state)
{
	char *dir = tmp_make();
	assert_color(dir, "default", COLOR_DEFAULT_KIND, 0);
	assert_color(dir, "black", COLOR_INDEX_KIND, 0);
	assert_color(dir, "red", COLOR_INDEX_KIND, 1);
	assert_color(dir, "white", COLOR_INDEX_KIND, 7);
	assert_color(dir, "bright-black", COLOR_INDEX_KIND, 8);
	assert_color(dir, "gray", COLOR_INDEX_KIND, 8);
	assert_color(dir, "grey", COLOR_INDEX_KIND, 8);
	assert_color(dir, "bright-red", COLOR_INDEX_KIND, 9);
	assert_color(dir, "bright-white", COLOR_INDEX_KIND, 15);
	assert_color(dir, "color0", COLOR_INDEX_KIND, 0);
	assert_color(dir, "color255", COLOR_INDEX_KIND, 255);
	assert_color(dir, "color208", COLOR_INDEX_KIND, 208);
	assert_color(dir, "#ff8000", COLOR_RGB_KIND, 0xff8000);
	assert_color(dir, "#00AAff", COLOR_RGB_KIND, 0x00aaff);
	assert_color(dir, "#000000", COLOR_RGB_KIND, 0);

	static const char *const bad[] = {"purple", "bright-", "bright-gray", "color", "color256",
					  "color99999999999", "color1x", "#fff", "#12345g", "#1234567", ""};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct theme_color c;
		if (load_color(dir, bad[i], &c) != BRIEF_ERR)
			fail_msg("'%s' was taken as a colour", bad[i]);
	}
	tmp_remove(dir);
}

static void test_nearest_colour(void **state)
{
	struct theme_color red = {COLOR_RGB_KIND, 0xff0000};
	assert_int_equal(theme_color_for(red, 256), 196);
	assert_int_equal(theme_color_for(red, 16), 9);
	assert_int_equal(theme_color_for(red, 8), 1);
	assert_int_equal(theme_color_for(red, 0), -1);

	/* color200 is #ff00d7: bright magenta is the nearest system colour. */
	struct theme_color pink = {COLOR_INDEX_KIND, 200};
	assert_int_equal(theme_color_for(pink, 256), 200);
	assert_int_equal(theme_color_for(pink, 16), 13);
	assert_int_equal(theme_color_for(pink, 8), 5);

	struct theme_color bright_red = {COLOR_INDEX_KIND, 9};
	assert_int_equal(theme_color_for(bright_red, 16), 9);
	assert_int_equal(theme_color_for(bright_red, 8), 1);
	assert_int_equal(theme_color_for(bright_red, 0), -1);

	/* gray on eight colours (TERM=xterm) is white, never the yellow
	 * nearest to #7f7f7f; a grey ramp entry or a grey #rrggbb likewise */
	struct theme_color gray = {COLOR_INDEX_KIND, 8};
	assert_int_equal(theme_color_for(gray, 16), 8);
	assert_int_equal(theme_color_for(gray, 8), 7);
	assert_int_equal(theme_color_for((struct theme_color){COLOR_INDEX_KIND, 244}, 8), 7);
	assert_int_equal(theme_color_for((struct theme_color){COLOR_RGB_KIND, 0x808080}, 8), 7);
	assert_int_equal(theme_color_for((struct theme_color){COLOR_RGB_KIND, 0x202020}, 8), 0);

	struct theme_color def = {COLOR_DEFAULT_KIND, 0};
	assert_int_equal(theme_color_for(def, 256), -1);
	assert_int_equal(theme_color_for(def, 8), -1);

	/* Cube and grey ramp entries at 256 colours. */
	assert_int_equal(theme_color_for((struct theme_color){COLOR_RGB_KIND, 0x5fafff}, 256), 75);
	assert_int_equal(theme_color_for((struct theme_color){COLOR_RGB_KIND, 0x080808}, 256), 232);
	assert_int_equal(theme_color_for((struct theme_color){COLOR_RGB_KIND, 0xeeeeee}, 256), 255);
	assert_int_equal(theme_color_for((struct theme_color){COLOR_RGB_KIND, 0x000000}, 256), 16);
	assert_int_equal(theme_color_for((struct theme_color){COLOR_RGB_KIND, 0xffffff}, 16), 15);
}

static void test_errors_point_at_the_node(void **state)
{
	char *dir = tmp_make();
	assert_load_error(dir, "name: Broken\nelements:\n  title: {fg: red}\n  titel: {fg: red}\n",
			  "4:3: unknown element 'titel' (themes/default.yaml lists them all)");
	assert_load_error(dir, "elements:\n  title:\n    fg: purple\n",
			  "3:9: unknown colour 'purple' (default, black..white, "
			  "bright-black..bright-white, colorN, #rrggbb)");
	assert_load_error(dir, "elements:\n  title: {fg: \"#12345\"}\n",
			  "2:15: bad colour '#12345' (expected #rrggbb)");
	assert_load_error(dir, "elements:\n  title: {bg: color256}\n",
			  "2:15: colour 'color256' out of range (color0..color255)");
	assert_load_error(dir, "elements:\n  title: {attrs: [bold, blink]}\n",
			  "2:25: unknown attribute 'blink' (bold, dim, underline, reverse, italic, standout)");
	assert_load_error(dir, "elements:\n  title: {attrs: {bold: true}}\n",
			  "2:18: expected an attribute or a list of them, like [bold, underline]");
	assert_load_error(dir, "elements:\n  title: red\n",
			  "2:10: expected a style, like {fg: yellow, bg: default, attrs: [bold]}");
	assert_load_error(dir, "elements:\n  title: {colour: red}\n",
			  "2:11: unknown field 'colour' (fg, bg, attrs)");
	assert_load_error(dir, "elements: [title]\n",
			  "1:11: expected elements and their styles, like title: {fg: white}");
	assert_load_error(dir, "colours:\n  title: {fg: red}\n",
			  "1:1: unknown key 'colours' (name, elements)");
	assert_load_error(dir, "elements:\n  title: {fg: [red]}\n",
			  "2:15: expected a colour (a name, colorN or #rrggbb)");
	tmp_remove(dir);
}

static void test_bad_yaml_and_missing_file(void **state)
{
	char *dir = tmp_make();
	char *path = file_write_str(dir, "broken.yaml", "elements:\n  title: {fg: red\n");
	struct theme t = {0};
	assert_int_equal(theme_load_file(&t, path), BRIEF_ERR);
	assert_true(strncmp(err_get(), path, strlen(path)) == 0);
	char *missing = path_join(dir, "missing.yaml");
	assert_int_equal(theme_load_file(&t, missing), BRIEF_ERR);
	assert_non_null(strstr(err_get(), "missing.yaml: No such file"));
	free(path), free(missing);
	tmp_remove(dir);
}

static void test_a_file_changes_only_what_it_names(void **state)
{
	char *dir = tmp_make();
	char *path = file_write_str(dir, "tweak.yaml", "# nothing but a comment\nelements:\n"
				    "  person: {fg: color208, attrs: bold}\n  dim:\n");
	struct theme t, want;
	theme_defaults(&t);
	theme_defaults(&want);
	assert_int_equal(theme_load_file(&t, path), BRIEF_OK);
	want.el[EL_PERSON] = (struct theme_style){{COLOR_INDEX_KIND, 208}, {COLOR_DEFAULT_KIND, 0}, THEME_BOLD};
	want.el[EL_DIM] = (struct theme_style){{COLOR_DEFAULT_KIND, 0}, {COLOR_DEFAULT_KIND, 0}, 0};
	assert_style_equal(&t, &want);

	char *blank = file_write_str(dir, "blank.yaml", "# only a comment\n");
	assert_int_equal(theme_load_file(&t, blank), BRIEF_OK);
	assert_style_equal(&t, &want);
	free(path), free(blank);
	tmp_remove(dir);
}

static void test_find_by_name_path_and_not_found(void **state)
{
	char *dir = tmp_make();
	char *themes = path_join(dir, "themes-dir"), *config = path_join(dir, "config");
	char *in_env = file_write_str(dir, "themes-dir/ocean.yaml", "name: Ocean\n");
	char *in_config = file_write_str(dir, "config/brief/themes/forest.yaml", "name: Forest\n");
	char *shadowed = file_write_str(dir, "config/brief/themes/ocean.yaml", "name: Other ocean\n");
	/* the folder the test run pins, put back at the end */
	char *pinned = getenv("BRIEF_THEMES_DIR") ? xstrdup(getenv("BRIEF_THEMES_DIR")) : NULL;
	setenv("BRIEF_THEMES_DIR", themes, 1);
	setenv("XDG_CONFIG_HOME", config, 1);

	char *found = theme_find("ocean");
	assert_non_null(found);
	assert_string_equal(found, in_env);
	free(found);
	found = theme_find("forest");
	assert_non_null(found);
	assert_string_equal(found, in_config);
	free(found);

	unsetenv("BRIEF_THEMES_DIR");
	found = theme_find("ocean");
	assert_non_null(found);
	assert_string_equal(found, shadowed);
	free(found);

	/* A value with '/' or ending in .yaml is a path, used as it is. */
	found = theme_find(in_env);
	assert_non_null(found);
	assert_string_equal(found, in_env);
	free(found);
	assert_null(theme_find("nowhere/ocean.yaml"));
	assert_non_null(strstr(err_get(), "nowhere/ocean.yaml"));

	assert_null(theme_find("no-such-theme"));
	struct buf want = BUF_INIT;
	buf_printf(&want, "theme 'no-such-theme' not found (looked in %s/brief/themes/, ", config);
	assert_true(strncmp(err_get(), want.data, want.len) == 0);
	assert_non_null(strstr(err_get(), "/themes/)"));
	buf_free(&want);
	assert_null(theme_find(""));

	unsetenv("XDG_CONFIG_HOME");
	if (pinned)
		setenv("BRIEF_THEMES_DIR", pinned, 1);
	free(pinned);
	free(themes), free(config), free(in_env), free(in_config), free(shadowed);
	tmp_remove(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_element_names_round_trip),
		cmocka_unit_test(test_defaults_equal_default_yaml),
		cmocka_unit_test(test_every_theme_file_loads_and_names_every_element),
		cmocka_unit_test(test_mono_has_no_colours_but_keeps_selection_visible),
		cmocka_unit_test(test_colour_spellings),
		cmocka_unit_test(test_nearest_colour),
		cmocka_unit_test(test_errors_point_at_the_node),
		cmocka_unit_test(test_bad_yaml_and_missing_file),
		cmocka_unit_test(test_a_file_changes_only_what_it_names),
		cmocka_unit_test(test_find_by_name_path_and_not_found),
	};
	return cmocka_run_group_tests_name("theme", tests, NULL, NULL);
}
