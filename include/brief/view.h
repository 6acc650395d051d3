/* view.h - what the reader's modules share: the application state, views
 * as tables of functions (as in tig), and drawing helpers. */
#ifndef BRIEF_VIEW_H
#define BRIEF_VIEW_H

#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "brief/browse.h"
#include "brief/keymap.h"
#include "brief/mem.h"
#include "brief/theme.h"

struct rect {
	int y, x, h, w;
};

enum pane {
	PANE_ARTICLES,
	PANE_READER,
	PANE_ACTORS,
	PANE_TIMELINE,
	PANE_COUNT
};

struct view;
struct app;

struct view_ops {
	const char *name;
	/* (Re)read from the cache, keeping the selection where it can. */
	void (*load)(struct view *v);
	/* Draw the body (the pane minus its title row). */
	void (*draw)(struct view *v, struct rect body, bool focused);
	/* An action while focused; false when the view does not use it. */
	bool (*key)(struct view *v, enum action a);
	/* Enter, or a click on a row that was already selected. */
	void (*open)(struct view *v);
	/* The pane title ("Articles: Antony Blinken"). */
	void (*title)(struct view *v, struct buf *b);
	void (*free)(struct view *v);
};

/* Selection and scrolling of a list. */
struct list_state {
	long count, sel, top;
	int height; /* rows seen at the last draw */
};

struct view {
	const struct view_ops *ops;
	struct app *app;
	struct list_state list;
	void *data;
	struct rect rect; /* the whole pane, title row included */
};

struct history {
	int64_t *ids;
	long *tops;
	size_t n, cap, at; /* at: index of the current entry */
};

struct app {
	struct cache *cache;
	struct keymap keys;
	struct theme theme;
	struct view views[PANE_COUNT];
	enum pane focus;
	bool help;
	int help_top;
	int rows, cols;
	bool narrow, too_small;
	int articles_percent, side_percent;

	int64_t article;           /* in the Reader; 0 for none */
	struct history history;
	int64_t related_anchor;    /* whose related stories ] and [ walk */
	int related_index;
	int64_t walk_thread;       /* the thread ] and [ walk instead, or 0 */
	char *walk_title;

	/* the Articles pane has two modes, the article list and the Threads
	 * list (H): the one not shown waits here with its selection */
	struct view parked;

	struct browse_filter filter; /* of the Articles pane */
	char *search;                /* the last search, highlighted in the Reader */
	enum timeline_scope scope;
	int64_t scope_id;
	char *scope_label;
	bool actors_all;

	char status[512];
	bool status_error;
	bool failed; /* a read of the cache failed (reported once at the end) */
	int64_t data_version;
	bool quit;

	FILE *script;      /* keys come from here in script mode */
	bool script_done;
};

/* ---- views (one file each) ---- */
extern const struct view_ops articles_view_ops, reader_view_ops, actors_view_ops, timeline_view_ops,
	threads_view_ops;

/* Threads: select a thread (when it is in the list). */
void threads_select(struct view *v, int64_t thread_id);

/* Articles: why a story is related ("shares Japan, China"), from the
 * \x1f-separated shared actors; nothing when none is shared. */
void articles_reason(const char *shared, struct buf *b);

/* Reader: scroll to a paragraph and byte offset (an event's sentence). */
void reader_show(struct view *v, int para, int pos);
/* Reader: the top line, to keep in history. */
long reader_top(const struct view *v);
void reader_set_top(struct view *v, long top);
/* Reader: the open article, or NULL. */
const struct article_doc *reader_doc(const struct view *v);

/* ---- app.c / nav.c ---- */
void app_message(struct app *a, bool error, const char *fmt, ...) BRIEF_PRINTF(3, 4);
/* A read of the cache failed: its message (err_get) on the status line,
 * and once on stderr after the reader ends. */
void app_fail(struct app *a);
/* Open an article in the Reader (pushing history unless from_history). */
void app_open_article(struct app *a, int64_t id, bool from_history);
/* Open a story of the Articles pane: from a thread's list, ] and [ will
 * walk that thread. */
void app_open_in_thread(struct app *a, int64_t id);
void app_filter_articles(struct app *a, enum browse_kind kind, int64_t id, const char *query,
			 const char *label);
void app_set_timeline(struct app *a, enum timeline_scope scope, int64_t id, const char *label);
void app_focus(struct app *a, enum pane p);
void app_back(struct app *a);
void app_forward(struct app *a);
/* ] and [: the next or previous story of the thread when the story was
 * opened from its thread's list, else the related stories. */
void app_related(struct app *a, int step);
/* The Threads list in the Articles pane (selecting thread_id when it is
 * listed), or back to the article list. */
void app_show_threads(struct app *a, int64_t thread_id);
void app_hide_threads(struct app *a);
bool app_threads_shown(const struct app *a);
/* A thread's stories in the Articles pane; ] and [ will walk them. */
void app_open_thread(struct app *a, int64_t id, const char *title, long stories);
/* The Timeline on the open story's thread, or back on the story. */
void app_thread_timeline(struct app *a);
void app_search_prompt(struct app *a);
void app_reload(struct app *a);
void nav_free(struct app *a);

/* ---- list.c: moving a selection ---- */
/* Apply a movement action to a list; false when a is not a movement. */
bool list_move(struct list_state *l, enum action a);
void list_clamp(struct list_state *l, int height);

/* ---- draw.c ---- */
void draw_colors_init(const struct theme *t);
attr_t draw_attr(enum theme_element el);
/* Draw UTF-8 text at (y, x) in at most cols columns with attr; control
 * characters are shown as '?', never sent.  Returns the columns used. */
int draw_text(int y, int x, int cols, const char *s, attr_t attr);
/* The same, cut with "…" when wider, and padded with spaces to cols. */
int draw_fit(int y, int x, int cols, const char *s, attr_t attr);
void draw_fill(int y, int x, int cols, attr_t attr);
/* The element an actor kind is drawn with ("person" -> EL_PERSON). */
enum theme_element draw_kind_element(const char *kind);

/* ---- script.c ---- */
/* The next key: from the script in script mode, else from the terminal
 * (ERR on timeout).  *wide is true for a character from get_wch. */
int script_next_key(struct app *a, wint_t *wch);
int script_dump(const char *path);
/* Free what the script left (at the end of the reader). */
void script_end(void);

#endif
