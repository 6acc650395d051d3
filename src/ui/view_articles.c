/* view_articles.c - the Articles pane: all stories newest first, or those
 * of an actor, of a search, related to the open article, or of a thread
 * (oldest first). */
#include <stdlib.h>
#include <string.h>

#include "brief/app.h"
#include "brief/cache_read.h"
#include "brief/draw.h"
#include "brief/error.h"
#include "brief/list.h"
#include "brief/listpane.h"
#include "brief/search.h"
#include "brief/utf8.h"
#include "brief/view_articles.h"

static int read_rows(struct view *v, struct pager *p, long count, long offset, int limit, void *rows, int *n)
{
	return browse_page(v->app->cache, &v->app->filter, p, count, offset, limit, rows, n);
}

static void free_rows(void *rows, int n)
{
	browse_rows_free(rows, n);
}

static void draw_row(struct view *v, const void *data, int y, int x, int w, bool sel, attr_t base);

/* A search's snippet, or why a story is related, whole under the list. */
static bool previews(const struct view *v)
{
	return v->app->filter.kind == BROWSE_SEARCH || v->app->filter.kind == BROWSE_RELATED;
}

static void preview(struct view *v, const void *data, struct buf *b)
{
	const struct browse_row *row = data;
	if (!row->extra)
		return;
	if (v->app->filter.kind == BROWSE_RELATED) {
		articles_reason(row->extra, b);
		return;
	}
	for (const char *p = row->extra; *p; p++)
		if (*p != '\x01' && *p != '\x02')
			buf_addc(b, *p == '\n' ? ' ' : *p);
}

static const char *file_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

/* The start the source files on screen share ("GUM_news_" of every
 * GUM_news_*.txt): the source column shows what tells them apart. */
static size_t shared_start;

static void window(struct view *v, const void *data, int n)
{
	(void)v;
	const struct browse_row *rows = data;
	shared_start = 0;
	if (n < 2 || !rows[0].source)
		return;
	const char *first = file_name(rows[0].source);
	size_t len = strlen(first);
	for (int i = 1; i < n && len; i++) {
		const char *other = rows[i].source ? file_name(rows[i].source) : "";
		size_t k = 0;
		while (k < len && first[k] == other[k])
			k++;
		len = k;
	}
	/* at a character's start, and something left to tell apart */
	while (len > 0 && ((unsigned char)first[len] & 0xC0) == 0x80)
		len--;
	shared_start = len > 4 ? len : 0;
}

static const struct listpane_ops article_rows = {sizeof(struct browse_row), read_rows, free_rows, draw_row, previews,
						 preview, window};

static void load(struct view *v)
{
	struct app *a = v->app;
	const struct browse_row *was = v->data ? listpane_row(v->data, v->list.sel) : NULL;
	int64_t keep = was ? was->id : 0;
	listpane_reload(listpane_of(v, &article_rows));
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

/* date, title, what the filter adds (the snippet, or why it is
 * related), and the source file right-aligned when there is room */
static void draw_row(struct view *v, const void *data, int y, int x0, int w, bool sel, attr_t base)
{
	const struct app *a = v->app;
	const struct browse_row *row = data;
	int date_w = w >= 28 ? 11 : 0, x = x0;
	if (date_w) {
		draw_text(y, x, date_w, row->date ? row->date : "undated", sel ? base : draw_attr(EL_DATE));
		x += date_w;
	}
	/* a flag in the space before the title; the unread stand out */
	if (row->flagged)
		draw_text(y, x - (date_w ? 1 : 0), 1, "*", sel ? base : draw_attr(EL_ERROR));
	attr_t unread = draw_attr(EL_UNREAD);
	attr_t title_attr = row->read ? base : sel ? base | (unread & ~A_COLOR) : unread;
	int rest = w - (x - x0);
	/* the title has the room first; the source file only what it leaves
	 * (at most a quarter), so it never cuts a title short */
	int tw = row->title ? utf8_width(row->title) : 0;
	if (rest - tw - 1 >= 12 && row->source) {
		const char *name = file_name(row->source);
		struct buf told = BUF_INIT;
		if (shared_start && strlen(name) > shared_start)
			buf_printf(&told, "\xE2\x80\xA6%s", name + shared_start);
		else
			buf_adds(&told, name);
		const char *file = told.data;
		int sw = rest - tw - 1 < rest / 4 ? rest - tw - 1 : rest / 4;
		struct buf src = BUF_INIT;
		utf8_fit(&src, file, sw, false);
		int sw_used = utf8_width(src.data);
		draw_text(y, x0 + w - sw_used, sw_used, src.data, sel ? base : draw_attr(EL_DIM));
		buf_free(&src);
		buf_free(&told);
		rest -= sw + 1;
	}
	struct buf b = BUF_INIT;
	utf8_fit(&b, row->title ? row->title : "", rest, false);
	int used;
	if (a->filter.kind == BROWSE_SEARCH && a->search) {
		/* the words searched for stand out in the title too */
		struct buf marked = BUF_INIT;
		search_mark_hits(b.data, a->search, &marked);
		used = draw_snippet(y, x, rest, marked.data, title_attr, sel ? base | A_UNDERLINE : draw_attr(EL_SEARCH_HIT));
		buf_free(&marked);
	} else {
		used = draw_text(y, x, rest, b.data, title_attr);
	}
	buf_free(&b);
	struct buf why = BUF_INIT;
	if (row->extra && a->filter.kind != BROWSE_SEARCH)
		articles_reason(row->extra, &why);
	if (row->extra && (why.len || a->filter.kind == BROWSE_SEARCH) && used + 3 < rest) {
		attr_t dim = sel ? base : draw_attr(EL_DIM);
		used += draw_text(y, x + used, rest - used, " \xE2\x80\x94 ", dim);
		if (a->filter.kind == BROWSE_SEARCH)
			draw_snippet(y, x + used, rest - used, row->extra, dim, sel ? base : draw_attr(EL_SEARCH_HIT));
		else
			draw_text(y, x + used, rest - used, why.data, dim);
	}
	buf_free(&why);
}

static void draw(struct view *v, struct rect r, bool focused)
{
	struct app *a = v->app;
	list_clamp(&v->list, r.h);
	if (v->list.count == 0) {
		const char *empty = a->filter.kind == BROWSE_ALL      ? "No articles yet."
				    : a->filter.kind == BROWSE_THREAD ? "This thread has no stories now."
				    : a->filter.kind == BROWSE_RELATED ? "No story is related closely enough."
				    : a->filter.kind == BROWSE_FLAGGED ? "No flagged articles: F flags one."
								       : "Nothing matches.";
		draw_fit(r.y, r.x, r.w, empty, draw_attr(EL_DIM));
		if (a->filter.kind == BROWSE_ALL)
			draw_fit(r.y + 1, r.x, r.w, "Import some: brief-import FILE|DIR", draw_attr(EL_DIM));
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
	const struct browse_row *row = v->data ? listpane_row(v->data, v->list.sel) : NULL;
	if (!row)
		return;
	app_open_in_thread(v->app, row->id);
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
	case BROWSE_FLAGGED: buf_adds(b, "Flagged articles"); break;
	case BROWSE_LIMIT: buf_printf(b, "Articles with: %s", f->label); break;
	}
}

const struct view_ops articles_view_ops = {"Articles", load, draw, key, open, title, listpane_release};
