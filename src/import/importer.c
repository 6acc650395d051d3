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
	if (cache_begin(im->cache) != BRIEF_OK)
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
	return cache_commit(im->cache);
fail:
	free(ids);
	cache_rollback(im->cache);
	return BRIEF_ERR;
}

void import_file(struct importer *im, const char *path)
{
	struct buf raw = BUF_INIT, text = BUF_INIT;
	struct article_list list = {0};
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

	struct decode_result dec;
	if (text_decode(buf_str(&raw), raw.len, &text, &dec) == DECODE_BINARY) {
		import_fail(im, path, "not a text file (NUL bytes)");
		goto done;
	}
	if (dec.encoding == ENC_CP1252) {
		progress_clear(&im->progress);
		err_report("%s:%zu: warning: not valid UTF-8; read as Windows-1252", path, dec.bad_line);
	}
	segment_text(buf_str(&text), text.len, &im->seg, &list);
	if (list.n == 0) {
		import_fail(im, path, "empty, no article");
		goto done;
	}
	struct source_info src = {path, real, hash, text_encoding_name(dec.encoding),
				  buf_str(&raw), raw.len};
	if (store(im, &src, &list) != BRIEF_OK) {
		import_fail(im, path, err_get());
		goto done;
	}
	im->stats.files++;
	im->stats.articles += list.n;
	if (state == SOURCE_CHANGED)
		im->stats.replaced++;
done:
	article_list_free(&list);
	buf_free(&raw);
	buf_free(&text);
	free(real);
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
