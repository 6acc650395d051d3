/* list.c - moving a selection through a list, as every pane does. */
#include "brief/list.h"

bool list_move(struct list_state *l, enum action a)
{
	long page = l->height > 1 ? l->height : 1;
	switch (a) {
	case ACT_DOWN: l->sel++; break;
	case ACT_UP: l->sel--; break;
	case ACT_TOP: l->sel = 0; break;
	case ACT_BOTTOM: l->sel = l->count - 1; break;
	case ACT_PAGE_DOWN: l->sel += page; l->top += page; break;
	case ACT_PAGE_UP: l->sel -= page; l->top -= page; break;
	case ACT_HALF_DOWN: l->sel += page / 2; l->top += page / 2; break;
	case ACT_HALF_UP: l->sel -= page / 2; l->top -= page / 2; break;
	default: return false;
	}
	list_clamp(l, l->height);
	return true;
}

/* Keep the selection inside the list and on screen. */
void list_clamp(struct list_state *l, int height)
{
	l->height = height;
	if (l->sel >= l->count)
		l->sel = l->count - 1;
	if (l->sel < 0)
		l->sel = 0;
	if (height <= 0)
		return;
	if (l->top > l->count - height)
		l->top = l->count - height;
	if (l->top < 0)
		l->top = 0;
	if (l->sel < l->top)
		l->top = l->sel;
	if (l->sel >= l->top + height)
		l->top = l->sel - height + 1;
}
