/* view_reader.h - the Reader pane (view_reader.c). */
#ifndef BRIEF_VIEW_READER_H
#define BRIEF_VIEW_READER_H

#include "brief/app.h"

extern const struct view_ops reader_view_ops;

/* Scroll to the line where bytes start..end of a paragraph begin (an
 * event's sentence), and mark them until another article opens. */
void reader_show(struct view *v, int para, int start, int end);
/* The top line, to keep in history. */
long reader_top(const struct view *v);
void reader_set_top(struct view *v, long top);
/* The open article, or NULL. */
const struct article_doc *reader_doc(const struct view *v);

#endif
