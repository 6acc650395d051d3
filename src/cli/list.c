/* list.c - `brief list`: the articles as a plain table. */
#include <stdio.h>
#include <string.h>

#include "brief/cache_read.h"
#include "brief/commands.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/output.h"
#include "brief/utf8.h"

enum { TITLE_MIN = 20, TITLE_DEFAULT = 60, FIXED_COLUMNS = 6 + 2 + 10 + 2 + 2 };

int cmd_list(struct cache *c, FILE *out, int width)
{
	struct cache_cursor *cur;
	if (cache_articles(c, ORDER_NEWEST_FIRST, &cur) != BRIEF_OK)
		return BRIEF_ERR;
	/* On a terminal the title takes what the source column leaves of the
	 * width; piped, the table keeps one shape. */
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
		utf8_fit(&line, row.title, title_cols, true);
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
