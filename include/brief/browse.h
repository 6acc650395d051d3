/* browse.h - the reader's lists, a page at a time: articles (all, of an
 * actor, matching a search, related to an article, of a thread), story
 * threads, actors and events.
 * Each call fetches only the rows asked for, so the screen never loads a
 * whole table. */
#ifndef BRIEF_BROWSE_H
#define BRIEF_BROWSE_H

#include <stdbool.h>
#include <stdint.h>

#include "brief/cache.h"
#include "brief/pager.h"

enum browse_kind {
	BROWSE_ALL,      /* every article, newest first */
	BROWSE_ACTOR,    /* articles naming an actor */
	BROWSE_SEARCH,   /* FTS5 matches, best first, with a snippet */
	BROWSE_RELATED,  /* an article's related stories, with the reason; no
			  * near-duplicates of it, and of two near-duplicates
			  * of each other only the higher-scored */
	BROWSE_THREAD,   /* the stories of a thread, oldest first, undated last */
	BROWSE_FLAGGED,  /* the flagged articles, newest first */
	BROWSE_LIMIT,    /* articles whose title has the words of query, newest first */
};

/* The order of the list of every article (o in the reader). */
enum browse_sort {
	SORT_DATE,         /* newest first, undated last */
	SORT_UNREAD_FIRST, /* the unread first, each part newest first */
	SORT_SOURCE,       /* by source file, articles in file order */
	SORT_COUNT
};

struct browse_filter {
	enum browse_kind kind;
	enum browse_sort sort; /* of BROWSE_ALL */
	int64_t id;  /* the actor, the article or the thread */
	char *query; /* the FTS5 query for BROWSE_SEARCH */
	char *label; /* what the status line says: "Antony Blinken", "landmine" */
	/* a search with more than BROWSE_RANKED_MAX matches, listed latest
	 * added first: set by browse_count, which a list calls before its
	 * pages and positions */
	bool unranked;
};

struct browse_row {
	int64_t id;
	char *date;  /* "2024-07-28", or NULL */
	char *title;
	char *source;
	char *extra; /* snippet (hits between \x01 and \x02) or shared actors (\x1f-separated) */
	bool read, flagged;
};

/* A search that matches more stories than this lists them most recently
 * added first: ranking them all would take longer than a keypress. */
#define BROWSE_RANKED_MAX 10000

/* How many articles the filter lists; a search the index cannot parse sets
 * the error "search: ..." and returns BRIEF_ERR. */
int browse_count(struct cache *c, struct browse_filter *f, long *n);
/* Up to limit rows from offset of a list of count rows; *n is how many
 * were read.  A pane passes its pager (pager.h), which keeps the keys of
 * the rows read so that the next page is sought from them; NULL reads
 * once. */
int browse_page(struct cache *c, const struct browse_filter *f, struct pager *p, long count, long offset,
		int limit, struct browse_row *rows, int *n);
void browse_rows_free(struct browse_row *rows, int n);
/* The position of an article in the filter's list, or -1. */
int browse_position(struct cache *c, const struct browse_filter *f, int64_t article_id, long *pos);

/* A story thread: the stories of one developing story.  The list holds
 * threads of two stories or more (a story alone is in no thread yet),
 * newest activity first, undated last. */
struct thread_item {
	int64_t id;
	char *title;
	char *first_day, *last_day; /* "2024-07-28", or NULL when undated */
	long stories;
	long unread; /* of its stories */
};

int browse_thread_count(struct cache *c, long *n);
int browse_thread_page(struct cache *c, struct pager *p, long count, long offset, int limit,
		       struct thread_item *rows, int *n);
void browse_thread_rows_free(struct thread_item *rows, int n);
/* The position of a thread in the list, or -1. */
int browse_thread_position(struct cache *c, int64_t thread_id, long *pos);

struct actor_item {
	int64_t id;
	char *name, *kind, *role;
	long count; /* mentions in the article, or stories in the cache */
	long unread; /* of its stories in the cache (0 for an article's actors) */
};

/* The actors of one article (article_id > 0), or of the whole cache. */
int browse_actor_count(struct cache *c, int64_t article_id, long *n);
int browse_actor_page(struct cache *c, int64_t article_id, struct pager *p, long count, long offset, int limit,
		      struct actor_item *rows, int *n);
void browse_actor_rows_free(struct actor_item *rows, int n);

enum timeline_scope {
	SCOPE_ARTICLE,
	SCOPE_ACTOR,
	SCOPE_ALL,
	SCOPE_THREAD, /* the events of every story of a thread */
};

struct event_item {
	char *value;     /* TIMEX3 value, NULL when undated */
	char *text;      /* the expression */
	char *sentence;
	char *title;     /* of its article */
	int64_t article_id;
	int para;        /* paragraph index in the article */
	int pos;         /* byte offset of the expression in the paragraph */
	int sent_start, sent_end; /* its sentence, bytes of the paragraph */
};

int browse_event_count(struct cache *c, enum timeline_scope scope, int64_t id, long *n);
int browse_event_page(struct cache *c, enum timeline_scope scope, int64_t id, struct pager *p, long count,
		      long offset, int limit, struct event_item *rows, int *n);
void browse_event_rows_free(struct event_item *rows, int n);

/* One article as the reader shows it: bounded by the article's size. */
struct doc_para {
	char *kind; /* "body", "heading", "caption" */
	char *text;
};

struct doc_actor {
	struct actor_item item;
	char **names; /* every name it is known by, to highlight in the text */
	int nnames;
};

struct doc_date {
	int para, pos, len; /* a date expression: paragraph, byte offset, bytes */
};

struct article_doc {
	int64_t id;
	char *title, *date, *source;
	struct doc_para *paras;
	int npara;
	struct doc_actor *actors;
	int nactors;
	struct doc_date *dates;
	int ndates;
	struct browse_row *related; /* extra: shared actors, \x1f-separated */
	int nrelated;
	bool read, flagged;
	int64_t thread_id; /* 0 when in no thread */
	char *thread_title;
	long thread_stories;
	char **also; /* the source paths of its near-duplicates, best first */
	int nalso;
};

/* Load an article; BRIEF_ERR with "no article N" when it is gone. */
int browse_article(struct cache *c, int64_t id, struct article_doc *d);
void browse_article_free(struct article_doc *d);

/* PRAGMA data_version: changes when another connection commits. */
int browse_data_version(struct cache *c, int64_t *version);

#endif
