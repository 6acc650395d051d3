/* cache_read.c - stepping through the cache's lists (the read side).
 *
 * A short list (an article's paragraphs, actors, events) is one statement
 * stepped to its end.  A long one (every article, actor, thread or event)
 * is one of lists.c, read through the pager a chunk at a time, as the
 * reader's panes read it: one order, one index, one way of reading. */
#include <limits.h>
#include <string.h>
#include <stdlib.h>

#include "brief/cache_read.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/pager.h"
#include "cache_internal.h"

enum { CHUNK = 256, CHUNK_COLUMNS = 16 };

/* A row of a long list, its columns kept past the statement's reset. */
struct kept_row {
	sqlite3_value *v[CHUNK_COLUMNS];
	int n;
};

struct cache_cursor {
	struct cache *cache;
	sqlite3_stmt *stmt; /* a short list */
	/* a long list */
	const struct pager_list *list;
	const char *columns;
	struct pager_scope scope;
	struct pager *pager;
	long offset;
	struct kept_row *rows; /* the chunk read */
	int nrows, at;         /* at: the current row, nrows + 1 before the first */
	bool end;
};

static int cursor_open(struct cache *c, const char *sql, struct cache_cursor **out)
{
	struct cache_cursor *cur = xcalloc(1, sizeof *cur);
	cur->cache = c;
	if (sqlite3_prepare_v2(c->db, sql, -1, &cur->stmt, NULL) != SQLITE_OK) {
		cache_fail(c, "reading the cache");
		cache_cursor_free(cur);
		return BRIEF_ERR;
	}
	*out = cur;
	return BRIEF_OK;
}

static int list_open(struct cache *c, const struct pager_list *l, const char *columns, int64_t scope,
		     struct cache_cursor **out)
{
	struct cache_cursor *cur = xcalloc(1, sizeof *cur);
	cur->cache = c;
	cur->list = l;
	cur->columns = columns;
	cur->scope.id = scope;
	cur->pager = pager_new();
	cur->rows = xcalloc(CHUNK, sizeof *cur->rows);
	*out = cur;
	return BRIEF_OK;
}

static void keep_row(sqlite3_stmt *st, void *row)
{
	struct kept_row *r = row;
	r->n = sqlite3_column_count(st);
	if (r->n > CHUNK_COLUMNS)
		r->n = CHUNK_COLUMNS;
	for (int i = 0; i < r->n; i++)
		if (!(r->v[i] = sqlite3_value_dup(sqlite3_column_value(st, i))))
			err_oom();
}

static void drop_chunk(struct cache_cursor *cur)
{
	for (int i = 0; i < cur->nrows; i++)
		for (int k = 0; k < cur->rows[i].n; k++)
			sqlite3_value_free(cur->rows[i].v[k]);
	cur->nrows = 0;
}

/* 1 with a row, 0 at the end, BRIEF_ERR on error. */
static int cursor_step(struct cache_cursor *cur)
{
	if (cur->list) {
		if (++cur->at < cur->nrows)
			return 1;
		drop_chunk(cur);
		cur->at = 0;
		if (cur->end)
			return 0;
		/* the length is not needed: a chunk follows the last */
		if (pager_read(cur->cache, cur->pager, cur->list, cur->columns, &cur->scope, LONG_MAX / 2, cur->offset,
			       CHUNK, cur->rows, sizeof *cur->rows, keep_row, &cur->nrows) != BRIEF_OK)
			return BRIEF_ERR;
		cur->offset += cur->nrows;
		cur->end = cur->nrows < CHUNK;
		return cur->nrows > 0;
	}
	int rc = sqlite3_step(cur->stmt);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return cache_fail(cur->cache, "reading the cache");
}

static const char *text_col(const struct cache_cursor *cur, int i)
{
	if (cur->list)
		return (const char *)sqlite3_value_text(cur->rows[cur->at].v[i]);
	return (const char *)sqlite3_column_text(cur->stmt, i);
}

static int64_t int_col(const struct cache_cursor *cur, int i)
{
	if (cur->list)
		return sqlite3_value_int64(cur->rows[cur->at].v[i]);
	return sqlite3_column_int64(cur->stmt, i);
}

static double real_col(const struct cache_cursor *cur, int i)
{
	if (cur->list)
		return sqlite3_value_double(cur->rows[cur->at].v[i]);
	return sqlite3_column_double(cur->stmt, i);
}

#define ARTICLE_COLUMNS "a.id, s.path, a.part, a.title, a.date, a.date_precision, a.thread_id, t.title"

int cache_articles(struct cache *c, enum article_order order, struct cache_cursor **out)
{
	const struct pager_list *l = order == ORDER_IMPORT ? &list_articles_imported
				     : order == ORDER_UNREAD ? &list_unread
							     : &list_articles;
	return list_open(c, l, ARTICLE_COLUMNS, 0, out);
}

int cache_thread_articles(struct cache *c, int64_t thread_id, struct cache_cursor **out)
{
	return list_open(c, &list_thread_articles, ARTICLE_COLUMNS, thread_id, out);
}

int cache_threads(struct cache *c, struct cache_cursor **out)
{
	return list_open(c, &list_threads_all,
			 "t.id, t.title, t.first_day, t.last_day, t.stories,"
			 " coalesce((SELECT group_concat(name, char(31)) FROM (SELECT ac.name FROM article a"
			 "  JOIN mention m ON m.article_id = a.id JOIN actor ac ON ac.id = m.actor_id"
			 "  WHERE a.thread_id = t.id GROUP BY ac.id ORDER BY count(*) DESC, sum(m.count) DESC,"
			 "  ac.name LIMIT 3)), '')",
			 0, out);
}

int cache_thread_next(struct cache_cursor *cur, struct thread_row *row)
{
	int rc = cursor_step(cur);
	if (rc != 1)
		return rc;
	row->id = int_col(cur, 0);
	row->title = text_col(cur, 1);
	row->first_day = text_col(cur, 2);
	row->last_day = text_col(cur, 3);
	row->stories = int_col(cur, 4);
	row->actors = text_col(cur, 5);
	return 1;
}

int cache_article_next(struct cache_cursor *cur, struct article_row *row)
{
	int rc = cursor_step(cur);
	if (rc != 1)
		return rc;
	row->id = int_col(cur, 0);
	row->source = text_col(cur, 1);
	row->part = (int)int_col(cur, 2);
	row->title = text_col(cur, 3);
	row->date = text_col(cur, 4);
	row->precision = text_col(cur, 5);
	row->thread_id = int_col(cur, 6);
	row->thread_title = text_col(cur, 7);
	return 1;
}

int cache_paragraphs(struct cache *c, int64_t article_id, struct cache_cursor **out)
{
	if (cursor_open(c, "SELECT kind, text FROM paragraph WHERE article_id = ? ORDER BY seq",
			out) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64((*out)->stmt, 1, article_id);
	return BRIEF_OK;
}

int cache_paragraph_next(struct cache_cursor *cur, struct paragraph_row *row)
{
	int rc = cursor_step(cur);
	if (rc != 1)
		return rc;
	row->kind = text_col(cur, 0);
	row->text = text_col(cur, 1);
	return 1;
}

int cache_article_actors(struct cache *c, int64_t article_id, struct cache_cursor **out)
{
	if (cursor_open(c, "SELECT a.id, a.name, a.kind, m.role, m.count FROM mention m"
			   " JOIN actor a ON a.id = m.actor_id WHERE m.article_id = ?"
			   " ORDER BY m.count DESC, a.name", out) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64((*out)->stmt, 1, article_id);
	return BRIEF_OK;
}

int cache_actor_next(struct cache_cursor *cur, struct actor_row *row)
{
	int rc = cursor_step(cur);
	if (rc != 1)
		return rc;
	row->id = int_col(cur, 0);
	row->name = text_col(cur, 1);
	row->kind = text_col(cur, 2);
	row->role = text_col(cur, 3);
	row->mentions = int_col(cur, 4);
	return 1;
}

int cache_actor_aliases(struct cache *c, int64_t actor_id, struct cache_cursor **out)
{
	if (cursor_open(c, "SELECT name FROM alias WHERE actor_id = ? ORDER BY name", out) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64((*out)->stmt, 1, actor_id);
	return BRIEF_OK;
}

int cache_alias_next(struct cache_cursor *cur, const char **name)
{
	int rc = cursor_step(cur);
	if (rc == 1)
		*name = text_col(cur, 0);
	return rc;
}

int cache_article_events(struct cache *c, int64_t article_id, struct cache_cursor **out)
{
	/* one row per event; its actors folded with a unit separator, which
	 * sanitized text never holds */
	if (cursor_open(c, "SELECT e.id, e.value, e.precision, e.text, " EVENT_SENTENCE ","
			   " coalesce((SELECT group_concat(a.name, char(31)) FROM event_actor ea"
			   "   JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = e.id), '')"
			   " FROM event e" JOIN_EVENT_PARAGRAPH " WHERE e.article_id = ? ORDER BY e.para, e.pos",
			out) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64((*out)->stmt, 1, article_id);
	return BRIEF_OK;
}

int cache_event_next(struct cache_cursor *cur, struct event_row *row)
{
	int rc = cursor_step(cur);
	if (rc != 1)
		return rc;
	row->id = int_col(cur, 0);
	row->value = text_col(cur, 1);
	row->precision = text_col(cur, 2);
	row->text = text_col(cur, 3);
	row->sentence = text_col(cur, 4);
	row->actors = text_col(cur, 5);
	return 1;
}

int cache_article_related(struct cache *c, int64_t article_id, struct cache_cursor **out)
{
	if (cursor_open(c, "SELECT r.other_id, a.title, r.score, r.shared, s.path, r.duplicate FROM related r"
			   " JOIN article a ON a.id = r.other_id JOIN source s ON s.id = a.source_id"
			   " WHERE r.article_id = ? ORDER BY r.score DESC, r.other_id", out) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64((*out)->stmt, 1, article_id);
	return BRIEF_OK;
}

int cache_related_next(struct cache_cursor *cur, struct related_row *row)
{
	int rc = cursor_step(cur);
	if (rc != 1)
		return rc;
	row->id = int_col(cur, 0);
	row->title = text_col(cur, 1);
	row->score = real_col(cur, 2);
	row->shared = text_col(cur, 3);
	row->source = text_col(cur, 4);
	row->duplicate = (int)int_col(cur, 5) != 0;
	return 1;
}

int cache_actors_all(struct cache *c, struct cache_cursor **out)
{
	return list_open(c, &list_actors, "ac.id, ac.name, ac.kind, NULL, ac.stories", 0, out);
}

int cache_timeline(struct cache *c, int64_t actor_id, struct cache_cursor **out)
{
	return list_open(c, actor_id > 0 ? &list_actor_events : &list_events,
			 "e.value, e.precision, e.text, " EVENT_SENTENCE ", a.title, a.id", actor_id, out);
}

int cache_timeline_next(struct cache_cursor *cur, struct timeline_row *row)
{
	int rc = cursor_step(cur);
	if (rc != 1)
		return rc;
	row->value = text_col(cur, 0);
	row->precision = text_col(cur, 1);
	row->text = text_col(cur, 2);
	row->sentence = text_col(cur, 3);
	row->title = text_col(cur, 4);
	row->article_id = int_col(cur, 5);
	return 1;
}

/* The actor of the most stories a query finds, or 0. */
static int actor_found(struct cache *c, const char *sql, const char *name, int64_t *actor_id)
{
	struct cache_cursor *cur;
	if (cursor_open(c, sql, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_text(cur->stmt, 1, name, -1, SQLITE_STATIC);
	int rc = cursor_step(cur);
	*actor_id = rc == 1 ? int_col(cur, 0) : 0;
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

int cache_actor_find(struct cache *c, const char *name, int64_t *actor_id)
{
	/* a name or alias (an actor's own name is one), or a person's last
	 * name ("blinken" is Antony Blinken), each sought in its index
	 * without regard to case */
	if (actor_found(c, "SELECT id FROM (SELECT a.id, a.stories FROM alias al JOIN actor a ON a.id = al.actor_id"
			   "  WHERE al.name = ?1 COLLATE NOCASE"
			   " UNION ALL SELECT a.id, a.stories FROM actor a WHERE a.kind = 'person'"
			   "  AND substr(a.name, length(rtrim(a.name, replace(a.name, ' ', ''))) + 1) = ?1 COLLATE NOCASE)"
			   " ORDER BY stories DESC LIMIT 1", name, actor_id) != BRIEF_OK || *actor_id)
		return *actor_id ? BRIEF_OK : BRIEF_ERR;
	/* the last words of a name ("van rompuy"), read from every actor:
	 * only when nothing else answered */
	return actor_found(c, "SELECT a.id FROM actor a WHERE a.name = ?1 COLLATE NOCASE OR (a.kind = 'person'"
			      " AND lower(substr(a.name, -length(?1) - 1)) = ' ' || lower(?1))"
			      " ORDER BY a.stories DESC LIMIT 1", name, actor_id);
}

void cache_cursor_free(struct cache_cursor *cur)
{
	if (!cur)
		return;
	sqlite3_finalize(cur->stmt);
	if (cur->list) {
		drop_chunk(cur);
		free(cur->rows);
		pager_free(cur->pager);
	}
	free(cur);
}

bool cache_names_next(const char **p, const char **name, size_t *len)
{
	if (!*p || !**p)
		return false;
	const char *sep = strchr(*p, '\x1f');
	*name = *p;
	*len = sep ? (size_t)(sep - *p) : strlen(*p);
	*p += *len + (sep ? 1 : 0);
	return true;
}
