/* test_lineedit.c - the search prompt's line: editing keys, a cursor
 * inside the text, and a history kept between sessions. */
#include <curses.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "brief/lineedit.h"
#include "support.h"

#define CTRL(c) ((c) & 0x1f)

static void type(struct lineedit *e, const char *s)
{
	for (; *s; s++)
		assert_int_equal(lineedit_key(e, false, (unsigned char)*s), LINEEDIT_EDITING);
}

static void test_editing_keys_as_readline_has_them(void **state)
{
	(void)state;
	struct lineedit e;
	lineedit_start(&e, NULL);
	type(&e, "landmine treaty");
	lineedit_key(&e, false, CTRL('w'));
	assert_string_equal(e.text.data, "landmine ");
	lineedit_key(&e, false, CTRL('w'));
	assert_string_equal(e.text.data, "");
	type(&e, "cease");
	lineedit_key(&e, false, CTRL('a'));
	type(&e, "the ");
	assert_string_equal(e.text.data, "the cease");
	assert_int_equal(lineedit_cursor_column(&e), 4);
	lineedit_key(&e, false, CTRL('e'));
	type(&e, "fire");
	assert_string_equal(e.text.data, "the ceasefire");
	/* Left twice, Backspace: the character before the cursor */
	lineedit_key(&e, true, KEY_LEFT);
	lineedit_key(&e, true, KEY_LEFT);
	lineedit_key(&e, true, KEY_BACKSPACE);
	assert_string_equal(e.text.data, "the ceasefre");
	lineedit_key(&e, true, KEY_RIGHT);
	lineedit_key(&e, false, CTRL('k'));
	assert_string_equal(e.text.data, "the ceasefr");
	lineedit_key(&e, false, CTRL('u'));
	assert_string_equal(e.text.data, "");
	/* beyond ASCII (keys are code points): the cursor counts columns,
	 * Backspace takes a whole character */
	type(&e, "K");
	lineedit_key(&e, false, 0xF6);
	type(&e, "ln");
	assert_string_equal(e.text.data, "K\xC3\xB6ln");
	lineedit_key(&e, true, KEY_LEFT);
	lineedit_key(&e, true, KEY_LEFT);
	assert_int_equal(lineedit_cursor_column(&e), 2);
	lineedit_key(&e, true, KEY_BACKSPACE);
	assert_string_equal(e.text.data, "Kln");
	lineedit_key(&e, false, 0x4E16); /* 世, two columns */
	assert_int_equal(lineedit_cursor_column(&e), 3);
	/* control characters never enter the line */
	lineedit_key(&e, false, 0x1b - 1);
	lineedit_key(&e, false, 0x9b);
	assert_string_equal(e.text.data, "K\xE4\xB8\x96ln");
	assert_int_equal(lineedit_key(&e, false, '\n'), LINEEDIT_DONE);
	assert_int_equal(lineedit_key(&e, false, 27), LINEEDIT_CANCEL);
	lineedit_free(&e);
}

static void test_history_is_kept_between_sessions(void **state)
{
	(void)state;
	char *dir = tmp_make();
	char *file = path_join(dir, "state/brief/search-history");
	const char *searches[] = {"landmine", "ceasefire", "landmine"};
	for (int i = 0; i < 3; i++) {
		struct lineedit e;
		lineedit_start(&e, file);
		type(&e, searches[i]);
		lineedit_remember(&e, file);
		lineedit_free(&e);
	}
	/* each once, the latest last: Up gives landmine, then ceasefire */
	char *kept = file_read(file, NULL);
	assert_string_equal(kept, "ceasefire\nlandmine\n");
	struct lineedit e;
	lineedit_start(&e, file);
	type(&e, "new");
	lineedit_key(&e, true, KEY_UP);
	assert_string_equal(e.text.data, "landmine");
	lineedit_key(&e, true, KEY_UP);
	assert_string_equal(e.text.data, "ceasefire");
	lineedit_key(&e, true, KEY_UP);
	assert_string_equal(e.text.data, "ceasefire");
	/* Down comes back to what was being typed */
	lineedit_key(&e, true, KEY_DOWN);
	lineedit_key(&e, true, KEY_DOWN);
	assert_string_equal(e.text.data, "new");
	lineedit_free(&e);
	free(kept), free(file);
	tmp_remove(dir);
}

int main(void)
{
	/* display widths are the locale's, as in the reader */
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_editing_keys_as_readline_has_them),
		cmocka_unit_test(test_history_is_kept_between_sessions),
	};
	return cmocka_run_group_tests_name("lineedit", tests, NULL, NULL);
}
