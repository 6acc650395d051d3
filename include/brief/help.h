/* help.h - the help window (help.c). */
#ifndef BRIEF_HELP_H
#define BRIEF_HELP_H

#include "brief/app.h"

void help_draw(struct app *a);
/* A key while the help is open: it pages, or closes the window. */
void help_key(struct app *a, enum action act);

#endif
