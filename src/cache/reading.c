/* reading.c - read and flagged articles: on the article row, for the
 * lists, and in the reading table by content and part, for the next
 * article rows of the same text. */
#include <stdbool.h>
#include <stdio.h>

#include "brief/error.h"
#include "brief/reading.h"
#include "cache_internal.h"

/* the article's state copied to its key, after the article was changed */
#define KEEP_STATE \
	"INSERT INTO reading (hash, part, read, flagged) SELECT s.hash, a.part, a.read, a.flagged FROM article a" \
	" JOIN source s ON s.id = a.source_id WHERE a.id IN (%s)" \
	" ON CONFLICT (hash, part) DO UPDATE SET read = excluded.read, flagged = excluded.flagged"

static int run(struct cache *c, const char *sql, void (*bind)(sqlite3_stmt *st, const void *arg), const void *arg)
{
	sqlite3_stmt *st = cache_prepared(c, sql);
	if (!st)
		return BRIEF_ERR;
	if (bind)
		bind(st, arg);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "keeping what was read");
}

struct set_args {
	int64_t id;
	int read, flagged;
};

static void bind_set(sqlite3_stmt *st, const void *arg)
{
	const struct set_args *a = arg;
	sqlite3_bind_int64(st, 1, a->id);
	sqlite3_bind_int(st, 2, a->read);
	sqlite3_bind_int(st, 3, a->flagged);
}

/* Whether the article's marks are already those asked for (or it is
 * gone): then nothing is written, and no writer is waited for. */
static int unchanged(struct cache *c, const struct set_args *a, bool *same)
{
	sqlite3_stmt *st = cache_prepared(c, "SELECT read, flagged FROM article WHERE id = ?1");
	if (!st)
		return BRIEF_ERR;
	sqlite3_bind_int64(st, 1, a->id);
	int rc = sqlite3_step(st);
	*same = rc != SQLITE_ROW || ((a->read < 0 || sqlite3_column_int(st, 0) == a->read) &&
				     (a->flagged < 0 || sqlite3_column_int(st, 1) == a->flagged));
	sqlite3_reset(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "reading the cache");
}

int reading_set(struct cache *c, int64_t article_id, int read, int flagged, bool *changed)
{
	struct set_args args = {article_id, read, flagged};
	bool same;
	if (changed)
		*changed = false;
	if (unchanged(c, &args, &same) != BRIEF_OK)
		return BRIEF_ERR;
	if (same)
		return BRIEF_OK;
	if (changed)
		*changed = true;
	if (cache_begin(c) != BRIEF_OK)
		return BRIEF_ERR;
	char keep[512];
	snprintf(keep, sizeof keep, KEEP_STATE, "?1");
	if (run(c, "UPDATE article SET read = CASE WHEN ?2 < 0 THEN read ELSE ?2 END,"
		   " flagged = CASE WHEN ?3 < 0 THEN flagged ELSE ?3 END WHERE id = ?1", bind_set, &args) != BRIEF_OK ||
	    run(c, keep, bind_set, &args) != BRIEF_OK) {
		cache_rollback(c);
		return BRIEF_ERR;
	}
	return cache_commit(c);
}

/* The ids of a filter's list, as a subquery over ?1 */
static const char *list_ids(enum browse_kind kind)
{
	switch (kind) {
	case BROWSE_ALL: return "SELECT id FROM article";
	case BROWSE_ACTOR: return "SELECT article_id FROM mention WHERE actor_id = ?1";
	case BROWSE_SEARCH: return "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1";
	case BROWSE_RELATED: return "SELECT other_id FROM related WHERE article_id = ?1 AND duplicate = 0";
	case BROWSE_THREAD: return "SELECT id FROM article WHERE thread_id = ?1";
	case BROWSE_FLAGGED: return "SELECT id FROM article WHERE flagged";
	case BROWSE_LIMIT: return "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1";
	}
	return "SELECT 0 WHERE 0";
}

static void bind_filter(sqlite3_stmt *st, const void *arg)
{
	const struct browse_filter *f = arg;
	if (f->kind == BROWSE_SEARCH || f->kind == BROWSE_LIMIT)
		sqlite3_bind_text(st, 1, f->query ? f->query : "", -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(st, 1, f->id);
}

int reading_mark_all(struct cache *c, const struct browse_filter *f, long *n)
{
	char update[512], keep[768];
	snprintf(update, sizeof update, "UPDATE article SET read = 1 WHERE read = 0 AND id IN (%s)", list_ids(f->kind));
	snprintf(keep, sizeof keep, KEEP_STATE, list_ids(f->kind));
	*n = 0;
	if (cache_begin(c) != BRIEF_OK)
		return BRIEF_ERR;
	if (run(c, update, bind_filter, f) != BRIEF_OK) {
		cache_rollback(c);
		return f->kind == BROWSE_SEARCH || f->kind == BROWSE_LIMIT ? cache_search_fail(c) : BRIEF_ERR;
	}
	*n = (long)sqlite3_changes(c->db);
	if (run(c, keep, bind_filter, f) != BRIEF_OK) {
		cache_rollback(c);
		return BRIEF_ERR;
	}
	return cache_commit(c);
}

int reading_counts(struct cache *c, long *unread, long *flagged)
{
	sqlite3_stmt *st = cache_prepared(c, "SELECT (SELECT n FROM tally WHERE name = 'article')"
					     " - (SELECT n FROM tally WHERE name = 'read'),"
					     " (SELECT n FROM tally WHERE name = 'flagged')");
	if (!st)
		return BRIEF_ERR;
	int rc = sqlite3_step(st);
	*unread = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : 0;
	*flagged = rc == SQLITE_ROW ? (long)sqlite3_column_int64(st, 1) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? BRIEF_OK : cache_fail(c, "reading the cache");
}
