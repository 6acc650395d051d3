/* listpane.c - the window of a list pane: read when the screen moves past
 * it, drawn row by row with the selection highlighted. */
#include <stdlib.h>
#include <string.h>

#include "brief/error.h"
#include "brief/listpane.h"

struct listpane *listpane_of(struct view *v, const struct listpane_ops *ops)
{
	struct listpane *lp = v->data;
	if (lp)
		return lp;
	lp = v->data = xcalloc(1, sizeof *lp);
	lp->ops = ops;
	lp->pager = pager_new();
	lp->stale = true;
	return lp;
}

static void drop_rows(struct listpane *lp)
{
	lp->ops->free_rows(lp->rows, lp->nrows);
	lp->nrows = 0;
}

void listpane_reload(struct listpane *lp)
{
	drop_rows(lp);
	/* rows may have come or gone above the window: no key of it holds */
	pager_reset(lp->pager);
	lp->stale = true;
}

void listpane_refresh(struct listpane *lp)
{
	if (lp)
		lp->stale = true;
}

static void fetch(struct listpane *lp, struct view *v, int height)
{
	if (!lp->stale && v->list.top >= lp->offset && v->list.top + height <= lp->offset + lp->nrows)
		return;
	drop_rows(lp);
	if (height > lp->cap) {
		lp->rows = xrealloc(lp->rows, (size_t)height * lp->ops->row_size);
		lp->cap = height;
	}
	lp->offset = v->list.top;
	if (lp->ops->read(v, lp->pager, v->list.count, lp->offset, height, lp->rows, &lp->nrows) != BRIEF_OK)
		app_fail(v->app);
	lp->stale = false;
}

void listpane_draw(struct listpane *lp, struct view *v, struct rect r, bool focused)
{
	list_clamp(&v->list, r.h);
	fetch(lp, v, r.h);
	long first = v->list.top - lp->offset;
	for (int i = 0; i < r.h && first + i < lp->nrows; i++) {
		bool sel = v->list.top + i == v->list.sel;
		attr_t base = sel ? draw_attr(focused ? EL_SELECTED : EL_SELECTED_IDLE) : draw_attr(EL_NORMAL);
		draw_fill(r.y + i, r.x, r.w, base);
		lp->ops->draw_row(v, lp->rows + (size_t)(first + i) * lp->ops->row_size, r.y + i, r.x, r.w, sel, base);
	}
}

const void *listpane_row(const struct listpane *lp, long index)
{
	if (index < lp->offset || index >= lp->offset + lp->nrows)
		return NULL;
	return lp->rows + (size_t)(index - lp->offset) * lp->ops->row_size;
}

void listpane_release(struct view *v)
{
	struct listpane *lp = v->data;
	if (!lp)
		return;
	drop_rows(lp);
	free(lp->rows);
	pager_free(lp->pager);
	free(lp);
	v->data = NULL;
}
