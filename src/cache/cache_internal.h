/* cache_internal.h - what the cache's files share and nothing else sees:
 * the connection, its statements, the pager's lists, terms and threads. */
#ifndef BRIEF_CACHE_INTERNAL_H
#define BRIEF_CACHE_INTERNAL_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

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
	STMT_ARTICLE_TEXT,
	STMT_TERM_CLEAR,
	STMT_TERM_PUT,
	STMT_TERM_POSTINGS,
	STMT_RELATED_CLEAR,
	STMT_RELATED_PUT,
	STMT_RELATED_TRIM,
	STMT_THREAD_OF,
	STMT_THREAD_STORIES,
	STMT_THREAD_NEW,
	STMT_THREAD_JOIN,
	STMT_THREAD_MOVE,
	STMT_THREAD_DROP,
	STMT_THREAD_GROW,
	STMT_THREAD_RECOUNT,
	STMT_THREAD_LINKS,
	STMT_THREAD_TITLE,
	STMT_ARTICLE_DATE,
	STMT_COUNT
};

struct cache {
	sqlite3 *db;
	char *path;
	enum cache_mode mode;
	bool readonly;           /* opened read-only: the file or its folder cannot be written */
	int failed;              /* SQLite's code for the last failure */
	struct cache_wait wait;  /* for another writer */
	long long busy_since;
	bool waited;             /* the wait was announced */
	sqlite3_stmt *stmt[STMT_COUNT];
	bool vocab; /* temp.article_vocab exists on this connection */
	/* story counts of words seen by related-story scoring; a common word
	 * stays common, so it is counted once per connection */
	struct strmap term_stories;
	/* the readers' statements by their text, prepared once (cache_prepared) */
	struct strmap prepared_index;
	sqlite3_stmt **prepared;
	size_t nprepared, capprepared;
};

/* An event's sentence, read from its paragraph (joined as p) by the byte
 * offsets the event keeps. */
#define EVENT_SENTENCE "CAST(substr(CAST(p.text AS BLOB), e.sent_start + 1, e.sent_end - e.sent_start) AS TEXT)"
#define JOIN_EVENT_PARAGRAPH " JOIN paragraph p ON p.article_id = e.article_id AND p.seq = e.para"

/* The prepared statement for id, prepared on first use and reset for reuse. */
sqlite3_stmt *cache_stmt(struct cache *c, enum cache_stmt_id id);

/* The statement of that text, prepared on first use and kept for the
 * connection, reset and its bindings cleared; NULL after cache_fail.  For
 * the reader's lists, whose statements are asked for page after page. */
sqlite3_stmt *cache_prepared(struct cache *c, const char *sql);

/* Record the database's error for the current operation; returns BRIEF_ERR. */
int cache_fail(struct cache *c, const char *what);

int cache_migrate(struct cache *c);

/* An article's distinctive terms (terms.c): at most TERMS_KEPT, weights
 * of unit length; the strongest POSTINGS holders of each are read. */
enum { TERMS_KEPT = 64, POSTINGS = 64 };

struct term_vector {
	char *term[TERMS_KEPT];
	double weight[TERMS_KEPT];
	size_t n;
};

/* The terms of stored article id, in a cache of about stories articles. */
int cache_terms_compute(struct cache *c, int64_t id, double stories, struct term_vector *out);
void cache_terms_free(struct term_vector *v);
int cache_terms_store(struct cache *c, int64_t id, const struct term_vector *v);
/* Call each for every (other story, shared term) pair found through the
 * index, with the product of the two weights. */
int cache_terms_neighbours(struct cache *c, int64_t id, const struct term_vector *v,
			   void (*each)(void *arg, int64_t other, size_t term, double product),
			   void *arg);

/* A related story strong enough to share a thread with the story being
 * placed. */
struct thread_link {
	int64_t id;
	double score;
};

/* Put article id, of day (civil.h, -1 when undated), in the thread its
 * links vote for, or a new one (threads.c); links are best first, and
 * affinity gives the story's score against any other (0 when unrelated). */
int cache_thread_assign(struct cache *c, int64_t id, long day, const struct thread_link *links, size_t n,
			double (*affinity)(void *arg, int64_t other), void *arg);

/* A list as the pager reads it (pager.c): the rows of from, where scope
 * holds (over ?1), in the order of its keys, which end with a unique one
 * so that every row has a place.  Each key is an index column in order,
 * so that every segment the pager seeks is a range of one index. */
enum { PAGER_KEYS = 6 };

struct pager_list {
	const char *from;    /* the tables the columns are read from */
	const char *core;    /* those the scope, the keys and the id need */
	const char *id;      /* a row's identity */
	const char *scope;   /* a condition over ?1, or NULL */
	int nkeys;
	const char *key[PAGER_KEYS];
	bool desc[PAGER_KEYS];
	int (*fail)(struct cache *c); /* reports a failed step, or NULL */
};

/* What ?1 is bound to: the text when set, else the id. */
struct pager_scope {
	int64_t id;
	char *text;
};

/* Read one row of a stepped statement into row. */
typedef void (*pager_row_fn)(sqlite3_stmt *st, void *row);

struct pager;

/* Up to limit rows (of those columns, read by row) of the list from offset, a list of count rows, into
 * rows (size bytes each); *n is how many were read, and the rows' keys stay
 * in p for the next read. */
int pager_read(struct cache *c, struct pager *p, const struct pager_list *l, const char *columns,
	       const struct pager_scope *scope, long count, long offset, int limit, void *rows, size_t size, pager_row_fn row, int *n);

/* The place of the row of that identity in the list, counted in the
 * list's index, or -1 when it is not in the list. */
int pager_position(struct cache *c, const struct pager_list *l, const struct pager_scope *scope, int64_t id,
		   long *pos);

/* A failed search: "search: ..." when the query is at fault (browse.c). */
int cache_search_fail(struct cache *c);

/* The long lists (lists.c); the columns of a thread (t) and source (s)
 * of an article (a) may be read in those of articles, and of an event (e),
 * its article (a) and paragraph (p) in those of events. */
extern const struct pager_list list_articles, list_articles_unread_first, list_articles_by_source, list_limited,
	list_unread, list_flagged, list_articles_imported, list_actor_articles,
	list_thread_articles, list_search_recent, list_threads, list_threads_all, list_actors, list_events,
	list_actor_events, list_article_events, list_thread_events;

#endif
