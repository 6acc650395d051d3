/* script.c - keys from a file instead of the keyboard, and the screen as
 * text, for tests (as tig's TIG_SCRIPT).  script_parse.h describes a line.
 * Each key is handled and the screen redrawn before the next is read, so
 * every step sees a settled screen.  At the end of the script the reader
 * quits. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include "brief/app.h"
#include "brief/draw.h"
#include "brief/script.h"
#include "brief/script_parse.h"
#include "brief/utf8.h"

static struct script_step step;
static size_t taken;
static long lineno;

/* :time: the label keys are timed under, and when the last one was read */
static char label[64];
static FILE *times;
static struct timespec handed;
static bool timing;

static double ms_since(const struct timespec *t)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) * 1e3 + (double)(now.tv_nsec - t->tv_nsec) / 1e6;
}

/* The key handed out last is handled and drawn: the reader asks again. */
static void time_done(void)
{
	if (!timing)
		return;
	timing = false;
	if (times)
		fprintf(times, "%s\t%.3f\n", label, ms_since(&handed));
}

static void time_label(struct app *a, const char *text)
{
	snprintf(label, sizeof label, "%s", text);
	const char *path = getenv("BRIEF_SCRIPT_TIMES");
	if (!times && *label && path && !(times = fopen(path, "a")))
		app_message(a, true, "script: cannot write %s", path);
}

/* The screen as text; with only, just the cells drawn with that
 * attribute (the others blank). */
static int dump_cells(const char *path, const attr_t *only)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	int rows, cols;
	getmaxyx(stdscr, rows, cols);
	for (int y = 0; y < rows; y++) {
		struct buf line = BUF_INIT;
		size_t keep = 0;
		for (int x = 0; x < cols; x++) {
			cchar_t cc;
			wchar_t wc[CCHARW_MAX + 1] = {0};
			attr_t attrs;
			short pair;
			if (mvin_wch(y, x, &cc) == ERR || getcchar(&cc, wc, &attrs, &pair, NULL) == ERR)
				wc[0] = L' ';
			else if (only && (attrs | COLOR_PAIR(pair)) != *only)
				wc[0] = L' ', wc[1] = 0;
			wchar_t ch = wc[0] ? wc[0] : L' ';
			utf8_encode(&line, (uint32_t)ch);
			for (int k = 1; k < CCHARW_MAX && wc[k]; k++)
				utf8_encode(&line, (uint32_t)wc[k]); /* joiners, accents */
			if (ch != L' ')
				keep = line.len;
			int w = wcwidth(ch);
			if (w > 1)
				x += w - 1; /* a wide character covers the next cell */
		}
		fwrite(line.data, 1, keep, f);
		fputc('\n', f);
		buf_free(&line);
	}
	return fclose(f) == 0 ? 0 : -1;
}

int script_dump(const char *path)
{
	return dump_cells(path, NULL);
}

/* Run a command step; returns a key to hand on (KEY_RESIZE, KEY_MOUSE),
 * -1 for a pause, or 0. */
static int command(struct app *a)
{
	switch (step.command) {
	case SCRIPT_DUMP:
	case SCRIPT_CELLS: {
		attr_t only = draw_attr((enum theme_element)step.a);
		if (dump_cells(step.text, step.command == SCRIPT_CELLS ? &only : NULL) != 0)
			app_message(a, true, "script: cannot write %s", step.text);
		return 0;
	}
	case SCRIPT_RESIZE:
		resizeterm(step.b, step.a);
		return KEY_RESIZE;
	case SCRIPT_SLEEP:
		napms(step.a);
		return -1;
	case SCRIPT_TIME:
		time_label(a, step.text);
		return 0;
	case SCRIPT_CLICK:
	case SCRIPT_WHEEL: {
		/* a real mouse event through curses, as the terminal would send */
		MEVENT ev = {0};
		ev.y = step.a;
		ev.x = step.b;
		ev.bstate = step.command == SCRIPT_CLICK ? BUTTON1_CLICKED : step.up ? BUTTON4_PRESSED : BUTTON5_PRESSED;
		ungetmouse(&ev);
		return KEY_MOUSE;
	}
	case SCRIPT_BAD:
		app_message(a, true, "script line %ld: not understood: %s", lineno, step.text);
		return 0;
	case SCRIPT_NOTHING:
	case SCRIPT_KEYS:
		break;
	}
	return 0;
}

int script_next_key(struct app *a, wint_t *wch)
{
	if (!a->script)
		return get_wch(wch);
	time_done();
	while (step.command != SCRIPT_KEYS || taken >= step.nkeys) {
		script_step_free(&step);
		taken = 0;
		char line[4096];
		if (!fgets(line, sizeof line, a->script)) {
			a->script_done = true;
			return ERR;
		}
		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		script_parse_line(line, &step);
		int k = command(a);
		if (k == KEY_RESIZE || k == KEY_MOUSE) {
			*wch = (wint_t)k;
			return KEY_CODE_YES;
		}
		if (k < 0)
			return ERR; /* a pause: let the reader poll */
	}
	struct script_key k = step.keys[taken++];
	*wch = (wint_t)k.value;
	if (*label) {
		timing = true;
		clock_gettime(CLOCK_MONOTONIC, &handed);
	}
	return k.code ? KEY_CODE_YES : OK;
}

void script_end(void)
{
	time_done();
	if (times)
		fclose(times);
	times = NULL;
	label[0] = '\0';
	script_step_free(&step);
	taken = 0;
	lineno = 0;
}
