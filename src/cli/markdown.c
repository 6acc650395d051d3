/* markdown.c - `brief export --format markdown`: the briefing as a document
 * a person reads: the timeline, then the articles by story thread, each
 * with its actors, related stories and other files of the same story,
 * then every actor. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/datelabel.h"
#include "brief/cache_read.h"
#include "brief/error.h"
#include "brief/markdown.h"
#include "brief/mem.h"
#include "brief/output.h"
#include "brief/utf8.h"

/* Text from files must not turn into Markdown markup, nor reach the
 * terminal that shows the document with its control characters. */
static void md_text(struct buf *b, const char *s)
{
	struct buf shown = BUF_INIT;
	utf8_add_shown(&shown, s ? s : "", s ? strlen(s) : 0);
	for (const char *p = buf_str(&shown); *p; p++) {
		if (strchr("\\`*_[]<>#|", *p))
			buf_addc(b, '\\');
		buf_addc(b, *p);
	}
	buf_free(&shown);
}

static int timeline_md(struct cache *c, struct buf *b)
{
	struct cache_cursor *cur;
	if (cache_timeline(c, 0, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct timeline_row e;
	int rc;
	buf_adds(b, "## Timeline\n\n");
	while ((rc = cache_timeline_next(cur, &e)) == 1) {
		if (!e.value)
			continue; /* undated events stay with their article */
		char label[DATE_LABEL_MAX];
		buf_printf(b, "- **%s** ", date_label(e.value, label));
		md_text(b, e.sentence);
		buf_adds(b, " (*");
		md_text(b, e.title);
		buf_adds(b, "*)\n");
	}
	buf_addc(b, '\n');
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

static int article_actors_md(struct cache *c, int64_t id, struct buf *b)
{
	struct cache_cursor *cur;
	if (cache_article_actors(c, id, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct actor_row a;
	int rc, n = 0;
	while ((rc = cache_actor_next(cur, &a)) == 1) {
		buf_adds(b, n++ ? ", " : "**Actors:** ");
		md_text(b, a.name);
		if (a.role) {
			buf_adds(b, " (");
			md_text(b, a.role);
			buf_addc(b, ')');
		}
	}
	if (n)
		buf_adds(b, "\n\n");
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

static int article_body_md(struct cache *c, int64_t id, struct buf *b)
{
	struct cache_cursor *cur;
	if (cache_paragraphs(c, id, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct paragraph_row p;
	int rc;
	while ((rc = cache_paragraph_next(cur, &p)) == 1) {
		if (strcmp(p.kind, "heading") == 0) {
			buf_adds(b, "#### ");
			md_text(b, p.text);
		} else if (strcmp(p.kind, "caption") == 0) {
			buf_adds(b, "> *");
			md_text(b, p.text);
			buf_addc(b, '*');
		} else {
			md_text(b, p.text);
		}
		buf_adds(b, "\n\n");
	}
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

/* Related stories, and where else the same story was published. */
static int article_related_md(struct cache *c, int64_t id, struct buf *b)
{
	struct cache_cursor *cur;
	if (cache_article_related(c, id, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct related_row r;
	int rc, n = 0;
	struct buf also = BUF_INIT;
	while ((rc = cache_related_next(cur, &r)) == 1) {
		if (r.duplicate) {
			buf_adds(&also, also.len ? ", " : "*Also in* ");
			md_text(&also, r.source);
			continue;
		}
		buf_adds(b, n++ ? "\n- " : "**Related:**\n\n- ");
		md_text(b, r.title);
		const char *p = r.shared, *name;
		size_t len;
		for (int k = 0; cache_names_next(&p, &name, &len); k++) {
			char *one = xstrndup(name, len);
			buf_adds(b, k ? ", " : " (shares ");
			md_text(b, one);
			free(one);
			if (!*p)
				buf_addc(b, ')');
		}
	}
	if (n)
		buf_adds(b, "\n\n");
	if (also.len)
		buf_printf(b, "%s\n\n", also.data);
	buf_free(&also);
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

/* One article, written whole or not at all. */
static int article_md(struct cache *c, FILE *out, const struct article_row *row, struct buf *b)
{
	buf_reset(b);
	buf_adds(b, "### ");
	md_text(b, row->title);
	buf_printf(b, "\n\n*%s* \xC2\xB7 ", row->date ? row->date : "undated");
	md_text(b, row->source);
	buf_adds(b, "\n\n");
	int rc = article_actors_md(c, row->id, b);
	if (rc == BRIEF_OK)
		rc = article_body_md(c, row->id, b);
	if (rc == BRIEF_OK)
		rc = article_related_md(c, row->id, b);
	if (rc == BRIEF_OK)
		rc = output_write(out, b->data, b->len);
	return rc;
}

/* The articles by story thread, newest activity first, each thread's in
 * date order; articles in no thread (a cache not yet re-extracted) after. */
static int articles_md(struct cache *c, FILE *out, struct buf *b)
{
	struct cache_cursor *threads, *cur;
	if (cache_threads(c, &threads) != BRIEF_OK)
		return BRIEF_ERR;
	struct thread_row t;
	struct article_row row;
	int rc;
	while ((rc = cache_thread_next(threads, &t)) == 1) {
		buf_reset(b);
		buf_adds(b, "## ");
		md_text(b, t.title);
		buf_printf(b, "\n\n*%lld %s", (long long)t.stories, t.stories == 1 ? "story" : "stories");
		if (t.first_day && t.last_day && strcmp(t.first_day, t.last_day) != 0)
			buf_printf(b, ", %s to %s", t.first_day, t.last_day);
		else if (t.first_day)
			buf_printf(b, ", %s", t.first_day);
		buf_adds(b, "*\n\n");
		if (output_write(out, b->data, b->len) != BRIEF_OK || cache_thread_articles(c, t.id, &cur) != BRIEF_OK) {
			rc = BRIEF_ERR;
			break;
		}
		while ((rc = cache_article_next(cur, &row)) == 1)
			if (article_md(c, out, &row, b) != BRIEF_OK) {
				rc = BRIEF_ERR;
				break;
			}
		cache_cursor_free(cur);
		if (rc < 0)
			break;
	}
	cache_cursor_free(threads);
	if (rc < 0 || cache_articles(c, ORDER_NEWEST_FIRST, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	bool heading = false;
	while ((rc = cache_article_next(cur, &row)) == 1) {
		if (row.thread_id)
			continue;
		if (!heading && output_puts(out, "## Other articles\n\n") != BRIEF_OK) {
			rc = BRIEF_ERR;
			break;
		}
		heading = true;
		if (article_md(c, out, &row, b) != BRIEF_OK) {
			rc = BRIEF_ERR;
			break;
		}
	}
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

static int actors_md(struct cache *c, struct buf *b)
{
	struct cache_cursor *cur;
	if (cache_actors_all(c, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct actor_row a;
	int rc;
	buf_adds(b, "## Actors\n\n| Actor | Kind | Stories |\n|---|---|---|\n");
	while ((rc = cache_actor_next(cur, &a)) == 1) {
		buf_adds(b, "| ");
		md_text(b, a.name);
		buf_printf(b, " | %s | %lld |\n", a.kind, (long long)a.mentions);
	}
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

int export_markdown(struct cache *c, FILE *out)
{
	struct buf b = BUF_INIT;
	buf_adds(&b, "# Briefing\n\n");
	int rc = timeline_md(c, &b);
	if (rc == BRIEF_OK) {
		rc = output_write(out, b.data, b.len);
	}
	if (rc == BRIEF_OK)
		rc = articles_md(c, out, &b);
	if (rc >= 0) {
		buf_reset(&b);
		rc = actors_md(c, &b);
		if (rc == BRIEF_OK)
			rc = output_write(out, b.data, b.len);
	}
	buf_free(&b);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}
