/* prepare.h - one file read and extracted, nothing stored yet: the half of
 * an import that needs no write lock, so the next files are prepared while
 * earlier ones are written (pipeline.h).  Safe to call from several
 * threads at once, each with its own context. */
#ifndef BRIEF_PREPARE_H
#define BRIEF_PREPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/actors.h"
#include "brief/article.h"
#include "brief/cache.h"
#include "brief/events.h"
#include "brief/gazetteer.h"
#include "brief/mem.h"
#include "brief/segment.h"

struct prepare_context {
	const struct gazetteer *gazetteer;
	const struct models *models;
	const struct segment_options *seg;
	/* a connection for the first look at whether the content is in the
	 * cache already (a look, not a decision: the writer decides again
	 * under its lock); NULL to look nothing up */
	struct cache *look;
};

struct prepared {
	char *path, *real;
	char hash[65];
	struct buf raw;        /* the bytes read (empty when borrowed) */
	const char *bytes;     /* the bytes: raw's, or a stored source's */
	size_t len;
	struct buf packed;     /* the same deflated, when that is smaller */
	const char *failure;   /* why nothing can be stored, or NULL */
	bool unchanged;        /* the same content is in the cache already */
	bool cp1252;           /* not valid UTF-8: read as Windows-1252 */
	size_t bad_line;       /* where it first failed to be UTF-8 */
	const char *encoding;
	char fallback[11];     /* --date, "YYYY-MM-DD", or "" */
	struct article_list list;
	struct actor_set *actors; /* one per article */
	struct event_list *events;
	char why[96];          /* room for a failure that names a figure */
};

/* Read, hash and (unless unchanged) extract the file at path. */
void prepare_file(const struct prepare_context *ctx, const char *path, struct prepared *out);

/* Decode, segment and extract p->bytes (p->len), the rest of p given. */
void prepare_bytes(const struct prepare_context *ctx, struct prepared *p);

void prepared_free(struct prepared *p);

#endif
