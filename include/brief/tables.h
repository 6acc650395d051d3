/* tables.h - brief's plain tables (tables.c): list, actors, timeline,
 * threads. */
#ifndef BRIEF_TABLES_H
#define BRIEF_TABLES_H

#include <stdbool.h>
#include <stdio.h>

#include "brief/cache.h"

/* A table of articles, newest first (only the unread ones when unread):
 * id, date, title, source.  Titles are cut to fit `width` columns (0: no
 * terminal; then nothing is cut). */
int cmd_list(struct cache *c, FILE *out, int width, bool unread);

/* Every actor with its number of stories, most first. */
int cmd_actors(struct cache *c, FILE *out);

/* Dated events in date order, undated last; only one actor's when actor is
 * given (a name or any alias). */
int cmd_timeline(struct cache *c, FILE *out, const char *actor);

/* Story threads, newest activity first: stories, span, title, main actors. */
int cmd_threads(struct cache *c, FILE *out);

#endif
