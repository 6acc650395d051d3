/* marks.h - reading state from the reader (marks.c): an article opened is
 * read; m, F and A change what is marked; J/K and u/U move to the next
 * article of the list or the next unread one. */
#ifndef BRIEF_MARKS_H
#define BRIEF_MARKS_H

#include "brief/app.h"

/* The article just opened is read. */
void marks_opened(struct app *a, int64_t id);
/* Toggle read (m) or flagged (F) on the article the focus is on. */
void marks_toggle(struct app *a, enum action act);
/* A: every article of the Articles list read. */
void marks_all_read(struct app *a);
/* J/K (step +1/-1): the next article of the Articles list, opened. */
void marks_next_article(struct app *a, int step);
/* u/U: the next unread article of the Articles list, selected; opened
 * when the Reader has the focus. */
void marks_next_unread(struct app *a, int step);
/* The unread count for the status line; -1 when it cannot be read. */
long marks_unread(struct app *a);

#endif
