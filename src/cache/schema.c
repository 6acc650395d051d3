/* schema.c - the cache's tables and their migrations.
 *
 * PRAGMA user_version holds the schema version.  Each entry of migrations[]
 * moves the schema one version up; all pending ones run in one transaction
 * at open, so a cache is never left half-migrated. */
#include <stdio.h>

#include "brief/error.h"
#include "cache_internal.h"

static const char *const migrations[] = {
	/* 0 -> 1: sources, articles, paragraphs, full-text index */
	"CREATE TABLE source ("
	"  id INTEGER PRIMARY KEY,"
	"  path TEXT NOT NULL,"
	"  realpath TEXT NOT NULL UNIQUE,"
	"  hash TEXT NOT NULL,"
	"  size INTEGER NOT NULL,"
	"  encoding TEXT NOT NULL,"
	"  imported_at INTEGER NOT NULL,"
	"  raw BLOB NOT NULL);"
	"CREATE INDEX source_by_hash ON source(hash);"
	"CREATE TABLE article ("
	"  id INTEGER PRIMARY KEY,"
	"  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,"
	"  part INTEGER NOT NULL,"
	"  title TEXT NOT NULL,"
	"  date TEXT,"
	"  date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year')),"
	"  line INTEGER NOT NULL,"
	"  UNIQUE (source_id, part));"
	"CREATE INDEX article_by_date ON article(date, id);"
	"CREATE TABLE paragraph ("
	"  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	"  seq INTEGER NOT NULL,"
	"  kind TEXT NOT NULL CHECK (kind IN ('body', 'heading', 'caption')),"
	"  text TEXT NOT NULL,"
	"  line INTEGER NOT NULL,"
	"  PRIMARY KEY (article_id, seq)) WITHOUT ROWID;"
	"CREATE VIRTUAL TABLE article_fts USING fts5("
	"  title, body, tokenize = 'unicode61 remove_diacritics 2');"
	"CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN"
	"  DELETE FROM article_fts WHERE rowid = old.id;"
	"END;",
	/* 1 -> 2: actors, their names, and who is in which article */
	"CREATE TABLE actor ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL,"
	"  kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'country', 'place', 'media')),"
	"  UNIQUE (name, kind));"
	"CREATE TABLE alias ("
	"  actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,"
	"  name TEXT NOT NULL,"
	"  PRIMARY KEY (actor_id, name)) WITHOUT ROWID;"
	"CREATE INDEX alias_by_name ON alias(name);"
	"CREATE TABLE mention ("
	"  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	"  actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,"
	"  role TEXT,"
	"  count INTEGER NOT NULL,"
	"  PRIMARY KEY (article_id, actor_id)) WITHOUT ROWID;"
	"CREATE INDEX mention_by_actor ON mention(actor_id, article_id);",
	/* 2 -> 3: the timeline */
	"CREATE TABLE event ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	"  para INTEGER NOT NULL,"
	"  pos INTEGER NOT NULL,"
	"  value TEXT,"
	"  precision TEXT CHECK (precision IN ('year', 'quarter', 'month', 'week', 'day')),"
	"  first_day TEXT,"
	"  last_day TEXT,"
	"  text TEXT NOT NULL,"
	"  sentence TEXT NOT NULL);"
	"CREATE INDEX event_by_article ON event(article_id, para, pos);"
	"CREATE INDEX event_by_day ON event(first_day, last_day);"
	"CREATE TABLE event_actor ("
	"  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,"
	"  actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (event_id, actor_id)) WITHOUT ROWID;"
	"CREATE INDEX event_actor_by_actor ON event_actor(actor_id, event_id);",
	/* 3 -> 4: how many stories name each actor (kept by triggers, so rarity
	 * is a lookup), and each article's most related stories */
	"ALTER TABLE actor ADD COLUMN stories INTEGER NOT NULL DEFAULT 0;"
	"UPDATE actor SET stories = (SELECT count(*) FROM mention WHERE actor_id = actor.id);"
	"CREATE TRIGGER mention_counts_story AFTER INSERT ON mention BEGIN"
	"  UPDATE actor SET stories = stories + 1 WHERE id = new.actor_id;"
	"END;"
	"CREATE TRIGGER mention_uncounts_story AFTER DELETE ON mention BEGIN"
	"  UPDATE actor SET stories = stories - 1 WHERE id = old.actor_id;"
	"END;"
	"CREATE TABLE related ("
	"  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	"  other_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	"  score REAL NOT NULL,"
	"  shared TEXT NOT NULL,"
	"  PRIMARY KEY (article_id, other_id)) WITHOUT ROWID;"
	"CREATE INDEX related_by_score ON related(article_id, score DESC);"
	"CREATE INDEX related_by_other ON related(other_id);",
	/* 4 -> 5: the --date a source was imported with, so a re-extraction
	 * without the original command line dates its articles the same way */
	"ALTER TABLE source ADD COLUMN fallback_date TEXT;",
	/* 5 -> 6: indexes in the reader's exact list orders (undated last), so
	 * a page is an index walk, not a sort of the whole table */
	("CREATE INDEX article_newest ON article(date IS NULL, date DESC, id DESC);"
	 "CREATE INDEX event_in_order ON event(first_day IS NULL, first_day, last_day, article_id, para, pos);"),
	/* 6 -> 7: an event keeps where its sentence is in the paragraph, not
	 * a copy: a text dense with dates stored each sentence once per date */
	("ALTER TABLE event ADD COLUMN sent_start INTEGER NOT NULL DEFAULT 0;"
	 "ALTER TABLE event ADD COLUMN sent_end INTEGER NOT NULL DEFAULT 0;"
	 "UPDATE event SET (sent_start, sent_end) = (SELECT s, s + length(CAST(event.sentence AS BLOB)) FROM"
	 " (SELECT max(instr(CAST(p.text AS BLOB), CAST(event.sentence AS BLOB)) - 1, 0) AS s FROM paragraph p"
	 "  WHERE p.article_id = event.article_id AND p.seq = event.para));"
	 "ALTER TABLE event DROP COLUMN sentence;"),
	/* 7 -> 8: the timeline is read through event_in_order; an index by
	 * day alone only made every event's insert dearer */
	"DROP INDEX event_by_day;",
	/* 8 -> 9: seasons ("2024-SU") and decades ("199") are precisions of
	 * the timeline.  SQLite cannot change a CHECK in place, so the event
	 * tables are copied into new ones; event_actor goes first, so dropping
	 * event has nothing to cascade to. */
	("CREATE TABLE event9 ("
	 "  id INTEGER PRIMARY KEY,"
	 "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	 "  para INTEGER NOT NULL,"
	 "  pos INTEGER NOT NULL,"
	 "  value TEXT,"
	 "  precision TEXT CHECK (precision IN ('year', 'quarter', 'month', 'week', 'day', 'season', 'decade')),"
	 "  first_day TEXT,"
	 "  last_day TEXT,"
	 "  text TEXT NOT NULL,"
	 "  sent_start INTEGER NOT NULL DEFAULT 0,"
	 "  sent_end INTEGER NOT NULL DEFAULT 0);"
	 "INSERT INTO event9 (id, article_id, para, pos, value, precision, first_day, last_day, text,"
	 "  sent_start, sent_end) SELECT id, article_id, para, pos, value, precision, first_day,"
	 "  last_day, text, sent_start, sent_end FROM event;"
	 "CREATE TABLE event_actor9 ("
	 "  event_id INTEGER NOT NULL REFERENCES event9(id) ON DELETE CASCADE,"
	 "  actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,"
	 "  PRIMARY KEY (event_id, actor_id)) WITHOUT ROWID;"
	 "INSERT INTO event_actor9 SELECT event_id, actor_id FROM event_actor;"
	 "DROP TABLE event_actor;"
	 "DROP TABLE event;"
	 "ALTER TABLE event9 RENAME TO event;"
	 "ALTER TABLE event_actor9 RENAME TO event_actor;"
	 "CREATE INDEX event_by_article ON event(article_id, para, pos);"
	 "CREATE INDEX event_in_order ON event(first_day IS NULL, first_day, last_day, article_id, para, pos);"
	 "CREATE INDEX event_actor_by_actor ON event_actor(actor_id, event_id);"),
	/* 9 -> 10: each article's distinctive terms, so neighbours are found
	 * through an index; near-duplicates among related stories; story
	 * threads.  Older articles get terms and threads from brief-import
	 * --reextract. */
	("CREATE TABLE article_term ("
	 "  term TEXT NOT NULL,"
	 "  weight REAL NOT NULL,"
	 "  article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,"
	 "  PRIMARY KEY (term, weight, article_id)) WITHOUT ROWID;"
	 "CREATE INDEX article_term_by_article ON article_term(article_id);"
	 "ALTER TABLE related ADD COLUMN duplicate INTEGER NOT NULL DEFAULT 0;"
	 "CREATE TABLE thread ("
	 "  id INTEGER PRIMARY KEY,"
	 "  title TEXT NOT NULL DEFAULT '',"
	 "  title_id INTEGER,"
	 "  title_links INTEGER NOT NULL DEFAULT -1,"
	 "  first_day TEXT,"
	 "  last_day TEXT,"
	 "  stories INTEGER NOT NULL DEFAULT 0);"
	 "ALTER TABLE article ADD COLUMN thread_id INTEGER REFERENCES thread(id) ON DELETE SET NULL;"
	 "CREATE INDEX article_by_thread ON article(thread_id, date);"
	 "CREATE INDEX thread_by_activity ON thread(last_day IS NULL, last_day DESC, id DESC);"
	 /* a story that leaves (its file replaced or re-extracted) leaves its
	  * thread; an empty thread goes */
	 "CREATE TRIGGER article_leaves_thread AFTER DELETE ON article WHEN old.thread_id IS NOT NULL BEGIN"
	 "  UPDATE thread SET stories = stories - 1 WHERE id = old.thread_id;"
	 "  DELETE FROM thread WHERE id = old.thread_id AND stories <= 0;"
	 "END;"),
	/* 10 -> 11: the search index reads its text from the article tables
	 * (an external-content table over a view) instead of keeping a copy,
	 * a third of the cache.  The view gives the text as it was indexed:
	 * the title, and the paragraphs in order joined by newlines.  An
	 * article leaves the index before its paragraphs go. */
	("DROP TRIGGER article_fts_delete;"
	 "DROP TABLE article_fts;"
	 "CREATE VIEW article_text (id, title, body) AS SELECT a.id, a.title,"
	 "  (SELECT group_concat(p.text, char(10)) FROM paragraph p WHERE p.article_id = a.id)"
	 "  FROM article a;"
	 "CREATE VIRTUAL TABLE article_fts USING fts5("
	 "  title, body, content = 'article_text', content_rowid = 'id',"
	 "  tokenize = 'unicode61 remove_diacritics 2');"
	 "INSERT INTO article_fts (article_fts) VALUES ('rebuild');"
	 "CREATE TRIGGER article_fts_delete BEFORE DELETE ON article BEGIN"
	 "  INSERT INTO article_fts (article_fts, rowid, title, body)"
	 "    SELECT 'delete', id, title, body FROM article_text WHERE id = old.id;"
	 "END;"),
	/* 11 -> 12: a source's bytes may be kept deflated (pack.h), size
	 * still giving their length as read */
	"ALTER TABLE source ADD COLUMN packed INTEGER NOT NULL DEFAULT 0;",
	/* 12 -> 13: people by the last word of their name, so "Blinken" finds
	 * "Antony Blinken" through an index instead of reading every person
	 * (the expression is the one STMT_ACTOR_BY_SURNAME asks by) */
	"CREATE INDEX actor_by_surname ON actor (substr(name, length(rtrim(name, replace(name, ' ', ''))) + 1))"
	" WHERE kind = 'person';",
	/* 13 -> 14: a mention carries its article's date (which never changes:
	 * an article is replaced, not edited), so an actor's stories, newest
	 * first, are an index walk instead of a sort of all of them on every
	 * page */
	("ALTER TABLE mention ADD COLUMN date TEXT;"
	 "UPDATE mention SET date = (SELECT date FROM article WHERE id = mention.article_id);"
	 "CREATE INDEX mention_newest ON mention (actor_id, date IS NULL, date DESC, article_id DESC);"),
	/* 14 -> 15: the same for an actor's timeline (an event's days never
	 * change either), as day numbers (3 bytes, not 10, in the table and
	 * its index), and actors by how many stories name them */
	("ALTER TABLE event_actor ADD COLUMN first_day INTEGER;"
	 "ALTER TABLE event_actor ADD COLUMN last_day INTEGER;"
	 "UPDATE event_actor SET (first_day, last_day) = (SELECT CAST(julianday(first_day) AS INTEGER),"
	 "  CAST(julianday(last_day) AS INTEGER) FROM event WHERE id = event_actor.event_id);"
	 "CREATE INDEX event_actor_in_order ON event_actor"
	 "  (actor_id, first_day IS NULL, first_day, last_day, event_id);"
	 /* which also finds an actor's rows, as this one did */
	 "DROP INDEX event_actor_by_actor;"
	 "CREATE INDEX actor_by_stories ON actor (stories DESC, name) WHERE stories > 0;"),
	/* 15 -> 16: the sizes of the long lists kept as rows change, so that a
	 * list's length is a lookup and not a count of a million rows; and the
	 * whole timeline in the order its pages are sought by (an event's id
	 * breaks ties of its days, as in an actor's timeline) */
	("CREATE TABLE tally (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;"
	 "INSERT INTO tally VALUES ('article', (SELECT count(*) FROM article)),"
	 "  ('event', (SELECT count(*) FROM event)),"
	 "  ('actor', (SELECT count(*) FROM actor WHERE stories > 0)),"
	 "  ('thread', (SELECT count(*) FROM thread WHERE stories > 1));"
	 "CREATE TRIGGER article_tallied AFTER INSERT ON article BEGIN"
	 "  UPDATE tally SET n = n + 1 WHERE name = 'article'; END;"
	 "CREATE TRIGGER article_untallied AFTER DELETE ON article BEGIN"
	 "  UPDATE tally SET n = n - 1 WHERE name = 'article'; END;"
	 "CREATE TRIGGER event_tallied AFTER INSERT ON event BEGIN"
	 "  UPDATE tally SET n = n + 1 WHERE name = 'event'; END;"
	 "CREATE TRIGGER event_untallied AFTER DELETE ON event BEGIN"
	 "  UPDATE tally SET n = n - 1 WHERE name = 'event'; END;"
	 "CREATE TRIGGER actor_tallied AFTER UPDATE OF stories ON actor"
	 "  WHEN (new.stories > 0) <> (old.stories > 0) BEGIN"
	 "  UPDATE tally SET n = n + (new.stories > 0) - (old.stories > 0) WHERE name = 'actor'; END;"
	 "CREATE TRIGGER actor_untallied AFTER DELETE ON actor WHEN old.stories > 0 BEGIN"
	 "  UPDATE tally SET n = n - 1 WHERE name = 'actor'; END;"
	 "CREATE TRIGGER thread_tallied AFTER INSERT ON thread WHEN new.stories > 1 BEGIN"
	 "  UPDATE tally SET n = n + 1 WHERE name = 'thread'; END;"
	 "CREATE TRIGGER thread_retallied AFTER UPDATE OF stories ON thread"
	 "  WHEN (new.stories > 1) <> (old.stories > 1) BEGIN"
	 "  UPDATE tally SET n = n + (new.stories > 1) - (old.stories > 1) WHERE name = 'thread'; END;"
	 "CREATE TRIGGER thread_untallied AFTER DELETE ON thread WHEN old.stories > 1 BEGIN"
	 "  UPDATE tally SET n = n - 1 WHERE name = 'thread'; END;"
	 "ALTER TABLE actor ADD COLUMN events INTEGER NOT NULL DEFAULT 0;"
	 "UPDATE actor SET events = (SELECT count(*) FROM event_actor WHERE actor_id = actor.id);"
	 "CREATE TRIGGER event_actor_counted AFTER INSERT ON event_actor BEGIN"
	 "  UPDATE actor SET events = events + 1 WHERE id = new.actor_id; END;"
	 "CREATE TRIGGER event_actor_uncounted AFTER DELETE ON event_actor BEGIN"
	 "  UPDATE actor SET events = events - 1 WHERE id = old.actor_id; END;"
	 "DROP INDEX event_in_order;"
	 "CREATE INDEX event_in_order ON event (first_day IS NULL, first_day, last_day);"
	 /* brief timeline --actor blinken: names (every actor has an alias of
	  * its own name) and last names looked up without regard to case, in
	  * an index instead of every actor; the writer's exact lookups use
	  * the same indexes */
	 "DROP INDEX alias_by_name;"
	 "CREATE INDEX alias_by_name ON alias (name COLLATE NOCASE);"
	 "DROP INDEX actor_by_surname;"
	 "CREATE INDEX actor_by_surname ON actor"
	 "  (substr(name, length(rtrim(name, replace(name, ' ', ''))) + 1) COLLATE NOCASE) WHERE kind = 'person';"),
	/* 16 -> 17: reading state.  An article is read or flagged; the state is
	 * kept by its file's content and its place in the file, so that an
	 * unchanged file imported again and --reextract, which make new
	 * article rows, find it again */
	("CREATE TABLE reading ("
	 "  hash TEXT NOT NULL,"
	 "  part INTEGER NOT NULL,"
	 "  read INTEGER NOT NULL DEFAULT 0,"
	 "  flagged INTEGER NOT NULL DEFAULT 0,"
	 "  PRIMARY KEY (hash, part)) WITHOUT ROWID;"
	 "ALTER TABLE article ADD COLUMN read INTEGER NOT NULL DEFAULT 0;"
	 "ALTER TABLE article ADD COLUMN flagged INTEGER NOT NULL DEFAULT 0;"
	 "INSERT INTO tally VALUES ('read', 0), ('flagged', 0);"
	 "CREATE TRIGGER article_read_tallied AFTER INSERT ON article WHEN new.read OR new.flagged BEGIN"
	 "  UPDATE tally SET n = n + new.read WHERE name = 'read';"
	 "  UPDATE tally SET n = n + new.flagged WHERE name = 'flagged'; END;"
	 "CREATE TRIGGER article_read_untallied AFTER DELETE ON article WHEN old.read OR old.flagged BEGIN"
	 "  UPDATE tally SET n = n - old.read WHERE name = 'read';"
	 "  UPDATE tally SET n = n - old.flagged WHERE name = 'flagged'; END;"
	 "CREATE TRIGGER article_read_retallied AFTER UPDATE OF read, flagged ON article BEGIN"
	 "  UPDATE tally SET n = n + new.read - old.read WHERE name = 'read';"
	 "  UPDATE tally SET n = n + new.flagged - old.flagged WHERE name = 'flagged'; END;"
	 "CREATE INDEX article_flagged ON article (date IS NULL, date DESC, id DESC) WHERE flagged;"
	 /* the other orders of every article (o in the reader) */
	 "CREATE INDEX article_unread_first ON article (read, date IS NULL, date DESC, id DESC);"
	 "CREATE INDEX source_by_path ON source (path);"
	 /* the unread stories of each actor and thread, kept as they change,
	  * for the Actors and Threads lists */
	 "ALTER TABLE actor ADD COLUMN unread INTEGER NOT NULL DEFAULT 0;"
	 "ALTER TABLE thread ADD COLUMN unread INTEGER NOT NULL DEFAULT 0;"
	 "UPDATE actor SET unread = stories;"
	 "UPDATE thread SET unread = stories;"
	 "CREATE TRIGGER mention_counts_unread AFTER INSERT ON mention"
	 "  WHEN (SELECT read FROM article WHERE id = new.article_id) = 0 BEGIN"
	 "  UPDATE actor SET unread = unread + 1 WHERE id = new.actor_id; END;"
	 "CREATE TRIGGER article_leaves_unread BEFORE DELETE ON article WHEN old.read = 0 BEGIN"
	 "  UPDATE actor SET unread = unread - 1 WHERE id IN (SELECT actor_id FROM mention WHERE article_id = old.id);"
	 "  UPDATE thread SET unread = unread - 1 WHERE id = old.thread_id; END;"
	 "CREATE TRIGGER article_read_counted AFTER UPDATE OF read ON article WHEN new.read <> old.read BEGIN"
	 "  UPDATE actor SET unread = unread + (CASE WHEN new.read THEN -1 ELSE 1 END)"
	 "    WHERE id IN (SELECT actor_id FROM mention WHERE article_id = new.id);"
	 "  UPDATE thread SET unread = unread + (CASE WHEN new.read THEN -1 ELSE 1 END) WHERE id = new.thread_id; END;"
	 "CREATE TRIGGER article_thread_unread AFTER UPDATE OF thread_id ON article"
	 "  WHEN new.read = 0 AND new.thread_id IS NOT old.thread_id BEGIN"
	 "  UPDATE thread SET unread = unread - 1 WHERE id = old.thread_id;"
	 "  UPDATE thread SET unread = unread + 1 WHERE id = new.thread_id; END;"),
};

int cache_schema_version(void)
{
	return (int)(sizeof migrations / sizeof *migrations);
}

static int read_version(struct cache *c, int *version)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(c->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
		return cache_fail(c, "reading the schema version");
	int rc = sqlite3_step(st);
	*version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? BRIEF_OK : cache_fail(c, "reading the schema version");
}

int cache_migrate(struct cache *c)
{
	int version;
	if (read_version(c, &version) != BRIEF_OK)
		return BRIEF_ERR;
	if (version == cache_schema_version())
		return BRIEF_OK;
	if (cache_begin(c) != BRIEF_OK)
		return BRIEF_ERR;
	/* Another process may have migrated while we waited for the lock. */
	if (read_version(c, &version) != BRIEF_OK)
		goto fail;
	for (int v = version; v < cache_schema_version(); v++) {
		if (sqlite3_exec(c->db, migrations[v], NULL, NULL, NULL) != SQLITE_OK) {
			cache_fail(c, "upgrading the cache schema");
			goto fail;
		}
	}
	char sql[64];
	snprintf(sql, sizeof sql, "PRAGMA user_version = %d", cache_schema_version());
	if (sqlite3_exec(c->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
		cache_fail(c, "setting the schema version");
		goto fail;
	}
	return cache_commit(c);
fail:
	cache_rollback(c);
	return BRIEF_ERR;
}
