/* view_actors.c - the Actors pane: the open article's actors with role
 * and mentions, or (a) every actor of the cache with its story count. */
#include <stdlib.h>
#include <string.h>

#include "brief/error.h"
#include "brief/view.h"

struct actors {
	struct actor_item *rows;
	int nrows, cap;
	long offset;
	bool stale;
	struct pager *pager; /* the keys of the rows, to seek the next ones */
};

static int64_t scope_article(const struct app *a)
{
	return a->actors_all ? 0 : a->article;
}

static void load(struct view *v)
{
	struct actors *d = v->data;
	if (!d)
		d = v->data = xcalloc(1, sizeof *d);
	/* rows may have come or gone above the window: seek from an end */
	if (!d->pager)
		d->pager = pager_new();
	else
		pager_reset(d->pager);
	browse_actor_rows_free(d->rows, d->nrows);
	d->nrows = 0;
	d->stale = true;
	v->list.count = 0;
	if (!v->app->actors_all && !v->app->article)
		return;
	if (browse_actor_count(v->app->cache, scope_article(v->app), &v->list.count) != BRIEF_OK)
		app_fail(v->app);
	list_clamp(&v->list, v->list.height);
}

static void fetch(struct view *v, int height)
{
	struct actors *d = v->data;
	if (!d->stale && v->list.top >= d->offset && v->list.top + height <= d->offset + d->nrows)
		return;
	browse_actor_rows_free(d->rows, d->nrows);
	if (height > d->cap) {
		d->rows = xrealloc(d->rows, (size_t)height * sizeof *d->rows);
		d->cap = height;
	}
	d->offset = v->list.top;
	if (browse_actor_page(v->app->cache, scope_article(v->app), d->pager, v->list.count, d->offset, height,
			      d->rows, &d->nrows) !=
	    BRIEF_OK)
		app_fail(v->app);
	d->stale = false;
}

static void draw(struct view *v, struct rect r, bool focused)
{
	struct actors *d = v->data;
	list_clamp(&v->list, r.h);
	if (!v->list.count) {
		draw_fit(r.y, r.x, r.w, v->app->article ? "No actors found." : "Open an article to see its actors.",
			 draw_attr(EL_DIM));
		return;
	}
	fetch(v, r.h);
	for (int i = 0; i < d->nrows && i < r.h; i++) {
		const struct actor_item *row = &d->rows[i];
		bool sel = d->offset + i == v->list.sel;
		attr_t base = sel ? draw_attr(focused ? EL_SELECTED : EL_SELECTED_IDLE) : draw_attr(EL_NORMAL);
		int y = r.y + i;
		draw_fill(y, r.x, r.w, base);
		char count[24];
		snprintf(count, sizeof count, "%5ld ", row->count);
		int x = r.x + draw_text(y, r.x, 6, count, sel ? base : draw_attr(EL_DIM));
		int used = draw_text(y, x, r.w - 6, row->name, sel ? base : draw_attr(draw_kind_element(row->kind)));
		if (row->role && used + 4 < r.w - 6) {
			struct buf role = BUF_INIT;
			buf_printf(&role, " (%s)", row->role);
			draw_text(y, x + used, r.w - 6 - used, role.data, sel ? base : draw_attr(EL_DIM));
			buf_free(&role);
		}
	}
}

static const struct actor_item *selected(struct view *v)
{
	struct actors *d = v->data;
	if (!d || v->list.sel < d->offset || v->list.sel >= d->offset + d->nrows)
		return NULL;
	return &d->rows[v->list.sel - d->offset];
}

static bool key(struct view *v, enum action a)
{
	const struct actor_item *it = selected(v);
	if (a == ACT_ACTOR_TIMELINE) {
		if (it)
			app_set_timeline(v->app, SCOPE_ACTOR, it->id, it->name);
		return true;
	}
	return list_move(&v->list, a);
}

/* Enter: the stories of this actor in the Articles pane. */
static void open(struct view *v)
{
	const struct actor_item *it = selected(v);
	if (!it)
		return;
	char *name = xstrdup(it->name);
	app_filter_articles(v->app, BROWSE_ACTOR, it->id, NULL, name);
	app_focus(v->app, PANE_ARTICLES);
	free(name);
}

static void title(struct view *v, struct buf *b)
{
	buf_adds(b, v->app->actors_all ? "Actors: all stories" : "Actors");
}

static void release(struct view *v)
{
	struct actors *d = v->data;
	if (!d)
		return;
	browse_actor_rows_free(d->rows, d->nrows);
	free(d->rows);
	pager_free(d->pager);
	free(d);
	v->data = NULL;
}

const struct view_ops actors_view_ops = {"Actors", load, draw, key, open, title, release};
