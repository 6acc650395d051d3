/* listpane.h - a pane of rows read a window at a time from one of the
 * cache's lists (listpane.c), as tig's views and sfeed_curses' panes are
 * drawn: the pane says how its rows are read and how one is drawn; the
 * window, its fetching, the selection's highlight and the loop over the
 * rows on screen are here, once. */
#ifndef BRIEF_LISTPANE_H
#define BRIEF_LISTPANE_H

#include "brief/app.h"
#include "brief/draw.h"
#include "brief/pager.h"

struct listpane_ops {
	size_t row_size;
	/* Up to limit rows of the pane's list of count rows from offset,
	 * sought through p; *n is how many were read. */
	int (*read)(struct view *v, struct pager *p, long count, long offset, int limit, void *rows, int *n);
	void (*free_rows)(void *rows, int n);
	/* One row on line y, columns x to x + w; base is the row's attribute
	 * (the selection's when sel), which the pane's own colours give way
	 * to on the selected row. */
	void (*draw_row)(struct view *v, const void *row, int y, int x, int w, bool sel, attr_t base);
	/* What a row says at more length than its line has room for (a
	 * snippet, a reason, a sentence), shown whole under the list for the
	 * selected row, when previews says the list has them (NULL: never). */
	bool (*previews)(const struct view *v);
	void (*preview)(struct view *v, const void *row, struct buf *b);
	/* The rows on screen, before they are drawn (what they share); or
	 * NULL. */
	void (*window)(struct view *v, const void *rows, int n);
};

struct listpane {
	const struct listpane_ops *ops;
	char *rows; /* the window: nrows rows of ops->row_size from offset */
	int nrows, cap;
	long offset;
	bool stale;
	struct pager *pager;
};

/* The pane's data, a list pane of those rows, made on first use. */
struct listpane *listpane_of(struct view *v, const struct listpane_ops *ops);
/* The list changed (another filter, stories added): the window is read
 * again, from an end of the list. */
void listpane_reload(struct listpane *lp);
/* The rows changed but not their order (read, flagged): the window is
 * read again from the same keys. */
void listpane_refresh(struct listpane *lp);
/* The rows of the list on screen (from v->list.top), drawn in r. */
void listpane_draw(struct listpane *lp, struct view *v, struct rect r, bool focused);
/* The row at that place of the list, when in the window; or NULL. */
const void *listpane_row(const struct listpane *lp, long index);
/* The view_ops free of a pane whose data is a list pane. */
void listpane_release(struct view *v);

#endif
