/* draw.h - text on the screen (draw.c): display widths, clipping, the
 * theme's colours.  Text from files goes through here, so no control
 * character reaches the terminal. */
#ifndef BRIEF_DRAW_H
#define BRIEF_DRAW_H

#define NCURSES_WIDECHAR 1
#include <curses.h>

#include "brief/theme.h"

void draw_colors_init(const struct theme *t);
attr_t draw_attr(enum theme_element el);
/* Draw UTF-8 text at (y, x) in at most cols columns with attr; control
 * characters are shown as '?', never sent.  Returns the columns used. */
int draw_text(int y, int x, int cols, const char *s, attr_t attr);
/* The same, cut with "…" when wider, and padded with spaces to cols. */
int draw_fit(int y, int x, int cols, const char *s, attr_t attr);
void draw_fill(int y, int x, int cols, attr_t attr);
/* The element an actor kind is drawn with ("person" -> EL_PERSON). */
enum theme_element draw_kind_element(const char *kind);

#endif
