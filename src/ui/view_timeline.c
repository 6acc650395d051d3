/* view_timeline.c - the Timeline pane: events in date order, with their
 * precision as written (2024-07-28, 2024-W47, 2024-03, 2007, 1990s, 2024
 * summer, undated); of the open article, of an actor, of the open
 * story's thread, or of the whole cache. */
#include <stdlib.h>
#include <string.h>

#include "brief/app.h"
#include "brief/datelabel.h"
#include "brief/draw.h"
#include "brief/error.h"
#include "brief/list.h"
#include "brief/listpane.h"
#include "brief/utf8.h"
#include "brief/view_reader.h"
#include "brief/view_timeline.h"

static int64_t scope_id(const struct app *a)
{
	return a->scope == SCOPE_ARTICLE ? a->article : a->scope_id;
}

static int read_rows(struct view *v, struct pager *p, long count, long offset, int limit, void *rows, int *n)
{
	return browse_event_page(v->app->cache, v->app->scope, scope_id(v->app), p, count, offset, limit, rows, n);
}

static void free_rows(void *rows, int n)
{
	browse_event_rows_free(rows, n);
}

/* "2024-W47    Blinken is due to travel on to South Korea later this week." */
static void draw_row(struct view *v, const void *data, int y, int x, int w, bool sel, attr_t base)
{
	(void)v;
	const struct event_item *e = data;
	char label[DATE_LABEL_MAX];
	draw_text(y, x, 12, date_label(e->value, label), sel ? base : draw_attr(EL_DATE));
	if (w > 12)
		draw_fit(y, x + 12, w - 12, e->sentence, base);
}

/* The selected event's sentence, whole under the list. */
static bool previews(const struct view *v)
{
	(void)v;
	return true;
}

static void preview(struct view *v, const void *data, struct buf *b)
{
	(void)v;
	const struct event_item *e = data;
	if (e->sentence)
		utf8_add_shown(b, e->sentence, strlen(e->sentence));
}

static const struct listpane_ops event_rows = {sizeof(struct event_item), read_rows, free_rows, draw_row, previews,
					       preview, NULL};

static void load(struct view *v)
{
	listpane_reload(listpane_of(v, &event_rows));
	v->list.count = 0;
	if (v->app->scope == SCOPE_ARTICLE && !v->app->article)
		return;
	if (browse_event_count(v->app->cache, v->app->scope, scope_id(v->app), &v->list.count) != BRIEF_OK)
		app_fail(v->app);
	list_clamp(&v->list, v->list.height);
}

static void draw(struct view *v, struct rect r, bool focused)
{
	list_clamp(&v->list, r.h);
	if (!v->list.count) {
		draw_fit(r.y, r.x, r.w, v->app->article || v->app->scope != SCOPE_ARTICLE ? "No events."
											     : "Open an article; T: all events.",
			 draw_attr(EL_DIM));
		return;
	}
	listpane_draw(v->data, v, r, focused);
}

static const struct event_item *selected(struct view *v)
{
	return v->data ? listpane_row(v->data, v->list.sel) : NULL;
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
	int para = e->para, start = e->sent_start, end = e->sent_end;
	app_open_article(v->app, e->article_id, false);
	reader_show(&v->app->views[PANE_READER], para, start, end);
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

const struct view_ops timeline_view_ops = {"Timeline", load, draw, key, open, title, listpane_release};
