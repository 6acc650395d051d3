/* importer.c - one prepared file into the cache, in one transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "brief/cache_write.h"
#include "brief/decode.h"
#include "brief/error.h"
#include "brief/importer.h"
#include "brief/mem.h"
#include "brief/model.h"
#include "brief/tagger.h"
#include "brief/paths.h"
#include "brief/postag.h"
#include "brief/prepare.h"
#include "brief/records.h"
#include "brief/related.h"

void import_fail(struct importer *im, const char *path, const char *reason)
{
	progress_clear(&im->progress);
	err_report("%s: %s", path, reason);
	im->stats.files++;
	im->stats.failed++;
}

static int store_article(struct importer *im, int64_t source_id, size_t i, const struct prepared *x,
			 int64_t *article_id)
{
	struct article_records r;
	records_make(&r, &x->list.items[i], &x->actors[i], &x->events[i]);
	int64_t *ids = xcalloc(r.nactors + 1, sizeof *ids);
	int rc = cache_article_put(im->cache, source_id, (int)i + 1, &r.article, article_id);
	if (rc == BRIEF_OK)
		rc = cache_actors_put(im->cache, *article_id, r.actors, r.nactors, ids);
	if (rc == BRIEF_OK)
		rc = cache_events_put(im->cache, *article_id, &r.article, r.events, r.nevents, ids);
	free(ids);
	records_free(&r);
	return rc;
}

enum stored { STORED, ALREADY_IN, NOT_STORED };

/* A transaction holds at most this many files, bytes or seconds: readers
 * see new stories within the second, another importer waits no longer,
 * and the files kept for a retry stay a few megabytes. */
enum { BATCH_FILES = 256, BATCH_BYTES = 4 << 20 };
static const double BATCH_SECONDS = 0.5;

struct kept {
	struct prepared p;
	enum source_state state;
	long stored;
};

struct batch {
	double opened_at;
	struct kept *v;
	size_t n, cap, bytes;
};

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int batch_open(struct importer *im)
{
	if (im->open)
		return BRIEF_OK;
	if (cache_begin(im->cache) != BRIEF_OK)
		return BRIEF_ERR;
	im->open = xcalloc(1, sizeof *im->open);
	im->open->opened_at = now();
	return BRIEF_OK;
}

static void batch_free(struct batch *b)
{
	for (size_t i = 0; b && i < b->n; i++)
		prepared_free(&b->v[i].p);
	if (b)
		free(b->v);
	free(b);
}

static enum stored store(struct importer *im, const struct source_info *src, const struct prepared *x,
			 enum source_state *state);

static void source_of(const struct prepared *p, struct source_info *src)
{
	*src = (struct source_info){p->path, p->real, p->hash, p->encoding, p->bytes, p->len,
				    p->packed.len ? p->packed.data : NULL, p->packed.len,
				    p->fallback[0] ? p->fallback : NULL};
}

static void uncount(struct import_stats *s, enum source_state state, long stored)
{
	s->files--;
	if (state == SOURCE_UNCHANGED)
		s->unchanged--;
	s->articles -= (size_t)stored;
	if (state == SOURCE_CHANGED)
		s->replaced--;
}

static void stop_run(struct importer *im, const char *path)
{
	progress_clear(&im->progress);
	err_report("%s (stopped at %s; the files before it are in the cache)", err_get(), path);
	im->broken = true;
	if (im->stop)
		*im->stop = 1;
}

/* The open transaction was lost with the cache's failure: its files are
 * stored again, one transaction each, up to the first that fails.  True
 * when all are in. */
static bool replay(struct importer *im)
{
	struct batch *b = im->open;
	im->open = NULL;
	for (size_t i = 0; i < b->n; i++) {
		struct source_info src;
		enum source_state state;
		source_of(&b->v[i].p, &src);
		enum stored r = store(im, &src, &b->v[i].p, &state);
		struct batch *one = im->open;
		im->open = NULL;
		bool in = r != NOT_STORED && cache_commit(im->cache) == BRIEF_OK;
		batch_free(one);
		if (!in) {
			cache_rollback(im->cache);
			for (size_t k = i; k < b->n; k++)
				uncount(&im->stats, b->v[k].state, b->v[k].stored);
			stop_run(im, b->v[i].p.path);
			batch_free(b);
			return false;
		}
	}
	batch_free(b);
	return true;
}

void import_flush(struct importer *im)
{
	if (!im->open)
		return;
	if (cache_commit(im->cache) == BRIEF_OK) {
		batch_free(im->open);
		im->open = NULL;
		return;
	}
	char *why = xstrdup(err_get());
	if (replay(im)) {
		/* in after all, one by one: the failure was the batch's size */
		err_set("%s", why);
	}
	free(why);
}

/* One file's articles, all or none: its own savepoint in the open
 * transaction (or the whole run's, re-extracting).  What the file is to
 * the cache (new, changed, or stored meanwhile by another importer) is
 * decided again under the write lock, so two importers never both count a
 * file. */
static enum stored store(struct importer *im, const struct source_info *src, const struct prepared *x,
			 enum source_state *state)
{
	int64_t source_id, *ids = NULL;
	if (!im->batch) {
		if (batch_open(im) != BRIEF_OK || cache_savepoint(im->cache) != BRIEF_OK)
			return NOT_STORED;
		if (cache_source_state(im->cache, src->realpath, src->hash, state) != BRIEF_OK)
			goto fail;
		if (*state == SOURCE_UNCHANGED)
			return cache_release(im->cache) == BRIEF_OK ? ALREADY_IN : NOT_STORED;
	}
	if (cache_source_put(im->cache, src, &source_id) != BRIEF_OK)
		goto fail;
	ids = xcalloc(x->list.n, sizeof *ids);
	for (size_t i = 0; i < x->list.n; i++)
		if (store_article(im, source_id, i, x, &ids[i]) != BRIEF_OK)
			goto fail;
	/* after all of the file is in, so its stories can relate to each other */
	for (size_t i = 0; i < x->list.n; i++)
		if (cache_relate_article(im->cache, ids[i], !im->batch) != BRIEF_OK)
			goto fail;
	free(ids);
	if (!im->batch && cache_release(im->cache) != BRIEF_OK)
		goto fail;
	return STORED;
fail:
	free(ids);
	if (!im->batch)
		cache_rollback_to(im->cache);
	return NOT_STORED;
}

/* A failure to store: the file's own, or the cache's (a full disk, damage),
 * which stops the whole run at the first file, with one line.  The files
 * before it in the open transaction are committed, or stored again. */
static void store_failed(struct importer *im, const char *path)
{
	if (im->stop && *im->stop && !im->broken)
		return; /* interrupted while waiting for another importer */
	if (!cache_broken(im->cache)) {
		import_fail(im, path, err_get());
		return;
	}
	if (im->batch) {
		im->broken = true;
		if (im->stop)
			*im->stop = 1;
		return;
	}
	char *why = xstrdup(err_get());
	bool in = !im->open || (cache_in_transaction(im->cache) && cache_commit(im->cache) == BRIEF_OK);
	if (in) {
		batch_free(im->open);
		im->open = NULL;
	} else {
		cache_rollback(im->cache);
		in = replay(im);
	}
	err_set("%s", why);
	free(why);
	if (in)
		stop_run(im, path);
}

struct prepare_context import_context(const struct importer *im, struct cache *look)
{
	return (struct prepare_context){im->gazetteer, im->models, &im->seg, look};
}

/* Store what prepare found in one source; what import_file, the pipeline
 * and import_reextract share.  Returns the articles stored, 0 when the
 * content is in already (or another importer stored it first), or -1
 * after reporting the failure. */
static long store_prepared(struct importer *im, struct prepared *p, enum source_state *state)
{
	if (p->failure) {
		import_fail(im, p->path, p->failure);
		return -1;
	}
	if (p->unchanged) {
		*state = SOURCE_UNCHANGED;
		return 0;
	}
	if (p->cp1252 && !im->batch) {
		progress_clear(&im->progress);
		err_report("%s:%zu: warning: not valid UTF-8; read as Windows-1252", p->path, p->bad_line);
	}
	struct source_info src;
	source_of(p, &src);
	switch (store(im, &src, p, state)) {
	case STORED: return (long)p->list.n;
	case ALREADY_IN: return 0;
	case NOT_STORED: break;
	}
	store_failed(im, p->path);
	return -1;
}

static void count(struct import_stats *s, enum source_state state, long stored)
{
	s->files++;
	if (state == SOURCE_UNCHANGED)
		s->unchanged++;
	s->articles += (size_t)stored;
	if (state == SOURCE_CHANGED)
		s->replaced++;
}

void import_store(struct importer *im, struct prepared *p)
{
	enum source_state state = SOURCE_NEW;
	long stored = store_prepared(im, p, &state);
	if (stored < 0)
		return;
	count(&im->stats, state, stored);
	struct batch *b = im->open;
	if (p->unchanged || !b)
		return; /* known unchanged at a first look: nothing was written */
	b->v = xgrow(b->v, &b->cap, b->n + 1, sizeof *b->v);
	b->v[b->n++] = (struct kept){*p, state, stored};
	memset(p, 0, sizeof *p);
	b->bytes += b->v[b->n - 1].p.len;
	if (b->n >= BATCH_FILES || b->bytes >= BATCH_BYTES || now() - b->opened_at >= BATCH_SECONDS)
		import_flush(im);
}

void import_file(struct importer *im, const char *path)
{
	struct prepare_context ctx = import_context(im, im->cache);
	struct prepared p;
	prepare_file(&ctx, path, &p);
	import_store(im, &p);
	prepared_free(&p);
}

int import_reextract(struct importer *im, const struct date_value *override)
{
	int64_t *ids;
	size_t n;
	if (cache_begin(im->cache) != BRIEF_OK)
		return BRIEF_ERR;
	if (cache_source_ids(im->cache, &ids, &n) != BRIEF_OK) {
		cache_rollback(im->cache);
		return BRIEF_ERR;
	}
	im->batch = true;
	progress_start(&im->progress, im->progress.out, n);
	for (size_t i = 0; i < n; i++) {
		struct stored_source src;
		if (cache_source_load(im->cache, ids[i], &src) != BRIEF_OK) {
			free(ids);
			cache_rollback(im->cache);
			return BRIEF_ERR;
		}
		im->seg.fallback_date.precision = DATE_NONE;
		if (override && override->precision != DATE_NONE)
			im->seg.fallback_date = *override;
		else if (src.fallback_date)
			date_parse_iso(src.fallback_date, &im->seg.fallback_date);
		enum source_state state = SOURCE_CHANGED;
		struct prepare_context ctx = import_context(im, NULL);
		struct prepared p = {.path = xstrdup(src.path), .real = xstrdup(src.realpath),
				     .bytes = src.raw, .len = src.raw_len};
		snprintf(p.hash, sizeof p.hash, "%s", src.hash);
		prepare_bytes(&ctx, &p);
		long stored = store_prepared(im, &p, &state);
		prepared_free(&p);
		stored_source_free(&src);
		if (stored < 0) {
			/* one transaction: a source that no longer yields an article
			 * would lose its old ones, so nothing changes at all */
			free(ids);
			cache_rollback(im->cache);
			if (im->broken)
				return BRIEF_ERR; /* the cache's own message says what to do */
			return err_set("re-extraction stopped; the cache is unchanged");
		}
		im->stats.files++;
		im->stats.articles += (size_t)stored;
		progress_update(&im->progress, im->stats.files, im->stats.articles);
	}
	free(ids);
	/* every story again, now that all are rebuilt and rarities are final;
	 * threads from scratch, in date order, as the stories happened */
	int rc = cache_threads_clear(im->cache);
	if (rc == BRIEF_OK)
		rc = cache_article_ids(im->cache, &ids, &n);
	for (size_t i = 0; rc == BRIEF_OK && i < n; i++)
		rc = cache_relate_article(im->cache, ids[i], true);
	free(ids);
	im->batch = false;
	if (rc != BRIEF_OK) {
		cache_rollback(im->cache);
		return BRIEF_ERR;
	}
	return cache_commit(im->cache);
}

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

void import_summary(const struct import_stats *s, char *out, size_t size)
{
	int n = snprintf(out, size, "%zu %s: %zu %s imported, %zu unchanged, %zu failed", s->files,
			 plural(s->files, "file", "files"), s->articles,
			 plural(s->articles, "article", "articles"), s->unchanged, s->failed);
	if (s->replaced && n > 0 && (size_t)n < size)
		snprintf(out + n, size - (size_t)n, " (%zu %s replaced)", s->replaced,
			 plural(s->replaced, "file", "files"));
}

static int load_model(struct model *m, const char *name, const struct model_kind *kind)
{
	char *path = paths_data_file(name);
	if (!path)
		return BRIEF_ERR;
	int rc = model_load(m, path, kind);
	free(path);
	return rc;
}

/* The name tagger for the actors, the part-of-speech tagger for the
 * tenses of the timeline. */
int import_load_models(struct models *m)
{
	if (load_model(&m->names, "ner.model", &tagger_model_kind) != BRIEF_OK)
		return BRIEF_ERR;
	return load_model(&m->pos, "pos.model", &postag_model_kind);
}

int import_load_gazetteer(struct gazetteer *g)
{
	char *path = paths_data_file("actors.yaml");
	if (!path)
		return BRIEF_ERR;
	int rc = gazetteer_load(g, path);
	free(path);
	if (rc != BRIEF_OK)
		return rc;
	char *config = paths_config_dir();
	if (config) {
		struct buf user = BUF_INIT;
		buf_printf(&user, "%s/actors.yaml", config);
		if (access(user.data, F_OK) == 0)
			rc = gazetteer_load(g, user.data);
		buf_free(&user);
		free(config);
	}
	return rc;
}
