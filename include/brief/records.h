/* records.h - what extraction found, as the cache's records (records.c).
 *
 * The records point into the extraction's own structures, which must
 * outlive them; only the arrays of records are the records' own. */
#ifndef BRIEF_RECORDS_H
#define BRIEF_RECORDS_H

#include "brief/actors.h"
#include "brief/article.h"
#include "brief/cache_write.h"
#include "brief/events.h"

struct article_records {
	struct cache_article article;
	struct cache_paragraph *paras;
	char date[11];
	struct cache_actor *actors;
	size_t nactors;
	struct cache_event *events;
	size_t nevents;
};

/* An article with its actors and events (either may be NULL: none). */
void records_make(struct article_records *r, const struct article *a, const struct actor_set *actors,
		  const struct event_list *events);
void records_free(struct article_records *r);

#endif
