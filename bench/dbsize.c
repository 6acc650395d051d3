/* dbsize.c - where a cache's bytes are: each table and index by the pages
 * SQLite's dbstat gives it, largest first, and the whole against the raw
 * text it was made from.
 *
 * usage: dbsize DB RAW_BYTES [TOP]: the TOP largest (all by default) */
#include <stdio.h>
#include <stdlib.h>

#include <sqlite3.h>

int main(int argc, char **argv)
{
	if (argc != 3 && argc != 4) {
		fprintf(stderr, "usage: dbsize DB RAW_BYTES [TOP]\n");
		return 2;
	}
	double raw = atof(argv[2]);
	long top = argc == 4 ? atol(argv[3]) : -1, shown = 0;
	sqlite3 *db;
	sqlite3_stmt *st;
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db, "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC", -1, &st,
			       NULL) != SQLITE_OK) {
		fprintf(stderr, "dbsize: %s: %s\n", argv[1], sqlite3_errmsg(db));
		return 1;
	}
	double total = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		double bytes = sqlite3_column_double(st, 1);
		total += bytes;
		if (top < 0 || shown++ < top)
			printf("  %-28s %10.0f KiB\n", (const char *)sqlite3_column_text(st, 0), bytes / 1024);
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	printf("  %-28s %10.0f KiB  %.1fx the raw text\n", "all", total / 1024, raw > 0 ? total / raw : 0);
	return 0;
}
