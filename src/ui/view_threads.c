/* view_threads.c - the Threads list, a mode of the Articles pane (H): the
 * developing stories, newest activity first, each with its span of dates
 * and its number of stories.  Enter lists a thread's stories in date
 * order; q or h there comes back here. */
#include <stdlib.h>
#include <string.h>

#include "brief/error.h"
#include "brief/view.h"

struct threads {
	struct thread_item *rows;
	int nrows, cap;
	long offset;
	bool stale;
	struct pager *pager; /* the keys of the rows, to seek the next ones */
};

static void drop_rows(struct threads *d)
{
	browse_thread_rows_free(d->rows, d->nrows);
	d->nrows = 0;
}

static void load(struct view *v)
{
	struct app *a = v->app;
	struct threads *d = v->data;
	int64_t keep = 0;
	if (d && v->list.sel >= d->offset && v->list.sel < d->offset + d->nrows)
		keep = d->rows[v->list.sel - d->offset].id;
	if (!d)
		d = v->data = xcalloc(1, sizeof *d);
	/* rows may have come or gone above the window: seek from an end */
	if (!d->pager)
		d->pager = pager_new();
	else
		pager_reset(d->pager);
	drop_rows(d);
	d->stale = true;
	if (browse_thread_count(a->cache, &v->list.count) != BRIEF_OK) {
		app_fail(a);
		v->list.count = 0;
		return;
	}
	/* a thread that grows moves up the list: the selection goes with it */
	if (keep)
		threads_select(v, keep);
	list_clamp(&v->list, v->list.height);
}

void threads_select(struct view *v, int64_t thread_id)
{
	long pos = -1;
	if (browse_thread_position(v->app->cache, thread_id, &pos) != BRIEF_OK) {
		app_fail(v->app);
		return;
	}
	if (pos < 0)
		return;
	v->list.top += pos - v->list.sel;
	v->list.sel = pos;
	list_clamp(&v->list, v->list.height);
}

static void fetch(struct view *v, int height)
{
	struct threads *d = v->data;
	if (!d->stale && v->list.top >= d->offset && v->list.top + height <= d->offset + d->nrows)
		return;
	drop_rows(d);
	if (height > d->cap) {
		d->rows = xrealloc(d->rows, (size_t)height * sizeof *d->rows);
		d->cap = height;
	}
	d->offset = v->list.top;
	if (browse_thread_page(v->app->cache, d->pager, v->list.count, d->offset, height, d->rows, &d->nrows) != BRIEF_OK)
		app_fail(v->app);
	d->stale = false;
}

/* The days a thread spans: in full when there is room ("2024-03-19 –
 * 2024-11-19"), else by month ("2024-03–11", "2024-12–2026-02"). */
static void span(const struct thread_item *t, bool days, struct buf *b)
{
	const char *first = t->first_day ? t->first_day : t->last_day, *last = t->last_day;
	if (!first || !last) {
		buf_adds(b, "undated");
		return;
	}
	int n = days ? 10 : 7;
	if (strncmp(first, last, (size_t)n) == 0)
		buf_printf(b, "%.*s", n, last);
	else if (days)
		buf_printf(b, "%.10s \xE2\x80\x93 %.10s", first, last);
	else if (strncmp(first, last, 4) == 0)
		buf_printf(b, "%.7s\xE2\x80\x93%.2s", first, last + 5);
	else
		buf_printf(b, "%.7s\xE2\x80\x93%.7s", first, last);
}

static void draw(struct view *v, struct rect r, bool focused)
{
	struct threads *d = v->data;
	list_clamp(&v->list, r.h);
	if (v->list.count == 0) {
		/* honest about why: threads form as related stories arrive */
		const char *lines[] = {"No threads yet.", "A thread is two or more stories", "of one developing story."};
		for (int i = 0; i < 3 && i < r.h; i++)
			draw_fit(r.y + i, r.x, r.w, lines[i], draw_attr(EL_DIM));
		return;
	}
	fetch(v, r.h);
	bool days = r.w >= 72;
	int span_w = r.w >= 72 ? 24 : r.w >= 40 ? 16 : 0;
	for (int i = 0; i < d->nrows && i < r.h; i++) {
		const struct thread_item *t = &d->rows[i];
		bool sel = d->offset + i == v->list.sel;
		attr_t base = sel ? draw_attr(focused ? EL_SELECTED : EL_SELECTED_IDLE) : draw_attr(EL_NORMAL);
		int y = r.y + i, x = r.x;
		draw_fill(y, x, r.w, base);
		if (span_w) {
			struct buf s = BUF_INIT;
			span(t, days, &s);
			draw_text(y, x, span_w, s.data, sel ? base : draw_attr(EL_DATE));
			buf_free(&s);
			x += span_w;
		}
		char count[16];
		snprintf(count, sizeof count, "%3ld ", t->stories);
		x += draw_text(y, x, r.w - (x - r.x), count, sel ? base : draw_attr(EL_DIM));
		draw_fit(y, x, r.w - (x - r.x), t->title, base);
	}
}

static bool key(struct view *v, enum action act)
{
	return list_move(&v->list, act);
}

static void open(struct view *v)
{
	struct threads *d = v->data;
	if (!d || v->list.sel < d->offset || v->list.sel >= d->offset + d->nrows)
		return;
	const struct thread_item *t = &d->rows[v->list.sel - d->offset];
	app_open_thread(v->app, t->id, t->title, t->stories);
}

static void title(struct view *v, struct buf *b)
{
	(void)v;
	buf_adds(b, "Threads");
}

static void release(struct view *v)
{
	struct threads *d = v->data;
	if (!d)
		return;
	drop_rows(d);
	free(d->rows);
	pager_free(d->pager);
	free(d);
	v->data = NULL;
}

const struct view_ops threads_view_ops = {"Threads", load, draw, key, open, title, release};
