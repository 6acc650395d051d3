/* related.c - scoring and storing related stories (see related.h). */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "brief/related.h"
#include "brief/strmap.h"
#include "internal.h"

enum {
	RARE_ACTORS = 8,        /* the article's rarest actors are looked at */
	STORIES_PER_ACTOR = 200, /* and each one's most recent stories */
	QUERY_TERMS = 24,        /* words of the title and lede considered */
	RARE_TERMS = 6,          /* of which the rarest make the text query */
	COMMON_TERM = 500,       /* a word in more stories than this relates nothing */
	SHARED_NAMES = 5,
};
static const double TEXT_WEIGHT = 2.0, TIME_WEIGHT = 0.5;
static const double TEXT_HALF = 4.0; /* the bm25 strength that counts half */

struct candidate {
	int64_t id;
	long day; /* of its date, -1 when undated */
	double actors, text;
	int nshared;
	unsigned char shared[SHARED_NAMES]; /* indexes into the rare actors */
};

struct pool {
	struct candidate *v;
	size_t n, cap;
	struct strmap index; /* id (its bytes) -> candidate */
	char *names[RARE_ACTORS];
	int nnames;
};

static long day_number(const char *date);

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
	p->v[p->n] = (struct candidate){.id = id, .day = day_number((const char *)date)};
	strmap_put(&p->index, key, sizeof key, (int)p->n);
	return &p->v[p->n++];
}

/* Days since 1970 of "YYYY", "YYYY-MM" or "YYYY-MM-DD" (first day), or -1. */
static long day_number(const char *date)
{
	int y = 0, m = 1, d = 1;
	if (!date || sscanf(date, "%d-%d-%d", &y, &m, &d) < 1)
		return -1;
	/* days from civil (proleptic Gregorian) */
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static bool is_stop_term(const char *w, size_t n)
{
	static const char *const stop[] = {"the", "and", "for", "with", "from", "that", "this", "their", "have",
					   "has", "had", "was", "were", "are", "its", "into", "over", "after",
					   "said", "will", "would", "also", "than", "they", "which", "more"};
	for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
		if (strlen(stop[i]) == n && strncasecmp(stop[i], w, n) == 0)
			return true;
	return false;
}

struct term {
	const char *s;
	size_t n;
	int64_t stories;
};

static int by_rarity(const void *a, const void *b)
{
	int64_t x = ((const struct term *)a)->stories, y = ((const struct term *)b)->stories;
	return x < y ? -1 : x > y;
}

/* How many stories hold a term (the index's own document frequency). */
static int64_t term_stories(struct cache *c, const char *s, size_t n)
{
	if (!c->vocab) {
		if (sqlite3_exec(c->db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_vocab"
					" USING fts5vocab(main, 'article_fts', 'row')", NULL, NULL, NULL) != SQLITE_OK)
			return -1;
		c->vocab = true;
	}
	sqlite3_stmt *st = cache_stmt(c, STMT_TERM_STORIES);
	if (!st)
		return -1;
	char low[64];
	if (n >= sizeof low)
		n = sizeof low - 1;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	int known;
	if (strmap_get(&c->term_stories, low, n, &known) && known > COMMON_TERM)
		return known;
	sqlite3_bind_text(st, 1, low, (int)n, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	int64_t stories = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -1; /* not counted: a term of unknown rarity is left out */
	strmap_put(&c->term_stories, low, n, stories > INT32_MAX ? INT32_MAX : (int)stories);
	return stories;
}

/* "word" OR "word" ...: the rarest plain words (letters and digits only, so
 * nothing in them needs quoting) of the title and the lede that some other
 * story also holds.  Rare terms have short posting lists: the query stays
 * cheap and says the most. */
static void text_query(struct cache *c, const char *title, const char *lede, struct buf *q)
{
	const char *parts[] = {title, lede};
	struct strmap seen = {0};
	struct term terms[QUERY_TERMS];
	int n = 0, one;
	for (int k = 0; k < 2; k++) {
		const char *s = parts[k] ? parts[k] : "";
		for (size_t i = 0; s[i] && n < QUERY_TERMS;) {
			while (s[i] && !isalnum((unsigned char)s[i]))
				i++;
			size_t start = i;
			while (isalnum((unsigned char)s[i]))
				i++;
			size_t len = i - start;
			if (len < 3 || is_stop_term(s + start, len) || strmap_get(&seen, s + start, len, &one))
				continue;
			strmap_put(&seen, s + start, len, 1);
			int64_t stories = term_stories(c, s + start, len);
			if (stories >= 2 && stories <= COMMON_TERM) /* shared, and not by everyone */
				terms[n++] = (struct term){s + start, len, stories};
		}
	}
	strmap_free(&seen);
	qsort(terms, (size_t)n, sizeof *terms, by_rarity);
	for (int i = 0; i < n && i < RARE_TERMS; i++)
		buf_printf(q, "%s\"%.*s\"", i ? " OR " : "", (int)terms[i].n, terms[i].s);
}

/* The article's rarest shared actors, each with its most recent stories:
 * two indexed lookups, bounded however large the cache grows. */
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

static int gather_text(struct cache *c, int64_t id, const char *query, struct pool *p)
{
	if (!*query)
		return BRIEF_OK;
	sqlite3_stmt *st = cache_stmt(c, STMT_RELATE_TEXT);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		/* bm25 is lower for better matches; s / (s + k) maps it to 0..1 on a
		 * fixed scale, so a weak best match stays weak */
		double strength = -sqlite3_column_double(st, 1);
		struct candidate *cand = candidate(p, sqlite3_column_int64(st, 0), sqlite3_column_text(st, 2));
		cand->text = strength > 0 ? strength / (strength + TEXT_HALF) : 0;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "finding related stories");
}

static double time_closeness(long day, long other)
{
	if (day < 0 || other < 0)
		return 0;
	return 1.0 / (1.0 + fabs((double)(day - other)) / 30.0);
}

static int by_score(const void *a, const void *b)
{
	double x = ((const struct candidate *)a)->actors, y = ((const struct candidate *)b)->actors;
	return x < y ? 1 : x > y ? -1 : 0;
}

static int put(struct cache *c, int64_t from, int64_t to, double score, const char *shared)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_RELATED_PUT);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, to);
	sqlite3_bind_double(st, 3, score);
	sqlite3_bind_text(st, 4, shared, -1, SQLITE_STATIC);
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

int cache_relate_article(struct cache *c, int64_t id)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_RELATE_SUBJECT);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return cache_fail(c, "finding related stories");
	}
	struct buf query = BUF_INIT;
	char *title = xstrdup((const char *)sqlite3_column_text(st, 0));
	char *lede = sqlite3_column_text(st, 2) ? xstrdup((const char *)sqlite3_column_text(st, 2)) : NULL;
	long day = day_number((const char *)sqlite3_column_text(st, 1));
	double articles = sqlite3_column_double(st, 3);
	sqlite3_reset(st);
	text_query(c, title, lede, &query);
	free(title);
	free(lede);

	struct pool p = {0};
	int rc = gather_shared(c, id, articles, &p);
	if (rc == BRIEF_OK)
		rc = gather_text(c, id, buf_str(&query), &p);
	/* the total goes into .actors so one field sorts */
	for (size_t i = 0; i < p.n && rc == BRIEF_OK; i++)
		p.v[i].actors += TEXT_WEIGHT * p.v[i].text + TIME_WEIGHT * time_closeness(day, p.v[i].day);
	if (p.n > 1)
		qsort(p.v, p.n, sizeof *p.v, by_score);
	if (rc == BRIEF_OK && (st = cache_stmt(c, STMT_RELATED_CLEAR))) {
		sqlite3_bind_int64(st, 1, id);
		rc = sqlite3_step(st) == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "storing related stories");
		sqlite3_reset(st);
	}
	struct buf shared = BUF_INIT;
	for (size_t i = 0; i < p.n && i < RELATED_MAX && rc == BRIEF_OK; i++) {
		buf_reset(&shared);
		for (int k = 0; k < p.v[i].nshared; k++)
			buf_printf(&shared, "%s%s", k ? "\x1f" : "", p.names[p.v[i].shared[k]]);
		rc = put(c, id, p.v[i].id, p.v[i].actors, buf_str(&shared));
		if (rc == BRIEF_OK)
			rc = put(c, p.v[i].id, id, p.v[i].actors, buf_str(&shared));
	}
	buf_free(&shared);
	for (int k = 0; k < p.nnames; k++)
		free(p.names[k]);
	free(p.v);
	strmap_free(&p.index);
	buf_free(&query);
	return rc;
}
