/* external.h - the open article outside the reader (external.c): its
 * source file in $PAGER (the article's text when the file is gone), its
 * text in $EDITOR read-only, and yanked as Markdown to the terminal's
 * clipboard (OSC 52) and a file. */
#ifndef BRIEF_EXTERNAL_H
#define BRIEF_EXTERNAL_H

#include "brief/app.h"

void external_page(struct app *a);
void external_edit(struct app *a);
void external_yank(struct app *a);

#endif
