/* marks.c - what the reader has read and flagged, and moving by it. */
#include <stdlib.h>

#include "brief/error.h"
#include "brief/listpane.h"
#include "brief/marks.h"
#include "brief/reading.h"
#include "brief/view_articles.h"
#include "brief/view_reader.h"

/* The lists show the marks of their rows: read again, same places. */
static void refresh_lists(struct app *a)
{
	listpane_refresh(a->views[PANE_ARTICLES].data);
	listpane_refresh(a->parked.data);
}

/* A mark that cannot be kept (a read-only cache, another writer) is said,
 * and reading goes on. */
static bool kept(struct app *a, int rc)
{
	if (rc != BRIEF_OK && cache_readonly(a->cache)) {
		app_message(a, true, "the cache is read-only: marks cannot be kept");
		return false;
	}
	if (rc == BRIEF_OK)
		return true;
	app_message(a, true, "%s", err_get());
	return false;
}

void marks_opened(struct app *a, int64_t id)
{
	/* a damaged cache is not written to, not even this; a read-only one
	 * cannot be (the status line says so) */
	if (cache_broken(a->cache) || cache_readonly(a->cache))
		return;
	bool changed;
	if (kept(a, reading_set(a->cache, id, 1, READING_KEEP, &changed)) && changed)
		refresh_lists(a);
}

/* The article the focus is on: the selected row of Articles, else the open
 * one; its marks in *read and *flagged. */
static int64_t focused_article(struct app *a, bool *read, bool *flagged)
{
	struct view *v = &a->views[PANE_ARTICLES];
	if (a->focus == PANE_ARTICLES && v->ops == &articles_view_ops && v->data) {
		const struct browse_row *row = listpane_row(v->data, v->list.sel);
		if (row) {
			*read = row->read, *flagged = row->flagged;
			return row->id;
		}
	}
	const struct article_doc *doc = reader_doc(&a->views[PANE_READER]);
	if (!doc)
		return 0;
	*read = doc->read, *flagged = doc->flagged;
	return doc->id;
}

void marks_toggle(struct app *a, enum action act)
{
	if (cache_readonly(a->cache)) {
		app_message(a, true, "the cache is read-only: marks cannot be kept");
		return;
	}
	bool read, flagged;
	int64_t id = focused_article(a, &read, &flagged);
	if (!id) {
		app_message(a, false, "select or open an article first");
		return;
	}
	bool flag = act == ACT_FLAG;
	int rc = flag ? reading_set(a->cache, id, READING_KEEP, !flagged, NULL)
		      : reading_set(a->cache, id, !read, READING_KEEP, NULL);
	if (!kept(a, rc))
		return;
	refresh_lists(a);
	/* the Reader's copy of the marks follows */
	if (a->article == id)
		a->views[PANE_READER].ops->load(&a->views[PANE_READER]);
	app_message(a, false, flag ? (flagged ? "flag taken away" : "flagged") : (read ? "marked unread" : "marked read"));
}

void marks_all_read(struct app *a)
{
	long n;
	if (cache_readonly(a->cache)) {
		app_message(a, true, "the cache is read-only: marks cannot be kept");
		return;
	}
	if (!kept(a, reading_mark_all(a->cache, &a->filter, &n)))
		return;
	refresh_lists(a);
	app_message(a, false, n == 1 ? "1 article marked read" : "%ld articles marked read", n);
}

/* The row at index of the Articles list, read once. */
static bool row_at(struct app *a, long index, struct browse_row *row)
{
	int n = 0;
	long count = a->views[PANE_ARTICLES].list.count;
	if (index < 0 || index >= count)
		return false;
	if (browse_page(a->cache, &a->filter, NULL, count, index, 1, row, &n) != BRIEF_OK) {
		app_fail(a);
		return false;
	}
	return n == 1;
}

/* Select index in the Articles list (and open it). */
static void go_to(struct app *a, long index, int64_t id, bool open)
{
	struct view *v = &a->views[PANE_ARTICLES];
	v->list.sel = index;
	list_clamp(&v->list, v->list.height);
	if (open) {
		app_open_in_thread(a, id);
	}
}

void marks_next_article(struct app *a, int step)
{
	struct view *v = &a->views[PANE_ARTICLES];
	if (v->ops != &articles_view_ops) {
		app_message(a, false, "no article list: H goes back to it");
		return;
	}
	/* the open article is the selected one (opening selects it), and its
	 * neighbour usually on screen: the cache is asked only when not */
	long pos = v->list.sel;
	const struct browse_row *here = v->data ? listpane_row(v->data, pos) : NULL;
	if (a->article && !(here && here->id == a->article) &&
	    browse_position(a->cache, &a->filter, a->article, &pos) != BRIEF_OK) {
		app_fail(a);
		return;
	}
	const struct browse_row *next = pos >= 0 && v->data ? listpane_row(v->data, pos + step) : NULL;
	if (next) {
		go_to(a, pos + step, next->id, true);
		return;
	}
	struct browse_row row;
	if (pos < 0 || !row_at(a, pos + step, &row)) {
		app_message(a, false, step > 0 ? "last article of the list" : "first article of the list");
		return;
	}
	go_to(a, pos + step, row.id, true);
	browse_rows_free(&row, 1);
}

enum { UNREAD_WINDOW = 64, UNREAD_WINDOWS = 100 };

/* The next unread row after index (before it, step -1), looked for in
 * windows through one pager; -1 when there is none that near. */
static long find_unread(struct app *a, long index, int step, int64_t *id)
{
	struct view *v = &a->views[PANE_ARTICLES];
	struct pager *p = pager_new();
	struct browse_row rows[UNREAD_WINDOW];
	long found = -1;
	for (int w = 0; w < UNREAD_WINDOWS && found < 0; w++) {
		long from = step > 0 ? index + 1 + (long)w * UNREAD_WINDOW : index - (long)(w + 1) * UNREAD_WINDOW;
		int limit = UNREAD_WINDOW;
		if (from < 0) {
			limit += (int)from;
			from = 0;
		}
		if (limit <= 0 || from >= v->list.count)
			break;
		int n = 0;
		if (browse_page(a->cache, &a->filter, p, v->list.count, from, limit, rows, &n) != BRIEF_OK) {
			app_fail(a);
			break;
		}
		for (int i = 0; i < n && found < 0; i++) {
			int k = step > 0 ? i : n - 1 - i;
			if (!rows[k].read) {
				found = from + k;
				*id = rows[k].id;
			}
		}
		browse_rows_free(rows, n);
	}
	pager_free(p);
	return found;
}

void marks_next_unread(struct app *a, int step)
{
	struct view *v = &a->views[PANE_ARTICLES];
	if (v->ops != &articles_view_ops) {
		app_message(a, false, "no article list: H goes back to it");
		return;
	}
	long from = v->list.sel;
	if (a->focus == PANE_READER && a->article &&
	    browse_position(a->cache, &a->filter, a->article, &from) != BRIEF_OK) {
		app_fail(a);
		return;
	}
	int64_t id = 0;
	long at = find_unread(a, from, step, &id);
	if (at < 0) {
		app_message(a, false, step > 0 ? "no unread article below" : "no unread article above");
		return;
	}
	go_to(a, at, id, a->focus == PANE_READER);
}

long marks_unread(struct app *a)
{
	long unread, flagged;
	return reading_counts(a->cache, &unread, &flagged) == BRIEF_OK ? unread : -1;
}
