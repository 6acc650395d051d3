/* status.c - the status line: the pane and its place, the filter, the
 * sort, the unread count, a message, and the keys as bound. */
#include <string.h>

#include "brief/app.h"
#include "brief/draw.h"
#include "brief/marks.h"
#include "brief/status.h"
#include "brief/utf8.h"

/* The first key bound to an action ("q", "C-d"), or none. */
static bool first_key(const struct app *a, enum action act, char *name, size_t size)
{
	if (a->keys.nkeys[act] == 0)
		return false;
	keymap_key_name(a->keys.keys[act][0], name, size);
	return true;
}

/* " ?:help  q:quit ": the keys as bound, and what the close key does now
 * (as ACT_CLOSE in handle_action: up one level before it quits) */
static void status_hints(const struct app *a, struct buf *b)
{
	char key[32];
	buf_addc(b, ' ');
	if (first_key(a, ACT_HELP, key, sizeof key))
		buf_printf(b, "%s:help  ", key);
	const char *close = app_threads_shown(a)		? "all articles"
			    : a->filter.kind == BROWSE_THREAD ? "threads"
			    : a->filter.kind != BROWSE_ALL     ? "clear"
								 : "quit";
	if (first_key(a, ACT_CLOSE, key, sizeof key))
		buf_printf(b, "%s:%s ", key, close);
	else if (first_key(a, ACT_QUIT, key, sizeof key))
		buf_printf(b, "%s:quit ", key);
}

void status_draw(struct app *a)
{
	int y = a->rows - 1;
	struct view *v = &a->views[a->focus];
	struct buf s = BUF_INIT;
	buf_printf(&s, " [%s] ", v->ops->name);
	if (v->list.count)
		buf_printf(&s, "%ld/%ld ", v->list.sel + 1, v->list.count);
	/* the filter is of the article list; the Threads list has none */
	static const char *const filter_names[] = {
		[BROWSE_ACTOR] = "actor", [BROWSE_SEARCH] = "search", [BROWSE_RELATED] = "related to",
		[BROWSE_THREAD] = "thread", [BROWSE_FLAGGED] = "flagged", [BROWSE_LIMIT] = "limit",
	};
	if (!app_threads_shown(a) && a->filter.kind != BROWSE_ALL)
		buf_printf(&s, "\xC2\xB7 %s: %s ", filter_names[a->filter.kind], a->filter.label);
	static const char *const sorts[SORT_COUNT] = {[SORT_UNREAD_FIRST] = "unread first", [SORT_SOURCE] = "by source"};
	if (!app_threads_shown(a) && a->filter.kind == BROWSE_ALL && a->sort != SORT_DATE)
		buf_printf(&s, "\xC2\xB7 %s ", sorts[a->sort]);
	long unread = marks_unread(a);
	if (unread > 0)
		buf_printf(&s, "\xC2\xB7 %ld unread ", unread);
	if (cache_readonly(a->cache))
		buf_adds(&s, "\xC2\xB7 read-only ");
	draw_fill(y, 0, a->cols, draw_attr(EL_STATUS));
	int used = draw_text(y, 0, a->cols, s.data, draw_attr(EL_STATUS));
	buf_free(&s);
	struct buf h = BUF_INIT;
	status_hints(a, &h);
	const char *hints = h.data;
	int hw = utf8_width(hints);
	if (a->status[0])
		draw_text(y, used + 1, a->cols - used - hw - 1, a->status,
			  draw_attr(a->status_error ? EL_ERROR : EL_STATUS));
	if (a->cols - used > hw)
		draw_text(y, a->cols - hw, hw, hints, draw_attr(EL_STATUS));
	buf_free(&h);
}

