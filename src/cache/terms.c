/* terms.c - each article's distinctive terms, and the stories that share
 * them (see internal.h).
 *
 * A term's weight is (1 + ln tf) * sqrt(ln(1 + N / df)) over the title
 * (counted twice) and the body, N the stories in the cache and df those
 * that hold the term (FTS5's own count, through fts5vocab).  The square
 * root tempers rarity: with ln alone the kept terms were each story's
 * oddest words, which its own thread rarely shares (on tests/related,
 * precision at 1 0.93 against 0.98).  The TERMS_KEPT heaviest,
 * scaled to unit length, are stored in article_term, whose key (term,
 * weight) makes a term's strongest holders an index walk: neighbours are
 * found from TERMS_KEPT walks of at most POSTINGS rows each, however
 * large the cache.  Their dot products approximate the cosine of the two
 * articles' term vectors. */
#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "cache_internal.h"

enum {
	TERM_MIN = 3,   /* shorter words say little */
	TERM_MAX = 40,  /* longer runs are not words */
	WORDS_READ = 4000, /* of a very long article, the first words are enough */
	PRIOR_STORIES = 100,
};

static bool is_stop_term(const char *w, size_t n)
{
	static const char *const stop[] = {
		"the", "and", "for", "with", "from", "that", "this", "their", "have", "has", "had",
		"was", "were", "are", "its", "into", "over", "after", "said", "will", "would", "also",
		"than", "they", "which", "more", "not", "but", "been", "who", "his", "her", "she",
		"our", "about", "one", "two", "new", "last", "year", "years", "week", "month", "there",
		"when", "what", "where", "some", "other", "could", "should", "may", "can", "all",
		"any", "out", "them", "those", "these", "such", "only", "most", "while", "since",
		"before", "because", "during", "between", "against", "under", "told", "says", "say",
		"per", "cent", "percent", "including", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "you", "him", "being", "then", "now", "how", "very",
	};
	for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
		if (strlen(stop[i]) == n && memcmp(stop[i], w, n) == 0)
			return true;
	return false;
}

struct counted {
	char *word;
	size_t len;
	double tf, weight;
};

struct bag {
	struct strmap index; /* word -> position in v */
	struct counted *v;
	size_t n, cap, words;
};

/* The words of s, lower case (ASCII; other letters as they are, as FTS5
 * folds them too), counted with weight each. */
static void bag_add(struct bag *b, const char *s, double each)
{
	char word[TERM_MAX];
	for (size_t i = 0; s[i] && b->words < WORDS_READ;) {
		while (s[i] && !isalnum((unsigned char)s[i]) && (unsigned char)s[i] < 0x80)
			i++;
		size_t len = 0;
		bool digits = true;
		while (s[i] && (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80)) {
			digits = digits && isdigit((unsigned char)s[i]);
			if (len < sizeof word)
				word[len] = (char)tolower((unsigned char)s[i]);
			len++;
			i++;
		}
		if (len == 0)
			continue;
		b->words++;
		if (len < TERM_MIN || len > TERM_MAX || digits || is_stop_term(word, len))
			continue;
		int at;
		if (strmap_get(&b->index, word, len, &at)) {
			b->v[at].tf += each;
			continue;
		}
		b->v = xgrow(b->v, &b->cap, b->n + 1, sizeof *b->v);
		b->v[b->n] = (struct counted){xstrndup(word, len), len, each, 0};
		strmap_put(&b->index, word, len, (int)b->n++);
	}
}

static void bag_free(struct bag *b)
{
	for (size_t i = 0; i < b->n; i++)
		free(b->v[i].word);
	free(b->v);
	strmap_free(&b->index);
}

/* How many stories hold a word.  Counted once per connection and kept up
 * to date by the articles this connection adds, so an import of thousands
 * of files asks FTS5 once per word. */
static int term_stories(struct cache *c, const char *w, size_t n, bool *fresh)
{
	int known;
	*fresh = false;
	if (strmap_get(&c->term_stories, w, n, &known))
		return known;
	if (!c->vocab) {
		if (sqlite3_exec(c->db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_vocab"
					" USING fts5vocab(main, 'article_fts', 'row')", NULL, NULL, NULL) != SQLITE_OK)
			return -1;
		c->vocab = true;
	}
	sqlite3_stmt *st = cache_stmt(c, STMT_TERM_STORIES);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, w, (int)n, SQLITE_TRANSIENT);
	int rc = sqlite3_step(st);
	sqlite3_int64 stories = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return -1;
	/* the article being related is in the index already, so it is counted */
	known = stories > INT32_MAX ? INT32_MAX : (int)stories;
	strmap_put(&c->term_stories, w, n, known);
	*fresh = true;
	return known;
}

static int by_weight(const void *a, const void *b)
{
	double x = ((const struct counted *)a)->weight, y = ((const struct counted *)b)->weight;
	return x < y ? 1 : x > y ? -1 : strcmp(((const struct counted *)a)->word, ((const struct counted *)b)->word);
}

int cache_terms_compute(struct cache *c, int64_t id, double stories, struct term_vector *out)
{
	memset(out, 0, sizeof *out);
	struct bag b = {0};
	sqlite3_stmt *st = cache_stmt(c, STMT_ARTICLE_TEXT);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		bag_add(&b, (const char *)sqlite3_column_text(st, 0), sqlite3_column_int(st, 1) ? 2.0 : 1.0);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		bag_free(&b);
		return cache_fail(c, "finding related stories");
	}
	for (size_t i = 0; i < b.n; i++) {
		bool fresh;
		int df = term_stories(c, b.v[i].word, b.v[i].len, &fresh);
		if (df < 0) {
			bag_free(&b);
			return cache_fail(c, "finding related stories");
		}
		if (!fresh) /* this article holds it too, from now on */
			strmap_put(&c->term_stories, b.v[i].word, b.v[i].len, df < INT32_MAX ? ++df : df);
		/* a small cache says little of rarity: counted as if it held at
		 * least PRIOR_STORIES, the first stories' terms are chosen by how
		 * often they are used, not by the order of the alphabet */
		double n = stories > PRIOR_STORIES ? stories : PRIOR_STORIES;
		if (n < df)
			n = df;
		b.v[i].weight = (1.0 + log(b.v[i].tf)) * sqrt(log(1.0 + n / (df > 0 ? df : 1)));
	}
	if (b.n > 1)
		qsort(b.v, b.n, sizeof *b.v, by_weight);
	size_t keep = b.n < TERMS_KEPT ? b.n : TERMS_KEPT;
	double norm = 0;
	for (size_t i = 0; i < keep; i++)
		norm += b.v[i].weight * b.v[i].weight;
	norm = norm > 0 ? sqrt(norm) : 1;
	for (size_t i = 0; i < keep; i++) {
		out->term[i] = b.v[i].word;
		out->weight[i] = b.v[i].weight / norm;
		b.v[i].word = NULL;
	}
	out->n = keep;
	bag_free(&b);
	return BRIEF_OK;
}

void cache_terms_free(struct term_vector *v)
{
	for (size_t i = 0; i < v->n; i++)
		free(v->term[i]);
	v->n = 0;
}

int cache_terms_store(struct cache *c, int64_t id, const struct term_vector *v)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_TERM_CLEAR);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, id);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return cache_fail(c, "storing an article's terms");
	for (size_t i = 0; i < v->n; i++) {
		if (!(st = cache_stmt(c, STMT_TERM_PUT)))
			return BRIEF_ERR;
		sqlite3_bind_text(st, 1, v->term[i], -1, SQLITE_STATIC);
		sqlite3_bind_double(st, 2, v->weight[i]);
		sqlite3_bind_int64(st, 3, id);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return cache_fail(c, "storing an article's terms");
	}
	return BRIEF_OK;
}

int cache_terms_neighbours(struct cache *c, int64_t id, const struct term_vector *v,
			   void (*each)(void *arg, int64_t other, size_t term, double product),
			   void *arg)
{
	for (size_t i = 0; i < v->n; i++) {
		sqlite3_stmt *st = cache_stmt(c, STMT_TERM_POSTINGS);
		if (!st)
			return BRIEF_ERR;
		sqlite3_bind_text(st, 1, v->term[i], -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, id);
		sqlite3_bind_int(st, 3, POSTINGS);
		int rc;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW)
			each(arg, sqlite3_column_int64(st, 0), i,
			     v->weight[i] * sqlite3_column_double(st, 1));
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return cache_fail(c, "finding related stories");
	}
	return BRIEF_OK;
}
