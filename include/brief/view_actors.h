/* view_actors.h - the Actors pane (view_actors.c). */
#ifndef BRIEF_VIEW_ACTORS_H
#define BRIEF_VIEW_ACTORS_H

#include "brief/app.h"

extern const struct view_ops actors_view_ops;

#endif
