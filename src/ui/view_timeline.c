/* view_timeline.c - the Timeline pane: events in date order, with their
 * precision as written (2024-07-28, 2024-W47, 2024-03, 2007, 1990s, 2024
 * summer, undated); of the open article, of an actor, of the open
 * story's thread, or of the whole cache. */
#include <stdlib.h>
#include <string.h>

#include "brief/datelabel.h"
#include "brief/error.h"
#include "brief/view.h"

struct timeline {
	struct event_item *rows;
	int nrows, cap;
	long offset;
	bool stale;
	struct pager *pager; /* the keys of the rows, to seek the next ones */
};

static int64_t scope_id(const struct app *a)
{
	return a->scope == SCOPE_ARTICLE ? a->article : a->scope_id;
}

static void load(struct view *v)
{
	struct timeline *d = v->data;
	if (!d)
		d = v->data = xcalloc(1, sizeof *d);
	/* rows may have come or gone above the window: seek from an end */
	if (!d->pager)
		d->pager = pager_new();
	else
		pager_reset(d->pager);
	browse_event_rows_free(d->rows, d->nrows);
	d->nrows = 0;
	d->stale = true;
	v->list.count = 0;
	if (v->app->scope == SCOPE_ARTICLE && !v->app->article)
		return;
	if (browse_event_count(v->app->cache, v->app->scope, scope_id(v->app), &v->list.count) != BRIEF_OK)
		app_fail(v->app);
	list_clamp(&v->list, v->list.height);
}

static void fetch(struct view *v, int height)
{
	struct timeline *d = v->data;
	if (!d->stale && v->list.top >= d->offset && v->list.top + height <= d->offset + d->nrows)
		return;
	browse_event_rows_free(d->rows, d->nrows);
	if (height > d->cap) {
		d->rows = xrealloc(d->rows, (size_t)height * sizeof *d->rows);
		d->cap = height;
	}
	d->offset = v->list.top;
	if (browse_event_page(v->app->cache, v->app->scope, scope_id(v->app), d->pager, v->list.count, d->offset,
			      height, d->rows, &d->nrows) != BRIEF_OK)
		app_fail(v->app);
	d->stale = false;
}

static void draw(struct view *v, struct rect r, bool focused)
{
	struct timeline *d = v->data;
	list_clamp(&v->list, r.h);
	if (!v->list.count) {
		draw_fit(r.y, r.x, r.w, v->app->article || v->app->scope != SCOPE_ARTICLE ? "No events."
											     : "Open an article; T: all events.",
			 draw_attr(EL_DIM));
		return;
	}
	fetch(v, r.h);
	for (int i = 0; i < d->nrows && i < r.h; i++) {
		const struct event_item *e = &d->rows[i];
		bool sel = d->offset + i == v->list.sel;
		attr_t base = sel ? draw_attr(focused ? EL_SELECTED : EL_SELECTED_IDLE) : draw_attr(EL_NORMAL);
		int y = r.y + i;
		draw_fill(y, r.x, r.w, base);
		char label[DATE_LABEL_MAX];
		draw_text(y, r.x, 12, date_label(e->value, label), sel ? base : draw_attr(EL_DATE));
		if (r.w > 12)
			draw_fit(y, r.x + 12, r.w - 12, e->sentence, base);
	}
}

static const struct event_item *selected(struct view *v)
{
	struct timeline *d = v->data;
	if (!d || v->list.sel < d->offset || v->list.sel >= d->offset + d->nrows)
		return NULL;
	return &d->rows[v->list.sel - d->offset];
}

static bool key(struct view *v, enum action a)
{
	return list_move(&v->list, a);
}

/* Enter: the article, scrolled to the event's sentence. */
static void open(struct view *v)
{
	const struct event_item *e = selected(v);
	if (!e)
		return;
	int para = e->para, pos = e->pos;
	app_open_article(v->app, e->article_id, false);
	reader_show(&v->app->views[PANE_READER], para, pos);
	app_focus(v->app, PANE_READER);
}

static void title(struct view *v, struct buf *b)
{
	switch (v->app->scope) {
	case SCOPE_ARTICLE: buf_adds(b, "Timeline: this article"); break;
	case SCOPE_ACTOR: buf_printf(b, "Timeline: %s", v->app->scope_label); break;
	case SCOPE_ALL: buf_adds(b, "Timeline: all"); break;
	case SCOPE_THREAD: buf_printf(b, "Thread timeline: %s", v->app->scope_label); break;
	}
}

static void release(struct view *v)
{
	struct timeline *d = v->data;
	if (!d)
		return;
	browse_event_rows_free(d->rows, d->nrows);
	free(d->rows);
	pager_free(d->pager);
	free(d);
	v->data = NULL;
}

const struct view_ops timeline_view_ops = {"Timeline", load, draw, key, open, title, release};
