/* threads.c - story threads: the stories of one developing story (see
 * internal.h).
 *
 * A story belongs to a thread when it has strong links to several of the
 * thread's stories (THREAD_LINKS, or all of a smaller thread) and comes
 * within THREAD_GAP_DAYS of the thread's span.  It joins the thread its
 * links vote for most (the sum of their scores), or starts one; when it
 * belongs to other threads too, it is the evidence that they are one
 * story, and they are merged into the larger.  Without both rules stories
 * of one subject chain through single links across years: on the
 * benchmark's corpus of 1,110 articles, 1,099 were one thread (single links
 * and no time), and of 11,025, 10,036 (several links, the span alone).  Work per
 * story: at most RELATED_MAX lookups of threads and of links (each at most
 * RELATED_MAX rows); counts and span move by the one story, and are
 * counted again only after a merge, which moves the smaller thread's
 * stories (small into large: each story moves O(log n) times). */
#include <stdbool.h>
#include <stdlib.h>

#include "brief/civil.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/related.h"
#include "cache_internal.h"

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

struct vote {
	int64_t thread, stories, centre;
	long first, last; /* days of its span, -1 when undated */
	double sum;
	int links;
};

static int thread_read(struct cache *c, struct vote *v)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_THREAD_STORIES);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, v->thread);
	int rc = sqlite3_step(st);
	v->stories = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	v->first = rc == SQLITE_ROW ? civil_days_of((const char *)sqlite3_column_text(st, 1)) : -1;
	v->last = rc == SQLITE_ROW ? civil_days_of((const char *)sqlite3_column_text(st, 2)) : -1;
	v->centre = rc == SQLITE_ROW ? sqlite3_column_int64(st, 3) : 0;
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

/* Calibrated on tests/related, AQUAINT and the benchmark's corpus (make
 * eval; the closing figures are in README's Threads section). */
enum {
	THREAD_LINKS = 3,      /* links into a thread that make a story one of it */
	THREAD_GAP_DAYS = 180, /* how long a thread waits for its next story */
};
static const double CENTRE_FLOOR = 0.35; /* related to the thread's centre */

/* The threads the links point into, with their votes. */
static int tally(struct cache *c, const struct thread_link *links, size_t n, struct vote *v, size_t *nv)
{
	*nv = 0;
	for (size_t i = 0; i < n; i++) {
		int64_t t;
		if (thread_of(c, links[i].id, &t) != BRIEF_OK)
			return BRIEF_ERR;
		if (!t)
			continue;
		size_t k = 0;
		while (k < *nv && v[k].thread != t)
			k++;
		if (k == *nv) {
			v[k] = (struct vote){.thread = t};
			if (thread_read(c, &v[k]) != BRIEF_OK)
				return BRIEF_ERR;
			++*nv;
		}
		v[k].sum += links[i].score;
		v[k].links++;
	}
	return BRIEF_OK;
}

/* A developing story comes back within months, not years later: the link
 * of a story to a thread that went quiet long before (or starts long
 * after) is how stories of one subject chain into one thread. */
static bool in_season(const struct vote *v, long day)
{
	if (day < 0 || v->first < 0)
		return true;
	return day >= v->first - THREAD_GAP_DAYS && day <= v->last + THREAD_GAP_DAYS;
}

/* One link is how stories of one subject chain: a story about a space
 * agency linked to one about a satellite, linked to one about data rules,
 * until unrelated threads are one.  A story that belongs to a thread links
 * to several of its stories (half of a small one), and is related to its
 * centre, the story with most links inside it (the one whose headline is
 * the title), as a thread's stories are to one another. */
static bool belongs(const struct vote *v, long day, double (*affinity)(void *, int64_t), void *arg)
{
	int64_t half = (v->stories + 1) / 2;
	if (!in_season(v, day) || v->links < (half < THREAD_LINKS ? half : THREAD_LINKS))
		return false;
	return v->stories <= 2 || !v->centre || affinity(arg, v->centre) >= CENTRE_FLOOR;
}

int cache_thread_assign(struct cache *c, int64_t id, long day, const struct thread_link *links, size_t n,
			double (*affinity)(void *arg, int64_t other), void *arg)
{
	int64_t thread = 0;
	if (thread_of(c, id, &thread) != BRIEF_OK)
		return BRIEF_ERR;
	struct vote v[RELATED_MAX];
	size_t nv;
	if (n > RELATED_MAX)
		n = RELATED_MAX;
	if (tally(c, links, n, v, &nv) != BRIEF_OK)
		return BRIEF_ERR;
	size_t kept = 0;
	for (size_t k = 0; k < nv; k++)
		if (belongs(&v[k], day, affinity, arg) || v[k].thread == thread)
			v[kept++] = v[k];
	nv = kept;
	bool joined = thread != 0, merged = false;
	size_t best = nv;
	for (size_t k = 0; k < nv; k++)
		if (joined ? v[k].thread == thread : best == nv || v[k].sum > v[best].sum)
			best = k;
	if (best < nv) {
		thread = v[best].thread;
		int64_t stories = v[best].stories;
		for (size_t k = 0; k < nv; k++) {
			if (k == best)
				continue;
			/* the story is in both: one story, the larger keeps it */
			int64_t into = stories >= v[k].stories ? thread : v[k].thread;
			if (merge(c, into, into == thread ? v[k].thread : thread) != BRIEF_OK)
				return BRIEF_ERR;
			thread = into;
			stories += v[k].stories;
			merged = true;
		}
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
	for (size_t i = 0; i < n; i++)
		if (offer_title(c, thread, links[i].id) != BRIEF_OK)
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
