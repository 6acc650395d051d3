/* script.h - keys from a file instead of the keyboard, and the screen as
 * text (script.c), for tests. */
#ifndef BRIEF_SCRIPT_H
#define BRIEF_SCRIPT_H

#include <wchar.h>

#include "brief/app.h"

/* The next key: from the script in script mode, else from the terminal
 * (ERR on timeout).  *wide is true for a character from get_wch. */
int script_next_key(struct app *a, wint_t *wch);
int script_dump(const char *path);
/* Free what the script left (at the end of the reader). */
void script_end(void);

#endif
