/* prepare.c - read a file and extract its articles (see prepare.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "brief/cache_write.h"
#include "brief/decode.h"
#include "brief/importer.h"
#include "brief/model.h"
#include "brief/pack.h"
#include "brief/prepare.h"
#include "brief/sha256.h"

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

/* Read the whole file into p->raw; on failure p->failure says why in the
 * user's words. */
static int read_file(const char *path, struct prepared *p)
{
	/* The type is known before the open: opening a FIFO or a tape blocks.
	 * O_NONBLOCK covers a file swapped for one in between. */
	struct stat st;
	if (stat(path, &st) != 0) {
		p->failure = open_reason(errno);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		p->failure = kind_reason(st.st_mode);
		return -1;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
	if (fd < 0) {
		p->failure = open_reason(errno);
		return -1;
	}
	int flags = fcntl(fd, F_GETFL);
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || flags < 0 ||
	    fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
		close(fd);
		p->failure = kind_reason(st.st_mode);
		return -1;
	}
	if ((unsigned long long)st.st_size > IMPORT_MAX_BYTES) {
		close(fd);
		snprintf(p->why, sizeof p->why, "too large (%lld MiB; the limit is %u MiB), not an article",
			 (long long)(st.st_size >> 20), IMPORT_MAX_BYTES >> 20);
		p->failure = p->why;
		return -1;
	}
	char chunk[65536];
	for (;;) {
		ssize_t r = read(fd, chunk, sizeof chunk);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			snprintf(p->why, sizeof p->why, "read error: %s", strerror(errno));
			p->failure = p->why;
			close(fd);
			return -1;
		}
		if (r == 0)
			break;
		buf_add(&p->raw, chunk, (size_t)r);
		if (p->raw.len > IMPORT_MAX_BYTES) {
			close(fd);
			p->failure = "too large, not an article";
			return -1;
		}
	}
	close(fd);
	return 0;
}

void prepare_bytes(const struct prepare_context *ctx, struct prepared *p)
{
	struct buf text = BUF_INIT;
	struct decode_result dec;
	if (text_decode(p->bytes, p->len, &text, &dec) == DECODE_BINARY) {
		p->failure = "not a text file (NUL bytes)";
		buf_free(&text);
		return;
	}
	p->cp1252 = dec.encoding == ENC_CP1252;
	p->bad_line = dec.bad_line;
	p->encoding = text_encoding_name(dec.encoding);
	segment_text(buf_str(&text), text.len, ctx->seg, &p->list);
	buf_free(&text);
	if (p->list.n == 0) {
		p->failure = "empty, no article";
		return;
	}
	p->actors = xcalloc(p->list.n, sizeof *p->actors);
	p->events = xcalloc(p->list.n, sizeof *p->events);
	for (size_t i = 0; i < p->list.n; i++) {
		actors_find(ctx->gazetteer, ctx->models, &p->list.items[i], &p->actors[i]);
		events_find(&p->list.items[i], &p->actors[i], ctx->models ? &ctx->models->pos : NULL, &p->events[i]);
	}
	date_format(&ctx->seg->fallback_date, p->fallback);
	pack_bytes(p->bytes, p->len, &p->packed);
}

void prepare_file(const struct prepare_context *ctx, const char *path, struct prepared *p)
{
	memset(p, 0, sizeof *p);
	p->path = xstrdup(path);
	if (read_file(path, p) != 0)
		return;
	struct sha256 sha;
	sha256_init(&sha);
	sha256_update(&sha, p->raw.data ? p->raw.data : "", p->raw.len);
	sha256_hex(&sha, p->hash);
	p->real = realpath(path, NULL);
	if (!p->real)
		p->real = xstrdup(path);
	p->bytes = buf_str(&p->raw);
	p->len = p->raw.len;
	/* a first look without the lock skips unchanged files cheaply; a
	 * failed look decides nothing (the writer looks again) */
	enum source_state state;
	if (ctx->look && cache_source_state(ctx->look, p->real, p->hash, &state) == BRIEF_OK &&
	    state == SOURCE_UNCHANGED) {
		p->unchanged = true;
		return;
	}
	prepare_bytes(ctx, p);
}

void prepared_free(struct prepared *p)
{
	for (size_t i = 0; p->actors && i < p->list.n; i++)
		actor_set_free(&p->actors[i]);
	for (size_t i = 0; p->events && i < p->list.n; i++)
		event_list_free(&p->events[i]);
	free(p->actors);
	free(p->events);
	article_list_free(&p->list);
	buf_free(&p->raw);
	buf_free(&p->packed);
	free(p->path);
	free(p->real);
	memset(p, 0, sizeof *p);
}
