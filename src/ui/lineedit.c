/* lineedit.c - a prompt's line and its history. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/error.h"
#include "brief/lineedit.h"
#include "brief/paths.h"
#include "brief/utf8.h"

enum { HISTORY_MAX = 100, LINE_MAX_BYTES = 1000 };
#define CTRL(c) ((c) & 0x1f)

static bool continuation(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

static size_t prev_char(const struct lineedit *e, size_t at)
{
	while (at > 0 && continuation((unsigned char)e->text.data[--at]))
		;
	return at;
}

static size_t next_char(const struct lineedit *e, size_t at)
{
	if (at < e->text.len)
		at++;
	while (at < e->text.len && continuation((unsigned char)e->text.data[at]))
		at++;
	return at;
}

/* Remove bytes [from, to) of the text; the cursor goes to from. */
static void cut(struct lineedit *e, size_t from, size_t to)
{
	memmove(e->text.data + from, e->text.data + to, e->text.len - to + 1);
	e->text.len -= to - from;
	e->cursor = from;
}

static void set_text(struct lineedit *e, const char *s)
{
	buf_reset(&e->text);
	buf_adds(&e->text, s ? s : "");
	e->cursor = e->text.len;
}

void lineedit_start(struct lineedit *e, const char *history_file)
{
	memset(e, 0, sizeof *e);
	set_text(e, "");
	FILE *f = history_file ? fopen(history_file, "r") : NULL;
	char line[LINE_MAX_BYTES + 2];
	while (f && fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = '\0';
		if (!*line)
			continue;
		e->history = xgrow(e->history, &e->cap, e->nhistory + 1, sizeof *e->history);
		e->history[e->nhistory++] = xstrdup(line);
	}
	if (f)
		fclose(f);
	e->at = e->nhistory;
}

/* Up (step -1) and Down through the history; the new line is kept. */
static void browse(struct lineedit *e, int step)
{
	if ((step < 0 && e->at == 0) || (step > 0 && e->at >= e->nhistory))
		return;
	if (e->at == e->nhistory) {
		free(e->draft);
		e->draft = xstrdup(buf_str(&e->text));
	}
	e->at = (size_t)((long)e->at + step);
	set_text(e, e->at == e->nhistory ? e->draft : e->history[e->at]);
}

static enum lineedit_result code_key(struct lineedit *e, int key)
{
	switch (key) {
	case KEY_LEFT: e->cursor = prev_char(e, e->cursor); break;
	case KEY_RIGHT: e->cursor = next_char(e, e->cursor); break;
	case KEY_HOME: e->cursor = 0; break;
	case KEY_END: e->cursor = e->text.len; break;
	case KEY_BACKSPACE: cut(e, prev_char(e, e->cursor), e->cursor); break;
	case KEY_DC: cut(e, e->cursor, next_char(e, e->cursor)); break;
	case KEY_UP: browse(e, -1); break;
	case KEY_DOWN: browse(e, 1); break;
	case KEY_ENTER: return LINEEDIT_DONE;
	default: break;
	}
	return LINEEDIT_EDITING;
}

enum lineedit_result lineedit_key(struct lineedit *e, bool code, int key)
{
	if (code)
		return code_key(e, key);
	switch (key) {
	case '\n': case '\r': return LINEEDIT_DONE;
	case 27: case CTRL('g'): return LINEEDIT_CANCEL;
	case 127: case CTRL('h'): return code_key(e, KEY_BACKSPACE);
	case CTRL('a'): e->cursor = 0; return LINEEDIT_EDITING;
	case CTRL('e'): e->cursor = e->text.len; return LINEEDIT_EDITING;
	case CTRL('b'): return code_key(e, KEY_LEFT);
	case CTRL('f'): return code_key(e, KEY_RIGHT);
	case CTRL('d'): return code_key(e, KEY_DC);
	case CTRL('p'): return code_key(e, KEY_UP);
	case CTRL('n'): return code_key(e, KEY_DOWN);
	case CTRL('u'): cut(e, 0, e->cursor); return LINEEDIT_EDITING;
	case CTRL('k'): cut(e, e->cursor, e->text.len); return LINEEDIT_EDITING;
	case CTRL('w'): {
		/* the word before the cursor, and the spaces after it */
		size_t from = e->cursor;
		while (from > 0 && e->text.data[from - 1] == ' ')
			from--;
		while (from > 0 && e->text.data[from - 1] != ' ')
			from--;
		cut(e, from, e->cursor);
		return LINEEDIT_EDITING;
	}
	default: break;
	}
	/* text: never a control character, and a line of bounded length */
	if (key < 0x20 || key == 0x7f || (key >= 0x80 && key < 0xa0) || e->text.len >= LINE_MAX_BYTES)
		return LINEEDIT_EDITING;
	struct buf ch = BUF_INIT;
	utf8_encode(&ch, (uint32_t)key);
	struct buf rest = BUF_INIT;
	buf_adds(&rest, e->text.data + e->cursor);
	e->text.len = e->cursor;
	e->text.data[e->text.len] = '\0';
	buf_adds(&e->text, ch.data);
	buf_adds(&e->text, buf_str(&rest));
	e->cursor += ch.len;
	buf_free(&ch), buf_free(&rest);
	return LINEEDIT_EDITING;
}

int lineedit_cursor_column(const struct lineedit *e)
{
	char *before = xstrndup(buf_str(&e->text), e->cursor);
	int w = utf8_width(before);
	free(before);
	return w;
}

void lineedit_remember(struct lineedit *e, const char *history_file)
{
	const char *line = buf_str(&e->text);
	if (!*line || !history_file)
		return;
	FILE *f = NULL;
	if (paths_make_parents(history_file) == BRIEF_OK)
		f = fopen(history_file, "w");
	if (!f)
		return; /* a history not kept is no reason to fail a search */
	size_t first = e->nhistory > HISTORY_MAX - 1 ? e->nhistory - (HISTORY_MAX - 1) : 0;
	for (size_t i = first; i < e->nhistory; i++)
		if (strcmp(e->history[i], line) != 0)
			fprintf(f, "%s\n", e->history[i]);
	fprintf(f, "%s\n", line);
	fclose(f);
}

void lineedit_free(struct lineedit *e)
{
	buf_free(&e->text);
	for (size_t i = 0; i < e->nhistory; i++)
		free(e->history[i]);
	free(e->history);
	free(e->draft);
	memset(e, 0, sizeof *e);
}
