/* internal.h - what the cache modules share and nothing else sees. */
#ifndef BRIEF_CACHE_INTERNAL_H
#define BRIEF_CACHE_INTERNAL_H

#include <sqlite3.h>
#include <stdbool.h>

#include "brief/cache.h"
#include "brief/strmap.h"

enum cache_stmt_id {
	STMT_SOURCE_BY_HASH,
	STMT_SOURCE_BY_PATH,
	STMT_SOURCE_DELETE,
	STMT_SOURCE_INSERT,
	STMT_SOURCE_IDS,
	STMT_ARTICLE_IDS,
	STMT_SOURCE_LOAD,
	STMT_ARTICLE_INSERT,
	STMT_PARAGRAPH_INSERT,
	STMT_FTS_INSERT,
	STMT_ACTOR_INSERT,
	STMT_ACTOR_ID,
	STMT_ACTOR_BY_SURNAME,
	STMT_ALIAS_INSERT,
	STMT_MENTION_INSERT,
	STMT_EVENT_INSERT,
	STMT_EVENT_ACTOR_INSERT,
	STMT_RELATE_SUBJECT,
	STMT_RELATE_SHARED,
	STMT_ACTOR_STORIES,
	STMT_TERM_STORIES,
	STMT_RELATE_TEXT,
	STMT_RELATED_CLEAR,
	STMT_RELATED_PUT,
	STMT_RELATED_TRIM,
	STMT_COUNT
};

struct cache {
	sqlite3 *db;
	char *path;
	enum cache_mode mode;
	int failed;              /* SQLite's code for the last failure */
	struct cache_wait wait;  /* for another writer */
	long long busy_since;
	bool waited;             /* the wait was announced */
	sqlite3_stmt *stmt[STMT_COUNT];
	bool vocab; /* temp.article_vocab exists on this connection */
	/* story counts of words seen by related-story scoring; a common word
	 * stays common, so it is counted once per connection */
	struct strmap term_stories;
};

/* An event's sentence, read from its paragraph (joined as p) by the byte
 * offsets the event keeps. */
#define EVENT_SENTENCE "CAST(substr(CAST(p.text AS BLOB), e.sent_start + 1, e.sent_end - e.sent_start) AS TEXT)"
#define JOIN_EVENT_PARAGRAPH " JOIN paragraph p ON p.article_id = e.article_id AND p.seq = e.para"

/* The prepared statement for id, prepared on first use and reset for reuse. */
sqlite3_stmt *cache_stmt(struct cache *c, enum cache_stmt_id id);

/* Record the database's error for the current operation; returns BRIEF_ERR. */
int cache_fail(struct cache *c, const char *what);

int cache_migrate(struct cache *c);

#endif
