/* lists.c - the cache's long lists, each an order and the index it walks.
 *
 * The reader's panes (browse.c) and the plain commands (cache_read.c) read
 * these through the pager, so each order is written here once, beside the
 * index (schema.c) that serves it. */
#include "cache_internal.h"

#define ARTICLE_FROM "article a JOIN source s ON s.id = a.source_id LEFT JOIN thread t ON t.id = a.thread_id"

/* newest first, undated last: article_newest */
const struct pager_list list_articles = {
	.from = ARTICLE_FROM,
	.core = "article a",
	.id = "a.id",
	.nkeys = 3,
	.key = {"a.date IS NULL", "a.date", "a.id"},
	.desc = {false, true, true},
};

/* the unread first, then the read, each newest first: article_unread_first */
const struct pager_list list_articles_unread_first = {
	.from = ARTICLE_FROM,
	.core = "article a",
	.id = "a.id",
	.nkeys = 4,
	.key = {"a.read", "a.date IS NULL", "a.date", "a.id"},
	.desc = {false, false, true, true},
};

/* by source file and place in it: source_by_path, then the article's
 * (source_id, part) */
const struct pager_list list_articles_by_source = {
	.from = ARTICLE_FROM,
	.core = "article a JOIN source s ON s.id = a.source_id",
	.id = "a.id",
	.nkeys = 3,
	.key = {"s.path", "a.part", "a.id"},
};

/* a limit: the title's words, in the order of every article */
const struct pager_list list_limited = {
	.from = "article_fts f JOIN article a ON a.id = f.rowid JOIN source s ON s.id = a.source_id"
		" LEFT JOIN thread t ON t.id = a.thread_id",
	.core = "article_fts f JOIN article a ON a.id = f.rowid",
	.id = "a.id",
	.scope = "article_fts MATCH ?1",
	.nkeys = 3,
	.key = {"a.date IS NULL", "a.date", "a.id"},
	.desc = {false, true, true},
	.fail = cache_search_fail,
};

/* the unread ones in the same order: article_newest, the read skipped */
const struct pager_list list_unread = {
	.from = ARTICLE_FROM,
	.core = "article a",
	.id = "a.id",
	.scope = "a.read = 0",
	.nkeys = 3,
	.key = {"a.date IS NULL", "a.date", "a.id"},
	.desc = {false, true, true},
};

/* the flagged ones in the same order: article_flagged */
const struct pager_list list_flagged = {
	.from = ARTICLE_FROM,
	.core = "article a",
	.id = "a.id",
	.scope = "a.flagged",
	.nkeys = 3,
	.key = {"a.date IS NULL", "a.date", "a.id"},
	.desc = {false, true, true},
};

/* in the order they were imported */
const struct pager_list list_articles_imported = {
	.from = ARTICLE_FROM,
	.core = "article a",
	.id = "a.id",
	.nkeys = 1,
	.key = {"a.id"},
};

/* an actor's stories in the same order: mention_newest, where a mention
 * carries its article's date */
const struct pager_list list_actor_articles = {
	.from = "mention m JOIN article a ON a.id = m.article_id JOIN source s ON s.id = a.source_id"
		" LEFT JOIN thread t ON t.id = a.thread_id",
	.core = "mention m",
	.id = "m.article_id",
	.scope = "m.actor_id = ?1",
	.nkeys = 3,
	.key = {"m.date IS NULL", "m.date", "m.article_id"},
	.desc = {false, true, true},
};

/* a thread's stories, oldest first, undated last: article_by_thread */
const struct pager_list list_thread_articles = {
	.from = ARTICLE_FROM,
	.core = "article a",
	.id = "a.id",
	.scope = "a.thread_id = ?1",
	.nkeys = 3,
	.key = {"a.date IS NULL", "a.date", "a.id"},
};

/* the matches of a search too common to rank, latest added first: the
 * full-text index's own order */
const struct pager_list list_search_recent = {
	.from = "article_fts f JOIN article a ON a.id = f.rowid JOIN source s ON s.id = a.source_id"
		" LEFT JOIN thread t ON t.id = a.thread_id",
	.core = "article_fts f",
	.id = "f.rowid",
	.scope = "article_fts MATCH ?1",
	.nkeys = 1,
	.key = {"f.rowid"},
	.desc = {true},
	.fail = cache_search_fail, /* its errors are the query's */
};

/* threads, latest activity first: thread_by_activity; the reader lists
 * those of two stories or more, a briefing every story in its thread */
#define THREAD_ORDER .nkeys = 3, .key = {"t.last_day IS NULL", "t.last_day", "t.id"}, .desc = {false, true, true}

const struct pager_list list_threads = {
	.from = "thread t",
	.core = "thread t",
	.id = "t.id",
	.scope = "t.stories > 1",
	THREAD_ORDER,
};

const struct pager_list list_threads_all = {
	.from = "thread t",
	.core = "thread t",
	.id = "t.id",
	THREAD_ORDER,
};

/* actors in most stories first: actor_by_stories */
const struct pager_list list_actors = {
	.from = "actor ac",
	.core = "actor ac",
	.id = "ac.id",
	.scope = "ac.stories > 0",
	.nkeys = 3,
	.key = {"ac.stories", "ac.name", "ac.id"},
	.desc = {true, false, false},
};

#define EVENT_FROM "event e JOIN article a ON a.id = e.article_id" JOIN_EVENT_PARAGRAPH
#define EVENT_KEYS .nkeys = 4, .key = {"e.first_day IS NULL", "e.first_day", "e.last_day", "e.id"}

/* the timeline, undated last: event_in_order */
const struct pager_list list_events = {
	.from = EVENT_FROM,
	.core = "event e",
	.id = "e.id",
	EVENT_KEYS,
};

/* an actor's timeline: event_actor_in_order, where an event's mention of
 * an actor carries its days */
const struct pager_list list_actor_events = {
	.from = "event_actor ea JOIN event e ON e.id = ea.event_id JOIN article a ON a.id = e.article_id"
		JOIN_EVENT_PARAGRAPH,
	.core = "event_actor ea",
	.id = "ea.event_id",
	.scope = "ea.actor_id = ?1",
	.nkeys = 4,
	.key = {"ea.first_day IS NULL", "ea.first_day", "ea.last_day", "ea.event_id"},
};

/* an article's or a thread's events, few enough to sort */
const struct pager_list list_article_events = {
	.from = EVENT_FROM,
	.core = "event e",
	.id = "e.id",
	.scope = "e.article_id = ?1",
	EVENT_KEYS,
};

const struct pager_list list_thread_events = {
	.from = EVENT_FROM,
	.core = "event e JOIN article a ON a.id = e.article_id",
	.id = "e.id",
	.scope = "a.thread_id = ?1",
	EVENT_KEYS,
};
