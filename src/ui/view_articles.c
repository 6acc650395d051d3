/* view_articles.c - the Articles pane: all stories newest first, or those
 * of an actor, of a search, related to the open article, or of a thread
 * (oldest first). */
#include <stdlib.h>
#include <string.h>

#include "brief/cache_read.h"
#include "brief/error.h"
#include "brief/utf8.h"
#include "brief/view.h"

/* The rows on screen, fetched when the window moves. */
struct articles {
	struct browse_row *rows;
	int nrows, cap;
	long offset;
	bool stale;
	struct pager *pager; /* the keys of the rows, to seek the next ones */
};

static void drop_rows(struct articles *d)
{
	browse_rows_free(d->rows, d->nrows);
	d->nrows = 0;
}

static void load(struct view *v)
{
	struct app *a = v->app;
	struct articles *d = v->data;
	int64_t keep = 0;
	if (d && v->list.sel >= d->offset && v->list.sel < d->offset + d->nrows)
		keep = d->rows[v->list.sel - d->offset].id;
	if (!d) {
		d = v->data = xcalloc(1, sizeof *d);
	}
	/* rows may have come or gone above the window: seek from an end */
	if (!d->pager)
		d->pager = pager_new();
	else
		pager_reset(d->pager);
	drop_rows(d);
	d->stale = true;
	if (browse_count(a->cache, &a->filter, &v->list.count) != BRIEF_OK) {
		app_fail(a);
		v->list.count = 0;
		return;
	}
	/* the same story stays selected when others arrive above it */
	long pos = -1;
	if (keep && browse_position(a->cache, &a->filter, keep, &pos) != BRIEF_OK)
		app_fail(a);
	else if (keep && pos >= 0) {
		v->list.top += pos - v->list.sel;
		v->list.sel = pos;
	}
	list_clamp(&v->list, v->list.height);
}

static void fetch(struct view *v, int height)
{
	struct articles *d = v->data;
	if (!d->stale && v->list.top >= d->offset && v->list.top + height <= d->offset + d->nrows)
		return;
	drop_rows(d);
	if (height > d->cap) {
		d->rows = xrealloc(d->rows, (size_t)height * sizeof *d->rows);
		d->cap = height;
	}
	d->offset = v->list.top;
	if (browse_page(v->app->cache, &v->app->filter, d->pager, v->list.count, d->offset, height, d->rows,
			&d->nrows) != BRIEF_OK)
		app_fail(v->app);
	d->stale = false;
}

/* "shares Japan, China" from the \x1f-separated shared actors; nothing
 * when none is shared */
void articles_reason(const char *shared, struct buf *b)
{
	const char *p = shared, *name;
	size_t len;
	for (int k = 0; cache_names_next(&p, &name, &len); k++) {
		buf_adds(b, k ? ", " : "shares ");
		buf_add(b, name, len);
	}
}

/* A search snippet with its hits (between \x01 and \x02) highlighted. */
static int draw_snippet(int y, int x, int cols, const char *s, attr_t base, attr_t hit)
{
	int used = 0;
	bool in = false;
	struct buf part = BUF_INIT;
	for (const char *p = s;; p++) {
		if (*p == '\x01' || *p == '\x02' || !*p) {
			used += draw_text(y, x + used, cols - used, buf_str(&part), in ? hit : base);
			buf_reset(&part);
			if (!*p)
				break;
			in = *p == '\x01';
			continue;
		}
		buf_addc(&part, *p == '\n' ? ' ' : *p);
	}
	buf_free(&part);
	return used;
}

static void draw(struct view *v, struct rect r, bool focused)
{
	struct app *a = v->app;
	struct articles *d = v->data;
	list_clamp(&v->list, r.h);
	if (v->list.count == 0) {
		const char *empty = a->filter.kind == BROWSE_ALL      ? "No articles yet."
				    : a->filter.kind == BROWSE_THREAD ? "This thread has no stories now."
				    : a->filter.kind == BROWSE_RELATED ? "No story is related closely enough."
								       : "Nothing matches.";
		draw_fit(r.y, r.x, r.w, empty, draw_attr(EL_DIM));
		if (a->filter.kind == BROWSE_ALL)
			draw_fit(r.y + 1, r.x, r.w, "Import some: brief-import FILE|DIR", draw_attr(EL_DIM));
		return;
	}
	fetch(v, r.h);
	int date_w = r.w >= 28 ? 11 : 0;
	for (int i = 0; i < d->nrows && i < r.h; i++) {
		const struct browse_row *row = &d->rows[i];
		long index = d->offset + i;
		bool sel = index == v->list.sel;
		attr_t base = sel ? draw_attr(focused ? EL_SELECTED : EL_SELECTED_IDLE) : draw_attr(EL_NORMAL);
		int y = r.y + i, x = r.x;
		draw_fill(y, x, r.w, base);
		if (date_w) {
			draw_text(y, x, date_w, row->date ? row->date : "undated", sel ? base : draw_attr(EL_DATE));
			x += date_w;
		}
		int rest = r.w - (x - r.x);
		/* the source file, right-aligned, when the pane has room for it */
		if (rest >= 36 && row->source) {
			const char *file = strrchr(row->source, '/');
			file = file ? file + 1 : row->source;
			int sw = rest / 4;
			struct buf src = BUF_INIT;
			utf8_fit(&src, file, sw, false);
			int w = utf8_width(src.data);
			draw_text(y, r.x + r.w - w, w, src.data, sel ? base : draw_attr(EL_DIM));
			buf_free(&src);
			rest -= sw + 1;
		}
		struct buf b = BUF_INIT;
		utf8_fit(&b, row->title ? row->title : "", rest, false);
		int used = draw_text(y, x, rest, b.data, base);
		buf_free(&b);
		/* what the filter adds: the snippet, or why it is related */
		struct buf why = BUF_INIT;
		if (row->extra && a->filter.kind != BROWSE_SEARCH)
			articles_reason(row->extra, &why);
		if (row->extra && (why.len || a->filter.kind == BROWSE_SEARCH) && used + 3 < rest) {
			attr_t dim = sel ? base : draw_attr(EL_DIM);
			used += draw_text(y, x + used, rest - used, " \xE2\x80\x94 ", dim);
			if (a->filter.kind == BROWSE_SEARCH) {
				draw_snippet(y, x + used, rest - used, row->extra, dim,
					     sel ? base : draw_attr(EL_SEARCH_HIT));
			} else {
				draw_text(y, x + used, rest - used, why.data, dim);
			}
		}
		buf_free(&why);
	}
}

static bool key(struct view *v, enum action act)
{
	return list_move(&v->list, act);
}

static void open(struct view *v)
{
	struct articles *d = v->data;
	if (!d || v->list.sel < d->offset || v->list.sel >= d->offset + d->nrows)
		return;
	app_open_in_thread(v->app, d->rows[v->list.sel - d->offset].id);
	app_focus(v->app, PANE_READER);
}

static void title(struct view *v, struct buf *b)
{
	const struct browse_filter *f = &v->app->filter;
	switch (f->kind) {
	case BROWSE_ALL: buf_adds(b, "Articles"); break;
	case BROWSE_ACTOR: buf_printf(b, "Articles of %s", f->label); break;
	case BROWSE_SEARCH: buf_printf(b, "Search: %s", f->label); break;
	case BROWSE_RELATED: buf_printf(b, "Related to: %s", f->label); break;
	case BROWSE_THREAD: buf_printf(b, "Thread: %s", f->label); break;
	}
}

static void release(struct view *v)
{
	struct articles *d = v->data;
	if (!d)
		return;
	drop_rows(d);
	free(d->rows);
	pager_free(d->pager);
	free(d);
	v->data = NULL;
}

const struct view_ops articles_view_ops = {"Articles", load, draw, key, open, title, release};
