/* app.h - the reader's state (struct app), its panes as tables of
 * functions (as in tig), and the moves between stories that app.c makes:
 * opening, history, related stories and threads, filters, the search
 * prompt, reloading. */
#ifndef BRIEF_APP_H
#define BRIEF_APP_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "brief/browse.h"
#include "brief/keymap.h"
#include "brief/list.h"
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
	enum browse_sort sort;       /* of the list of every article */
	char *search;                /* the last search, highlighted in the Reader */
	enum timeline_scope scope;
	int64_t scope_id;
	char *scope_label;
	bool actors_all;

	char status[512];
	bool status_error;
	bool failed; /* a read of the cache failed (reported once at the end) */
	int64_t data_version;
	long known_articles;   /* in the cache at the last look: the rest are new */
	bool quit;

	FILE *script;      /* keys come from here in script mode */
	bool terminal;     /* drawing on a real terminal (not --no-display) */
	bool script_done;
};

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
/* f: limit the Articles list to titles with the words typed. */
void app_limit_prompt(struct app *a);
/* o: the next order of the list of every article. */
void app_sort_next(struct app *a);
void app_reload(struct app *a);
/* Free what moving between stories kept (history, filters). */
void app_free(struct app *a);

#endif
