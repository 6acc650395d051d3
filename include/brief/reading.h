/* reading.h - what the reader has read and flagged (reading.c).
 *
 * The state is the article's and is kept beside it by the content of its
 * file and its place in the file, so it survives an unchanged file
 * imported again and --reextract. */
#ifndef BRIEF_READING_H
#define BRIEF_READING_H

#include <stdbool.h>
#include <stdint.h>

#include "brief/browse.h"
#include "brief/cache.h"

enum { READING_KEEP = -1 }; /* leave that half of the state as it is */

/* Set an article's read and flagged state (1, 0 or READING_KEEP); nothing
 * is written when it is so already.  *changed (or NULL) says whether it
 * was not. */
int reading_set(struct cache *c, int64_t article_id, int read, int flagged, bool *changed);
/* Every article of the filter's list read; *n how many were unread. */
int reading_mark_all(struct cache *c, const struct browse_filter *f, long *n);
/* How many articles of the cache are unread, and flagged. */
int reading_counts(struct cache *c, long *unread, long *flagged);

#endif
