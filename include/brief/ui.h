/* ui.h - brief's reader: ncurses panes for articles, the article itself,
 * its actors and the timeline. */
#ifndef BRIEF_UI_H
#define BRIEF_UI_H

#include <stdbool.h>

#include "brief/cache.h"

struct ui_options {
	const char *theme;  /* --theme NAME|PATH, or NULL */
	const char *script; /* --script FILE or $BRIEF_SCRIPT, or NULL */
	bool no_display;    /* draw to nowhere (tests) */
};

/* Run the reader until the user quits.  Returns 0, or 1 after an error that
 * was reported on stderr once the screen was restored. */
int ui_run(struct cache *c, const struct ui_options *opt);

#endif
