/* nav.c - moving between stories: opening, history back and forward,
 * related stories, filters, the search prompt, reloading. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "brief/error.h"
#include "brief/search.h"
#include "brief/utf8.h"
#include "brief/view.h"

void app_message(struct app *a, bool error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->status, sizeof a->status, fmt, ap);
	va_end(ap);
	a->status_error = error;
}

void app_fail(struct app *a)
{
	app_message(a, true, "%s", err_get());
	/* damage is told again after the screen is restored, once however
	 * often it recurs; a story that went away is not */
	if (!a->failed && cache_broken(a->cache)) {
		a->failed = true;
		err_report("%s", err_get());
	}
}

void app_focus(struct app *a, enum pane p)
{
	a->focus = p;
}

static void load_article_views(struct app *a)
{
	for (int p = PANE_READER; p < PANE_COUNT; p++) {
		a->views[p].list.sel = a->views[p].list.top = 0;
		a->views[p].ops->load(&a->views[p]);
	}
}

static void history_push(struct history *h, int64_t id, long top)
{
	/* opening from the middle of the history drops what was ahead */
	if (h->n)
		h->n = h->at + 1;
	h->ids = xgrow(h->ids, &h->cap, h->n + 1, sizeof *h->ids);
	h->tops = xrealloc(h->tops, h->cap * sizeof *h->tops);
	h->ids[h->n] = id;
	h->tops[h->n] = top;
	h->at = h->n++;
}

void app_open_article(struct app *a, int64_t id, bool from_history)
{
	struct history *h = &a->history;
	if (!from_history) {
		if (h->n)
			h->tops[h->at] = reader_top(&a->views[PANE_READER]);
		history_push(h, id, 0);
		/* a story opened by hand starts a new walk of related stories */
		a->related_anchor = 0;
	}
	a->article = id;
	load_article_views(a);
}

static void go_history(struct app *a, long step)
{
	struct history *h = &a->history;
	if (!h->n || (step < 0 && h->at == 0) || (step > 0 && h->at + 1 >= h->n)) {
		app_message(a, false, step < 0 ? "no earlier article" : "no later article");
		return;
	}
	h->tops[h->at] = reader_top(&a->views[PANE_READER]);
	h->at = (size_t)((long)h->at + step);
	app_open_article(a, h->ids[h->at], true);
	reader_set_top(&a->views[PANE_READER], h->tops[h->at]);
}

void app_back(struct app *a)
{
	go_history(a, -1);
}

void app_forward(struct app *a)
{
	go_history(a, +1);
}

/* ] and [ walk the related stories of the story where the walk began, so
 * repeated ] visits each in turn instead of bouncing between two. */
void app_related(struct app *a, int step)
{
	if (!a->article) {
		app_message(a, false, "open an article first");
		return;
	}
	if (!a->related_anchor) {
		a->related_anchor = a->article;
		a->related_index = -1;
	}
	struct browse_filter f = {.kind = BROWSE_RELATED, .id = a->related_anchor};
	struct browse_row rows[10];
	int n = 0;
	if (browse_page(a->cache, &f, 0, 10, rows, &n) != BRIEF_OK || n == 0) {
		if (n == 0 && !cache_broken(a->cache))
			app_message(a, false, "no related stories");
		else
			app_fail(a);
		browse_rows_free(rows, n);
		return;
	}
	int next = a->related_index + step;
	if (next >= n) {
		app_message(a, false, "no more related stories");
	} else {
		int64_t anchor = a->related_anchor;
		int64_t target = next < 0 ? anchor : rows[next].id;
		app_open_article(a, target, false);
		a->related_anchor = anchor;
		a->related_index = next < 0 ? -1 : next;
		if (next >= 0) {
			struct buf why = BUF_INIT;
			articles_reason(rows[next].extra, &why);
			app_message(a, false, "related %d/%d%s%s", next + 1, n, why.len ? ": " : "", buf_str(&why));
			buf_free(&why);
		}
	}
	browse_rows_free(rows, n);
}

void app_filter_articles(struct app *a, enum browse_kind kind, int64_t id, const char *query,
			 const char *label)
{
	free(a->filter.query);
	free(a->filter.label);
	a->filter = (struct browse_filter){kind, id, query ? xstrdup(query) : NULL, label ? xstrdup(label) : NULL};
	struct view *v = &a->views[PANE_ARTICLES];
	v->list.sel = v->list.top = 0;
	v->ops->load(v);
}

void app_set_timeline(struct app *a, enum timeline_scope scope, int64_t id, const char *label)
{
	free(a->scope_label);
	a->scope = scope;
	a->scope_id = id;
	a->scope_label = label ? xstrdup(label) : NULL;
	struct view *v = &a->views[PANE_TIMELINE];
	v->list.sel = v->list.top = 0;
	v->ops->load(v);
	app_focus(a, PANE_TIMELINE);
}

static void run_search(struct app *a, const char *typed)
{
	long n;
	char *query;
	if (search_query(a->cache, typed, &query, &n) != BRIEF_OK) {
		if (cache_broken(a->cache))
			app_fail(a);
		else
			app_message(a, true, "%s", err_get());
		return;
	}
	free(a->search);
	a->search = xstrdup(typed);
	app_filter_articles(a, BROWSE_SEARCH, 0, query, typed);
	app_focus(a, PANE_ARTICLES);
	app_message(a, false, "%ld %s for %s", n, n == 1 ? "match" : "matches", typed);
	free(query);
	/* hits are highlighted in the Reader from now on */
	a->views[PANE_READER].ops->load(&a->views[PANE_READER]);
}

/* The prompt on the status line: printable characters (any script), the
 * Backspace key, Enter to search, Esc to cancel. */
void app_search_prompt(struct app *a)
{
	struct buf q = BUF_INIT;
	for (;;) {
		move(a->rows - 1, 0);
		draw_fill(a->rows - 1, 0, a->cols, draw_attr(EL_STATUS));
		int used = draw_text(a->rows - 1, 0, a->cols, "/", draw_attr(EL_STATUS));
		draw_text(a->rows - 1, used, a->cols - used - 1, buf_str(&q), draw_attr(EL_STATUS));
		refresh();
		wint_t wch;
		int k = script_next_key(a, &wch);
		if (k == ERR) {
			if (a->script_done)
				break;
			continue;
		}
		if (k == KEY_CODE_YES) {
			if (wch == KEY_BACKSPACE)
				goto erase;
			if (wch == KEY_ENTER)
				goto done;
			continue;
		}
		if (wch == 27) {
			buf_free(&q);
			app_message(a, false, "search cancelled");
			return;
		}
		if (wch == '\n' || wch == '\r')
			goto done;
		if (wch == 127 || wch == 8) {
		erase:
			while (q.len && ((unsigned char)q.data[q.len - 1] & 0xC0) == 0x80)
				q.len--;
			if (q.len)
				q.len--;
			if (q.data)
				q.data[q.len] = '\0';
			continue;
		}
		if (wch >= 0x20 && wch != 0x7f && !(wch >= 0x80 && wch < 0xa0))
			utf8_encode(&q, (uint32_t)wch);
	}
done:
	if (q.len)
		run_search(a, q.data);
	buf_free(&q);
}

void app_reload(struct app *a)
{
	long top = reader_top(&a->views[PANE_READER]);
	for (int p = 0; p < PANE_COUNT; p++)
		a->views[p].ops->load(&a->views[p]);
	reader_set_top(&a->views[PANE_READER], top);
}

void nav_free(struct app *a)
{
	free(a->history.ids);
	free(a->history.tops);
	free(a->filter.query);
	free(a->filter.label);
	free(a->search);
	free(a->scope_label);
}
