/* threads.c - story threads: the stories of one developing story (see
 * internal.h).
 *
 * A new story joins the thread of its strongest related story, among those
 * strong enough to share one; when it is as strong a match for stories of
 * other threads, it is the evidence that they are one story, and they are
 * merged into the larger.  Without such a story it starts a thread of its
 * own.  Work per story: at most RELATED_MAX lookups of threads and of
 * links (each at most RELATED_MAX rows); counts and span move by the one
 * story, and are counted again only after a merge, which moves the smaller
 * thread's stories (small into large: each story moves O(log n) times). */
#include <stdlib.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "brief/related.h"
#include "internal.h"

static int step_done(struct cache *c, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "storing story threads");
}

static int thread_of(struct cache *c, int64_t article, int64_t *thread)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_THREAD_OF);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, article);
	int rc = sqlite3_step(st);
	*thread = rc == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "reading story threads");
}

static int thread_stories(struct cache *c, int64_t thread, int64_t *n)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_THREAD_STORIES);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, thread);
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "reading story threads");
}

static int join(struct cache *c, int64_t article, int64_t thread)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_THREAD_JOIN);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, thread);
	sqlite3_bind_int64(st, 2, article);
	return step_done(c, st);
}

static int grow(struct cache *c, int64_t thread, int64_t article)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_ARTICLE_DATE);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, article);
	int rc = sqlite3_step(st);
	char *date = rc == SQLITE_ROW && sqlite3_column_text(st, 0)
			     ? xstrdup((const char *)sqlite3_column_text(st, 0)) : NULL;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return cache_fail(c, "storing story threads");
	if (!(st = cache_stmt(c, STMT_THREAD_GROW))) {
		free(date);
		return BRIEF_ERR;
	}
	sqlite3_bind_int64(st, 1, thread);
	if (date)
		sqlite3_bind_text(st, 2, date, -1, SQLITE_TRANSIENT);
	free(date);
	return step_done(c, st);
}

static int recount(struct cache *c, int64_t thread)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_THREAD_RECOUNT);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, thread);
	return step_done(c, st);
}

/* The story's links inside thread make its headline the title when no
 * other story of the thread has more. */
static int offer_title(struct cache *c, int64_t thread, int64_t article)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_THREAD_LINKS);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, article);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return cache_fail(c, "storing story threads");
	}
	int64_t links = sqlite3_column_int64(st, 0);
	char *title = sqlite3_column_text(st, 1) ? xstrdup((const char *)sqlite3_column_text(st, 1)) : NULL;
	int64_t in = sqlite3_column_int64(st, 2);
	sqlite3_reset(st);
	if (!title || in != thread) {
		free(title);
		return BRIEF_OK;
	}
	if (!(st = cache_stmt(c, STMT_THREAD_TITLE))) {
		free(title);
		return BRIEF_ERR;
	}
	sqlite3_bind_int64(st, 1, thread);
	sqlite3_bind_text(st, 2, title, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(st, 3, article);
	sqlite3_bind_int64(st, 4, links);
	free(title);
	return step_done(c, st);
}

/* Move the stories of from into into, and drop from. */
static int merge(struct cache *c, int64_t into, int64_t from)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_THREAD_MOVE);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, into);
	sqlite3_bind_int64(st, 2, from);
	if (step_done(c, st) != BRIEF_OK || !(st = cache_stmt(c, STMT_THREAD_DROP)))
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, from);
	return step_done(c, st);
}

int cache_thread_assign(struct cache *c, int64_t id, const int64_t *strong, size_t nstrong)
{
	int64_t thread = 0;
	if (thread_of(c, id, &thread) != BRIEF_OK)
		return BRIEF_ERR;
	bool joined = thread != 0, merged = false;
	for (size_t i = 0; i < nstrong; i++) {
		int64_t other;
		if (thread_of(c, strong[i], &other) != BRIEF_OK)
			return BRIEF_ERR;
		if (!other || other == thread)
			continue;
		if (!thread) {
			thread = other;
			continue;
		}
		/* two threads this story belongs to: one story, the larger keeps it */
		int64_t a, b;
		if (thread_stories(c, thread, &a) != BRIEF_OK || thread_stories(c, other, &b) != BRIEF_OK)
			return BRIEF_ERR;
		int64_t into = a >= b ? thread : other, from = a >= b ? other : thread;
		if (merge(c, into, from) != BRIEF_OK)
			return BRIEF_ERR;
		thread = into;
		merged = true;
	}
	if (!thread) {
		sqlite3_stmt *st = cache_stmt(c, STMT_THREAD_NEW);
		if (!st || step_done(c, st) != BRIEF_OK)
			return BRIEF_ERR;
		thread = sqlite3_last_insert_rowid(c->db);
	}
	if (!joined && (join(c, id, thread) != BRIEF_OK || grow(c, thread, id) != BRIEF_OK))
		return BRIEF_ERR;
	if (merged && recount(c, thread) != BRIEF_OK)
		return BRIEF_ERR;
	if (offer_title(c, thread, id) != BRIEF_OK)
		return BRIEF_ERR;
	for (size_t i = 0; i < nstrong; i++)
		if (offer_title(c, thread, strong[i]) != BRIEF_OK)
			return BRIEF_ERR;
	return BRIEF_OK;
}

int cache_threads_clear(struct cache *c)
{
	if (sqlite3_exec(c->db, "UPDATE article SET thread_id = NULL WHERE thread_id IS NOT NULL;"
				"DELETE FROM thread;", NULL, NULL, NULL) != SQLITE_OK)
		return cache_fail(c, "storing story threads");
	return BRIEF_OK;
}
