/* pager.h - a window over one of the cache's lists, read by sort key
 * (pager.c).  A pane keeps one: each move seeks from the keys of the rows
 * it shows, so moving costs the same at the top of a list of ten rows and
 * deep in a list of a million, and rows added meanwhile shift nothing. */
#ifndef BRIEF_PAGER_H
#define BRIEF_PAGER_H

struct pager;

struct pager *pager_new(void);
/* Forget the rows read: the next read starts from an end of its list. */
void pager_reset(struct pager *p);
void pager_free(struct pager *p);

#endif
