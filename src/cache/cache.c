/* cache.c - opening the cache, statements and transactions. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "cache_internal.h"

/* 'brf1': marks the file as a brief cache for `file` and for our checks. */
#define BRIEF_APPLICATION_ID 0x62726631

/* A writer that waits this long for another one says so. */
#define BUSY_NOTICE_MS 1000

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static const char *const statements[STMT_COUNT] = {
	[STMT_SOURCE_BY_HASH] = "SELECT 1 FROM source WHERE hash = ? LIMIT 1",
	[STMT_SOURCE_BY_PATH] = "SELECT 1 FROM source WHERE realpath = ?",
	[STMT_SOURCE_DELETE] = "DELETE FROM source WHERE realpath = ?",
	[STMT_SOURCE_INSERT] = "INSERT INTO source (path, realpath, hash, size, encoding, imported_at, raw,"
			       " fallback_date, packed) VALUES (?, ?, ?, ?, ?, strftime('%s', 'now'), ?, ?, ?)",
	[STMT_SOURCE_IDS] = "SELECT id FROM source ORDER BY id",
	[STMT_ARTICLE_IDS] = "SELECT id FROM article ORDER BY date IS NULL, date, id",
	[STMT_SOURCE_LOAD] = "SELECT path, realpath, hash, encoding, raw, fallback_date, packed, size"
			     " FROM source WHERE id = ?",
	/* read and flagged as the same part of the same content was before */
	[STMT_ARTICLE_INSERT] = "INSERT INTO article (source_id, part, title, date, date_precision, line, read, flagged)"
				" SELECT ?1, ?2, ?3, ?4, ?5, ?6, coalesce(r.read, 0), coalesce(r.flagged, 0)"
				" FROM source s LEFT JOIN reading r ON r.hash = s.hash AND r.part = ?2 WHERE s.id = ?1",
	[STMT_PARAGRAPH_INSERT] = "INSERT INTO paragraph (article_id, seq, kind, text, line)"
				  " VALUES (?, ?, ?, ?, ?)",
	[STMT_FTS_INSERT] = "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)",
	[STMT_ACTOR_INSERT] = "INSERT OR IGNORE INTO actor (name, kind) VALUES (?, ?)",
	[STMT_ACTOR_ID] = "SELECT id FROM actor WHERE name = ? AND kind = ?",
	/* people whose full name ends with the word: " Blinken" */
	[STMT_ACTOR_BY_SURNAME] = "SELECT id, name FROM actor WHERE kind = 'person'"
				  " AND substr(name, length(rtrim(name, replace(name, ' ', ''))) + 1) = ?1 COLLATE NOCASE"
				  " AND substr(name, length(rtrim(name, replace(name, ' ', ''))) + 1) = ?1"
				  " AND length(name) > length(?1) + 1 LIMIT 2",
	[STMT_ALIAS_INSERT] = "INSERT OR IGNORE INTO alias (actor_id, name) VALUES (?, ?)",
	[STMT_MENTION_INSERT] = "INSERT INTO mention (article_id, actor_id, role, count, date)"
				" VALUES (?1, ?2, ?3, ?4, (SELECT date FROM article WHERE id = ?1))"
				" ON CONFLICT (article_id, actor_id) DO UPDATE SET count = count + excluded.count,"
				" role = coalesce(role, excluded.role)",
	[STMT_EVENT_INSERT] = "INSERT INTO event (article_id, para, pos, value, precision, first_day, last_day,"
			      " text, sent_start, sent_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	[STMT_EVENT_ACTOR_INSERT] = "INSERT OR IGNORE INTO event_actor (event_id, actor_id, first_day, last_day)"
				    " SELECT ?1, ?2, CAST(julianday(first_day) AS INTEGER),"
				    " CAST(julianday(last_day) AS INTEGER) FROM event WHERE id = ?1",
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
	[STMT_ARTICLE_TEXT] = "SELECT title, 1 FROM article WHERE id = ?1"
			      " UNION ALL SELECT text, 0 FROM paragraph WHERE article_id = ?1 AND kind = 'body'",
	[STMT_TERM_CLEAR] = "DELETE FROM article_term WHERE article_id = ?",
	[STMT_TERM_PUT] = "INSERT OR IGNORE INTO article_term (term, weight, article_id) VALUES (?, ?, ?)",
	/* a term's strongest holders: the key's order, walked backwards */
	[STMT_TERM_POSTINGS] = "SELECT article_id, weight FROM article_term"
			       " WHERE term = ?1 AND article_id != ?2 ORDER BY weight DESC LIMIT ?3",
	[STMT_RELATED_CLEAR] = "DELETE FROM related WHERE article_id = ?",
	[STMT_RELATED_PUT] = "INSERT OR REPLACE INTO related (article_id, other_id, score, shared, duplicate)"
			     " VALUES (?, ?, ?, ?, ?)",
	[STMT_RELATED_TRIM] = "DELETE FROM related WHERE article_id = ?1 AND other_id NOT IN"
			      " (SELECT other_id FROM related WHERE article_id = ?1 ORDER BY score DESC LIMIT ?2)",
	[STMT_THREAD_OF] = "SELECT thread_id FROM article WHERE id = ?",
	[STMT_THREAD_STORIES] = "SELECT stories, first_day, last_day, title_id FROM thread WHERE id = ?",
	[STMT_THREAD_NEW] = "INSERT INTO thread (title) VALUES ('')",
	[STMT_THREAD_JOIN] = "UPDATE article SET thread_id = ?1 WHERE id = ?2",
	[STMT_THREAD_MOVE] = "UPDATE article SET thread_id = ?1 WHERE thread_id = ?2",
	[STMT_THREAD_DROP] = "DELETE FROM thread WHERE id = ?",
	/* a story joins: counts and span move by it alone */
	[STMT_THREAD_GROW] = "UPDATE thread SET stories = stories + 1,"
			     " first_day = CASE WHEN ?2 IS NULL THEN first_day WHEN first_day IS NULL OR ?2 < first_day"
			     " THEN ?2 ELSE first_day END,"
			     " last_day = CASE WHEN ?2 IS NULL THEN last_day WHEN last_day IS NULL OR ?2 > last_day"
			     " THEN ?2 ELSE last_day END WHERE id = ?1",
	/* after a merge: counted again from the stories (article_by_thread) */
	[STMT_THREAD_RECOUNT] = "UPDATE thread SET stories = (SELECT count(*) FROM article WHERE thread_id = ?1),"
				" first_day = (SELECT min(date) FROM article WHERE thread_id = ?1),"
				" last_day = (SELECT max(date) FROM article WHERE thread_id = ?1) WHERE id = ?1",
	/* a story's related links inside its thread: at most RELATED_MAX */
	/* the other story's thread by its id: walking the thread's stories
	 * instead would grow with the thread */
	[STMT_THREAD_LINKS] = "SELECT (SELECT count(*) FROM related r WHERE r.article_id = a.id"
			      " AND (SELECT b.thread_id FROM article b WHERE b.id = r.other_id) = a.thread_id),"
			      " a.title, a.thread_id FROM article a WHERE a.id = ?",
	/* the title is the headline of the story with the most links inside */
	[STMT_THREAD_TITLE] = "UPDATE thread SET title = ?2, title_id = ?3, title_links = ?4"
			      " WHERE id = ?1 AND (title_links < ?4 OR title_id = ?3)",
	[STMT_ARTICLE_DATE] = "SELECT date FROM article WHERE id = ?",
};

static bool size_limited(void)
{
	struct rlimit r;
	return getrlimit(RLIMIT_FSIZE, &r) == 0 && r.rlim_cur != RLIM_INFINITY;
}

static bool disk_full(const char *path)
{
	struct statvfs fs;
	return statvfs(path, &fs) == 0 && fs.f_bavail == 0;
}

int cache_fail(struct cache *c, const char *what)
{
	int code = sqlite3_extended_errcode(c->db);
	int sys = sqlite3_system_errno(c->db);
	const char *msg = sqlite3_errmsg(c->db);
	c->failed = code;
	switch (code & 0xFF) {
	case SQLITE_CORRUPT:
		return err_set("%s: the cache is damaged (%s); restore it from a backup, or move it aside and "
			       "import the files again (brief-import --reextract cannot repair it)", c->path, msg);
	case SQLITE_NOTADB:
		return err_set("%s: not a brief cache (not a database file); choose another file with --db", c->path);
	case SQLITE_FULL:
		return err_set("%s: %s: the disk is full; free some space and run the same command again", c->path,
			       what);
	case SQLITE_IOERR:
		/* a short write leaves no errno: the limit or the disk tell */
		if (sys == EFBIG || (sys == 0 && size_limited()))
			return err_set("%s: %s: the cache reached the file size limit (ulimit -f)", c->path, what);
		if (sys == ENOSPC || (sys == 0 && disk_full(c->path)))
			return err_set("%s: %s: the disk is full; free some space and run the same command again",
				       c->path, what);
		return err_set("%s: %s: %s (%s)", c->path, what, msg, sys ? strerror(sys) : "disk error");
	case SQLITE_READONLY:
		return err_set("%s: %s: the cache cannot be written (%s)", c->path, what, msg);
	}
	return err_set("%s: %s: %s", c->path, what, msg);
}

bool cache_readonly(const struct cache *c)
{
	return c->readonly;
}

/* The file and the folder it is in, as a writer of a WAL database needs
 * them: the file, its -wal and -shm beside it. */
static bool writable(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	bool ok = access(path, W_OK) == 0 && access(slash ? dir : ".", W_OK | X_OK) == 0;
	free(dir);
	return ok;
}

/* "file:PATH?..." with the characters a URI gives meaning to escaped. */
static char *readonly_uri(const char *path)
{
	struct buf b = BUF_INIT, wal = BUF_INIT;
	buf_adds(&b, "file:");
	for (const char *p = path; *p; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			buf_printf(&b, "%%%02X", (unsigned char)*p);
		else
			buf_addc(&b, *p);
	}
	/* without a -wal file there is nothing a writer left to read, and no
	 * -shm can be made: the file is read as it is */
	buf_printf(&wal, "%s-wal", path);
	buf_adds(&b, access(wal.data, F_OK) == 0 ? "?mode=ro" : "?immutable=1");
	buf_free(&wal);
	return buf_steal(&b);
}

bool cache_broken(const struct cache *c)
{
	switch (c->failed & 0xFF) {
	case SQLITE_CORRUPT: case SQLITE_NOTADB: case SQLITE_FULL: case SQLITE_IOERR:
	case SQLITE_READONLY: case SQLITE_CANTOPEN: case SQLITE_NOMEM:
		return true;
	}
	return false;
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

sqlite3_stmt *cache_prepared(struct cache *c, const char *sql)
{
	size_t n = strlen(sql);
	int k;
	if (strmap_get(&c->prepared_index, sql, n, &k)) {
		sqlite3_reset(c->prepared[k]);
		sqlite3_clear_bindings(c->prepared[k]);
		return c->prepared[k];
	}
	sqlite3_stmt *st;
	if (sqlite3_prepare_v3(c->db, sql, (int)n, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
		cache_fail(c, "reading the cache");
		return NULL;
	}
	c->prepared = xgrow(c->prepared, &c->capprepared, c->nprepared + 1, sizeof *c->prepared);
	c->prepared[c->nprepared] = st;
	strmap_put(&c->prepared_index, sql, n, (int)c->nprepared++);
	return st;
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

/* The folder a new cache would go in must be there: only the default
 * location is created (by the importer, paths_make_parents). */
static int folder_missing(const char *path)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	int rc = BRIEF_OK;
	struct stat st;
	if (slash && slash != dir) {
		*slash = '\0';
		/* a file on the way is named: "notes.txt is a file" */
		for (char *p = dir + 1; rc == BRIEF_OK; p++) {
			if (*p && *p != '/')
				continue;
			char end = *p;
			*p = '\0';
			if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode))
				rc = err_set("%s: cannot create the cache: %s is a file, not a folder", path, dir);
			*p = end;
			if (!end)
				break;
		}
		if (rc == BRIEF_OK && stat(dir, &st) != 0)
			rc = err_set("%s: the folder %s does not exist; create it (mkdir -p %s) or give another --db",
				     path, dir, dir);
	}
	free(dir);
	return rc;
}

/* Why SQLite could not open path, in the user's words. */
static int open_failed(const char *path, enum cache_mode mode)
{
	char *dir = xstrdup(path);
	char *slash = strrchr(dir, '/');
	const char *folder = ".";
	if (slash) {
		slash[slash == dir ? 1 : 0] = '\0'; /* "/cache.db" is in "/" */
		folder = dir;
	}
	int rc;
	if (access(path, F_OK) == 0 && access(path, R_OK | (mode == CACHE_WRITE ? W_OK : 0)) != 0)
		rc = err_set("%s: cannot open the cache: permission denied", path);
	else if (access(folder, W_OK | X_OK) != 0)
		rc = err_set("%s: cannot %s the cache: the folder %s cannot be written (%s)", path,
			     access(path, F_OK) == 0 ? "open" : "create", folder, strerror(errno));
	else
		rc = err_set("%s: cannot open the cache", path);
	free(dir);
	return rc;
}

/* A file cut short (a full disk while copying, a partial download) holds
 * fewer pages than its header says.  Told apart here, from the header
 * alone, before SQLite reads zeros in place of the missing pages. */
static int check_length(const char *path, off_t size)
{
	/* pages a checkpoint did not finish copying are still in the WAL */
	struct buf wal = BUF_INIT;
	struct stat st;
	buf_printf(&wal, "%s-wal", path);
	bool in_wal = stat(wal.data, &st) == 0 && st.st_size > 0;
	buf_free(&wal);
	if (in_wal)
		return BRIEF_OK;
	FILE *f = fopen(path, "rb");
	unsigned char h[100];
	if (!f)
		return BRIEF_OK; /* SQLite will say why */
	size_t got = fread(h, 1, sizeof h, f);
	fclose(f);
	if (got < sizeof h || memcmp(h, "SQLite format 3", 16) != 0)
		return BRIEF_OK;
	unsigned page = (unsigned)h[16] << 8 | h[17];
	if (page == 1)
		page = 65536;
	uint32_t pages = (uint32_t)h[28] << 24 | (uint32_t)h[29] << 16 | (uint32_t)h[30] << 8 | h[31];
	/* the header's page count is valid when its two counters agree */
	bool valid = memcmp(h + 24, h + 92, 4) == 0 && pages > 0;
	if (valid && (uint64_t)pages * page > (uint64_t)size)
		return err_set("%s: the cache is damaged (the file is shorter than it should be: %lld of %llu "
			       "bytes); restore it from a backup, or move it aside and import the files again",
			       path, (long long)size, (unsigned long long)pages * page);
	return BRIEF_OK;
}

/* Refuse what we must not touch: a file that is not SQLite, another
 * program's database, or a cache from a newer brief.  Runs before anything
 * is written, so a refused file is left exactly as it was. */
static int check_identity(struct cache *c)
{
	int version, app, objects;
	if (pragma_int(c, "PRAGMA user_version", &version) != BRIEF_OK) {
		int code = sqlite3_extended_errcode(c->db) & 0xFF;
		if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB || code == SQLITE_IOERR)
			return cache_fail(c, "reading the cache");
		return err_set("%s: not a brief cache (%s)", c->path, sqlite3_errmsg(c->db));
	}
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

/* A reader's connection: never converts a cache, so an older one is
 * refused with what to run. */
static int ready_to_read(struct cache *c)
{
	if (sqlite3_exec(c->db, "PRAGMA foreign_keys = ON;", NULL, NULL, NULL) != SQLITE_OK)
		return cache_fail(c, "reading the cache");
	int version;
	if (pragma_int(c, "PRAGMA user_version", &version) != BRIEF_OK)
		return cache_fail(c, "reading the cache");
	if (version < cache_schema_version())
		return err_set("%s: the cache was written by an older brief (schema %d, now %d); "
			       "run brief-import once (any file, or --reextract) to bring it up to date",
			       c->path, version, cache_schema_version());
	return BRIEF_OK;
}

int cache_open(const char *path, enum cache_mode mode, struct cache **out)
{
	struct stat st;
	*out = NULL;
	bool exists = stat(path, &st) == 0;
	if (exists && S_ISDIR(st.st_mode))
		return err_set("%s is a folder; give the cache file, for example --db %s%scache.db", path, path,
			       path[strlen(path) - 1] == '/' ? "" : "/");
	if (exists && !S_ISREG(st.st_mode))
		return err_set("%s is not a regular file; give the cache file with --db", path);
	if (mode == CACHE_READ) {
		/* reading never creates or converts a cache */
		if (!exists)
			return err_set("no cache at %s; import articles first: brief-import FILE|DIR", path);
		if (st.st_size == 0)
			return err_set("%s: an empty file, not a brief cache; import into it with "
				       "brief-import --db %s FILE|DIR", path, path);
	}
	if (exists && check_length(path, st.st_size) != BRIEF_OK)
		return BRIEF_ERR;
	if (!exists && folder_missing(path) != BRIEF_OK)
		return BRIEF_ERR;

	if (exists && mode == CACHE_WRITE && !writable(path))
		return err_set("%s: the cache cannot be written here (the file or its folder is read-only); "
			       "ask for write access, or import into another --db", path);

	struct cache *c = xcalloc(1, sizeof *c);
	c->path = xstrdup(path);
	c->mode = mode;
	c->readonly = mode == CACHE_READ && !writable(path);
	/* a connection is only ever used by the thread that opened it, so
	 * SQLite need not lock it on every call */
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (mode == CACHE_WRITE ? SQLITE_OPEN_CREATE : 0);
	char *uri = c->readonly ? readonly_uri(path) : NULL;
	if (uri)
		flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI;
	int opened = sqlite3_open_v2(uri ? uri : path, &c->db, flags, NULL);
	free(uri);
	if (opened != SQLITE_OK) {
		open_failed(path, mode);
		cache_close(c);
		return BRIEF_ERR;
	}
	sqlite3_busy_timeout(c->db, 5000);
	sqlite3_extended_result_codes(c->db, 1);
	if (check_identity(c) != BRIEF_OK)
		goto fail;
	if (mode == CACHE_READ) {
		if (ready_to_read(c) != BRIEF_OK)
			goto fail;
		*out = c;
		return BRIEF_OK;
	}
	/* A writer relates each story to thousands of others through indexes
	 * spread over the whole file: with SQLite's default 2 MB of pages an
	 * import of 10,000 files spent a fifth of its time reading pages back
	 * from the system.  Readers keep the default. */
	if (sqlite3_exec(c->db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
				"PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;", NULL, NULL, NULL) != SQLITE_OK) {
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

/* The writer waits for another writer as long as it takes, saying so once,
 * instead of failing with "database is locked" after a timeout. */
static int busy_wait(void *ud, int count)
{
	struct cache *c = ud;
	if (c->wait.stop && *c->wait.stop)
		return 0;
	if (count == 0)
		c->busy_since = now_ms();
	else if (!c->waited && now_ms() - c->busy_since >= BUSY_NOTICE_MS) {
		c->waited = true;
		if (c->wait.notice)
			c->wait.notice(c->path, c->wait.ud);
	}
	sqlite3_sleep(count < 10 ? 10 : 100);
	return 1;
}

void cache_set_wait(struct cache *c, const struct cache_wait *w)
{
	c->wait = *w;
	sqlite3_busy_handler(c->db, busy_wait, c);
}

void cache_close(struct cache *c)
{
	if (!c)
		return;
	for (int i = 0; i < STMT_COUNT; i++)
		sqlite3_finalize(c->stmt[i]);
	for (size_t i = 0; i < c->nprepared; i++)
		sqlite3_finalize(c->prepared[i]);
	free(c->prepared);
	strmap_free(&c->prepared_index);
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

bool cache_in_transaction(struct cache *c)
{
	return !sqlite3_get_autocommit(c->db);
}

int cache_savepoint(struct cache *c)
{
	if (sqlite3_exec(c->db, "SAVEPOINT file", NULL, NULL, NULL) != SQLITE_OK)
		return cache_fail(c, "starting a transaction");
	return BRIEF_OK;
}

int cache_release(struct cache *c)
{
	if (sqlite3_exec(c->db, "RELEASE file", NULL, NULL, NULL) != SQLITE_OK)
		return cache_fail(c, "storing a file");
	return BRIEF_OK;
}

void cache_rollback_to(struct cache *c)
{
	if (!sqlite3_get_autocommit(c->db))
		sqlite3_exec(c->db, "ROLLBACK TO file; RELEASE file", NULL, NULL, NULL);
}

void cache_rollback(struct cache *c)
{
	if (!sqlite3_get_autocommit(c->db))
		sqlite3_exec(c->db, "ROLLBACK", NULL, NULL, NULL);
}
