/* view_actors.c - the Actors pane: the open article's actors with role
 * and mentions, or (a) every actor of the cache with its story count. */
#include <stdlib.h>
#include <string.h>

#include "brief/app.h"
#include "brief/draw.h"
#include "brief/error.h"
#include "brief/list.h"
#include "brief/listpane.h"
#include "brief/view_actors.h"

static int64_t scope_article(const struct app *a)
{
	return a->actors_all ? 0 : a->article;
}

static int read_rows(struct view *v, struct pager *p, long count, long offset, int limit, void *rows, int *n)
{
	return browse_actor_page(v->app->cache, scope_article(v->app), p, count, offset, limit, rows, n);
}

static void free_rows(void *rows, int n)
{
	browse_actor_rows_free(rows, n);
}

/* "  12 Antony Blinken (Secretary of State)": stories or mentions, name
 * in the colour of its kind, role */
static void draw_row(struct view *v, const void *data, int y, int x, int w, bool sel, attr_t base)
{
	(void)v;
	const struct actor_item *row = data;
	char count[24];
	snprintf(count, sizeof count, "%5ld ", row->count);
	x += draw_text(y, x, 6, count, sel ? base : draw_attr(EL_DIM));
	/* with unread stories, the name stands out and says how many */
	attr_t name = sel ? base : draw_attr(draw_kind_element(row->kind));
	if (row->unread > 0)
		name |= draw_attr(EL_UNREAD) & ~A_COLOR;
	int used = draw_text(y, x, w - 6, row->name, name);
	struct buf more = BUF_INIT;
	if (row->role)
		buf_printf(&more, " (%s)", row->role);
	if (row->unread > 0)
		buf_printf(&more, " \xC2\xB7 %ld unread", row->unread);
	if (more.len && used + 4 < w - 6)
		draw_text(y, x + used, w - 6 - used, more.data, sel ? base : draw_attr(EL_DIM));
	buf_free(&more);
}

static const struct listpane_ops actor_rows = {sizeof(struct actor_item), read_rows, free_rows, draw_row, NULL, NULL, NULL};

static void load(struct view *v)
{
	listpane_reload(listpane_of(v, &actor_rows));
	v->list.count = 0;
	if (!v->app->actors_all && !v->app->article)
		return;
	if (browse_actor_count(v->app->cache, scope_article(v->app), &v->list.count) != BRIEF_OK)
		app_fail(v->app);
	list_clamp(&v->list, v->list.height);
}

static void draw(struct view *v, struct rect r, bool focused)
{
	list_clamp(&v->list, r.h);
	if (!v->list.count) {
		draw_fit(r.y, r.x, r.w, v->app->article ? "No actors found." : "Open an article to see its actors.",
			 draw_attr(EL_DIM));
		return;
	}
	listpane_draw(v->data, v, r, focused);
}

static const struct actor_item *selected(struct view *v)
{
	return v->data ? listpane_row(v->data, v->list.sel) : NULL;
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

const struct view_ops actors_view_ops = {"Actors", load, draw, key, open, title, listpane_release};
