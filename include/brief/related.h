/* related.h - the stories most related to an article.
 *
 * score = sum over shared actors of ln(1 + N / stories(actor))   (rare actors say more)
 *       + TEXT_WEIGHT * text similarity (FTS5 bm25 of the article's title and
 *         lede terms, scaled to 0..1 by the best match)
 *       + TIME_WEIGHT / (1 + days apart / 30)                    (when both are dated)
 * Candidates come from the article's rarest actors (each with its most
 * recent stories) and its best text matches, so the work per article is
 * bounded however large the cache grows.  Each article keeps its RELATED_MAX best; its neighbours' lists are updated
 * too, so the relation reads the same from both sides. */
#ifndef BRIEF_RELATED_H
#define BRIEF_RELATED_H

#include <stdint.h>

#include "brief/cache.h"

#define RELATED_MAX 10

/* Recompute the related stories of an article and update its neighbours.
 * Call inside the transaction that stored the article. */
int cache_relate_article(struct cache *c, int64_t article_id);

#endif
