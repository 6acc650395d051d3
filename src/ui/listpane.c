/* listpane.c - the window of a list pane: read when the screen moves past
 * it, drawn row by row with the selection highlighted. */
#include <stdlib.h>
#include <string.h>

#include "brief/error.h"
#include "brief/listpane.h"
#include "brief/utf8.h"

struct listpane *listpane_of(struct view *v, const struct listpane_ops *ops)
{
	struct listpane *lp = v->data;
	if (lp)
		return lp;
	lp = v->data = xcalloc(1, sizeof *lp);
	lp->ops = ops;
	lp->pager = pager_new();
	lp->stale = true;
	return lp;
}

static void drop_rows(struct listpane *lp)
{
	lp->ops->free_rows(lp->rows, lp->nrows);
	lp->nrows = 0;
}

void listpane_reload(struct listpane *lp)
{
	drop_rows(lp);
	/* rows may have come or gone above the window: no key of it holds */
	pager_reset(lp->pager);
	lp->stale = true;
}

void listpane_refresh(struct listpane *lp)
{
	if (lp)
		lp->stale = true;
}

static void fetch(struct listpane *lp, struct view *v, int height)
{
	if (!lp->stale && v->list.top >= lp->offset && v->list.top + height <= lp->offset + lp->nrows)
		return;
	drop_rows(lp);
	if (height > lp->cap) {
		lp->rows = xrealloc(lp->rows, (size_t)height * lp->ops->row_size);
		lp->cap = height;
	}
	lp->offset = v->list.top;
	if (lp->ops->read(v, lp->pager, v->list.count, lp->offset, height, lp->rows, &lp->nrows) != BRIEF_OK)
		app_fail(v->app);
	lp->stale = false;
}

enum { PREVIEW_LINES = 2, PREVIEW_MIN_ROWS = 8 };

/* Lines of text of at most w columns, cut at spaces where there is one. */
static int wrap_lines(const char *s, int w, int max, struct buf *lines)
{
	int n = 0;
	size_t len = strlen(s);
	for (size_t i = 0; i < len && n < max; n++) {
		while (s[i] == ' ')
			i++;
		struct buf line = BUF_INIT;
		size_t end = i, last_space = 0;
		while (end < len) {
			struct buf probe = BUF_INIT;
			buf_add(&probe, s + i, end - i + 1);
			int pw = utf8_width(probe.data);
			buf_free(&probe);
			if (pw > w)
				break;
			if (s[end] == ' ')
				last_space = end;
			end++;
		}
		if (end < len && last_space > i)
			end = last_space;
		if (n == max - 1 && end < len) {
			/* the last line that fits says there is more */
			utf8_fit(&line, s + i, w, false);
		} else {
			buf_add(&line, s + i, end - i);
		}
		buf_add(&lines[n], buf_str(&line), line.len);
		buf_free(&line);
		i = end;
	}
	return n;
}

/* The selected row's preview under the list: the rows it takes. */
static int draw_preview(struct listpane *lp, struct view *v, struct rect r)
{
	const void *row = listpane_row(lp, v->list.sel);
	if (!row)
		return 0;
	struct buf text = BUF_INIT, lines[PREVIEW_LINES] = {BUF_INIT, BUF_INIT};
	lp->ops->preview(v, row, &text);
	int n = text.len ? wrap_lines(text.data, r.w - 1, PREVIEW_LINES, lines) : 0;
	for (int i = 0; i < n; i++)
		draw_fit(r.y + r.h - n + i, r.x, r.w, lines[i].data, draw_attr(EL_DIM));
	for (int i = 0; i < PREVIEW_LINES; i++)
		buf_free(&lines[i]);
	buf_free(&text);
	return n;
}

void listpane_draw(struct listpane *lp, struct view *v, struct rect r, bool focused)
{
	/* a list with previews keeps room for one, so that it does not jump
	 * as the selection moves */
	bool preview = lp->ops->previews && lp->ops->previews(v) && r.h >= PREVIEW_MIN_ROWS;
	if (preview)
		r.h -= PREVIEW_LINES;
	list_clamp(&v->list, r.h);
	fetch(lp, v, r.h);
	long first = v->list.top - lp->offset;
	if (lp->ops->window) {
		int shown = lp->nrows - (int)first < r.h ? lp->nrows - (int)first : r.h;
		lp->ops->window(v, lp->rows + (size_t)first * lp->ops->row_size, shown > 0 ? shown : 0);
	}
	for (int i = 0; i < r.h && first + i < lp->nrows; i++) {
		bool sel = v->list.top + i == v->list.sel;
		attr_t base = sel ? draw_attr(focused ? EL_SELECTED : EL_SELECTED_IDLE) : draw_attr(EL_NORMAL);
		draw_fill(r.y + i, r.x, r.w, base);
		lp->ops->draw_row(v, lp->rows + (size_t)(first + i) * lp->ops->row_size, r.y + i, r.x, r.w, sel, base);
	}
	if (preview) {
		r.h += PREVIEW_LINES;
		draw_preview(lp, v, r);
	}
}

const void *listpane_row(const struct listpane *lp, long index)
{
	if (index < lp->offset || index >= lp->offset + lp->nrows)
		return NULL;
	return lp->rows + (size_t)(index - lp->offset) * lp->ops->row_size;
}

void listpane_release(struct view *v)
{
	struct listpane *lp = v->data;
	if (!lp)
		return;
	drop_rows(lp);
	free(lp->rows);
	pager_free(lp->pager);
	free(lp);
	v->data = NULL;
}
