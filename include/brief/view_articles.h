/* view_articles.h - the Articles pane (view_articles.c). */
#ifndef BRIEF_VIEW_ARTICLES_H
#define BRIEF_VIEW_ARTICLES_H

#include "brief/app.h"

extern const struct view_ops articles_view_ops;

/* Why a story is related ("shares Japan, China"), from the \x1f-separated
 * shared actors; nothing when none is shared. */
void articles_reason(const char *shared, struct buf *b);

#endif
