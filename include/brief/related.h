/* related.h - the stories most related to an article.
 *
 * score = sum over shared actors of ln(1 + N / stories(actor)) / ln(2 + N)
 *         (rare actors say more; scaled so scores from a smaller cache compare)
 *       + TEXT_WEIGHT * s / (s + 4), s the FTS5 bm25 strength of the match on
 *         the article's rarest title and lede terms
 *       + TIME_WEIGHT / (1 + days apart / 30)                    (when both are dated)
 * Candidates come from the article's rarest actors (each with its most
 * recent stories) and its best text matches, so the work per article is
 * bounded however large the cache grows.  Each article keeps its RELATED_MAX best; its neighbours' lists are updated
 * too, so the relation reads the same from both sides. */
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
