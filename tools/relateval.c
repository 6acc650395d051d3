/* relateval.c - related stories and story threads measured on a set of
 * articles whose threads are known (see relateval.h).
 *
 * The articles are imported into a new cache as brief-import does, in
 * file-name order, and the cache is then read back:
 * - precision at 1: of the articles whose thread holds another story, the
 *   share whose first related story is of their thread (an empty list is
 *   a miss);
 * - precision at 5: stories of their thread among the first five, over
 *   the five or the thread's other stories, whichever are fewer;
 * - shown precision: of all related stories shown, the share in the same
 *   thread;
 * - related stories shown, on average, for an article with none;
 * - thread purity (each found thread counted by its largest true thread)
 *   and completeness (each true thread by the largest share one found
 *   thread holds), both over articles;
 * - near-duplicates marked, against the true pairs. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "brief/cache.h"
#include "brief/error.h"
#include "brief/importer.h"
#include "brief/mem.h"
#include "corpus.h"
#include "relateval.h"

struct truth {
	char **dup_a, **dup_b; /* the pairs of one story in two files */
	size_t ndup;
	char **file;
	int *thread; /* index of the true thread; each single its own */
	size_t n, cap;
	int threads;
};

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	return s;
}

static bool truth_read(const char *path, struct truth *t)
{
	char *text = corpus_read_file(path, NULL);
	if (!text)
		return false;
	int current = -1;
	bool single = false;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		bool indented = line[0] == '\t' || line[0] == ' ';
		char *s = trim(line);
		if (!*s || *s == '#')
			continue;
		if (!indented) {
			single = strcmp(s, "single:") == 0;
			if (strncmp(s, "thread:", 7) == 0)
				current = t->threads++;
			if (strncmp(s, "duplicate:", 10) == 0) {
				char a[256], b[256];
				if (sscanf(s + 10, "%255s %255s", a, b) == 2) {
					t->dup_a = xrealloc(t->dup_a, (t->ndup + 1) * sizeof *t->dup_a);
					t->dup_b = xrealloc(t->dup_b, (t->ndup + 1) * sizeof *t->dup_b);
					t->dup_a[t->ndup] = xstrdup(a);
					t->dup_b[t->ndup++] = xstrdup(b);
				}
			}
			continue;
		}
		t->file = xgrow(t->file, &t->cap, t->n + 1, sizeof *t->file);
		t->thread = xrealloc(t->thread, t->cap * sizeof *t->thread);
		t->file[t->n] = xstrdup(s);
		t->thread[t->n++] = single ? t->threads++ : current;
	}
	free(text);
	return true;
}

static int truth_thread(const struct truth *t, const char *file)
{
	const char *base = strrchr(file, '/');
	base = base ? base + 1 : file;
	for (size_t i = 0; i < t->n; i++)
		if (strcmp(t->file[i], base) == 0)
			return t->thread[i];
	return -1;
}

/* Article ids to their true threads and found threads. */
struct found {
	char **file;
	int64_t *id;
	int *truth, *thread;
	size_t n;
};

static int index_of(const struct found *f, int64_t id)
{
	for (size_t i = 0; i < f->n; i++)
		if (f->id[i] == id)
			return (int)i;
	return -1;
}

static bool import_all(const char *dir, const struct truth *t, const struct gazetteer *g,
		       const struct models *m, const char *db)
{
	struct importer im = {0};
	static volatile sig_atomic_t never;
	im.gazetteer = g;
	im.models = m;
	im.stop = &never;
	im.seg.fallback_date.precision = DATE_NONE;
	if (cache_open(db, CACHE_WRITE, &im.cache) != BRIEF_OK)
		return false;
	char **sorted = xmalloc((t->n ? t->n : 1) * sizeof *sorted);
	memcpy(sorted, t->file, t->n * sizeof *sorted);
	for (size_t i = 1; i < t->n; i++) /* file-name order, as a folder is read */
		for (size_t j = i; j > 0 && strcmp(sorted[j - 1], sorted[j]) > 0; j--) {
			char *x = sorted[j];
			sorted[j] = sorted[j - 1];
			sorted[j - 1] = x;
		}
	for (size_t i = 0; i < t->n; i++) {
		struct buf path = BUF_INIT;
		buf_printf(&path, "%s/articles/%s", dir, sorted[i]);
		import_file(&im, buf_str(&path));
		buf_free(&path);
	}
	import_flush(&im);
	free(sorted);
	cache_close(im.cache);
	return im.stats.failed == 0;
}

static void found_read(sqlite3 *db, const struct truth *t, struct found *f)
{
	sqlite3_stmt *st;
	/* a cache from before threads: each story its own */
	if (sqlite3_prepare_v2(db, "SELECT a.id, s.path, coalesce(a.thread_id, -a.id) FROM article a"
				   " JOIN source s ON s.id = a.source_id ORDER BY a.id", -1, &st, NULL) != SQLITE_OK)
		sqlite3_prepare_v2(db, "SELECT a.id, s.path, -a.id FROM article a"
				       " JOIN source s ON s.id = a.source_id ORDER BY a.id", -1, &st, NULL);
	size_t cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (f->n == cap) {
			cap = cap ? 2 * cap : 64;
			f->id = xrealloc(f->id, cap * sizeof *f->id);
			f->truth = xrealloc(f->truth, cap * sizeof *f->truth);
			f->thread = xrealloc(f->thread, cap * sizeof *f->thread);
			f->file = xrealloc(f->file, cap * sizeof *f->file);
		}
		const char *path = (const char *)sqlite3_column_text(st, 1), *base = strrchr(path, '/');
		f->file[f->n] = xstrdup(base ? base + 1 : path);
		f->id[f->n] = sqlite3_column_int64(st, 0);
		f->truth[f->n] = truth_thread(t, (const char *)sqlite3_column_text(st, 1));
		f->thread[f->n++] = (int)sqlite3_column_int64(st, 2);
	}
	sqlite3_finalize(st);
}

/* Purity of found threads against true ones (swap the two for completeness). */
static double purity(const int *found, const int *truth, size_t n)
{
	size_t total = 0;
	bool *done = xcalloc(n ? n : 1, sizeof *done);
	for (size_t i = 0; i < n; i++) {
		if (done[i])
			continue;
		/* the members of found thread found[i], by true thread */
		size_t best = 0;
		for (size_t j = i; j < n; j++) {
			if (found[j] != found[i] || done[j])
				continue;
			size_t same = 0;
			for (size_t k = i; k < n; k++)
				same += found[k] == found[i] && truth[k] == truth[j];
			if (same > best)
				best = same;
		}
		for (size_t j = i; j < n; j++)
			if (found[j] == found[i])
				done[j] = true;
		total += best;
	}
	free(done);
	return n ? (double)total / (double)n : 0;
}

void related_report(const char *dir, const struct gazetteer *g, const struct models *m, FILE *out,
		    bool verbose)
{
	struct truth t = {0};
	struct buf expected = BUF_INIT;
	buf_printf(&expected, "%s/expected.txt", dir);
	if (!truth_read(buf_str(&expected), &t)) {
		fprintf(out, "related stories: %s not found, left out\n", buf_str(&expected));
		buf_free(&expected);
		return;
	}
	buf_free(&expected);
	char db[] = "/tmp/brief-relateval-XXXXXX";
	int fd = mkstemp(db);
	if (fd < 0) {
		perror("mkstemp");
		return;
	}
	close(fd);
	unlink(db);
	struct found f = {0};
	sqlite3 *sq = NULL;
	if (!import_all(dir, &t, g, m, db) || sqlite3_open_v2(db, &sq, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		fprintf(out, "related stories: the set could not be imported: %s\n", err_get());
		goto done;
	}
	found_read(sq, &t, &f);
	size_t *thread_size = xcalloc((size_t)t.threads + 1, sizeof *thread_size);
	for (size_t i = 0; i < f.n; i++)
		if (f.truth[i] >= 0)
			thread_size[f.truth[i]]++;
	size_t with = 0, at1 = 0, none = 0, shown_none = 0, shown = 0, shown_right = 0;
	double at5 = 0;
	sqlite3_stmt *st;
	sqlite3_prepare_v2(sq, "SELECT other_id FROM related WHERE article_id = ? ORDER BY score DESC", -1, &st, NULL);
	for (size_t i = 0; i < f.n; i++) {
		sqlite3_bind_int64(st, 1, f.id[i]);
		size_t rank = 0, right5 = 0;
		bool first_right = false;
		while (sqlite3_step(st) == SQLITE_ROW) {
			int k = index_of(&f, sqlite3_column_int64(st, 0));
			bool right = k >= 0 && f.truth[k] == f.truth[i];
			if (rank == 0)
				first_right = right;
			if (rank < 5)
				right5 += right;
			shown++;
			shown_right += right;
			if (!right && verbose && k >= 0)
				fprintf(out, "  %s related, not of its thread: %s\n", f.file[i], f.file[k]);
			rank++;
		}
		sqlite3_reset(st);
		size_t others = f.truth[i] >= 0 ? thread_size[f.truth[i]] - 1 : 0;
		if (others && rank == 0 && verbose)
			fprintf(out, "  %s: no related story, %zu in its thread\n", f.file[i], others);
		if (others) {
			with++;
			at1 += first_right;
			at5 += (double)right5 / (double)(others < 5 ? others : 5);
		} else {
			none++;
			shown_none += rank;
		}
	}
	sqlite3_finalize(st);
	fprintf(out, "related stories (%s, %zu articles in %d true threads):\n", dir, f.n, t.threads);
	fprintf(out, "  precision at 1 %.3f  at 5 %.3f  shown precision %.3f (%zu/%zu)"
		     "  shown for an article with none %.2f (%zu articles)\n",
		with ? (double)at1 / with : 0, with ? at5 / with : 0, shown ? (double)shown_right / shown : 0,
		shown_right, shown, none ? (double)shown_none / none : 0, none);
	int found_threads = 0;
	for (size_t i = 0; i < f.n; i++) {
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = f.thread[j] == f.thread[i];
		found_threads += !seen;
	}
	fprintf(out, "  threads: %d found, purity %.3f  completeness %.3f\n", found_threads,
		purity(f.thread, f.truth, f.n), purity(f.truth, f.thread, f.n));
	/* near-duplicates: marked pairs against the true ones */
	size_t marked = 0, marked_right = 0;
	sqlite3_prepare_v2(sq, "SELECT article_id, other_id FROM related WHERE duplicate AND article_id < other_id",
			   -1, &st, NULL);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int x = index_of(&f, sqlite3_column_int64(st, 0)), y = index_of(&f, sqlite3_column_int64(st, 1));
		marked++;
		for (size_t d = 0; x >= 0 && y >= 0 && d < t.ndup; d++)
			marked_right += (strcmp(f.file[x], t.dup_a[d]) == 0 && strcmp(f.file[y], t.dup_b[d]) == 0) ||
					(strcmp(f.file[y], t.dup_a[d]) == 0 && strcmp(f.file[x], t.dup_b[d]) == 0);
	}
	sqlite3_finalize(st);
	fprintf(out, "  near-duplicates: %zu marked, %zu of the %zu true pairs\n", marked, marked_right, t.ndup);
	free(thread_size);
done:
	if (sq)
		sqlite3_close(sq);
	unlink(db);
	for (const char *suffix = "-wal"; suffix; suffix = strcmp(suffix, "-wal") == 0 ? "-shm" : NULL) {
		struct buf side = BUF_INIT;
		buf_printf(&side, "%s%s", db, suffix);
		unlink(buf_str(&side));
		buf_free(&side);
	}
	for (size_t i = 0; i < t.ndup; i++)
		free(t.dup_a[i]), free(t.dup_b[i]);
	free(t.dup_a);
	free(t.dup_b);
	for (size_t i = 0; i < t.n; i++)
		free(t.file[i]);
	free(t.file);
	free(t.thread);
	for (size_t i = 0; i < f.n; i++)
		free(f.file[i]);
	free(f.file);
	free(f.id);
	free(f.truth);
	free(f.thread);
}
