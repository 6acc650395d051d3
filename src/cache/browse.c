/* browse.c - the reader's lists, a page at a time.
 *
 * The long lists are read through the pager (pager.c) in the orders of
 * lists.c; the short ones (an article's related stories and actors, a
 * ranked search, which is sorted whole anyway) by LIMIT/OFFSET.  A page is
 * what the screen shows, so memory does not grow with the cache. */
#include <stdlib.h>
#include <string.h>

#include "brief/browse.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/pager.h"
#include "cache_internal.h"

#define ARTICLE_COLUMNS "a.id, a.date, a.title, s.path, a.read, a.flagged"

/* The related stories an article lists (as r): not the same story
 * re-published (the Reader names those files instead), and of two that are
 * each other's re-publication only the one ranked first, so a list of ten
 * is not five stories twice.  At most RELATED_MAX squared lookups. */
#define RELATED_LISTED \
	"r.article_id = ?1 AND r.duplicate = 0 AND NOT EXISTS (SELECT 1 FROM related b" \
	" JOIN related d ON d.article_id = r.other_id AND d.other_id = b.other_id" \
	" WHERE b.article_id = ?1 AND b.duplicate = 0 AND d.duplicate = 1" \
	" AND (b.score > r.score OR (b.score = r.score AND b.other_id < r.other_id)))"

static char *dup_col(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

/* Statements are the connection's, prepared once (cache_prepared): a
 * list asks for the same ones page after page. */
static int prepare(struct cache *c, const char *sql, sqlite3_stmt **st)
{
	*st = cache_prepared(c, sql);
	return *st ? BRIEF_OK : BRIEF_ERR;
}

/* A statement stepped to its end or to an error: the status, and the
 * statement reset for its next use.  rc is the last sqlite3_step result. */
static int finish(struct cache *c, sqlite3_stmt *st, int rc)
{
	int status = rc == SQLITE_DONE || rc == SQLITE_ROW ? BRIEF_OK : cache_fail(c, "reading the cache");
	sqlite3_reset(st);
	return status;
}

/* One number from a statement that yields one row. */
static int one_count(struct cache *c, sqlite3_stmt *st, long *n)
{
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
	return finish(c, st, rc == SQLITE_DONE ? SQLITE_ERROR : rc);
}

/* An FTS5 error is the user's query, not the cache: say so plainly. */
int cache_search_fail(struct cache *c)
{
	if ((sqlite3_errcode(c->db) & 0xFF) != SQLITE_ERROR)
		return cache_fail(c, "searching");
	return err_set("search: %s", sqlite3_errmsg(c->db));
}

/* The lists read by LIMIT/OFFSET: a ranked search (bm25 orders every
 * match before the first page anyway) and an article's related stories. */
static const char *offset_sql(enum browse_kind kind)
{
	if (kind == BROWSE_SEARCH)
		/* ranked without snippets, which are made for the page alone:
		 * made in the ranking, every match of a common word had one */
		return "SELECT " ARTICLE_COLUMNS ", snippet(article_fts, 1, char(1), char(2), '\xE2\x80\xA6', 10)"
		       " FROM (SELECT rowid AS id, bm25(article_fts, 2.0, 1.0) AS rank FROM article_fts"
		       " WHERE article_fts MATCH ?1 ORDER BY rank, rowid LIMIT ?2 OFFSET ?3) x"
		       " CROSS JOIN article_fts f ON f.rowid = x.id JOIN article a ON a.id = x.id"
		       " JOIN source s ON s.id = a.source_id WHERE article_fts MATCH ?1 ORDER BY x.rank, x.id";
	return "SELECT " ARTICLE_COLUMNS ", r.shared FROM related r JOIN article a ON a.id = r.other_id"
	       " JOIN source s ON s.id = a.source_id WHERE " RELATED_LISTED
	       " ORDER BY r.score DESC, a.id LIMIT ?2 OFFSET ?3";
}

/* The paged list of a filter, or NULL for one read by offset. */
static const struct pager_list *paged_list(const struct browse_filter *f)
{
	switch (f->kind) {
	case BROWSE_ALL:
		return f->sort == SORT_UNREAD_FIRST ? &list_articles_unread_first
		       : f->sort == SORT_SOURCE	     ? &list_articles_by_source
						     : &list_articles;
	case BROWSE_LIMIT: return &list_limited;
	case BROWSE_ACTOR: return &list_actor_articles;
	case BROWSE_SEARCH: return f->unranked ? &list_search_recent : NULL;
	case BROWSE_RELATED: return NULL;
	case BROWSE_THREAD: return &list_thread_articles;
	case BROWSE_FLAGGED: return &list_flagged;
	}
	return NULL;
}

static struct pager_scope filter_scope(const struct browse_filter *f)
{
	bool text = f->kind == BROWSE_SEARCH || f->kind == BROWSE_LIMIT;
	return (struct pager_scope){f->id, text ? (f->query ? f->query : "") : NULL};
}

static void bind_filter(sqlite3_stmt *st, const struct browse_filter *f)
{
	if (f->kind == BROWSE_SEARCH || f->kind == BROWSE_LIMIT)
		sqlite3_bind_text(st, 1, f->query ? f->query : "", -1, SQLITE_STATIC);
	else if (f->kind != BROWSE_ALL)
		sqlite3_bind_int64(st, 1, f->id);
}

int browse_count(struct cache *c, struct browse_filter *f, long *n)
{
	static const char *const sql[] = {
		[BROWSE_ALL] = "SELECT n FROM tally WHERE name = 'article'",
		[BROWSE_ACTOR] = "SELECT stories FROM actor WHERE id = ?1",
		[BROWSE_SEARCH] = "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1",
		[BROWSE_RELATED] = "SELECT count(*) FROM related r WHERE " RELATED_LISTED,
		[BROWSE_THREAD] = "SELECT count(*) FROM article WHERE thread_id = ?1",
		[BROWSE_FLAGGED] = "SELECT n FROM tally WHERE name = 'flagged'",
		[BROWSE_LIMIT] = "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1",
	};
	sqlite3_stmt *st;
	if (prepare(c, sql[f->kind], &st) != BRIEF_OK)
		return BRIEF_ERR;
	bind_filter(st, f);
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
	f->unranked = f->kind == BROWSE_SEARCH && *n > BROWSE_RANKED_MAX;
	if (rc == SQLITE_ROW || (rc == SQLITE_DONE && f->kind == BROWSE_ACTOR))
		rc = BRIEF_OK; /* an actor gone has no stories */
	else
		rc = f->kind == BROWSE_SEARCH || f->kind == BROWSE_LIMIT ? cache_search_fail(c)
									 : cache_fail(c, "reading the cache");
	sqlite3_reset(st);
	return rc;
}

static void article_row(sqlite3_stmt *st, void *row)
{
	struct browse_row *r = row;
	r->id = sqlite3_column_int64(st, 0);
	r->date = dup_col(st, 1);
	r->title = dup_col(st, 2);
	r->source = dup_col(st, 3);
	r->read = sqlite3_column_int(st, 4) != 0;
	r->flagged = sqlite3_column_int(st, 5) != 0;
	r->extra = dup_col(st, 6);
}

/* A list read once, not moved through, has a window of its own. */
static int paged(struct cache *c, struct pager *p, const struct pager_list *l, const char *columns,
		 const struct pager_scope *scope, long count, long offset, int limit, void *rows, size_t size,
		 pager_row_fn row, int *n)
{
	struct pager *once = p ? NULL : pager_new();
	int status = pager_read(c, p ? p : once, l, columns, scope, count, offset, limit, rows, size, row, n);
	pager_free(once);
	return status;
}

int browse_page(struct cache *c, const struct browse_filter *f, struct pager *p, long count, long offset,
		int limit, struct browse_row *rows, int *n)
{
	*n = 0;
	const struct pager_list *l = paged_list(f);
	if (l) {
		struct pager_scope scope = filter_scope(f);
		const char *columns = f->kind == BROWSE_SEARCH
			? ARTICLE_COLUMNS ", snippet(article_fts, 1, char(1), char(2), '\xE2\x80\xA6', 10)"
			: ARTICLE_COLUMNS ", NULL";
		return paged(c, p, l, columns, &scope, count, offset, limit, rows, sizeof *rows, article_row, n);
	}
	sqlite3_stmt *st;
	if (prepare(c, offset_sql(f->kind), &st) != BRIEF_OK)
		return BRIEF_ERR;
	bind_filter(st, f);
	sqlite3_bind_int(st, 2, limit);
	sqlite3_bind_int64(st, 3, offset);
	int rc = SQLITE_DONE;
	while (*n < limit && (rc = sqlite3_step(st)) == SQLITE_ROW)
		article_row(st, &rows[(*n)++]);
	if (*n < limit && rc != SQLITE_DONE)
		rc = f->kind == BROWSE_SEARCH ? cache_search_fail(c) : cache_fail(c, "reading the cache");
	else
		rc = BRIEF_OK;
	sqlite3_reset(st);
	return rc;
}

void browse_rows_free(struct browse_row *rows, int n)
{
	for (int i = 0; i < n; i++) {
		free(rows[i].date);
		free(rows[i].title);
		free(rows[i].source);
		free(rows[i].extra);
	}
}

int browse_position(struct cache *c, const struct browse_filter *f, int64_t article_id, long *pos)
{
	const struct pager_list *l = paged_list(f);
	if (l) {
		struct pager_scope scope = filter_scope(f);
		return pager_position(c, l, &scope, article_id, pos);
	}
	/* the short lists, numbered whole */
	static const char *const sql[] = {
		[BROWSE_SEARCH] = "SELECT n FROM (SELECT f.rowid AS id, row_number() OVER"
				  " (ORDER BY bm25(article_fts, 2.0, 1.0), f.rowid) - 1 AS n FROM article_fts f"
				  " WHERE article_fts MATCH ?1) WHERE id = ?2",
		[BROWSE_RELATED] = "SELECT n FROM (SELECT r.other_id AS id, row_number() OVER"
				   " (ORDER BY r.score DESC, r.other_id) - 1 AS n FROM related r WHERE " RELATED_LISTED ")"
				   " WHERE id = ?2",
	};
	sqlite3_stmt *st;
	if (prepare(c, sql[f->kind], &st) != BRIEF_OK)
		return BRIEF_ERR;
	bind_filter(st, f);
	sqlite3_bind_int64(st, 2, article_id);
	int rc = sqlite3_step(st);
	*pos = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : -1;
	return finish(c, st, rc);
}

int browse_actor_count(struct cache *c, int64_t article_id, long *n)
{
	sqlite3_stmt *st;
	const char *sql = article_id > 0 ? "SELECT count(*) FROM mention WHERE article_id = ?1"
					 : "SELECT n FROM tally WHERE name = 'actor'";
	if (prepare(c, sql, &st) != BRIEF_OK)
		return BRIEF_ERR;
	if (article_id > 0)
		sqlite3_bind_int64(st, 1, article_id);
	return one_count(c, st, n);
}

static void actor_row(sqlite3_stmt *st, void *row)
{
	struct actor_item *r = row;
	r->id = sqlite3_column_int64(st, 0);
	r->name = dup_col(st, 1);
	r->kind = dup_col(st, 2);
	r->role = dup_col(st, 3);
	r->count = (long)sqlite3_column_int64(st, 4);
	r->unread = (long)sqlite3_column_int64(st, 5);
}

int browse_actor_page(struct cache *c, int64_t article_id, struct pager *p, long count, long offset, int limit,
		      struct actor_item *rows, int *n)
{
	*n = 0;
	if (article_id <= 0) {
		struct pager_scope scope = {0, NULL};
		return paged(c, p, &list_actors, "ac.id, ac.name, ac.kind, NULL, ac.stories, ac.unread", &scope, count, offset,
			     limit, rows, sizeof *rows, actor_row, n);
	}
	/* an article's actors, a few */
	sqlite3_stmt *st;
	if (prepare(c, "SELECT a.id, a.name, a.kind, m.role, m.count, 0 FROM mention m JOIN actor a ON a.id = m.actor_id"
		       " WHERE m.article_id = ?1 ORDER BY m.count DESC, a.name LIMIT ?2 OFFSET ?3", &st) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, article_id);
	sqlite3_bind_int(st, 2, limit);
	sqlite3_bind_int64(st, 3, offset);
	int rc = SQLITE_DONE;
	while (*n < limit && (rc = sqlite3_step(st)) == SQLITE_ROW)
		actor_row(st, &rows[(*n)++]);
	return finish(c, st, rc);
}

void browse_actor_rows_free(struct actor_item *rows, int n)
{
	for (int i = 0; i < n; i++) {
		free(rows[i].name);
		free(rows[i].kind);
		free(rows[i].role);
	}
}

int browse_thread_count(struct cache *c, long *n)
{
	sqlite3_stmt *st;
	if (prepare(c, "SELECT n FROM tally WHERE name = 'thread'", &st) != BRIEF_OK)
		return BRIEF_ERR;
	return one_count(c, st, n);
}

static void thread_row(sqlite3_stmt *st, void *row)
{
	struct thread_item *r = row;
	r->id = sqlite3_column_int64(st, 0);
	r->title = dup_col(st, 1);
	r->first_day = dup_col(st, 2);
	r->last_day = dup_col(st, 3);
	r->stories = (long)sqlite3_column_int64(st, 4);
	r->unread = (long)sqlite3_column_int64(st, 5);
}

int browse_thread_page(struct cache *c, struct pager *p, long count, long offset, int limit,
		       struct thread_item *rows, int *n)
{
	struct pager_scope scope = {0, NULL};
	return paged(c, p, &list_threads, "t.id, t.title, t.first_day, t.last_day, t.stories, t.unread", &scope,
		     count, offset,
		     limit, rows, sizeof *rows, thread_row, n);
}

void browse_thread_rows_free(struct thread_item *rows, int n)
{
	for (int i = 0; i < n; i++) {
		free(rows[i].title);
		free(rows[i].first_day);
		free(rows[i].last_day);
	}
}

int browse_thread_position(struct cache *c, int64_t thread_id, long *pos)
{
	struct pager_scope scope = {0, NULL};
	return pager_position(c, &list_threads, &scope, thread_id, pos);
}

static const struct pager_list *const event_lists[] = {
	[SCOPE_ARTICLE] = &list_article_events,
	[SCOPE_ACTOR] = &list_actor_events,
	[SCOPE_ALL] = &list_events,
	[SCOPE_THREAD] = &list_thread_events,
};

int browse_event_count(struct cache *c, enum timeline_scope scope, int64_t id, long *n)
{
	static const char *const sql[] = {
		[SCOPE_ARTICLE] = "SELECT count(*) FROM event WHERE article_id = ?1",
		[SCOPE_ACTOR] = "SELECT coalesce((SELECT events FROM actor WHERE id = ?1), 0)",
		[SCOPE_ALL] = "SELECT n FROM tally WHERE name = 'event'",
		[SCOPE_THREAD] = "SELECT count(*) FROM article a JOIN event e ON e.article_id = a.id WHERE a.thread_id = ?1",
	};
	sqlite3_stmt *st;
	if (prepare(c, sql[scope], &st) != BRIEF_OK)
		return BRIEF_ERR;
	if (scope != SCOPE_ALL)
		sqlite3_bind_int64(st, 1, id);
	return one_count(c, st, n);
}

static void event_row(sqlite3_stmt *st, void *row)
{
	struct event_item *r = row;
	r->value = dup_col(st, 0);
	r->text = dup_col(st, 1);
	r->sentence = dup_col(st, 2);
	r->title = dup_col(st, 3);
	r->article_id = sqlite3_column_int64(st, 4);
	r->para = sqlite3_column_int(st, 5);
	r->pos = sqlite3_column_int(st, 6);
	r->sent_start = sqlite3_column_int(st, 7);
	r->sent_end = sqlite3_column_int(st, 8);
}

int browse_event_page(struct cache *c, enum timeline_scope scope, int64_t id, struct pager *p, long count,
		      long offset, int limit, struct event_item *rows, int *n)
{
	struct pager_scope s = {id, NULL};
	return paged(c, p, event_lists[scope], "e.value, e.text, " EVENT_SENTENCE ", a.title, a.id, e.para, e.pos, e.sent_start, e.sent_end",
		     &s,
		     count, offset, limit, rows, sizeof *rows, event_row, n);
}

void browse_event_rows_free(struct event_item *rows, int n)
{
	for (int i = 0; i < n; i++) {
		free(rows[i].value);
		free(rows[i].text);
		free(rows[i].sentence);
		free(rows[i].title);
	}
}

int browse_data_version(struct cache *c, int64_t *version)
{
	sqlite3_stmt *st;
	if (prepare(c, "PRAGMA data_version", &st) != BRIEF_OK)
		return BRIEF_ERR;
	long n;
	int rc = one_count(c, st, &n);
	*version = n;
	return rc;
}

enum { DOC_MAX_RELATED = 10 };

/* The files its near-duplicates came from, each once. */
static int doc_also(struct cache *c, struct article_doc *d)
{
	sqlite3_stmt *st;
	if (prepare(c, "SELECT s.path FROM related r JOIN article a ON a.id = r.other_id"
		       " JOIN source s ON s.id = a.source_id WHERE r.article_id = ?1 AND r.duplicate = 1"
		       " ORDER BY r.score DESC, a.id", &st) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, d->id);
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *path = (const char *)sqlite3_column_text(st, 0);
		bool seen = !path || (d->source && strcmp(path, d->source) == 0);
		for (int i = 0; i < d->nalso && !seen; i++)
			seen = strcmp(d->also[i], path) == 0;
		if (seen)
			continue;
		d->also = xgrow(d->also, &cap, (size_t)d->nalso + 1, sizeof *d->also);
		d->also[d->nalso++] = xstrdup(path);
	}
	return finish(c, st, rc);
}

/* Its title, date, source and thread; "no article N" when it is gone. */
static int doc_head(struct cache *c, struct article_doc *d)
{
	sqlite3_stmt *st;
	if (prepare(c, "SELECT a.title, a.date, s.path, t.id, t.title, t.stories, a.read, a.flagged FROM article a"
		       " JOIN source s ON s.id = a.source_id LEFT JOIN thread t ON t.id = a.thread_id"
		       " WHERE a.id = ?1", &st) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, d->id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		if (rc == SQLITE_DONE) {
			sqlite3_reset(st);
			return err_set("no article %lld", (long long)d->id);
		}
		return finish(c, st, rc);
	}
	d->title = dup_col(st, 0);
	d->date = dup_col(st, 1);
	d->source = dup_col(st, 2);
	d->thread_id = sqlite3_column_int64(st, 3);
	d->thread_title = dup_col(st, 4);
	d->thread_stories = (long)sqlite3_column_int64(st, 5);
	d->read = sqlite3_column_int(st, 6) != 0;
	d->flagged = sqlite3_column_int(st, 7) != 0;
	sqlite3_reset(st);
	return BRIEF_OK;
}

static int doc_paras(struct cache *c, struct article_doc *d)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	if (prepare(c, "SELECT kind, text FROM paragraph WHERE article_id = ?1 ORDER BY seq", &st) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, d->id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		d->paras = xgrow(d->paras, &cap, (size_t)d->npara + 1, sizeof *d->paras);
		d->paras[d->npara++] = (struct doc_para){dup_col(st, 0), dup_col(st, 1)};
	}
	return finish(c, st, rc);
}

/* Its actors, each with every name it is known by. */
static int doc_actors(struct cache *c, struct article_doc *d)
{
	long nactors;
	if (browse_actor_count(c, d->id, &nactors) != BRIEF_OK)
		return BRIEF_ERR;
	struct actor_item *items = xcalloc((size_t)nactors + 1, sizeof *items);
	int got;
	if (browse_actor_page(c, d->id, NULL, nactors, 0, (int)nactors, items, &got) != BRIEF_OK) {
		free(items);
		return BRIEF_ERR;
	}
	d->actors = xcalloc((size_t)got + 1, sizeof *d->actors);
	sqlite3_stmt *st;
	if (prepare(c, "SELECT name FROM alias WHERE actor_id = ?1", &st) != BRIEF_OK) {
		browse_actor_rows_free(items, got);
		free(items);
		return BRIEF_ERR;
	}
	int rc = SQLITE_DONE;
	for (int i = 0; i < got; i++) {
		struct doc_actor *a = &d->actors[d->nactors++];
		size_t ncap = 0;
		a->item = items[i];
		if (rc != SQLITE_DONE)
			continue; /* the rest keep their rows, to be freed */
		sqlite3_bind_int64(st, 1, a->item.id);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			a->names = xgrow(a->names, &ncap, (size_t)a->nnames + 1, sizeof *a->names);
			a->names[a->nnames++] = dup_col(st, 0);
		}
		sqlite3_reset(st);
	}
	free(items);
	return finish(c, st, rc);
}

static int doc_dates(struct cache *c, struct article_doc *d)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	if (prepare(c, "SELECT para, pos, length(CAST(text AS BLOB)) FROM event WHERE article_id = ?1"
		       " ORDER BY para, pos", &st) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, d->id);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		d->dates = xgrow(d->dates, &cap, (size_t)d->ndates + 1, sizeof *d->dates);
		d->dates[d->ndates++] = (struct doc_date){sqlite3_column_int(st, 0), sqlite3_column_int(st, 1),
							  sqlite3_column_int(st, 2)};
	}
	return finish(c, st, rc);
}

int browse_article(struct cache *c, int64_t id, struct article_doc *d)
{
	memset(d, 0, sizeof *d);
	d->id = id;
	if (doc_head(c, d) != BRIEF_OK || doc_paras(c, d) != BRIEF_OK || doc_actors(c, d) != BRIEF_OK ||
	    doc_dates(c, d) != BRIEF_OK || doc_also(c, d) != BRIEF_OK)
		return BRIEF_ERR;
	struct browse_filter related = {.kind = BROWSE_RELATED, .id = id};
	d->related = xcalloc(DOC_MAX_RELATED, sizeof *d->related);
	return browse_page(c, &related, NULL, DOC_MAX_RELATED, 0, DOC_MAX_RELATED, d->related, &d->nrelated);
}

void browse_article_free(struct article_doc *d)
{
	free(d->title);
	free(d->date);
	free(d->source);
	for (int i = 0; i < d->npara; i++) {
		free(d->paras[i].kind);
		free(d->paras[i].text);
	}
	free(d->paras);
	for (int i = 0; i < d->nactors; i++) {
		browse_actor_rows_free(&d->actors[i].item, 1);
		for (int k = 0; k < d->actors[i].nnames; k++)
			free(d->actors[i].names[k]);
		free(d->actors[i].names);
	}
	free(d->actors);
	free(d->dates);
	free(d->thread_title);
	for (int i = 0; i < d->nalso; i++)
		free(d->also[i]);
	free(d->also);
	browse_rows_free(d->related, d->nrelated);
	free(d->related);
	memset(d, 0, sizeof *d);
}
