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
#include "brief/paths.h"
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

/* Read the whole file; on failure *reason says why in the user's words. */
static int read_file(const char *path, struct buf *out, const char **reason)
{
	static char why[96];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		*reason = open_reason(errno);
		return BRIEF_ERR;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		*reason = "not a regular file";
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

/* Actors and events of one stored article. */
static int extract(struct importer *im, const struct article *a, int64_t article_id)
{
	struct actor_set actors = {0};
	struct event_list events = {0};
	actors_find(im->gazetteer, a, &actors);
	events_find(a, &actors, &events);
	int64_t *ids = xcalloc(actors.n ? actors.n : 1, sizeof *ids);
	int rc = cache_actors_put(im->cache, article_id, &actors, ids);
	if (rc == BRIEF_OK)
		rc = cache_events_put(im->cache, article_id, a, &events, ids);
	free(ids);
	event_list_free(&events);
	actor_set_free(&actors);
	return rc;
}

static int store(struct importer *im, const struct source_info *src, const struct article_list *list)
{
	int64_t source_id, *ids = NULL;
	if (!im->batch && cache_begin(im->cache) != BRIEF_OK)
		return BRIEF_ERR;
	if (cache_source_put(im->cache, src, &source_id) != BRIEF_OK)
		goto fail;
	ids = xcalloc(list->n, sizeof *ids);
	for (size_t i = 0; i < list->n; i++) {
		if (cache_article_put(im->cache, source_id, (int)i + 1, &list->items[i], &ids[i]) != BRIEF_OK)
			goto fail;
		if (extract(im, &list->items[i], ids[i]) != BRIEF_OK)
			goto fail;
	}
	/* after all of the file is in, so its stories can relate to each other */
	for (size_t i = 0; i < list->n; i++)
		if (cache_relate_article(im->cache, ids[i]) != BRIEF_OK)
			goto fail;
	free(ids);
	return im->batch ? BRIEF_OK : cache_commit(im->cache);
fail:
	free(ids);
	if (!im->batch)
		cache_rollback(im->cache);
	return BRIEF_ERR;
}

/* Decode, segment and store one source's bytes; what import_file and
 * import_reextract share.  Returns the articles stored, or -1 after
 * reporting the failure. */
static long import_bytes(struct importer *im, const char *path, const char *real, const char *hash,
			 const char *raw, size_t len)
{
	struct buf text = BUF_INIT;
	struct article_list list = {0};
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
	segment_text(buf_str(&text), text.len, &im->seg, &list);
	if (list.n == 0) {
		import_fail(im, path, "empty, no article");
		goto done;
	}
	date_format(&im->seg.fallback_date, fallback);
	struct source_info src = {path, real, hash, text_encoding_name(dec.encoding), raw, len,
				  fallback[0] ? fallback : NULL};
	if (store(im, &src, &list) != BRIEF_OK) {
		import_fail(im, path, err_get());
		goto done;
	}
	stored = (long)list.n;
done:
	article_list_free(&list);
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

	enum source_state state;
	if (cache_source_state(im->cache, real, hash, &state) != BRIEF_OK) {
		import_fail(im, path, err_get());
		goto done;
	}
	if (state == SOURCE_UNCHANGED) {
		im->stats.files++;
		im->stats.unchanged++;
		goto done;
	}

	long stored = import_bytes(im, path, real, hash, buf_str(&raw), raw.len);
	if (stored < 0)
		goto done;
	im->stats.files++;
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
		long stored = import_bytes(im, src.path, src.realpath, src.hash, src.raw, src.raw_len);
		stored_source_free(&src);
		if (stored < 0) {
			/* one transaction: a source that no longer yields an article
			 * would lose its old ones, so nothing changes at all */
			free(ids);
			cache_rollback(im->cache);
			return err_set("re-extraction stopped; the cache is unchanged");
		}
		im->stats.files++;
		im->stats.articles += (size_t)stored;
		progress_update(&im->progress, im->stats.files, im->stats.articles);
	}
	free(ids);
	/* every story again, now that all are rebuilt and rarities are final */
	int rc = cache_article_ids(im->cache, &ids, &n);
	for (size_t i = 0; rc == BRIEF_OK && i < n; i++)
		rc = cache_relate_article(im->cache, ids[i]);
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
