/* view_threads.c - the Threads list, a mode of the Articles pane (H): the
 * developing stories, newest activity first, each with its span of dates
 * and its number of stories.  Enter lists a thread's stories in date
 * order; q or h there comes back here. */
#include <stdlib.h>
#include <string.h>

#include "brief/app.h"
#include "brief/draw.h"
#include "brief/error.h"
#include "brief/list.h"
#include "brief/listpane.h"
#include "brief/view_threads.h"

static int read_rows(struct view *v, struct pager *p, long count, long offset, int limit, void *rows, int *n)
{
	return browse_thread_page(v->app->cache, p, count, offset, limit, rows, n);
}

static void free_rows(void *rows, int n)
{
	browse_thread_rows_free(rows, n);
}

static void draw_row(struct view *v, const void *data, int y, int x, int w, bool sel, attr_t base);

static const struct listpane_ops thread_rows = {sizeof(struct thread_item), read_rows, free_rows, draw_row, NULL, NULL, NULL};

static void load(struct view *v)
{
	struct app *a = v->app;
	const struct thread_item *was = v->data ? listpane_row(v->data, v->list.sel) : NULL;
	int64_t keep = was ? was->id : 0;
	listpane_reload(listpane_of(v, &thread_rows));
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

/* span of days, stories, title */
static void draw_row(struct view *v, const void *data, int y, int x0, int w, bool sel, attr_t base)
{
	(void)v;
	const struct thread_item *t = data;
	bool days = w >= 72;
	int span_w = w >= 72 ? 24 : w >= 40 ? 16 : 0, x = x0;
	if (span_w) {
		struct buf s = BUF_INIT;
		span(t, days, &s);
		draw_text(y, x, span_w, s.data, sel ? base : draw_attr(EL_DATE));
		buf_free(&s);
		x += span_w;
	}
	/* stories, or unread/stories once some are read, as newsboat counts;
	 * a thread with unread stories stands out */
	char count[48];
	if (t->unread > 0 && t->unread < t->stories)
		snprintf(count, sizeof count, "%ld/%ld ", t->unread, t->stories);
	else
		snprintf(count, sizeof count, "%3ld ", t->stories);
	x += draw_text(y, x, w - (x - x0), count, sel ? base : draw_attr(EL_DIM));
	attr_t title = t->unread > 0 ? base | (draw_attr(EL_UNREAD) & ~A_COLOR) : base;
	draw_fit(y, x, w - (x - x0), t->title, title);
}

static void draw(struct view *v, struct rect r, bool focused)
{
	list_clamp(&v->list, r.h);
	if (v->list.count == 0) {
		/* honest about why: threads form as related stories arrive */
		const char *lines[] = {"No threads yet.", "A thread is two or more stories", "of one developing story."};
		for (int i = 0; i < 3 && i < r.h; i++)
			draw_fit(r.y + i, r.x, r.w, lines[i], draw_attr(EL_DIM));
		return;
	}
	listpane_draw(v->data, v, r, focused);
}

static bool key(struct view *v, enum action act)
{
	return list_move(&v->list, act);
}

static void open(struct view *v)
{
	const struct thread_item *t = v->data ? listpane_row(v->data, v->list.sel) : NULL;
	if (!t)
		return;
	app_open_thread(v->app, t->id, t->title, t->stories);
}

static void title(struct view *v, struct buf *b)
{
	(void)v;
	buf_adds(b, "Threads");
}

const struct view_ops threads_view_ops = {"Threads", load, draw, key, open, title, listpane_release};
