/* script.c - keys from a file instead of the keyboard, and the screen as
 * text, for tests (as tig's TIG_SCRIPT).
 *
 * A script line is either keys - single characters ("jjk") and named keys
 * in brackets ("<Enter> <C-d> <Tab> <Space>") separated by spaces - or a
 * command:
 *   :dump PATH      write the screen as text to PATH
 *   :resize WxH     resize the screen to W columns and H rows
 *   :sleep MS       wait, letting the reader poll the cache for changes
 *   :type TEXT      type TEXT as it is (for the search prompt)
 *   :click ROW COL  a left click at that cell
 *   :wheel up|down ROW COL   the mouse wheel over that cell
 *   # comment
 * Each key is handled and the screen redrawn before the next is read, so
 * every step sees a settled screen.  At the end of the script the reader
 * quits. */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "brief/utf8.h"
#include "brief/view.h"

struct pending_key {
	bool code; /* a curses KEY_* code, else a character */
	wint_t value;
};

static struct pending_key queue[1024];
static int queued, taken;

static void push(bool code, wint_t value)
{
	if (queued < (int)(sizeof queue / sizeof *queue))
		queue[queued++] = (struct pending_key){code, value};
}

static void push_text(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		uint32_t cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (!len)
			len = 1, cp = '?';
		push(false, (wint_t)cp);
		i += len;
	}
}

static void push_token(const char *t, size_t n)
{
	if (n > 2 && t[0] == '<' && t[n - 1] == '>') {
		char name[32];
		size_t m = n - 2 < sizeof name - 1 ? n - 2 : sizeof name - 1;
		memcpy(name, t + 1, m);
		name[m] = '\0';
		int k = keymap_key_from_name(name);
		if (k >= KEY_MIN)
			push(true, (wint_t)k);
		else if (k >= 0)
			push(false, (wint_t)k);
		return;
	}
	push_text(t, n);
}

int script_dump(const char *path)
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

/* Run one command line; returns a key to hand on (KEY_RESIZE), or 0. */
static int command(struct app *a, char *line)
{
	char *arg = strchr(line, ' ');
	if (arg)
		*arg++ = '\0';
	else
		arg = line + strlen(line);
	if (strcmp(line, ":dump") == 0) {
		if (script_dump(arg) != 0)
			app_message(a, true, "script: cannot write %s", arg);
	} else if (strcmp(line, ":resize") == 0) {
		int w, h;
		if (sscanf(arg, "%dx%d", &w, &h) == 2 && w > 0 && h > 0) {
			resizeterm(h, w);
			return KEY_RESIZE;
		}
	} else if (strcmp(line, ":sleep") == 0) {
		napms(atoi(arg));
		return -1;
	} else if (strcmp(line, ":type") == 0) {
		push_text(arg, strlen(arg));
	} else if (strcmp(line, ":click") == 0 || strcmp(line, ":wheel") == 0) {
		/* a real mouse event through curses, as the terminal would send */
		MEVENT ev = {0};
		char dir[8] = "";
		bool click = line[1] == 'c';
		if (click ? sscanf(arg, "%d %d", &ev.y, &ev.x) == 2
			  : sscanf(arg, "%7s %d %d", dir, &ev.y, &ev.x) == 3) {
			ev.bstate = click ? BUTTON1_CLICKED : strcmp(dir, "up") == 0 ? BUTTON4_PRESSED : BUTTON5_PRESSED;
			ungetmouse(&ev);
			return KEY_MOUSE;
		}
	} else {
		app_message(a, true, "script: unknown command %s", line);
	}
	return 0;
}

int script_next_key(struct app *a, wint_t *wch)
{
	if (!a->script)
		return get_wch(wch);
	while (taken >= queued) {
		queued = taken = 0;
		char line[4096];
		if (!fgets(line, sizeof line, a->script)) {
			a->script_done = true;
			return ERR;
		}
		line[strcspn(line, "\r\n")] = '\0';
		if (line[0] == '#' || line[0] == '\0')
			continue;
		if (line[0] == ':') {
			int k = command(a, line);
			if (k == KEY_RESIZE || k == KEY_MOUSE) {
				*wch = (wint_t)k;
				return KEY_CODE_YES;
			}
			if (k < 0)
				return ERR; /* a pause: let the reader poll */
			continue;
		}
		for (char *p = line; *p;) {
			while (*p == ' ')
				p++;
			char *t = p;
			if (*p == '<') {
				while (*p && *p != '>')
					p++;
				if (*p)
					p++;
				push_token(t, (size_t)(p - t));
			} else {
				while (*p && *p != ' ' && *p != '<')
					p++;
				push_token(t, (size_t)(p - t));
			}
		}
	}
	struct pending_key k = queue[taken++];
	*wch = k.value;
	return k.code ? KEY_CODE_YES : OK;
}
