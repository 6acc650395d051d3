/* cache.h - the SQLite cache shared by brief-import (writer) and brief
 * (reader): opening, schema migrations and transactions. */
#ifndef BRIEF_CACHE_H
#define BRIEF_CACHE_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

struct cache;

enum cache_mode {
	CACHE_READ,  /* the cache must exist already */
	CACHE_WRITE, /* created when missing, in a folder that exists */
};

/* Open the cache at path.  A writer creates and migrates it; a reader never
 * changes it, and refuses a missing, empty or older one.  A cache written
 * by a newer brief, a database that is not a brief cache, or a damaged
 * cache is refused and left untouched, with a message that says what to
 * do. */
int cache_open(const char *path, enum cache_mode mode, struct cache **out);
void cache_close(struct cache *c);
const char *cache_path(const struct cache *c);

/* The schema version this build writes. */
int cache_schema_version(void);

/* How a writer waits for another writer: as long as it takes, unless
 * *stop becomes set; notice is called once, after a second of waiting. */
struct cache_wait {
	void (*notice)(const char *path, void *ud);
	void *ud;
	volatile sig_atomic_t *stop;
};
void cache_set_wait(struct cache *c, const struct cache_wait *w);

/* The last failure concerns the cache itself (damage, a full disk, an I/O
 * error), so nothing more can be stored or read: stop at the first. */
bool cache_broken(const struct cache *c);
/* Opened read-only, because the file or its folder cannot be written:
 * reading works, nothing can be kept. */
bool cache_readonly(const struct cache *c);

int cache_begin(struct cache *c);
int cache_commit(struct cache *c);
void cache_rollback(struct cache *c);
/* Whether a transaction is open (a failure of the cache itself may have
 * rolled it back). */
bool cache_in_transaction(struct cache *c);

/* One file inside a transaction of several: kept or undone whole. */
int cache_savepoint(struct cache *c);
int cache_release(struct cache *c);
void cache_rollback_to(struct cache *c);

#endif
