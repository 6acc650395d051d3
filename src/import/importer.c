/* importer.c - one file into the cache, in one transaction. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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
#include "brief/related.h"
#include "brief/sha256.h"

void import_fail(struct importer *im, const char *path, const char *reason)
{
	progress_clear(&im->progress);
	err_report("%s: %s", path, reason);
	im->stats.files++;
	im->stats.failed++;
}

static const char *open_reason(int err)
{
	switch (err) {
	case ENOENT: return "no such file or directory";
	case EACCES: return "permission denied";
	case EISDIR: return "is a directory";
	default: return strerror(err);
	}
}

static const char *kind_reason(mode_t mode)
{
	if (S_ISDIR(mode))
		return "is a directory";
	if (S_ISFIFO(mode))
		return "a named pipe (FIFO), not a regular file";
	if (S_ISSOCK(mode))
		return "a socket, not a regular file";
	if (S_ISCHR(mode) || S_ISBLK(mode))
		return "a device, not a regular file";
	return "not a regular file";
}

/* Read the whole file; on failure *reason says why in the user's words. */
static int read_file(const char *path, struct buf *out, const char **reason)
{
	static char why[96];
	/* The type is known before the open: opening a FIFO or a tape blocks.
	 * O_NONBLOCK covers a file swapped for one in between. */
	struct stat st;
	if (stat(path, &st) != 0) {
		*reason = open_reason(errno);
		return BRIEF_ERR;
	}
	if (!S_ISREG(st.st_mode)) {
		*reason = kind_reason(st.st_mode);
		return BRIEF_ERR;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		*reason = open_reason(errno);
		return BRIEF_ERR;
	}
	int flags = fcntl(fd, F_GETFL);
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || flags < 0 ||
	    fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
		close(fd);
		*reason = kind_reason(st.st_mode);
		return BRIEF_ERR;
	}
	if ((unsigned long long)st.st_size > IMPORT_MAX_BYTES) {
		close(fd);
		snprintf(why, sizeof why, "too large (%lld MiB; the limit is %u MiB), not an article",
			 (long long)(st.st_size >> 20), IMPORT_MAX_BYTES >> 20);
		*reason = why;
		return BRIEF_ERR;
	}
	char chunk[65536];
	for (;;) {
		ssize_t r = read(fd, chunk, sizeof chunk);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			snprintf(why, sizeof why, "read error: %s", strerror(errno));
			*reason = why;
			close(fd);
			return BRIEF_ERR;
		}
		if (r == 0)
			break;
		buf_add(out, chunk, (size_t)r);
		if (out->len > IMPORT_MAX_BYTES) {
			close(fd);
			*reason = "too large, not an article";
			return BRIEF_ERR;
		}
	}
	close(fd);
	return BRIEF_OK;
}

/* What extraction found in one file, before anything is stored. */
struct extracted {
	struct article_list list;
	struct actor_set *actors;
	struct event_list *events;
};

static void extract(const struct gazetteer *g, const struct models *models, struct extracted *x)
{
	size_t n = x->list.n ? x->list.n : 1;
	x->actors = xcalloc(n, sizeof *x->actors);
	x->events = xcalloc(n, sizeof *x->events);
	for (size_t i = 0; i < x->list.n; i++) {
		actors_find(g, models, &x->list.items[i], &x->actors[i]);
		events_find(&x->list.items[i], &x->actors[i], models ? &models->pos : NULL, &x->events[i]);
	}
}

static void extracted_free(struct extracted *x)
{
	for (size_t i = 0; x->actors && i < x->list.n; i++) {
		actor_set_free(&x->actors[i]);
		event_list_free(&x->events[i]);
	}
	free(x->actors);
	free(x->events);
	article_list_free(&x->list);
}

static int store_article(struct importer *im, int64_t source_id, size_t i, const struct extracted *x,
			 int64_t *article_id)
{
	const struct article *a = &x->list.items[i];
	if (cache_article_put(im->cache, source_id, (int)i + 1, a, article_id) != BRIEF_OK)
		return BRIEF_ERR;
	int64_t *ids = xcalloc(x->actors[i].n ? x->actors[i].n : 1, sizeof *ids);
	int rc = cache_actors_put(im->cache, *article_id, &x->actors[i], ids);
	if (rc == BRIEF_OK)
		rc = cache_events_put(im->cache, *article_id, a, &x->events[i], ids);
	free(ids);
	return rc;
}

enum stored { STORED, ALREADY_IN, NOT_STORED };

/* One file's articles in one transaction.  What the file is to the cache
 * (new, changed, or stored meanwhile by another importer) is decided again
 * under the write lock, so two importers never both count a file. */
static enum stored store(struct importer *im, const struct source_info *src, const struct extracted *x,
			 enum source_state *state)
{
	int64_t source_id, *ids = NULL;
	if (!im->batch) {
		if (cache_begin(im->cache) != BRIEF_OK)
			return NOT_STORED;
		if (cache_source_state(im->cache, src->realpath, src->hash, state) != BRIEF_OK)
			goto fail;
		if (*state == SOURCE_UNCHANGED) {
			cache_rollback(im->cache);
			return ALREADY_IN;
		}
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
	if (!im->batch && cache_commit(im->cache) != BRIEF_OK)
		return NOT_STORED;
	return STORED;
fail:
	free(ids);
	if (!im->batch)
		cache_rollback(im->cache);
	return NOT_STORED;
}

/* A failure to store: the file's own, or the cache's (a full disk, damage),
 * which stops the whole run at the first file, with one line. */
static void store_failed(struct importer *im, const char *path)
{
	if (im->stop && *im->stop && !im->broken)
		return; /* interrupted while waiting for another importer */
	if (!cache_broken(im->cache)) {
		import_fail(im, path, err_get());
		return;
	}
	progress_clear(&im->progress);
	if (!im->batch)
		err_report("%s (stopped at %s; the files before it are in the cache)", err_get(), path);
	im->broken = true;
	if (im->stop)
		*im->stop = 1;
}

/* Decode, segment, extract and store one source's bytes; what import_file
 * and import_reextract share.  Returns the articles stored, 0 when another
 * importer stored the same content first, or -1 after reporting the
 * failure. */
static long import_bytes(struct importer *im, const char *path, const char *real, const char *hash,
			 const char *raw, size_t len, enum source_state *state)
{
	struct buf text = BUF_INIT;
	struct extracted x = {0};
	struct decode_result dec;
	long stored = -1;
	char fallback[11];
	if (text_decode(raw, len, &text, &dec) == DECODE_BINARY) {
		import_fail(im, path, "not a text file (NUL bytes)");
		goto done;
	}
	if (dec.encoding == ENC_CP1252 && !im->batch) {
		progress_clear(&im->progress);
		err_report("%s:%zu: warning: not valid UTF-8; read as Windows-1252", path, dec.bad_line);
	}
	segment_text(buf_str(&text), text.len, &im->seg, &x.list);
	if (x.list.n == 0) {
		import_fail(im, path, "empty, no article");
		goto done;
	}
	extract(im->gazetteer, im->models, &x);
	date_format(&im->seg.fallback_date, fallback);
	struct source_info src = {path, real, hash, text_encoding_name(dec.encoding), raw, len,
				  fallback[0] ? fallback : NULL};
	switch (store(im, &src, &x, state)) {
	case STORED: stored = (long)x.list.n; break;
	case ALREADY_IN: stored = 0; break;
	case NOT_STORED: store_failed(im, path); break;
	}
done:
	extracted_free(&x);
	buf_free(&text);
	return stored;
}

void import_file(struct importer *im, const char *path)
{
	struct buf raw = BUF_INIT;
	const char *reason = NULL;
	char hash[65], *real = NULL;

	if (read_file(path, &raw, &reason) != BRIEF_OK) {
		import_fail(im, path, reason);
		goto done;
	}
	struct sha256 sha;
	sha256_init(&sha);
	sha256_update(&sha, raw.data ? raw.data : "", raw.len);
	sha256_hex(&sha, hash);
	real = realpath(path, NULL);
	if (!real)
		real = xstrdup(path);

	/* a first look without the lock skips unchanged files cheaply */
	enum source_state state;
	if (cache_source_state(im->cache, real, hash, &state) != BRIEF_OK) {
		store_failed(im, path);
		goto done;
	}
	long stored = state == SOURCE_UNCHANGED ? 0
			: import_bytes(im, path, real, hash, buf_str(&raw), raw.len, &state);
	if (stored < 0)
		goto done;
	im->stats.files++;
	if (state == SOURCE_UNCHANGED)
		im->stats.unchanged++;
	im->stats.articles += (size_t)stored;
	if (state == SOURCE_CHANGED)
		im->stats.replaced++;
done:
	buf_free(&raw);
	free(real);
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
		long stored = import_bytes(im, src.path, src.realpath, src.hash, src.raw, src.raw_len, &state);
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
