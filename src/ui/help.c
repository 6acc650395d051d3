/* help.c - the help window: every action with its keys as bound, framed
 * over the panes, paged like a list. */
#include <stdio.h>
#include <string.h>

#include "brief/app.h"
#include "brief/draw.h"
#include "brief/help.h"
#include "brief/utf8.h"

/* The help window: a frame over the panes, the keys inside, as many as
 * fit, paged by handle_help_key. */
struct help_box {
	int x0, y0, w, h; /* the frame */
	int inner;        /* lines inside it */
};

static struct help_box help_box(const struct app *a)
{
	struct help_box b = {0, 1, a->cols < 74 ? a->cols : 74, a->rows - 2, 0};
	b.x0 = (a->cols - b.w) / 2;
	b.inner = b.h - 2 > 1 ? b.h - 2 : 1;
	return b;
}

enum { HELP_LINES = ACT_COUNT - 1 };

/* The keys of an action, each once ("Enter" and KEY_ENTER are one). */
static void help_keys(const struct app *a, int act, struct buf *keys)
{
	for (int k = 0; k < a->keys.nkeys[act]; k++) {
		char name[16], padded[20];
		keymap_key_name(a->keys.keys[act][k], name, sizeof name);
		snprintf(padded, sizeof padded, " %s ", name);
		struct buf seen = BUF_INIT;
		buf_printf(&seen, " %s ", buf_str(keys));
		if (!strstr(seen.data, padded))
			buf_printf(keys, "%s%s", keys->len ? " " : "", name);
		buf_free(&seen);
	}
}

void help_draw(struct app *a)
{
	struct help_box b = help_box(a);
	attr_t frame = draw_attr(EL_BORDER_FOCUSED), text = draw_attr(EL_NORMAL);
	struct buf line = BUF_INIT;
	/* the frame: a title on top, where the page is at the bottom */
	buf_adds(&line, "\xE2\x94\x8C\xE2\x94\x80 Keys \xE2\x80\x94 j/k, Space, G to move; q to close ");
	while (utf8_width(line.data) < b.w - 1)
		buf_adds(&line, "\xE2\x94\x80");
	buf_adds(&line, "\xE2\x94\x90");
	draw_fit(b.y0, b.x0, b.w, line.data, frame);
	buf_reset(&line);
	int last = a->help_top + b.inner < HELP_LINES ? a->help_top + b.inner : HELP_LINES;
	buf_printf(&line, "\xE2\x94\x94\xE2\x94\x80 %d-%d of %d ", a->help_top + 1, last, HELP_LINES);
	while (utf8_width(line.data) < b.w - 1)
		buf_adds(&line, "\xE2\x94\x80");
	buf_adds(&line, "\xE2\x94\x98");
	draw_fit(b.y0 + b.h - 1, b.x0, b.w, line.data, frame);
	buf_free(&line);
	for (int i = 0; i < b.inner; i++) {
		int y = b.y0 + 1 + i, act = a->help_top + 1 + i;
		draw_fill(y, b.x0, b.w, text);
		draw_text(y, b.x0, 1, "\xE2\x94\x82", frame);
		draw_text(y, b.x0 + b.w - 1, 1, "\xE2\x94\x82", frame);
		if (act >= ACT_COUNT)
			continue;
		struct buf keys = BUF_INIT;
		help_keys(a, act, &keys);
		draw_fit(y, b.x0 + 2, 18, buf_str(&keys), draw_attr(EL_TITLE));
		draw_fit(y, b.x0 + 21, b.w - 23, keymap_action_help((enum action)act), text);
		buf_free(&keys);
	}
}

/* The help window pages like a list; close, help and quit close it, and
 * other keys do nothing while it is open. */
void help_key(struct app *a, enum action act)
{
	struct help_box b = help_box(a);
	int top = a->help_top, max = HELP_LINES - b.inner > 0 ? HELP_LINES - b.inner : 0;
	switch (act) {
	case ACT_DOWN: top++; break;
	case ACT_UP: top--; break;
	case ACT_PAGE_DOWN: top += b.inner; break;
	case ACT_PAGE_UP: top -= b.inner; break;
	case ACT_HALF_DOWN: top += b.inner / 2; break;
	case ACT_HALF_UP: top -= b.inner / 2; break;
	case ACT_TOP: top = 0; break;
	case ACT_BOTTOM: top = max; break;
	case ACT_CLOSE: case ACT_HELP: case ACT_QUIT: case ACT_BACK: a->help = false; return;
	default: return;
	}
	a->help_top = top < 0 ? 0 : top > max ? max : top;
}

