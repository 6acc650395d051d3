/* export.c - `brief export`: the cache as JSON lines. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/cache_read.h"
#include "brief/error.h"
#include "brief/export.h"
#include "brief/markdown.h"
#include "brief/json.h"
#include "brief/mem.h"
#include "brief/output.h"
#include "brief/utf8.h"

static int paragraphs_json(struct cache *c, int64_t id, struct buf *b)
{
	struct cache_cursor *cur;
	if (cache_paragraphs(c, id, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct paragraph_row p;
	int rc, n = 0;
	buf_addc(b, '[');
	while ((rc = cache_paragraph_next(cur, &p)) == 1) {
		if (n++)
			buf_addc(b, ',');
		json_string(b, p.text);
	}
	buf_addc(b, ']');
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

static int aliases_json(struct cache *c, int64_t actor_id, struct buf *b)
{
	struct cache_cursor *cur;
	if (cache_actor_aliases(c, actor_id, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	const char *name;
	int rc, n = 0;
	buf_addc(b, '[');
	while ((rc = cache_alias_next(cur, &name)) == 1) {
		if (n++)
			buf_addc(b, ',');
		json_string(b, name);
	}
	buf_addc(b, ']');
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

/* "actors":[{"name":..,"kind":..,"role":..,"aliases":[..],"mentions":N},..] */
static int actors_json(struct cache *c, int64_t article_id, struct buf *b)
{
	struct cache_cursor *cur;
	if (cache_article_actors(c, article_id, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct actor_row a;
	int rc, n = 0;
	buf_addc(b, '[');
	while ((rc = cache_actor_next(cur, &a)) == 1) {
		buf_adds(b, n++ ? ",{\"name\":" : "{\"name\":");
		json_string(b, a.name);
		buf_adds(b, ",\"kind\":");
		json_string(b, a.kind);
		buf_adds(b, ",\"role\":");
		json_string(b, a.role);
		buf_adds(b, ",\"aliases\":");
		if (aliases_json(c, a.id, b) != BRIEF_OK) {
			rc = BRIEF_ERR;
			break;
		}
		buf_printf(b, ",\"mentions\":%lld}", (long long)a.mentions);
	}
	buf_addc(b, ']');
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

/* "a\x1fb" -> ["a","b"] */
static void names_json(struct buf *b, const char *joined)
{
	const char *p = joined, *name;
	size_t len;
	buf_addc(b, '[');
	for (int k = 0; cache_names_next(&p, &name, &len); k++) {
		char *one = xstrndup(name, len);
		if (k)
			buf_addc(b, ',');
		json_string(b, one);
		free(one);
	}
	buf_addc(b, ']');
}

/* "events":[{"date":..,"precision":..,"text":..,"sentence":..,"actors":[..]},..] */
static int events_json(struct cache *c, int64_t article_id, struct buf *b)
{
	struct cache_cursor *cur;
	if (cache_article_events(c, article_id, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct event_row e;
	int rc, n = 0;
	buf_addc(b, '[');
	while ((rc = cache_event_next(cur, &e)) == 1) {
		buf_adds(b, n++ ? ",{\"date\":" : "{\"date\":");
		json_string(b, e.value);
		buf_adds(b, ",\"precision\":");
		json_string(b, e.precision);
		buf_adds(b, ",\"text\":");
		json_string(b, e.text);
		buf_adds(b, ",\"sentence\":");
		json_string(b, e.sentence);
		buf_adds(b, ",\"actors\":");
		names_json(b, e.actors);
		buf_addc(b, '}');
	}
	buf_addc(b, ']');
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

/* "related":[{"id":N,"title":..,"score":S,"shared":[..],"duplicate":B},..];
 * a duplicate is the same story in another file */
static int related_json(struct cache *c, int64_t article_id, struct buf *b)
{
	struct cache_cursor *cur;
	if (cache_article_related(c, article_id, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct related_row r;
	int rc, n = 0;
	buf_addc(b, '[');
	while ((rc = cache_related_next(cur, &r)) == 1) {
		buf_printf(b, "%s{\"id\":%lld,\"title\":", n++ ? "," : "", (long long)r.id);
		json_string(b, r.title);
		buf_printf(b, ",\"score\":%.3f,\"shared\":", r.score);
		names_json(b, r.shared);
		buf_printf(b, ",\"duplicate\":%s}", r.duplicate ? "true" : "false");
	}
	buf_addc(b, ']');
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

static int export_json(struct cache *c, FILE *out)
{
	struct cache_cursor *cur;
	if (cache_articles(c, ORDER_IMPORT, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct buf b = BUF_INIT;
	struct article_row row;
	int rc;
	while ((rc = cache_article_next(cur, &row)) == 1) {
		buf_reset(&b);
		buf_printf(&b, "{\"id\":%lld,\"source\":", (long long)row.id);
		json_string(&b, row.source);
		/* a name that is not UTF-8 stays recoverable, byte for byte */
		if (utf8_invalid_at(row.source, strlen(row.source)) < strlen(row.source)) {
			buf_adds(&b, ",\"source_bytes\":");
			json_hex(&b, row.source, strlen(row.source));
		}
		buf_printf(&b, ",\"part\":%d,\"title\":", row.part);
		json_string(&b, row.title);
		buf_adds(&b, ",\"date\":");
		json_string(&b, row.date);
		buf_adds(&b, ",\"date_precision\":");
		json_string(&b, row.precision);
		/* "thread":{"id":N,"title":..}, null before a re-extraction */
		buf_adds(&b, ",\"thread\":");
		if (row.thread_id) {
			buf_printf(&b, "{\"id\":%lld,\"title\":", (long long)row.thread_id);
			json_string(&b, row.thread_title);
			buf_addc(&b, '}');
		} else {
			buf_adds(&b, "null");
		}
		buf_adds(&b, ",\"paragraphs\":");
		if (paragraphs_json(c, row.id, &b) != BRIEF_OK) {
			rc = BRIEF_ERR;
			break;
		}
		buf_adds(&b, ",\"actors\":");
		if (actors_json(c, row.id, &b) != BRIEF_OK) {
			rc = BRIEF_ERR;
			break;
		}
		buf_adds(&b, ",\"events\":");
		if (events_json(c, row.id, &b) != BRIEF_OK) {
			rc = BRIEF_ERR;
			break;
		}
		buf_adds(&b, ",\"related\":");
		if (related_json(c, row.id, &b) != BRIEF_OK) {
			rc = BRIEF_ERR;
			break;
		}
		buf_adds(&b, "}\n");
		if (output_write(out, b.data, b.len) != BRIEF_OK) {
			rc = BRIEF_ERR;
			break;
		}
	}
	buf_free(&b);
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

int cmd_export(struct cache *c, FILE *out, enum export_format format)
{
	switch (format) {
	case EXPORT_JSON: return export_json(c, out);
	case EXPORT_MARKDOWN: return export_markdown(c, out);
	}
	return err_set("unknown export format");
}
