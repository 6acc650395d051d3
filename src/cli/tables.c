/* tables.c - `brief list`, `brief actors`, `brief timeline` and `brief
 * threads`: plain tables. */
#include <stdio.h>
#include <string.h>

#include "brief/datelabel.h"
#include "brief/cache_read.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/output.h"
#include "brief/tables.h"
#include "brief/utf8.h"

enum { TITLE_MIN = 20, TITLE_DEFAULT = 60, FIXED_COLUMNS = 6 + 2 + 10 + 2 + 2 };

int cmd_list(struct cache *c, FILE *out, int width, bool unread)
{
	struct cache_cursor *cur;
	if (cache_articles(c, unread ? ORDER_UNREAD : ORDER_NEWEST_FIRST, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	/* On a terminal the title takes what the source column leaves of the
	 * width; piped, no title is cut (a short one is padded, so the table
	 * keeps its shape where it can). */
	int title_cols = width > 0 ? (width - FIXED_COLUMNS) * 3 / 5 : TITLE_DEFAULT;
	if (title_cols < TITLE_MIN)
		title_cols = TITLE_MIN;
	struct buf line = BUF_INIT;
	buf_printf(&line, "%6s  %-10s  ", "ID", "DATE");
	utf8_fit(&line, "TITLE", title_cols, true);
	buf_adds(&line, "  SOURCE\n");
	int rc = output_puts(out, line.data) == BRIEF_OK ? 1 : BRIEF_ERR;
	struct article_row row;
	while (rc == 1 && (rc = cache_article_next(cur, &row)) == 1) {
		buf_reset(&line);
		buf_printf(&line, "%6lld  %-10s  ", (long long)row.id, row.date ? row.date : "undated");
		if (width > 0 || utf8_width(row.title) <= title_cols)
			utf8_fit(&line, row.title, title_cols, true);
		else
			utf8_add_shown(&line, row.title, strlen(row.title));
		buf_adds(&line, "  ");
		utf8_add_shown(&line, row.source, strlen(row.source));
		if (row.part > 1)
			buf_printf(&line, " #%d", row.part);
		buf_addc(&line, '\n');
		if (output_puts(out, line.data) != BRIEF_OK)
			rc = BRIEF_ERR;
	}
	buf_free(&line);
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

enum { NAME_COLUMNS = 40, WRITTEN_COLUMNS = 16, TEXT_COLUMNS = 60, TITLE_COLUMNS = 40 };

int cmd_actors(struct cache *c, FILE *out)
{
	struct cache_cursor *cur;
	if (cache_actors_all(c, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct buf line = BUF_INIT;
	buf_adds(&line, "STORIES  KIND          ");
	utf8_fit(&line, "NAME", NAME_COLUMNS, false);
	buf_addc(&line, '\n');
	int rc = output_puts(out, line.data) == BRIEF_OK ? 1 : BRIEF_ERR;
	struct actor_row a;
	while (rc == 1 && (rc = cache_actor_next(cur, &a)) == 1) {
		buf_reset(&line);
		buf_printf(&line, "%7lld  %-12s  ", (long long)a.mentions, a.kind);
		utf8_fit(&line, a.name, NAME_COLUMNS, false);
		buf_addc(&line, '\n');
		if (output_puts(out, line.data) != BRIEF_OK)
			rc = BRIEF_ERR;
	}
	buf_free(&line);
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

int cmd_timeline(struct cache *c, FILE *out, const char *actor)
{
	int64_t actor_id = 0;
	if (actor) {
		if (cache_actor_find(c, actor, &actor_id) != BRIEF_OK)
			return BRIEF_ERR;
		if (!actor_id)
			return err_set("no actor named '%s'; see brief actors", actor);
	}
	struct cache_cursor *cur;
	if (cache_timeline(c, actor_id, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct buf line = BUF_INIT;
	buf_adds(&line, "DATE         ");
	utf8_fit(&line, "AS WRITTEN", WRITTEN_COLUMNS, true);
	buf_adds(&line, "  ");
	utf8_fit(&line, "EVENT", TEXT_COLUMNS, true);
	buf_adds(&line, "  STORY\n");
	int rc = output_puts(out, line.data) == BRIEF_OK ? 1 : BRIEF_ERR;
	struct timeline_row e;
	while (rc == 1 && (rc = cache_timeline_next(cur, &e)) == 1) {
		buf_reset(&line);
		/* precision shown as written: 2024-07-28, 2024-W31, 2024-03, 2007,
		 * 1990s, 2024 summer */
		char label[DATE_LABEL_MAX];
		buf_printf(&line, "%-11s  ", date_label(e.value, label));
		utf8_fit(&line, e.text, WRITTEN_COLUMNS, true);
		buf_adds(&line, "  ");
		utf8_fit(&line, e.sentence, TEXT_COLUMNS, true);
		buf_adds(&line, "  ");
		utf8_fit(&line, e.title, TITLE_COLUMNS, false);
		buf_addc(&line, '\n');
		if (output_puts(out, line.data) != BRIEF_OK)
			rc = BRIEF_ERR;
	}
	buf_free(&line);
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}

int cmd_threads(struct cache *c, FILE *out)
{
	struct cache_cursor *cur;
	if (cache_threads(c, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	struct buf line = BUF_INIT;
	buf_adds(&line, "STORIES  FIRST       LAST        ");
	utf8_fit(&line, "THREAD", TEXT_COLUMNS, true);
	buf_adds(&line, "  ACTORS\n");
	int rc = output_puts(out, line.data) == BRIEF_OK ? 1 : BRIEF_ERR;
	struct thread_row t;
	struct buf actors = BUF_INIT;
	while (rc == 1 && (rc = cache_thread_next(cur, &t)) == 1) {
		buf_reset(&line);
		buf_printf(&line, "%7lld  %-10s  %-10s  ", (long long)t.stories, t.first_day ? t.first_day : "undated",
			   t.last_day ? t.last_day : "undated");
		utf8_fit(&line, t.title, TEXT_COLUMNS, true);
		buf_adds(&line, "  ");
		buf_reset(&actors);
		const char *p = t.actors, *name;
		size_t len;
		while (cache_names_next(&p, &name, &len))
			buf_printf(&actors, "%s%.*s", actors.len ? ", " : "", (int)len, name);
		utf8_fit(&line, buf_str(&actors), NAME_COLUMNS, false);
		buf_addc(&line, '\n');
		if (output_puts(out, line.data) != BRIEF_OK)
			rc = BRIEF_ERR;
	}
	buf_free(&actors);
	buf_free(&line);
	cache_cursor_free(cur);
	return rc < 0 ? BRIEF_ERR : BRIEF_OK;
}
