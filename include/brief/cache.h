/* cache.h - the SQLite cache shared by brief-import (writer) and brief
 * (reader): opening, schema migrations and transactions. */
#ifndef BRIEF_CACHE_H
#define BRIEF_CACHE_H

#include <stdint.h>

struct cache;

enum cache_mode {
	CACHE_READ,  /* the cache must exist already */
	CACHE_WRITE, /* created, with its folder, when missing */
};

/* Open (and migrate) the cache at path.  A cache written by a newer brief, or
 * a database that is not a brief cache, is refused and left untouched. */
int cache_open(const char *path, enum cache_mode mode, struct cache **out);
void cache_close(struct cache *c);
const char *cache_path(const struct cache *c);

/* The schema version this build writes. */
int cache_schema_version(void);

int cache_begin(struct cache *c);
int cache_commit(struct cache *c);
void cache_rollback(struct cache *c);

#endif
