/* script_parse.c - a line of a reader script into keys or a command. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "brief/keymap.h"
#include "brief/mem.h"
#include "brief/script_parse.h"
#include "brief/theme.h"
#include "brief/utf8.h"

#define NCURSES_WIDECHAR 1
#include <curses.h>

static void add_key(struct script_step *s, bool code, uint32_t value)
{
	s->keys = xgrow(s->keys, &s->cap, s->nkeys + 1, sizeof *s->keys);
	s->keys[s->nkeys++] = (struct script_key){code, value};
}

/* Text typed as it is: every code point a key; a byte that is not UTF-8 is
 * typed as '?'. */
static void add_text(struct script_step *s, const char *t, size_t n)
{
	size_t i = 0;
	while (i < n) {
		uint32_t cp;
		size_t len = utf8_decode(t + i, n - i, &cp);
		if (!len)
			len = 1, cp = '?';
		add_key(s, false, cp);
		i += len;
	}
}

/* "<Enter>" is a named key; anything else is typed. */
static void add_token(struct script_step *s, const char *t, size_t n)
{
	if (n > 2 && t[0] == '<' && t[n - 1] == '>') {
		char name[32];
		size_t m = n - 2 < sizeof name - 1 ? n - 2 : sizeof name - 1;
		memcpy(name, t + 1, m);
		name[m] = '\0';
		int k = keymap_key_from_name(name);
		if (k >= KEY_MIN)
			add_key(s, true, (uint32_t)k);
		else if (k >= 0)
			add_key(s, false, (uint32_t)k);
		return;
	}
	add_text(s, t, n);
}

static void parse_keys(struct script_step *s, const char *p)
{
	s->command = SCRIPT_KEYS;
	while (*p) {
		while (*p == ' ')
			p++;
		const char *t = p;
		if (*p == '<') {
			while (*p && *p != '>')
				p++;
			if (*p)
				p++;
		} else {
			while (*p && *p != ' ' && *p != '<')
				p++;
		}
		if (p > t)
			add_token(s, t, (size_t)(p - t));
	}
}

/* A whole number in [min, max] at *p, which moves past it. */
static bool number(const char **p, long min, long max, int *out)
{
	char *end;
	long v = strtol(*p, &end, 10);
	if (end == *p || v < min || v > max)
		return false;
	*out = (int)v;
	*p = end;
	return true;
}

static bool word(const char **p, const char *w)
{
	size_t n = strlen(w);
	if (strncmp(*p, w, n) != 0)
		return false;
	*p += n;
	return true;
}

static bool at_end(const char *p)
{
	while (*p == ' ')
		p++;
	return !*p;
}

static bool parse_command(struct script_step *s, const char *name, const char *arg)
{
	const char *p = arg;
	if (strcmp(name, ":dump") == 0) {
		s->command = SCRIPT_DUMP;
		s->text = xstrdup(arg);
		return *arg != '\0';
	}
	if (strcmp(name, ":cells") == 0) {
		size_t n = strcspn(arg, " ");
		char *element = xstrndup(arg, n);
		enum theme_element el = theme_element_from_name(element);
		free(element);
		s->command = SCRIPT_CELLS;
		s->a = (int)el;
		s->text = xstrdup(arg + n + strspn(arg + n, " "));
		return el != EL_COUNT && *s->text != '\0';
	}
	if (strcmp(name, ":time") == 0) {
		s->command = SCRIPT_TIME;
		s->text = xstrdup(arg);
		return strlen(arg) < 64 && !strpbrk(arg, "\t");
	}
	if (strcmp(name, ":type") == 0) {
		s->command = SCRIPT_KEYS;
		add_text(s, arg, strlen(arg));
		return true;
	}
	if (strcmp(name, ":resize") == 0) {
		s->command = SCRIPT_RESIZE;
		return number(&p, 1, SCRIPT_MAX_COLS, &s->a) && word(&p, "x") &&
		       number(&p, 1, SCRIPT_MAX_ROWS, &s->b) && at_end(p);
	}
	if (strcmp(name, ":sleep") == 0) {
		s->command = SCRIPT_SLEEP;
		return number(&p, 0, SCRIPT_MAX_SLEEP_MS, &s->a) && at_end(p);
	}
	/* clicks may lie anywhere, off the screen too: the reader must cope */
	if (strcmp(name, ":click") == 0) {
		s->command = SCRIPT_CLICK;
		return number(&p, INT_MIN / 2, INT_MAX / 2, &s->a) && number(&p, INT_MIN / 2, INT_MAX / 2, &s->b) &&
		       at_end(p);
	}
	if (strcmp(name, ":wheel") == 0) {
		s->command = SCRIPT_WHEEL;
		s->up = word(&p, "up");
		if (!s->up && !word(&p, "down"))
			return false;
		return number(&p, INT_MIN / 2, INT_MAX / 2, &s->a) && number(&p, INT_MIN / 2, INT_MAX / 2, &s->b) &&
		       at_end(p);
	}
	return false;
}

void script_parse_line(const char *line, struct script_step *s)
{
	memset(s, 0, sizeof *s);
	if (line[0] == '#' || line[0] == '\0')
		return;
	if (line[0] != ':') {
		parse_keys(s, line);
		return;
	}
	size_t n = strcspn(line, " ");
	char *name = xstrndup(line, n);
	const char *arg = line[n] ? line + n + 1 : line + n;
	if (!parse_command(s, name, arg)) {
		script_step_free(s);
		s->command = SCRIPT_BAD;
		s->text = xstrdup(line);
	}
	free(name);
}

void script_step_free(struct script_step *s)
{
	free(s->keys);
	free(s->text);
	memset(s, 0, sizeof *s);
}
