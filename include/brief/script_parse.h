/* script_parse.h - one line of a reader script (script mode, for tests) as
 * a step: keys to press or a command.  Pure parsing, no screen, so that
 * malformed scripts can be tried in millions.
 *
 *   jjk <Enter> <C-d>    keys: characters, and named keys in brackets
 *   :dump PATH           write the screen as text to PATH
 *   :cells ELEMENT PATH  the same, but only the cells drawn as that theme
 *                        element (the others blank): what a colour marks
 *   :resize WxH          resize the screen
 *   :sleep MS            wait, letting the reader poll the cache
 *   :type TEXT           type TEXT as it is (for the search prompt)
 *   :click ROW COL       a left click at that cell
 *   :wheel up|down ROW COL
 *   :time LABEL          time each following key, from its reading to the
 *                        next read (handled and drawn), into the file
 *                        BRIEF_SCRIPT_TIMES names; ":time" alone stops
 *   # comment
 */
#ifndef BRIEF_SCRIPT_PARSE_H
#define BRIEF_SCRIPT_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum script_command {
	SCRIPT_NOTHING, /* blank line or comment */
	SCRIPT_KEYS,    /* keys[], also for :type */
	SCRIPT_DUMP,    /* text: the path */
	SCRIPT_CELLS,   /* text: the path; a: the theme element */
	SCRIPT_RESIZE,  /* a: columns, b: rows */
	SCRIPT_SLEEP,   /* a: milliseconds */
	SCRIPT_CLICK,   /* a: row, b: column */
	SCRIPT_WHEEL,   /* a: row, b: column; up */
	SCRIPT_TIME,    /* text: the label, "" to stop */
	SCRIPT_BAD,     /* text: what was not understood */
};

struct script_key {
	bool code;      /* a curses KEY_* code, else a character */
	uint32_t value;
};

struct script_step {
	enum script_command command;
	struct script_key *keys;
	size_t nkeys, cap;
	char *text;
	int a, b;
	bool up;
};

/* The largest screen a script may ask for, and the longest pause. */
enum { SCRIPT_MAX_COLS = 1000, SCRIPT_MAX_ROWS = 1000, SCRIPT_MAX_SLEEP_MS = 60000 };

/* Parse one line (without its line end) into *step, which the caller frees
 * with script_step_free.  Never fails: what is not understood is
 * SCRIPT_BAD, so the reader can say which line. */
void script_parse_line(const char *line, struct script_step *step);
void script_step_free(struct script_step *step);

#endif
