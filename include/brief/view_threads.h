/* view_threads.h - the Threads list of the Articles pane (view_threads.c). */
#ifndef BRIEF_VIEW_THREADS_H
#define BRIEF_VIEW_THREADS_H

#include "brief/app.h"

extern const struct view_ops threads_view_ops;

/* Select a thread (when it is in the list). */
void threads_select(struct view *v, int64_t thread_id);

#endif
