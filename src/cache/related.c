/* related.c - scoring and storing related stories (see related.h). */
#include <ctype.h>
#include <math.h>
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
	STORIES_CAP = 5000, /* an actor in more stories than this says nothing */
	QUERY_TERMS = 24,
	SHARED_NAMES = 5,
};
static const double TEXT_WEIGHT = 2.0, TIME_WEIGHT = 0.5;

struct candidate {
	int64_t id;
	double actors, text;
	int nshared;
	struct buf shared;
};

struct pool {
	struct candidate *v;
	size_t n, cap;
	struct strmap index; /* decimal id -> candidate */
};

static struct candidate *candidate(struct pool *p, int64_t id)
{
	char key[24];
	int len = snprintf(key, sizeof key, "%lld", (long long)id), found;
	if (strmap_get(&p->index, key, (size_t)len, &found))
		return &p->v[found];
	p->v = xgrow(p->v, &p->cap, p->n + 1, sizeof *p->v);
	p->v[p->n] = (struct candidate){.id = id};
	strmap_put(&p->index, key, (size_t)len, (int)p->n);
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

/* "word" OR "word" ...: the distinct plain words (letters and digits only,
 * so nothing in them needs quoting) of the title and the lede. */
static void text_query(const char *title, const char *lede, struct buf *q)
{
	const char *parts[] = {title, lede};
	struct strmap seen = {0};
	int terms = 0, one;
	for (int k = 0; k < 2; k++) {
		const char *s = parts[k] ? parts[k] : "";
		for (size_t i = 0; s[i] && terms < QUERY_TERMS;) {
			while (s[i] && !isalnum((unsigned char)s[i]))
				i++;
			size_t start = i;
			while (isalnum((unsigned char)s[i]))
				i++;
			size_t n = i - start;
			if (n < 3 || is_stop_term(s + start, n) || strmap_get(&seen, s + start, n, &one))
				continue;
			strmap_put(&seen, s + start, n, 1);
			buf_printf(q, "%s\"%.*s\"", terms++ ? " OR " : "", (int)n, s + start);
		}
	}
	strmap_free(&seen);
}

static int gather_shared(struct cache *c, int64_t id, double articles, struct pool *p)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_RELATE_SHARED);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, id);
	sqlite3_bind_int(st, 2, STORIES_CAP);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct candidate *cand = candidate(p, sqlite3_column_int64(st, 0));
		double stories = sqlite3_column_int(st, 2);
		cand->actors += log(1.0 + articles / (stories > 0 ? stories : 1));
		if (cand->nshared++ < SHARED_NAMES)
			buf_printf(&cand->shared, "%s%s", cand->shared.len ? ", " : "", sqlite3_column_text(st, 1));
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "finding related stories");
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
	double best = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		double strength = -sqlite3_column_double(st, 1); /* bm25: lower is better */
		if (best == 0)
			best = strength;
		struct candidate *cand = candidate(p, sqlite3_column_int64(st, 0));
		cand->text = best > 0 ? strength / best : 0;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "finding related stories");
}

static double time_closeness(struct cache *c, long day, int64_t other)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_RELATE_DATE);
	if (!st || day < 0)
		return 0;
	sqlite3_bind_int64(st, 1, other);
	long other_day = sqlite3_step(st) == SQLITE_ROW ? day_number((const char *)sqlite3_column_text(st, 0)) : -1;
	sqlite3_reset(st);
	if (other_day < 0)
		return 0;
	return 1.0 / (1.0 + fabs((double)(day - other_day)) / 30.0);
}

static int by_score(const void *a, const void *b)
{
	double x = ((const struct candidate *)a)->actors, y = ((const struct candidate *)b)->actors;
	return x < y ? 1 : x > y ? -1 : 0;
}

static int put(struct cache *c, int64_t from, const struct candidate *cand)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_RELATED_PUT);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, from);
	sqlite3_bind_int64(st, 2, cand->id);
	sqlite3_bind_double(st, 3, cand->actors);
	sqlite3_bind_text(st, 4, buf_str(&cand->shared), -1, SQLITE_STATIC);
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
	text_query((const char *)sqlite3_column_text(st, 0), (const char *)sqlite3_column_text(st, 2), &query);
	long day = day_number((const char *)sqlite3_column_text(st, 1));
	double articles = sqlite3_column_double(st, 3);
	sqlite3_reset(st);

	struct pool p = {0};
	int rc = gather_shared(c, id, articles, &p);
	if (rc == BRIEF_OK)
		rc = gather_text(c, id, buf_str(&query), &p);
	/* the total goes into .actors so one field sorts */
	for (size_t i = 0; i < p.n && rc == BRIEF_OK; i++)
		p.v[i].actors += TEXT_WEIGHT * p.v[i].text + TIME_WEIGHT * time_closeness(c, day, p.v[i].id);
	if (p.n > 1)
		qsort(p.v, p.n, sizeof *p.v, by_score);
	if (rc == BRIEF_OK && (st = cache_stmt(c, STMT_RELATED_CLEAR))) {
		sqlite3_bind_int64(st, 1, id);
		rc = sqlite3_step(st) == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "storing related stories");
		sqlite3_reset(st);
	}
	for (size_t i = 0; i < p.n && i < RELATED_MAX && rc == BRIEF_OK; i++) {
		rc = put(c, id, &p.v[i]);
		if (rc == BRIEF_OK) {
			struct candidate back = p.v[i];
			back.id = id;
			rc = put(c, p.v[i].id, &back);
		}
	}
	for (size_t i = 0; i < p.n; i++)
		buf_free(&p.v[i].shared);
	free(p.v);
	strmap_free(&p.index);
	buf_free(&query);
	return rc;
}
