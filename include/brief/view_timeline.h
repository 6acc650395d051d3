/* view_timeline.h - the Timeline pane (view_timeline.c). */
#ifndef BRIEF_VIEW_TIMELINE_H
#define BRIEF_VIEW_TIMELINE_H

#include "brief/app.h"

extern const struct view_ops timeline_view_ops;

#endif
