/* related.h - the stories most related to an article, and story threads.
 *
 * score = cosine of the two articles' term vectors (terms.c)
 *       + ACTOR_WEIGHT * min(1, sum over shared actors of
 *         ln(1 + N / stories(actor)) / ln(2 + N))   (rare actors say more)
 *       + TIME_WEIGHT / (1 + days apart / 30)        (when both are dated)
 * A story is listed only above the floors of related.c (text, score, and a
 * share of the article's best), so a list may be empty.  Candidates come
 * from the article's terms (their strongest holders) and its rarest
 * actors, so the work per article is bounded however large the cache
 * grows.  Each article keeps its RELATED_MAX best; its neighbours' lists
 * are updated too, so the relation reads the same from both sides. */
#ifndef BRIEF_RELATED_H
#define BRIEF_RELATED_H

#include <stdbool.h>
#include <stdint.h>

#include "brief/cache.h"

#define RELATED_MAX 10

/* Recompute the related stories of an article and update its neighbours;
 * with thread, put it in a story thread too (a story already in one stays,
 * and may bring two threads together).  Call inside the transaction that
 * stored the article. */
int cache_relate_article(struct cache *c, int64_t article_id, bool thread);

/* Take every story out of its thread, before threads are built again. */
int cache_threads_clear(struct cache *c);

#endif
