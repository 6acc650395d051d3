/* lineedit.h - the line a prompt edits (lineedit.c), as readline's basic
 * keys do: ^A/^E, Left/Right, Backspace and Delete, ^U, ^K, ^W, and Up/Down
 * through a history kept in a file between sessions.  No screen: the
 * prompt draws the text and puts the cursor where this says. */
#ifndef BRIEF_LINEEDIT_H
#define BRIEF_LINEEDIT_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/mem.h"

struct lineedit {
	struct buf text; /* UTF-8 */
	size_t cursor;   /* a byte offset at a character's start */
	char **history;  /* oldest first */
	size_t nhistory, cap;
	size_t at;       /* the entry shown; nhistory while editing a new one */
	char *draft;     /* the new line, kept while the history is browsed */
};

enum lineedit_result { LINEEDIT_EDITING, LINEEDIT_DONE, LINEEDIT_CANCEL };

/* An empty line, with the history of file (missing: none). */
void lineedit_start(struct lineedit *e, const char *history_file);
/* A key: code for a curses KEY_* code, else a character. */
enum lineedit_result lineedit_key(struct lineedit *e, bool code, int key);
/* Columns of the text before the cursor, where the cursor is drawn. */
int lineedit_cursor_column(const struct lineedit *e);
/* The line entered goes at the end of the history, which is written back
 * (the last HISTORY_MAX, each once). */
void lineedit_remember(struct lineedit *e, const char *history_file);
void lineedit_free(struct lineedit *e);

#endif
