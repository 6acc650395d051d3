/* related.c - scoring and storing related stories (see related.h). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/civil.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/related.h"
#include "brief/strmap.h"
#include "cache_internal.h"

enum {
	RARE_ACTORS = 8,         /* the article's rarest actors are looked at */
	STORIES_PER_ACTOR = 200, /* and each one's most recent stories */
	SHARED_NAMES = 5,
};

/* The combination, and the floors, calibrated on the development set of
 * tests/related (make eval): see related.h. */
static const double ACTOR_WEIGHT = 0.35, TIME_WEIGHT = 0.1;
static const double TEXT_FLOOR = 0.13;   /* less text in common relates nothing */
static const double SCORE_FLOOR = 0.30;  /* the least a related story scores */
static const double RELATIVE_FLOOR = 0.4; /* and at least this share of the best one's */
static const double THREAD_FLOOR = 0.37; /* strong enough to share a thread */
/* the same story in two files: on tests/related the three re-published
 * pairs are at 0.71-0.76, the closest other two stories at 0.45 */
static const double DUPLICATE_COSINE = 0.6;

struct candidate {
	int64_t id;
	long day; /* of its date, -1 when undated */
	double actors, text, score;
	double best_term_product;
	unsigned char best_term;
	int nshared;
	unsigned char shared[SHARED_NAMES]; /* indexes into the rare actors */
	bool duplicate;
};

struct pool {
	struct candidate *v;
	size_t n, cap;
	struct strmap index; /* id (its bytes) -> candidate */
	char *names[RARE_ACTORS];
	int nnames;
};

/* A candidate found through its terms: its date is read only if it passes
 * the text floor, as most do not. */
enum { DAY_UNREAD = -2 };

static long read_day(struct cache *c, int64_t id)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_ARTICLE_DATE);
	if (!st)
		return -1;
	sqlite3_bind_int64(st, 1, id);
	long day = sqlite3_step(st) == SQLITE_ROW ? civil_days_of((const char *)sqlite3_column_text(st, 0)) : -1;
	sqlite3_reset(st);
	return day;
}

static struct candidate *candidate(struct pool *p, int64_t id, const unsigned char *date)
{
	/* the id's own bytes are the key: this runs for every row of every
	 * shared actor's stories, where formatting a number showed */
	char key[sizeof id];
	memcpy(key, &id, sizeof id);
	int found;
	if (strmap_get(&p->index, key, sizeof key, &found))
		return &p->v[found];
	p->v = xgrow(p->v, &p->cap, p->n + 1, sizeof *p->v);
	p->v[p->n] = (struct candidate){.id = id, .day = date ? civil_days_of((const char *)date) : DAY_UNREAD};
	strmap_put(&p->index, key, sizeof key, (int)p->n);
	return &p->v[p->n++];
}

/* The article's rarest shared actors, each with its most recent stories:
 * two indexed lookups, bounded however large the cache grows. */
static int gather_shared(struct cache *c, int64_t id, double articles, struct pool *p)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_RELATE_SHARED);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, RARE_ACTORS);
	int64_t ids[RARE_ACTORS];
	double weight[RARE_ACTORS];
	int rc;
	while (p->nnames < RARE_ACTORS && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		double stories = sqlite3_column_int(st, 2);
		ids[p->nnames] = sqlite3_column_int64(st, 0);
		/* scaled by the most an actor can weigh, so scores computed when the
		 * cache was smaller still compare with today's */
		weight[p->nnames] = log(1.0 + articles / (stories > 0 ? stories : 1)) / log(2.0 + articles);
		p->names[p->nnames++] = xstrdup((const char *)sqlite3_column_text(st, 1));
	}
	sqlite3_reset(st);
	for (int k = 0; k < p->nnames; k++) {
		if (!(st = cache_stmt(c, STMT_ACTOR_STORIES)))
			return BRIEF_ERR;
		sqlite3_bind_int64(st, 1, ids[k]);
		sqlite3_bind_int64(st, 2, id);
		sqlite3_bind_int(st, 3, STORIES_PER_ACTOR);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			struct candidate *cand = candidate(p, sqlite3_column_int64(st, 0), sqlite3_column_text(st, 1));
			cand->actors += weight[k];
			if (cand->nshared < SHARED_NAMES)
				cand->shared[cand->nshared++] = (unsigned char)k;
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return cache_fail(c, "finding related stories");
	}
	return BRIEF_OK;
}

/* A term both stories hold: its product adds to their cosine. */
static void add_term(void *arg, int64_t other, size_t term, double product)
{
	struct pool *p = arg;
	struct candidate *cand = candidate(p, other, NULL);
	cand->text += product;
	if (product > cand->best_term_product)
		cand->best_term_product = product, cand->best_term = (unsigned char)term;
}

static double time_closeness(long day, long other)
{
	if (day < 0 || other < 0)
		return 0;
	return 1.0 / (1.0 + fabs((double)(day - other)) / 30.0);
}

static int by_score(const void *a, const void *b)
{
	double x = ((const struct candidate *)a)->score, y = ((const struct candidate *)b)->score;
	return x < y ? 1 : x > y ? -1 : 0;
}

static int put(struct cache *c, int64_t from, int64_t to, const struct candidate *cand,
	       const char *shared)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_RELATED_PUT);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, to);
	sqlite3_bind_double(st, 3, cand->score);
	sqlite3_bind_text(st, 4, shared, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 5, cand->duplicate);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return cache_fail(c, "storing related stories");
	if (!(st = cache_stmt(c, STMT_RELATED_TRIM)))
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int(st, 2, RELATED_MAX);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "storing related stories");
}

/* The reason a story is related: the actors both name, or without one
 * the terms that weigh most in both. */
static void reason(const struct pool *p, const struct term_vector *v, const struct candidate *cand,
		   struct buf *out)
{
	buf_reset(out);
	for (int k = 0; k < cand->nshared; k++)
		buf_printf(out, "%s%s", k ? "\x1f" : "", p->names[cand->shared[k]]);
	if (!cand->nshared && cand->best_term < v->n)
		buf_adds(out, v->term[cand->best_term]);
}

/* How related the story is to any candidate, strong or not. */
static double affinity(void *arg, int64_t other)
{
	const struct pool *p = arg;
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].id == other)
			return p->v[i].score;
	return 0;
}

/* Scores, and which candidates pass the floors. */
static size_t score_all(struct cache *c, struct pool *p, long day, struct candidate *out)
{
	double best = 0;
	for (size_t i = 0; i < p->n; i++) {
		struct candidate *x = &p->v[i];
		if (x->day == DAY_UNREAD)
			x->day = x->text >= TEXT_FLOOR ? read_day(c, x->id) : -1;
		double text = x->text > 1 ? 1 : x->text;
		double actors = x->actors > 1 ? 1 : x->actors;
		x->score = text + ACTOR_WEIGHT * actors + TIME_WEIGHT * time_closeness(day, x->day);
		x->duplicate = text >= DUPLICATE_COSINE;
		if (x->score > best)
			best = x->score;
	}
	if (p->n > 1)
		qsort(p->v, p->n, sizeof *p->v, by_score);
	size_t kept = 0;
	for (size_t i = 0; i < p->n && kept < RELATED_MAX; i++) {
		const struct candidate *x = &p->v[i];
		if (x->text >= TEXT_FLOOR && x->score >= SCORE_FLOOR && x->score >= RELATIVE_FLOOR * best)
			out[kept++] = *x;
	}
	return kept;
}

int cache_relate_article(struct cache *c, int64_t id, bool thread)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_RELATE_SUBJECT);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return cache_fail(c, "finding related stories");
	}
	long day = civil_days_of((const char *)sqlite3_column_text(st, 1));
	double articles = sqlite3_column_double(st, 3);
	sqlite3_reset(st);

	struct term_vector v;
	struct pool p = {0};
	int rc = cache_terms_compute(c, id, articles, &v);
	if (rc == BRIEF_OK)
		rc = cache_terms_store(c, id, &v);
	if (rc == BRIEF_OK)
		rc = gather_shared(c, id, articles, &p);
	if (rc == BRIEF_OK)
		rc = cache_terms_neighbours(c, id, &v, add_term, &p);
	struct candidate best[RELATED_MAX];
	size_t kept = rc == BRIEF_OK ? score_all(c, &p, day, best) : 0;
	if (rc == BRIEF_OK && (st = cache_stmt(c, STMT_RELATED_CLEAR))) {
		sqlite3_bind_int64(st, 1, id);
		rc = sqlite3_step(st) == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "storing related stories");
		sqlite3_reset(st);
	}
	/* both ways: the older story's list takes the newer one when it is
	 * among its best, so lists stay right as the cache grows */
	struct buf shared = BUF_INIT;
	struct thread_link strong[RELATED_MAX];
	size_t nstrong = 0;
	for (size_t i = 0; i < kept && rc == BRIEF_OK; i++) {
		reason(&p, &v, &best[i], &shared);
		rc = put(c, id, best[i].id, &best[i], buf_str(&shared));
		if (rc == BRIEF_OK)
			rc = put(c, best[i].id, id, &best[i], buf_str(&shared));
		if (best[i].duplicate || best[i].score >= THREAD_FLOOR)
			strong[nstrong++] = (struct thread_link){best[i].id, best[i].score};
	}
	if (rc == BRIEF_OK && thread)
		rc = cache_thread_assign(c, id, day, strong, nstrong, affinity, &p);
	buf_free(&shared);
	cache_terms_free(&v);
	for (int k = 0; k < p.nnames; k++)
		free(p.names[k]);
	free(p.v);
	strmap_free(&p.index);
	return rc;
}
