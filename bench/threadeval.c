/* threadeval.c - the cache's story threads against the generator's own
 * (gencorpus DIR N SEED TRUTH writes them): purity (each found thread
 * counted by its largest true thread) and completeness (each true thread
 * by the largest share one found thread holds), over articles, and the
 * largest found thread beside the largest true one.  A story that stands
 * alone in the generator is a true thread of one.
 *
 * usage: threadeval DB TRUTH: articles are matched by the end of their
 * path ("d000/f000001.txt") and their part in the file. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

struct truth {
	char key[80]; /* "d000/f000001.txt#1" */
	long thread;
};

struct pair {
	long found, truth;
};

static int by_key(const void *a, const void *b)
{
	return strcmp(((const struct truth *)a)->key, ((const struct truth *)b)->key);
}

static int by_found(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	return x->found != y->found ? (x->found < y->found ? -1 : 1)
				     : x->truth != y->truth ? (x->truth < y->truth ? -1 : 1) : 0;
}

static int by_truth(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;
	return x->truth != y->truth ? (x->truth < y->truth ? -1 : 1)
				     : x->found != y->found ? (x->found < y->found ? -1 : 1) : 0;
}

/* Sum over groups of the first field of the largest run of the second,
 * the pairs sorted by (group, member); and the largest group. */
static long majority(const struct pair *v, size_t n, int by_found_first, long *largest)
{
	long sum = 0;
	*largest = 0;
	for (size_t i = 0; i < n;) {
		long group = by_found_first ? v[i].found : v[i].truth, best = 0, size = 0;
		while (i < n && (by_found_first ? v[i].found : v[i].truth) == group) {
			long member = by_found_first ? v[i].truth : v[i].found, run = 0;
			while (i < n && (by_found_first ? v[i].found : v[i].truth) == group &&
			       (by_found_first ? v[i].truth : v[i].found) == member)
				run++, i++;
			if (run > best)
				best = run;
			size += run;
		}
		sum += best;
		if (size > *largest)
			*largest = size;
	}
	return sum;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: threadeval DB TRUTH\n");
		return 2;
	}
	FILE *f = fopen(argv[2], "r");
	if (!f) {
		perror(argv[2]);
		return 1;
	}
	struct truth *t = NULL;
	size_t nt = 0, cap = 0;
	char path[64];
	int part, copy;
	long thread;
	while (fscanf(f, "%63s %d %ld %d", path, &part, &thread, &copy) == 4) {
		if (nt == cap && !(t = realloc(t, (cap = cap ? 2 * cap : 1024)* sizeof *t)))
			return 1;
		snprintf(t[nt].key, sizeof t[nt].key, "%s#%d", path, part);
		t[nt++].thread = thread;
	}
	fclose(f);
	qsort(t, nt, sizeof *t, by_key);

	sqlite3 *db;
	sqlite3_stmt *st;
	if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(db,
			       "SELECT s.path, a.part, a.thread_id, a.id FROM article a"
			       " JOIN source s ON s.id = a.source_id",
			       -1, &st, NULL) != SQLITE_OK) {
		fprintf(stderr, "threadeval: %s: %s\n", argv[1], sqlite3_errmsg(db));
		return 1;
	}
	struct pair *v = malloc((nt ? nt : 1) * sizeof *v);
	size_t n = 0, unmatched = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *p = (const char *)sqlite3_column_text(st, 0);
		size_t len = strlen(p);
		struct truth key;
		/* the last two parts of the path: the folder of 1,000 and the file */
		const char *tail = p + len;
		for (int slashes = 0; tail > p && slashes < 2; tail--)
			if (tail[-1] == '/' && ++slashes == 2)
				break;
		snprintf(key.key, sizeof key.key, "%s#%d", tail, sqlite3_column_int(st, 1));
		struct truth *hit = bsearch(&key, t, nt, sizeof *t, by_key);
		if (!hit || n == nt) {
			unmatched++;
			continue;
		}
		/* a story in no thread is a thread of its own */
		long found = sqlite3_column_type(st, 2) == SQLITE_NULL ? -sqlite3_column_int64(st, 3)
								       : sqlite3_column_int64(st, 2);
		v[n++] = (struct pair){found, hit->thread};
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	if (!n) {
		fprintf(stderr, "threadeval: no article of %s is in %s\n", argv[2], argv[1]);
		return 1;
	}
	long largest_found, largest_true;
	qsort(v, n, sizeof *v, by_found);
	double purity = (double)majority(v, n, 1, &largest_found) / (double)n;
	qsort(v, n, sizeof *v, by_truth);
	double completeness = (double)majority(v, n, 0, &largest_true) / (double)n;
	printf("threads: purity %.3f  completeness %.3f  largest %ld (true %ld)  over %zu articles",
	       purity, completeness, largest_found, largest_true, n);
	if (unmatched)
		printf(", %zu not in the truth", unmatched);
	printf("\n");
	free(v);
	free(t);
	return 0;
}
