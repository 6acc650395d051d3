/* baseline.c - what storing a corpus costs without any extraction: each
 * file's raw text into SQLite with an FTS5 index over it, as brief-import
 * would store it if it did nothing else.  make bench runs it beside
 * brief-import on the same files, so brief's own cost reads as a ratio.
 *
 * usage: baseline DB DIR [FILES_PER_TRANSACTION]
 * One transaction per file by default (brief-import's atomicity); a larger
 * count batches them.  Prints "N files, B bytes" on stdout. */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

static sqlite3 *db;
static sqlite3_stmt *put_doc, *put_fts;
static long per_transaction = 1, files, in_transaction;
static long long bytes;

static void die(const char *what)
{
	fprintf(stderr, "baseline: %s: %s\n", what, db ? sqlite3_errmsg(db) : "out of memory");
	exit(1);
}

static void exec(const char *sql)
{
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		die(sql);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 65536, n = 0, got;
	char *data = malloc(cap);
	while (data && (got = fread(data + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			char *bigger = realloc(data, cap *= 2);
			if (!bigger)
				free(data);
			data = bigger;
		}
	}
	fclose(f);
	*len = n;
	return data;
}

static int store(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)st, (void)ftw;
	if (type != FTW_F)
		return 0;
	size_t len;
	char *text = slurp(path, &len);
	if (!text)
		return 0;
	if (in_transaction == 0)
		exec("BEGIN");
	sqlite3_bind_text(put_doc, 1, path, -1, SQLITE_STATIC);
	sqlite3_bind_blob(put_doc, 2, text, (int)len, SQLITE_STATIC);
	if (sqlite3_step(put_doc) != SQLITE_DONE)
		die("storing a file");
	sqlite3_reset(put_doc);
	sqlite3_bind_int64(put_fts, 1, sqlite3_last_insert_rowid(db));
	sqlite3_bind_text(put_fts, 2, text, (int)len, SQLITE_STATIC);
	if (sqlite3_step(put_fts) != SQLITE_DONE)
		die("indexing a file");
	sqlite3_reset(put_fts);
	free(text);
	files++;
	bytes += (long long)len;
	if (++in_transaction == per_transaction) {
		exec("COMMIT");
		in_transaction = 0;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: baseline DB DIR [FILES_PER_TRANSACTION]\n");
		return 2;
	}
	if (argc == 4 && (per_transaction = atol(argv[3])) < 1)
		per_transaction = 1;
	if (sqlite3_open(argv[1], &db) != SQLITE_OK)
		die(argv[1]);
	/* the same journal and durability as brief's cache */
	exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
	     "CREATE TABLE IF NOT EXISTS doc (id INTEGER PRIMARY KEY, path TEXT NOT NULL, raw BLOB NOT NULL);"
	     "CREATE VIRTUAL TABLE IF NOT EXISTS doc_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');");
	if (sqlite3_prepare_v2(db, "INSERT INTO doc (path, raw) VALUES (?, ?)", -1, &put_doc, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "INSERT INTO doc_fts (rowid, body) VALUES (?, ?)", -1, &put_fts, NULL) != SQLITE_OK)
		die("preparing");
	if (nftw(argv[2], store, 16, FTW_PHYS) != 0) {
		perror(argv[2]);
		return 1;
	}
	if (in_transaction)
		exec("COMMIT");
	sqlite3_finalize(put_doc);
	sqlite3_finalize(put_fts);
	sqlite3_close(db);
	printf("%ld files, %lld bytes\n", files, bytes);
	return 0;
}
