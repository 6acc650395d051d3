/* list.h - a selection moving through a list (list.c), as every pane's
 * does: the rows it counts, the one selected, the first on screen. */
#ifndef BRIEF_LIST_H
#define BRIEF_LIST_H

#include <stdbool.h>

#include "brief/keymap.h"

/* Selection and scrolling of a list. */
struct list_state {
	long count, sel, top;
	int height; /* rows seen at the last draw */
};

/* Apply a movement action to a list; false when a is not a movement. */
bool list_move(struct list_state *l, enum action a);
/* Keep the selection inside the list and on screen. */
void list_clamp(struct list_state *l, int height);

#endif
