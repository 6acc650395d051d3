/* cache_write.h - what brief-import stores: sources and their articles. */
#ifndef BRIEF_CACHE_WRITE_H
#define BRIEF_CACHE_WRITE_H

#include <stddef.h>
#include <stdint.h>

#include "brief/actors.h"
#include "brief/article.h"
#include "brief/events.h"
#include "brief/cache.h"

enum source_state {
	SOURCE_NEW,       /* never seen */
	SOURCE_UNCHANGED, /* the same content is already in the cache */
	SOURCE_CHANGED,   /* this file was imported before with other content */
};

struct source_info {
	const char *path;     /* as the user gave it */
	const char *realpath; /* identity of the file */
	const char *hash;     /* SHA-256 of the raw bytes, hex */
	const char *encoding;
	const char *raw;      /* the bytes as read, kept for re-extraction */
	size_t raw_len;
	const char *packed;   /* the same deflated (pack.h), kept instead; or NULL */
	size_t packed_len;
	const char *fallback_date; /* --date at import, "YYYY-MM-DD", or NULL */
};

/* A stored source, as cache_source_load gives it (owned strings). */
struct stored_source {
	char *path, *realpath, *hash, *encoding, *fallback_date;
	char *raw;
	size_t raw_len;
};

int cache_source_state(struct cache *c, const char *realpath, const char *hash,
		       enum source_state *state);

/* Store a source, replacing (with all its articles) any earlier version of
 * the same file.  Call inside cache_begin/cache_commit. */
int cache_source_put(struct cache *c, const struct source_info *src, int64_t *source_id);

/* The ids of every stored source, in import order (caller frees). */
int cache_source_ids(struct cache *c, int64_t **ids, size_t *n);
/* The ids of every article, in date order (undated last), as the stories
 * happened (caller frees). */
int cache_article_ids(struct cache *c, int64_t **ids, size_t *n);
int cache_source_load(struct cache *c, int64_t id, struct stored_source *out);
void stored_source_free(struct stored_source *s);

int cache_article_put(struct cache *c, int64_t source_id, int part, const struct article *a,
		      int64_t *article_id);

/* Store the actors of an article: each actor once in the cache (by name and
 * kind), its names as aliases, and one mention row with role and count.
 * ids (room for actors->n, or NULL) receives each actor's cache id.  A
 * person known only by a surname becomes the one person in the cache whose
 * full name ends with it, when there is exactly one. */
int cache_actors_put(struct cache *c, int64_t article_id, const struct actor_set *actors, int64_t *ids);

/* Store an article's events; ids are the cache ids of its actors, as
 * cache_actors_put gave them. */
int cache_events_put(struct cache *c, int64_t article_id, const struct article *a,
		     const struct event_list *events, const int64_t *ids);

#endif
