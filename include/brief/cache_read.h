/* cache_read.h - the cache read a row at a time by the plain commands and
 * the exports (cache_read.c).
 *
 * A cursor over a long list (every article, actor, thread or event) reads
 * it a chunk at a time by key, in the order the reader's panes use; over a
 * short one (an article's paragraphs, actors, events), it steps one
 * statement.  Neither loads a whole table. */
#ifndef BRIEF_CACHE_READ_H
#define BRIEF_CACHE_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "brief/cache.h"

struct cache_cursor;

struct article_row {
	int64_t id;
	const char *source; /* path as given at import */
	int part;
	const char *title;
	const char *date;      /* NULL when undated */
	const char *precision; /* "day", "month", "year" or NULL */
	int64_t thread_id;     /* 0 when in no thread (a cache not yet re-extracted) */
	const char *thread_title;
};

struct paragraph_row {
	const char *kind; /* "body", "heading" or "caption" */
	const char *text;
};

enum article_order {
	ORDER_IMPORT,       /* by id: the order files were imported */
	ORDER_NEWEST_FIRST, /* by date, undated last */
	ORDER_UNREAD,       /* the unread ones, newest first */
};

/* The stories of one thread, oldest first (undated last). */
int cache_thread_articles(struct cache *c, int64_t thread_id, struct cache_cursor **out);

int cache_articles(struct cache *c, enum article_order order, struct cache_cursor **out);
/* 1 with a row, 0 at the end, BRIEF_ERR on error.  Row strings live until
 * the next call. */
int cache_article_next(struct cache_cursor *cur, struct article_row *row);

int cache_paragraphs(struct cache *c, int64_t article_id, struct cache_cursor **out);
int cache_paragraph_next(struct cache_cursor *cur, struct paragraph_row *row);

struct actor_row {
	int64_t id;
	const char *name;
	const char *kind;
	const char *role;     /* NULL when none */
	int64_t mentions;
};

/* The actors of one article, most mentioned first. */
int cache_article_actors(struct cache *c, int64_t article_id, struct cache_cursor **out);
int cache_actor_next(struct cache_cursor *cur, struct actor_row *row);

/* Every name an actor is known by, in byte order. */
int cache_actor_aliases(struct cache *c, int64_t actor_id, struct cache_cursor **out);
/* 1 with a name in *name, 0 at the end. */
int cache_alias_next(struct cache_cursor *cur, const char **name);

struct event_row {
	int64_t id;
	const char *value;     /* TIMEX3 value, NULL when unresolved */
	const char *precision; /* "day", "week", "month", "quarter", "year" or NULL */
	const char *text;
	const char *sentence;
	const char *actors;    /* names joined by "\x1f", "" when none */
};

/* The events of one article in text order. */
int cache_article_events(struct cache *c, int64_t article_id, struct cache_cursor **out);
int cache_event_next(struct cache_cursor *cur, struct event_row *row);

struct related_row {
	int64_t id;
	const char *title;
	double score;
	const char *shared; /* names joined by "\x1f": some names hold ", " */
	const char *source; /* the other story's file */
	bool duplicate;     /* the same story in another file */
};

/* The stories most related to an article, best first. */
int cache_article_related(struct cache *c, int64_t article_id, struct cache_cursor **out);
int cache_related_next(struct cache_cursor *cur, struct related_row *row);

/* Every actor of the cache with its story count, most stories first. */
int cache_actors_all(struct cache *c, struct cache_cursor **out);
/* row->mentions holds the number of stories; role is NULL. */

struct timeline_row {
	const char *value;     /* NULL when undated */
	const char *precision;
	const char *text;
	const char *sentence;
	const char *title;     /* the article */
	int64_t article_id;
};

/* Events in date order (undated last); with actor_id > 0 only the events
 * that name that actor. */
int cache_timeline(struct cache *c, int64_t actor_id, struct cache_cursor **out);
int cache_timeline_next(struct cache_cursor *cur, struct timeline_row *row);

/* The actor known by this name or alias, or a person by last name
 * (case-insensitive), or 0; the one in most stories wins. */
int cache_actor_find(struct cache *c, const char *name, int64_t *actor_id);

struct thread_row {
	int64_t id;
	const char *title;
	const char *first_day, *last_day; /* NULL when its stories are undated */
	int64_t stories;
	const char *actors; /* its three actors in most stories, joined by "\x1f" */
};

/* Story threads, newest activity first (undated last). */
int cache_threads(struct cache *c, struct cache_cursor **out);
int cache_thread_next(struct cache_cursor *cur, struct thread_row *row);

void cache_cursor_free(struct cache_cursor *cur);

/* Names folded into one column ("Japan\x1fAntony Blinken"): the next one
 * from *p, with its length in *len; *p moves past it.  False at the end. */
bool cache_names_next(const char **p, const char **name, size_t *len);

#endif
