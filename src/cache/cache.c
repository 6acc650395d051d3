/* cache.c - opening the cache, statements and transactions. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "internal.h"

/* 'brf1': marks the file as a brief cache for `file` and for our checks. */
#define BRIEF_APPLICATION_ID 0x62726631

static const char *const statements[STMT_COUNT] = {
	[STMT_SOURCE_BY_HASH] = "SELECT 1 FROM source WHERE hash = ? LIMIT 1",
	[STMT_SOURCE_BY_PATH] = "SELECT 1 FROM source WHERE realpath = ?",
	[STMT_SOURCE_DELETE] = "DELETE FROM source WHERE realpath = ?",
	[STMT_SOURCE_INSERT] = "INSERT INTO source (path, realpath, hash, size, encoding, imported_at, raw,"
			       " fallback_date) VALUES (?, ?, ?, ?, ?, strftime('%s', 'now'), ?, ?)",
	[STMT_SOURCE_IDS] = "SELECT id FROM source ORDER BY id",
	[STMT_ARTICLE_IDS] = "SELECT id FROM article ORDER BY id",
	[STMT_SOURCE_LOAD] = "SELECT path, realpath, hash, encoding, raw, fallback_date FROM source WHERE id = ?",
	[STMT_ARTICLE_INSERT] = "INSERT INTO article (source_id, part, title, date, date_precision, line)"
				" VALUES (?, ?, ?, ?, ?, ?)",
	[STMT_PARAGRAPH_INSERT] = "INSERT INTO paragraph (article_id, seq, kind, text, line)"
				  " VALUES (?, ?, ?, ?, ?)",
	[STMT_FTS_INSERT] = "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)",
	[STMT_ACTOR_INSERT] = "INSERT OR IGNORE INTO actor (name, kind) VALUES (?, ?)",
	[STMT_ACTOR_ID] = "SELECT id FROM actor WHERE name = ? AND kind = ?",
	/* people whose full name ends with the word: " Blinken" */
	[STMT_ACTOR_BY_SURNAME] = "SELECT id, name FROM actor WHERE kind = 'person'"
				  " AND length(name) > length(?1) + 1"
				  " AND substr(name, length(name) - length(?1)) = ' ' || ?1 LIMIT 2",
	[STMT_ALIAS_INSERT] = "INSERT OR IGNORE INTO alias (actor_id, name) VALUES (?, ?)",
	[STMT_MENTION_INSERT] = "INSERT INTO mention (article_id, actor_id, role, count) VALUES (?, ?, ?, ?)"
				" ON CONFLICT (article_id, actor_id) DO UPDATE SET count = count + excluded.count,"
				" role = coalesce(role, excluded.role)",
	[STMT_EVENT_INSERT] = "INSERT INTO event (article_id, para, pos, value, precision, first_day, last_day,"
			      " text, sentence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[STMT_EVENT_ACTOR_INSERT] = "INSERT OR IGNORE INTO event_actor (event_id, actor_id) VALUES (?, ?)",
	[STMT_RELATE_SUBJECT] = "SELECT a.title, a.date, (SELECT text FROM paragraph WHERE article_id = a.id"
				" AND kind = 'body' ORDER BY seq LIMIT 1), (SELECT max(id) FROM article)"
				" FROM article a WHERE a.id = ?",
	/* The article's rarest actors (rarity decides the score and the reason),
	 * each with its most recent stories: bounded work per article however
	 * large the cache grows. */
	[STMT_RELATE_SHARED] = "SELECT ac.id, ac.name, ac.stories FROM mention m JOIN actor ac ON ac.id = m.actor_id"
			       " WHERE m.article_id = ?1 AND ac.stories > 1 ORDER BY ac.stories, ac.name LIMIT ?2",
	[STMT_ACTOR_STORIES] = "SELECT m.article_id, a.date FROM mention m JOIN article a ON a.id = m.article_id"
			       " WHERE m.actor_id = ?1 AND m.article_id != ?2 ORDER BY m.article_id DESC LIMIT ?3",
	[STMT_TERM_STORIES] = "SELECT doc FROM temp.article_vocab WHERE term = ?",
	[STMT_RELATE_TEXT] = "SELECT f.rowid, bm25(article_fts, 2.0, 1.0), a.date FROM article_fts f"
			     " JOIN article a ON a.id = f.rowid WHERE article_fts MATCH ?1 AND f.rowid != ?2"
			     " ORDER BY bm25(article_fts, 2.0, 1.0) LIMIT 50",
	[STMT_RELATED_CLEAR] = "DELETE FROM related WHERE article_id = ?",
	[STMT_RELATED_PUT] = "INSERT OR REPLACE INTO related (article_id, other_id, score, shared) VALUES (?, ?, ?, ?)",
	[STMT_RELATED_TRIM] = "DELETE FROM related WHERE article_id = ?1 AND other_id NOT IN"
			      " (SELECT other_id FROM related WHERE article_id = ?1 ORDER BY score DESC LIMIT ?2)",
};

int cache_fail(struct cache *c, const char *what)
{
	return err_set("%s: %s: %s", c->path, what, sqlite3_errmsg(c->db));
}

sqlite3_stmt *cache_stmt(struct cache *c, enum cache_stmt_id id)
{
	if (!c->stmt[id]) {
		if (sqlite3_prepare_v3(c->db, statements[id], -1, SQLITE_PREPARE_PERSISTENT,
				       &c->stmt[id], NULL) != SQLITE_OK) {
			cache_fail(c, "preparing a statement");
			return NULL;
		}
	} else {
		sqlite3_reset(c->stmt[id]);
		sqlite3_clear_bindings(c->stmt[id]);
	}
	return c->stmt[id];
}

static int pragma_int(struct cache *c, const char *sql, int *value)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, sql, -1, &st, NULL) != SQLITE_OK)
		return BRIEF_ERR;
	int rc = sqlite3_step(st);
	*value = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? BRIEF_OK : BRIEF_ERR;
}

static void make_parent_dirs(const char *path)
{
	char *dir = xstrdup(path);
	for (char *p = dir + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(dir, 0700);
		*p = '/';
	}
	free(dir);
}

/* Refuse what we must not touch: a file that is not SQLite, another
 * program's database, or a cache from a newer brief.  Runs before anything
 * is written, so a refused file is left exactly as it was. */
static int check_identity(struct cache *c)
{
	int version, app, objects;
	if (pragma_int(c, "PRAGMA user_version", &version) != BRIEF_OK)
		return err_set("%s: not a brief cache (%s)", c->path, sqlite3_errmsg(c->db));
	if (pragma_int(c, "PRAGMA application_id", &app) != BRIEF_OK ||
	    pragma_int(c, "SELECT count(*) FROM sqlite_master", &objects) != BRIEF_OK)
		return cache_fail(c, "reading the cache");
	if (app != BRIEF_APPLICATION_ID && (app != 0 || objects > 0))
		return err_set("%s: not a brief cache (another program's database); "
			       "choose another file with --db", c->path);
	if (version > cache_schema_version())
		return err_set("%s: cache schema version %d is newer than this brief supports (%d); "
			       "upgrade brief or use another --db", c->path, version, cache_schema_version());
	return BRIEF_OK;
}

int cache_open(const char *path, enum cache_mode mode, struct cache **out)
{
	struct stat st;
	*out = NULL;
	if (mode == CACHE_READ && stat(path, &st) != 0)
		return err_set("no cache at %s; import articles first: brief-import FILE|DIR", path);
	if (mode == CACHE_WRITE)
		make_parent_dirs(path);

	struct cache *c = xcalloc(1, sizeof *c);
	c->path = xstrdup(path);
	int flags = SQLITE_OPEN_READWRITE | (mode == CACHE_WRITE ? SQLITE_OPEN_CREATE : 0);
	if (sqlite3_open_v2(path, &c->db, flags, NULL) != SQLITE_OK) {
		if (c->db)
			cache_fail(c, "cannot open the cache");
		else
			err_set("%s: cannot open the cache: %s", path, strerror(errno));
		cache_close(c);
		return BRIEF_ERR;
	}
	sqlite3_busy_timeout(c->db, 5000);
	sqlite3_extended_result_codes(c->db, 1);
	if (check_identity(c) != BRIEF_OK)
		goto fail;
	if (sqlite3_exec(c->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
				"PRAGMA foreign_keys = ON;", NULL, NULL, NULL) != SQLITE_OK) {
		cache_fail(c, "setting up the cache");
		goto fail;
	}
	int app;
	if (pragma_int(c, "PRAGMA application_id", &app) == BRIEF_OK && app == 0 &&
	    sqlite3_exec(c->db, "PRAGMA application_id = 1651664433", NULL, NULL, NULL) != SQLITE_OK) {
		cache_fail(c, "setting up the cache");
		goto fail;
	}
	if (cache_migrate(c) != BRIEF_OK)
		goto fail;
	*out = c;
	return BRIEF_OK;
fail:
	cache_close(c);
	return BRIEF_ERR;
}

void cache_close(struct cache *c)
{
	if (!c)
		return;
	for (int i = 0; i < STMT_COUNT; i++)
		sqlite3_finalize(c->stmt[i]);
	sqlite3_close(c->db);
	strmap_free(&c->term_stories);
	free(c->path);
	free(c);
}

const char *cache_path(const struct cache *c)
{
	return c->path;
}

int cache_begin(struct cache *c)
{
	/* IMMEDIATE takes the write lock now, so a busy cache waits here (busy
	 * timeout) rather than failing halfway through a file. */
	if (sqlite3_exec(c->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return cache_fail(c, "starting a transaction");
	return BRIEF_OK;
}

int cache_commit(struct cache *c)
{
	if (sqlite3_exec(c->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
		cache_fail(c, "committing");
		cache_rollback(c);
		return BRIEF_ERR;
	}
	return BRIEF_OK;
}

void cache_rollback(struct cache *c)
{
	if (!sqlite3_get_autocommit(c->db))
		sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
}
