/* cache_write.c - storing sources and articles (the import side). */
#include <stdlib.h>
#include <string.h>

#include "brief/cache_write.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/pack.h"
#include "cache_internal.h"

static int step_done(struct cache *c, sqlite3_stmt *st, const char *what)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, what);
}

static int exists(struct cache *c, enum cache_stmt_id id, const char *key, bool *found)
{
	sqlite3_stmt *st = cache_stmt(c, id);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return cache_fail(c, "looking up a source");
	*found = rc == SQLITE_ROW;
	return BRIEF_OK;
}

int cache_source_state(struct cache *c, const char *realpath, const char *hash,
		       enum source_state *state)
{
	bool found;
	if (exists(c, STMT_SOURCE_BY_HASH, hash, &found) != BRIEF_OK)
		return BRIEF_ERR;
	if (found) {
		*state = SOURCE_UNCHANGED;
		return BRIEF_OK;
	}
	if (exists(c, STMT_SOURCE_BY_PATH, realpath, &found) != BRIEF_OK)
		return BRIEF_ERR;
	*state = found ? SOURCE_CHANGED : SOURCE_NEW;
	return BRIEF_OK;
}

int cache_source_put(struct cache *c, const struct source_info *src, int64_t *source_id)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_SOURCE_DELETE);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_text(st, 1, src->realpath, -1, SQLITE_STATIC);
	if (step_done(c, st, "replacing an earlier import") != BRIEF_OK)
		return BRIEF_ERR;

	if (!(st = cache_stmt(c, STMT_SOURCE_INSERT)))
		return BRIEF_ERR;
	sqlite3_bind_text(st, 1, src->path, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, src->realpath, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, src->hash, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 4, (sqlite3_int64)src->raw_len);
	sqlite3_bind_text(st, 5, src->encoding, -1, SQLITE_STATIC);
	if (src->packed)
		sqlite3_bind_blob64(st, 6, src->packed, src->packed_len, SQLITE_STATIC);
	else
		sqlite3_bind_blob64(st, 6, src->raw, src->raw_len, SQLITE_STATIC);
	if (src->fallback_date)
		sqlite3_bind_text(st, 7, src->fallback_date, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 8, src->packed != NULL);
	if (step_done(c, st, "storing a source") != BRIEF_OK)
		return BRIEF_ERR;
	*source_id = sqlite3_last_insert_rowid(c->db);
	return BRIEF_OK;
}

int cache_article_put(struct cache *c, int64_t source_id, int part, const struct cache_article *a,
		      int64_t *article_id)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_ARTICLE_INSERT);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, source_id);
	sqlite3_bind_int(st, 2, part);
	sqlite3_bind_text(st, 3, a->title, -1, SQLITE_STATIC);
	if (a->date) {
		sqlite3_bind_text(st, 4, a->date, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, a->precision, -1, SQLITE_STATIC);
	}
	sqlite3_bind_int64(st, 6, (sqlite3_int64)a->line);
	if (step_done(c, st, "storing an article") != BRIEF_OK)
		return BRIEF_ERR;
	int64_t id = sqlite3_last_insert_rowid(c->db);

	struct buf body = BUF_INIT;
	for (size_t i = 0; i < a->npara; i++) {
		if (!(st = cache_stmt(c, STMT_PARAGRAPH_INSERT))) {
			buf_free(&body);
			return BRIEF_ERR;
		}
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_int(st, 2, (int)i);
		sqlite3_bind_text(st, 3, a->paras[i].kind, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, a->paras[i].text, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)a->paras[i].line);
		if (step_done(c, st, "storing a paragraph") != BRIEF_OK) {
			buf_free(&body);
			return BRIEF_ERR;
		}
		if (body.len)
			buf_addc(&body, '\n');
		buf_adds(&body, a->paras[i].text);
	}
	int rc = BRIEF_ERR;
	if ((st = cache_stmt(c, STMT_FTS_INSERT))) {
		sqlite3_bind_int64(st, 1, id);
		sqlite3_bind_text(st, 2, a->title, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, buf_str(&body), -1, SQLITE_STATIC);
		rc = step_done(c, st, "indexing an article");
	}
	buf_free(&body);
	if (rc == BRIEF_OK && article_id)
		*article_id = id;
	return rc;
}

/* The cache's id for an actor, created when new.  A bare surname of a
 * person resolves to the full name when the cache knows exactly one. */
static int actor_id(struct cache *c, const struct cache_actor *a, int64_t *id)
{
	const char *kind = a->kind;
	sqlite3_stmt *st;
	if (strcmp(kind, "person") == 0 && !strchr(a->name, ' ')) {
		if (!(st = cache_stmt(c, STMT_ACTOR_BY_SURNAME)))
			return BRIEF_ERR;
		sqlite3_bind_text(st, 1, a->name, -1, SQLITE_STATIC);
		int rows = 0, rc;
		int64_t found = 0;
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			found = sqlite3_column_int64(st, 0);
			rows++;
		}
		if (rc != SQLITE_DONE) {
			cache_fail(c, "looking up an actor");
			sqlite3_reset(st);
			return BRIEF_ERR;
		}
		sqlite3_reset(st);
		if (rows == 1) {
			*id = found;
			return BRIEF_OK;
		}
	}
	if (!(st = cache_stmt(c, STMT_ACTOR_INSERT)))
		return BRIEF_ERR;
	sqlite3_bind_text(st, 1, a->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	if (step_done(c, st, "storing an actor") != BRIEF_OK)
		return BRIEF_ERR;
	if (!(st = cache_stmt(c, STMT_ACTOR_ID)))
		return BRIEF_ERR;
	sqlite3_bind_text(st, 1, a->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, kind, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	*id = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? BRIEF_OK : cache_fail(c, "looking up an actor");
}

int cache_actors_put(struct cache *c, int64_t article_id, const struct cache_actor *actors, size_t n,
		     int64_t *ids)
{
	for (size_t i = 0; i < n; i++) {
		const struct cache_actor *a = &actors[i];
		int64_t id;
		if (actor_id(c, a, &id) != BRIEF_OK)
			return BRIEF_ERR;
		if (ids)
			ids[i] = id;
		sqlite3_stmt *st;
		for (size_t k = 0; k <= a->naliases; k++) {
			if (!(st = cache_stmt(c, STMT_ALIAS_INSERT)))
				return BRIEF_ERR;
			sqlite3_bind_int64(st, 1, id);
			sqlite3_bind_text(st, 2, k < a->naliases ? a->aliases[k] : a->name, -1, SQLITE_STATIC);
			if (step_done(c, st, "storing a name") != BRIEF_OK)
				return BRIEF_ERR;
		}
		if (!(st = cache_stmt(c, STMT_MENTION_INSERT)))
			return BRIEF_ERR;
		sqlite3_bind_int64(st, 1, article_id);
		sqlite3_bind_int64(st, 2, id);
		if (a->role)
			sqlite3_bind_text(st, 3, a->role, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 4, (sqlite3_int64)a->mentions);
		if (step_done(c, st, "storing a mention") != BRIEF_OK)
			return BRIEF_ERR;
	}
	return BRIEF_OK;
}

int cache_events_put(struct cache *c, int64_t article_id, const struct cache_article *a,
		     const struct cache_event *events, size_t n, const int64_t *ids)
{
	for (size_t i = 0; i < n; i++) {
		const struct cache_event *e = &events[i];
		const char *text = a->paras[e->para].text;
		sqlite3_stmt *st = cache_stmt(c, STMT_EVENT_INSERT);
		if (!st)
			return BRIEF_ERR;
		sqlite3_bind_int64(st, 1, article_id);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)e->para);
		sqlite3_bind_int64(st, 3, (sqlite3_int64)e->start);
		if (e->value) {
			sqlite3_bind_text(st, 4, e->value, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 5, e->precision, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 6, e->first_day, -1, SQLITE_STATIC);
			sqlite3_bind_text(st, 7, e->last_day, -1, SQLITE_STATIC);
		}
		sqlite3_bind_text(st, 8, text + e->start, (int)(e->end - e->start), SQLITE_STATIC);
		sqlite3_bind_int64(st, 9, (sqlite3_int64)e->sent_start);
		sqlite3_bind_int64(st, 10, (sqlite3_int64)e->sent_end);
		if (step_done(c, st, "storing an event") != BRIEF_OK)
			return BRIEF_ERR;
		int64_t event_id = sqlite3_last_insert_rowid(c->db);
		for (size_t k = 0; k < e->nactors; k++) {
			if (!(st = cache_stmt(c, STMT_EVENT_ACTOR_INSERT)))
				return BRIEF_ERR;
			sqlite3_bind_int64(st, 1, event_id);
			sqlite3_bind_int64(st, 2, ids[e->actors[k]]);
			if (step_done(c, st, "storing an event's actor") != BRIEF_OK)
				return BRIEF_ERR;
		}
	}
	return BRIEF_OK;
}

static int all_ids(struct cache *c, enum cache_stmt_id which, int64_t **ids, size_t *n)
{
	sqlite3_stmt *st = cache_stmt(c, which);
	size_t cap = 0;
	*ids = NULL;
	*n = 0;
	if (!st)
		return BRIEF_ERR;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*ids = xgrow(*ids, &cap, *n + 1, sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "listing the cache");
}

int cache_source_ids(struct cache *c, int64_t **ids, size_t *n)
{
	return all_ids(c, STMT_SOURCE_IDS, ids, n);
}

int cache_article_ids(struct cache *c, int64_t **ids, size_t *n)
{
	return all_ids(c, STMT_ARTICLE_IDS, ids, n);
}

static char *column_dup(sqlite3_stmt *st, int i)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	return t ? xstrdup((const char *)t) : NULL;
}

int cache_source_load(struct cache *c, int64_t id, struct stored_source *out)
{
	sqlite3_stmt *st = cache_stmt(c, STMT_SOURCE_LOAD);
	memset(out, 0, sizeof *out);
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, id);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlite3_reset(st);
		return cache_fail(c, "reading a stored source");
	}
	out->path = column_dup(st, 0);
	out->realpath = column_dup(st, 1);
	out->hash = column_dup(st, 2);
	out->encoding = column_dup(st, 3);
	size_t n = (size_t)sqlite3_column_bytes(st, 4);
	const char *blob = sqlite3_column_blob(st, 4);
	out->fallback_date = column_dup(st, 5);
	if (sqlite3_column_int(st, 6)) {
		struct buf raw = BUF_INIT;
		bool ok = unpack_bytes(blob, n, (size_t)sqlite3_column_int64(st, 7), &raw);
		sqlite3_reset(st);
		out->raw_len = raw.len;
		out->raw = buf_steal(&raw);
		if (!ok) {
			stored_source_free(out);
			return err_set("%s: a stored file is damaged; import the original again", cache_path(c));
		}
		return BRIEF_OK;
	}
	out->raw_len = n;
	out->raw = xmalloc(n + 1);
	if (n)
		memcpy(out->raw, blob, n);
	out->raw[n] = '\0';
	sqlite3_reset(st);
	return BRIEF_OK;
}

void stored_source_free(struct stored_source *s)
{
	free(s->path);
	free(s->realpath);
	free(s->hash);
	free(s->encoding);
	free(s->fallback_date);
	free(s->raw);
	memset(s, 0, sizeof *s);
}
