/* cursor.c - stepping through articles and paragraphs (the read side). */
#include <string.h>
#include <stdlib.h>

#include "brief/cache_read.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "internal.h"

struct cache_cursor {
	struct cache *cache;
	sqlite3_stmt *stmt;
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

static int cursor_step(struct cache_cursor *cur)
{
	int rc = sqlite3_step(cur->stmt);
	if (rc == SQLITE_ROW)
		return 1;
	if (rc == SQLITE_DONE)
		return 0;
	return cache_fail(cur->cache, "reading the cache");
}

static const char *text_col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

int cache_articles(struct cache *c, enum article_order order, struct cache_cursor **out)
{
	static const char by_import[] =
		"SELECT a.id, s.path, a.part, a.title, a.date, a.date_precision, a.thread_id, t.title"
		" FROM article a JOIN source s ON s.id = a.source_id LEFT JOIN thread t ON t.id = a.thread_id"
		" ORDER BY a.id";
	static const char by_date[] =
		"SELECT a.id, s.path, a.part, a.title, a.date, a.date_precision, a.thread_id, t.title"
		" FROM article a JOIN source s ON s.id = a.source_id LEFT JOIN thread t ON t.id = a.thread_id"
		" ORDER BY a.date IS NULL, a.date DESC, a.id DESC";
	return cursor_open(c, order == ORDER_IMPORT ? by_import : by_date, out);
}

int cache_thread_articles(struct cache *c, int64_t thread_id, struct cache_cursor **out)
{
	if (cursor_open(c, "SELECT a.id, s.path, a.part, a.title, a.date, a.date_precision, a.thread_id, t.title"
			   " FROM article a JOIN source s ON s.id = a.source_id JOIN thread t ON t.id = a.thread_id"
			   " WHERE a.thread_id = ? ORDER BY a.date IS NULL, a.date, a.id", out) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_int64((*out)->stmt, 1, thread_id);
	return BRIEF_OK;
}

int cache_threads(struct cache *c, struct cache_cursor **out)
{
	return cursor_open(c, "SELECT t.id, t.title, t.first_day, t.last_day, t.stories,"
			      " coalesce((SELECT group_concat(name, char(31)) FROM (SELECT ac.name FROM article a"
			      "  JOIN mention m ON m.article_id = a.id JOIN actor ac ON ac.id = m.actor_id"
			      "  WHERE a.thread_id = t.id GROUP BY ac.id ORDER BY count(*) DESC, sum(m.count) DESC,"
			      "  ac.name LIMIT 3)), '')"
			      " FROM thread t ORDER BY t.last_day IS NULL, t.last_day DESC, t.id DESC", out);
}

int cache_thread_next(struct cache_cursor *cur, struct thread_row *row)
{
	int rc = cursor_step(cur);
	if (rc != 1)
		return rc;
	sqlite3_stmt *st = cur->stmt;
	row->id = sqlite3_column_int64(st, 0);
	row->title = text_col(st, 1);
	row->first_day = text_col(st, 2);
	row->last_day = text_col(st, 3);
	row->stories = sqlite3_column_int64(st, 4);
	row->actors = text_col(st, 5);
	return 1;
}

int cache_article_next(struct cache_cursor *cur, struct article_row *row)
{
	int rc = cursor_step(cur);
	if (rc != 1)
		return rc;
	sqlite3_stmt *st = cur->stmt;
	row->id = sqlite3_column_int64(st, 0);
	row->source = text_col(st, 1);
	row->part = sqlite3_column_int(st, 2);
	row->title = text_col(st, 3);
	row->date = text_col(st, 4);
	row->precision = text_col(st, 5);
	row->thread_id = sqlite3_column_int64(st, 6);
	row->thread_title = text_col(st, 7);
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
	row->kind = text_col(cur->stmt, 0);
	row->text = text_col(cur->stmt, 1);
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
	row->id = sqlite3_column_int64(cur->stmt, 0);
	row->name = text_col(cur->stmt, 1);
	row->kind = text_col(cur->stmt, 2);
	row->role = text_col(cur->stmt, 3);
	row->mentions = sqlite3_column_int64(cur->stmt, 4);
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
		*name = text_col(cur->stmt, 0);
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
	row->id = sqlite3_column_int64(cur->stmt, 0);
	row->value = text_col(cur->stmt, 1);
	row->precision = text_col(cur->stmt, 2);
	row->text = text_col(cur->stmt, 3);
	row->sentence = text_col(cur->stmt, 4);
	row->actors = text_col(cur->stmt, 5);
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
	row->id = sqlite3_column_int64(cur->stmt, 0);
	row->title = text_col(cur->stmt, 1);
	row->score = sqlite3_column_double(cur->stmt, 2);
	row->shared = text_col(cur->stmt, 3);
	row->source = text_col(cur->stmt, 4);
	row->duplicate = sqlite3_column_int(cur->stmt, 5) != 0;
	return 1;
}

int cache_actors_all(struct cache *c, struct cache_cursor **out)
{
	return cursor_open(c, "SELECT id, name, kind, NULL, stories FROM actor WHERE stories > 0"
			      " ORDER BY stories DESC, name", out);
}

int cache_timeline(struct cache *c, int64_t actor_id, struct cache_cursor **out)
{
	static const char all[] =
		"SELECT e.value, e.precision, e.text, " EVENT_SENTENCE ", a.title, a.id FROM event e"
		" JOIN article a ON a.id = e.article_id" JOIN_EVENT_PARAGRAPH
		" ORDER BY e.first_day IS NULL, e.first_day, e.last_day, a.id, e.para, e.pos";
	static const char one[] =
		/* walked in event_actor_in_order: no sort of the actor's events */
		"SELECT e.value, e.precision, e.text, " EVENT_SENTENCE ", a.title, a.id FROM event_actor ea"
		" JOIN event e ON e.id = ea.event_id JOIN article a ON a.id = e.article_id" JOIN_EVENT_PARAGRAPH
		" WHERE ea.actor_id = ?"
		" ORDER BY ea.first_day IS NULL, ea.first_day, ea.last_day, ea.event_id";
	if (cursor_open(c, actor_id > 0 ? one : all, out) != BRIEF_OK)
		return BRIEF_ERR;
	if (actor_id > 0)
		sqlite3_bind_int64((*out)->stmt, 1, actor_id);
	return BRIEF_OK;
}

int cache_timeline_next(struct cache_cursor *cur, struct timeline_row *row)
{
	int rc = cursor_step(cur);
	if (rc != 1)
		return rc;
	row->value = text_col(cur->stmt, 0);
	row->precision = text_col(cur->stmt, 1);
	row->text = text_col(cur->stmt, 2);
	row->sentence = text_col(cur->stmt, 3);
	row->title = text_col(cur->stmt, 4);
	row->article_id = sqlite3_column_int64(cur->stmt, 5);
	return 1;
}

int cache_actor_find(struct cache *c, const char *name, int64_t *actor_id)
{
	struct cache_cursor *cur;
	/* a person answers to a last name too: "blinken" is Antony Blinken */
	if (cursor_open(c, "SELECT a.id FROM actor a WHERE a.name = ?1 COLLATE NOCASE"
			   " OR EXISTS (SELECT 1 FROM alias al WHERE al.actor_id = a.id AND al.name = ?1 COLLATE NOCASE)"
			   " OR (a.kind = 'person' AND lower(substr(a.name, -length(?1) - 1)) = ' ' || lower(?1))"
			   " ORDER BY a.stories DESC LIMIT 1", &cur) != BRIEF_OK)
		return BRIEF_ERR;
	sqlite3_bind_text(cur->stmt, 1, name, -1, SQLITE_STATIC);
	int rc = cursor_step(cur);
	*actor_id = rc == 1 ? sqlite3_column_int64(cur->stmt, 0) : 0;
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

void cache_cursor_free(struct cache_cursor *cur)
{
	if (!cur)
		return;
	sqlite3_finalize(cur->stmt);
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
