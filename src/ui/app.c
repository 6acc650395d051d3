/* app.c - moving between stories: opening, history back and forward,
 * related stories and threads, filters, the search prompt, reloading. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "brief/app.h"
#include "brief/draw.h"
#include "brief/error.h"
#include "brief/lineedit.h"
#include "brief/listpane.h"
#include "brief/list.h"
#include "brief/marks.h"
#include "brief/paths.h"
#include "brief/script.h"
#include "brief/search.h"
#include "brief/utf8.h"
#include "brief/view_articles.h"
#include "brief/view_reader.h"
#include "brief/view_threads.h"

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

/* thread: the thread ] and [ are to walk, 0 for related stories; it is
 * known before the Reader is built, which says what ] does. */
/* The Articles pane follows the story opened: a list of related stories
 * becomes the new story's, and the story is selected where it is listed
 * (a ] or [ walk, history, a timeline jump). */
static void follow_in_articles(struct app *a, int64_t id)
{
	struct view *v = &a->views[PANE_ARTICLES];
	if (v->ops != &articles_view_ops)
		return;
	const struct article_doc *doc = reader_doc(&a->views[PANE_READER]);
	if (a->filter.kind == BROWSE_RELATED && a->filter.id != id && doc && !a->related_anchor) {
		app_filter_articles(a, BROWSE_RELATED, id, NULL, doc->title);
		return;
	}
	/* opened from the list: it is selected already, and nothing is counted */
	const struct browse_row *selected = v->data ? listpane_row(v->data, v->list.sel) : NULL;
	if (selected && selected->id == id)
		return;
	long pos = -1;
	if (browse_position(a->cache, &a->filter, id, &pos) != BRIEF_OK) {
		app_fail(a);
		return;
	}
	if (pos >= 0) {
		v->list.sel = pos;
		list_clamp(&v->list, v->list.height);
	}
}

static void open_article(struct app *a, int64_t id, bool from_history, int64_t thread, const char *title)
{
	struct history *h = &a->history;
	if (!from_history) {
		if (h->n)
			h->tops[h->at] = reader_top(&a->views[PANE_READER]);
		history_push(h, id, 0);
		/* a story opened by hand starts a new walk */
		a->related_anchor = 0;
		if (thread != a->walk_thread) {
			free(a->walk_title);
			a->walk_title = thread ? xstrdup(title ? title : "") : NULL;
			a->walk_thread = thread;
		}
	}
	a->article = id;
	marks_opened(a, id);
	load_article_views(a);
	follow_in_articles(a, id);
}

void app_open_article(struct app *a, int64_t id, bool from_history)
{
	open_article(a, id, from_history, 0, NULL);
}

void app_open_in_thread(struct app *a, int64_t id)
{
	bool thread = a->filter.kind == BROWSE_THREAD;
	open_article(a, id, false, thread ? a->filter.id : 0, thread ? a->filter.label : NULL);
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

/* ] and [ from a story opened in its thread's list: the stories of the
 * thread in date order, from wherever the open story is in it. */
static void thread_walk(struct app *a, int step)
{
	struct browse_filter f = {.kind = BROWSE_THREAD, .id = a->walk_thread};
	long pos, count;
	if (browse_position(a->cache, &f, a->article, &pos) != BRIEF_OK ||
	    browse_count(a->cache, &f, &count) != BRIEF_OK) {
		app_fail(a);
		return;
	}
	long next = pos + step;
	if (pos < 0 || next < 0 || next >= count) {
		app_message(a, false, pos < 0 ? "this story has left the thread" : next < 0 ? "first story of the thread"
											  : "last story of the thread");
		return;
	}
	struct browse_row row;
	int n = 0;
	if (browse_page(a->cache, &f, NULL, count, next, 1, &row, &n) != BRIEF_OK || n == 0) {
		if (n == 0 && !cache_broken(a->cache))
			app_message(a, false, "last story of the thread");
		else
			app_fail(a);
		browse_rows_free(&row, n);
		return;
	}
	open_article(a, row.id, false, a->walk_thread, a->walk_title);
	/* the thread's list, when shown, follows */
	struct view *v = &a->views[PANE_ARTICLES];
	if (v->ops == &articles_view_ops && a->filter.kind == BROWSE_THREAD && a->filter.id == a->walk_thread) {
		v->list.sel = next;
		list_clamp(&v->list, v->list.height);
	}
	/* the thread is named unless the status line names it already */
	bool named = a->filter.kind == BROWSE_THREAD && a->filter.id == a->walk_thread;
	app_message(a, false, "thread %ld/%ld, %s%s%s", next + 1, count, row.date ? row.date : "undated",
		    named ? "" : ": ", named ? "" : a->walk_title);
	browse_rows_free(&row, n);
}

/* ] and [ walk the related stories of the story where the walk began, so
 * repeated ] visits each in turn instead of bouncing between two. */
void app_related(struct app *a, int step)
{
	if (!a->article) {
		app_message(a, false, "open an article first");
		return;
	}
	const struct article_doc *doc = reader_doc(&a->views[PANE_READER]);
	if (a->walk_thread && doc && doc->thread_id == a->walk_thread) {
		thread_walk(a, step);
		return;
	}
	if (!a->related_anchor) {
		a->related_anchor = a->article;
		a->related_index = -1;
	}
	struct browse_filter f = {.kind = BROWSE_RELATED, .id = a->related_anchor};
	struct browse_row rows[10];
	int n = 0;
	if (browse_page(a->cache, &f, NULL, 10, 0, 10, rows, &n) != BRIEF_OK || n == 0) {
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

/* Show the other mode of the Articles pane, loaded unless the caller
 * loads it. */
static void swap_articles(struct app *a, bool load)
{
	struct view *v = &a->views[PANE_ARTICLES], shown = *v;
	*v = a->parked;
	a->parked = shown;
	v->rect = shown.rect;
	if (load)
		v->ops->load(v);
}

bool app_threads_shown(const struct app *a)
{
	return a->views[PANE_ARTICLES].ops == &threads_view_ops;
}

void app_show_threads(struct app *a, int64_t thread_id)
{
	if (!app_threads_shown(a))
		swap_articles(a, true);
	if (thread_id)
		threads_select(&a->views[PANE_ARTICLES], thread_id);
	app_focus(a, PANE_ARTICLES);
}

void app_hide_threads(struct app *a)
{
	if (app_threads_shown(a))
		swap_articles(a, true);
	app_focus(a, PANE_ARTICLES);
}

void app_open_thread(struct app *a, int64_t id, const char *title, long stories)
{
	char *label = xstrdup(title ? title : "");
	app_filter_articles(a, BROWSE_THREAD, id, NULL, label);
	free(label);
	/* the open story when it is of the thread, else the first */
	struct view *v = &a->views[PANE_ARTICLES];
	long pos = -1;
	if (a->article && browse_position(a->cache, &a->filter, a->article, &pos) != BRIEF_OK)
		app_fail(a);
	v->list.sel = pos >= 0 ? pos : 0;
	list_clamp(&v->list, v->list.height);
	app_focus(a, PANE_ARTICLES);
	app_message(a, false, "%ld stories, oldest first", stories);
}

void app_thread_timeline(struct app *a)
{
	if (a->scope == SCOPE_THREAD) {
		app_set_timeline(a, SCOPE_ARTICLE, 0, NULL);
		return;
	}
	const struct article_doc *doc = reader_doc(&a->views[PANE_READER]);
	if (!doc) {
		app_message(a, false, "open an article first");
	} else if (doc->thread_stories < 2) {
		app_message(a, false, "this story is in no thread yet");
	} else {
		app_set_timeline(a, SCOPE_THREAD, doc->thread_id, doc->thread_title);
		app_message(a, false, "the events of the thread's %ld stories", doc->thread_stories);
	}
}

void app_filter_articles(struct app *a, enum browse_kind kind, int64_t id, const char *query,
			 const char *label)
{
	/* a filter is of the article list: the Threads list gives way */
	if (app_threads_shown(a))
		swap_articles(a, false);
	/* copied first: query and label may be the filter's own */
	char *q = query ? xstrdup(query) : NULL, *l = label ? xstrdup(label) : NULL;
	free(a->filter.query);
	free(a->filter.label);
	a->filter = (struct browse_filter){.kind = kind, .sort = a->sort, .id = id, .query = q, .label = l};
	/* a new list starts at its top: no selection of the old one to keep
	 * (keeping it opened a search deep in its results) */
	struct view *v = &a->views[PANE_ARTICLES];
	v->list.sel = -1;
	v->list.top = 0;
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
	app_message(a, false, "%ld %s for %s%s", n, n == 1 ? "match" : "matches", typed,
		    n > BROWSE_RANKED_MAX ? ", too many to rank: the latest added first" : "");
	free(query);
	/* hits are highlighted in the Reader from now on */
	a->views[PANE_READER].ops->load(&a->views[PANE_READER]);
}

/* The prompt on the status line: printable characters (any script), the
 * Backspace key, Enter to search, Esc to cancel. */
/* A line typed at the status line after prefix, with the history of
 * history_name; false when cancelled.  *out (caller frees) is the line. */
static bool prompt(struct app *a, const char *prefix, const char *history_name, char **out)
{
	char *history = paths_state_file(history_name);
	struct lineedit e;
	lineedit_start(&e, history);
	enum lineedit_result done = LINEEDIT_EDITING;
	curs_set(1);
	while (done == LINEEDIT_EDITING) {
		int y = a->rows - 1;
		draw_fill(y, 0, a->cols, draw_attr(EL_STATUS));
		int used = draw_text(y, 0, a->cols, prefix, draw_attr(EL_STATUS));
		/* a line wider than the screen shows its end, where one types */
		int col = lineedit_cursor_column(&e), skip = col > a->cols - used - 2 ? col - (a->cols - used - 2) : 0;
		struct buf shown = BUF_INIT;
		utf8_skip_columns(&shown, buf_str(&e.text), skip);
		draw_text(y, used, a->cols - used - 1, shown.data, draw_attr(EL_STATUS));
		buf_free(&shown);
		move(y, used + col - skip);
		refresh();
		wint_t wch;
		int k = script_next_key(a, &wch);
		if (k == ERR) {
			if (a->script_done)
				break;
			continue;
		}
		done = lineedit_key(&e, k == KEY_CODE_YES, (int)wch);
	}
	curs_set(0);
	if (done != LINEEDIT_CANCEL)
		lineedit_remember(&e, history);
	*out = done == LINEEDIT_CANCEL ? NULL : xstrdup(buf_str(&e.text));
	lineedit_free(&e);
	free(history);
	return *out != NULL;
}

void app_search_prompt(struct app *a)
{
	char *typed;
	if (!prompt(a, "/", "search-history", &typed)) {
		app_message(a, false, "search cancelled");
		return;
	}
	if (*typed)
		run_search(a, typed);
	free(typed);
}

void app_limit_prompt(struct app *a)
{
	char *typed;
	if (!prompt(a, "Limit to titles with: ", "limit-history", &typed)) {
		app_message(a, false, "limit cancelled");
		return;
	}
	if (!*typed) {
		free(typed);
		app_filter_articles(a, BROWSE_ALL, 0, NULL, NULL);
		app_message(a, false, "no limit: all articles");
		return;
	}
	/* each word the start of a word of the title */
	struct buf q = BUF_INIT;
	char *words = search_plain_words(typed);
	buf_adds(&q, "title : (");
	for (const char *p = words; *p; p++) {
		buf_addc(&q, *p);
		if (*p == '"' && (p[1] == ' ' || !p[1]) && p > words && p[-1] != ' ')
			buf_addc(&q, '*');
	}
	buf_adds(&q, ")");
	free(words);
	app_filter_articles(a, BROWSE_LIMIT, 0, q.data, typed);
	if (a->views[PANE_ARTICLES].list.count == 0)
		app_message(a, false, "no title has %s", typed);
	buf_free(&q);
	free(typed);
}

void app_sort_next(struct app *a)
{
	static const char *const names[SORT_COUNT] = {"newest first", "unread first", "by source file"};
	a->sort = (enum browse_sort)((a->sort + 1) % SORT_COUNT);
	app_filter_articles(a, a->filter.kind, a->filter.id, a->filter.query, a->filter.label);
	app_message(a, false, "articles %s%s", names[a->sort], a->filter.kind == BROWSE_ALL ? "" : " (in the list of every article)");
}

void app_reload(struct app *a)
{
	long top = reader_top(&a->views[PANE_READER]);
	for (int p = 0; p < PANE_COUNT; p++)
		a->views[p].ops->load(&a->views[p]);
	reader_set_top(&a->views[PANE_READER], top);
}

void app_free(struct app *a)
{
	free(a->history.ids);
	free(a->history.tops);
	free(a->filter.query);
	free(a->filter.label);
	free(a->search);
	free(a->scope_label);
	free(a->walk_title);
}
