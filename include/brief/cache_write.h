/* cache_write.h - what brief-import stores (cache_write.c): sources, their
 * articles, the actors and the events of each.
 *
 * The records are the cache's own, in the words it stores ("person",
 * "body", "2024-07-28"): the cache knows nothing of how they were
 * extracted, and the importer (records.c) converts what extraction found
 * into them. */
#ifndef BRIEF_CACHE_WRITE_H
#define BRIEF_CACHE_WRITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "brief/cache.h"

struct cache_paragraph {
	const char *kind; /* "body", "heading" or "caption" */
	const char *text;
	size_t line;      /* in its file */
};

struct cache_article {
	const char *title;
	const char *date;      /* "2024-07-28", "2024-07", "2024", or NULL when undated */
	const char *precision; /* "day", "month", "year", or NULL */
	size_t line;           /* its first line in its file */
	const struct cache_paragraph *paras;
	size_t npara;
};

struct cache_actor {
	const char *name;  /* canonical */
	const char *kind;  /* "person", "organization", "country", "place", "media" */
	const char *role;  /* "Secretary of State", or NULL */
	const char *const *aliases; /* the names it was seen by */
	size_t naliases;
	long mentions;
};

struct cache_event {
	size_t para;                 /* of its article */
	size_t start, end;           /* the expression, bytes of the paragraph */
	size_t sent_start, sent_end; /* its sentence, bytes of the paragraph */
	const char *value;           /* TIMEX3 value, or NULL when unresolved */
	const char *precision;       /* "day", "week", "month", "quarter", "season", "year", "decade" */
	const char *first_day, *last_day; /* the days it spans, "2024-07-28" */
	const size_t *actors;        /* indexes into the article's actors */
	size_t nactors;
};

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

int cache_article_put(struct cache *c, int64_t source_id, int part, const struct cache_article *a,
		      int64_t *article_id);

/* Store the actors of an article: each actor once in the cache (by name and
 * kind), its names as aliases, and one mention row with role and count.
 * ids (room for actors->n, or NULL) receives each actor's cache id.  A
 * person known only by a surname becomes the one person in the cache whose
 * full name ends with it, when there is exactly one. */
int cache_actors_put(struct cache *c, int64_t article_id, const struct cache_actor *actors, size_t n,
		     int64_t *ids);

/* Store an article's events; ids are the cache ids of its actors, as
 * cache_actors_put gave them. */
int cache_events_put(struct cache *c, int64_t article_id, const struct cache_article *a,
		     const struct cache_event *events, size_t n, const int64_t *ids);

#endif
