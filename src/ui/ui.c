/* ui.c - the reader's main loop: screen set-up, layout, status line,
 * help, key and mouse dispatch, live refresh. */
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "brief/app.h"
#include "brief/config.h"
#include "brief/draw.h"
#include "brief/external.h"
#include "brief/help.h"
#include "brief/marks.h"
#include "brief/status.h"
#include "brief/error.h"
#include "brief/paths.h"
#include "brief/script.h"
#include "brief/ui.h"
#include "brief/utf8.h"
#include "brief/view_actors.h"
#include "brief/view_articles.h"
#include "brief/view_reader.h"
#include "brief/view_threads.h"
#include "brief/view_timeline.h"

enum {
	MIN_COLS = 40,
	MIN_ROWS = 8,
	WIDE_COLS = 100,   /* from here all four panes show at once */
	WIDE_ROWS = 16,
	ARTICLES_PERCENT = 30,
	SIDE_PERCENT = 28,
	POLL_MS = 500,     /* live refresh: how often the cache is asked */
};

/* the signal that ends the reader (^C, kill), 0 while none came */
static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	stop = sig;
}

/* the modes the panes start in (Articles can become Threads) */
static const struct view_ops *const pane_ops[PANE_COUNT] = {
	&articles_view_ops, &reader_view_ops, &actors_view_ops, &timeline_view_ops,
};

/* ---- layout ---------------------------------------------------------- */

static void layout(struct app *a)
{
	getmaxyx(stdscr, a->rows, a->cols);
	a->too_small = a->cols < MIN_COLS || a->rows < MIN_ROWS;
	a->narrow = a->cols < WIDE_COLS || a->rows < WIDE_ROWS;
	int body = a->rows - 1; /* the status line is the last row */
	for (int p = 0; p < PANE_COUNT; p++)
		a->views[p].rect = (struct rect){0, 0, 0, 0};
	if (a->too_small)
		return;
	if (a->narrow) {
		/* one pane at a time under a tab line */
		a->views[a->focus].rect = (struct rect){1, 0, body - 1, a->cols};
		return;
	}
	int aw = a->cols * a->articles_percent / 100, sw = a->cols * a->side_percent / 100;
	int rw = a->cols - aw - sw - 2, top = body / 2;
	a->views[PANE_ARTICLES].rect = (struct rect){0, 0, body, aw};
	a->views[PANE_READER].rect = (struct rect){0, aw + 1, body, rw};
	a->views[PANE_ACTORS].rect = (struct rect){0, aw + rw + 2, top, sw};
	a->views[PANE_TIMELINE].rect = (struct rect){top, aw + rw + 2, body - top, sw};
}

/* ---- drawing ---------------------------------------------------------- */

static void draw_pane(struct app *a, enum pane p)
{
	struct view *v = &a->views[p];
	struct rect r = v->rect;
	if (r.h < 2 || r.w < 1)
		return;
	bool focused = a->focus == p;
	struct buf t = BUF_INIT;
	buf_addc(&t, ' ');
	v->ops->title(v, &t);
	buf_addc(&t, ' ');
	draw_fit(r.y, r.x, r.w, t.data, draw_attr(focused ? EL_BORDER_FOCUSED : EL_BORDER));
	buf_free(&t);
	struct rect body = {r.y + 1, r.x, r.h - 1, r.w};
	for (int y = body.y; y < body.y + body.h; y++)
		draw_fill(y, body.x, body.w, draw_attr(EL_NORMAL));
	v->ops->draw(v, body, focused);
}

static void tab_label(const struct app *a, int p, char *label, size_t size)
{
	snprintf(label, size, " %d %s ", p + 1, a->views[p].ops->name);
}

static void draw_tabs(struct app *a)
{
	int x = 0;
	draw_fill(0, 0, a->cols, draw_attr(EL_TAB));
	for (int p = 0; p < PANE_COUNT; p++) {
		char label[32];
		tab_label(a, p, label, sizeof label);
		x += draw_text(0, x, a->cols - x, label, draw_attr((int)a->focus == p ? EL_TAB_ACTIVE : EL_TAB));
	}
}

/* The pane whose tab is drawn at column x, or -1 past the last tab. */
static int tab_at(const struct app *a, int x)
{
	int left = 0;
	for (int p = 0; p < PANE_COUNT && left < a->cols; p++) {
		char label[32];
		tab_label(a, p, label, sizeof label);
		left += utf8_width(label);
		if (x < left)
			return p;
	}
	return -1;
}

static void draw_all(struct app *a)
{
	erase();
	if (a->too_small) {
		/* two short lines, so the message itself fits a tiny screen */
		char size[64];
		snprintf(size, sizeof size, "%dx%d, need %dx%d", a->cols, a->rows, MIN_COLS, MIN_ROWS);
		const char *lines[] = {"terminal too small", size};
		for (int i = 0; i < 2; i++) {
			int w = (int)strlen(lines[i]);
			int y = a->rows / 2 - 1 + i, x = a->cols > w ? (a->cols - w) / 2 : 0;
			if (y >= 0 && y < a->rows)
				draw_text(y, x, a->cols - x, lines[i], draw_attr(EL_ERROR));
		}
		refresh();
		return;
	}
	if (a->narrow) {
		draw_tabs(a);
		draw_pane(a, a->focus);
	} else {
		for (int p = 0; p < PANE_COUNT; p++)
			draw_pane(a, (enum pane)p);
		struct rect r = a->views[PANE_READER].rect;
		for (int y = 0; y < a->rows - 1; y++) {
			draw_text(y, r.x - 1, 1, "\xE2\x94\x82", draw_attr(EL_BORDER));
			draw_text(y, r.x + r.w, 1, "\xE2\x94\x82", draw_attr(EL_BORDER));
		}
	}
	if (a->help)
		help_draw(a);
	status_draw(a);
	refresh();
}

/* ---- input ------------------------------------------------------------ */

static void focus_step(struct app *a, int step)
{
	a->focus = (enum pane)(((int)a->focus + step + PANE_COUNT) % PANE_COUNT);
}

/* q: up one level (a thread's stories, Threads, a filter), then out. */
static void close_level(struct app *a)
{
	if (app_threads_shown(a)) {
		app_filter_articles(a, BROWSE_ALL, 0, NULL, NULL);
		app_focus(a, PANE_ARTICLES);
		app_message(a, false, "showing all articles");
	} else if (a->filter.kind == BROWSE_THREAD) {
		app_show_threads(a, a->filter.id);
	} else if (a->filter.kind != BROWSE_ALL) {
		app_filter_articles(a, BROWSE_ALL, 0, NULL, NULL);
		app_message(a, false, "showing all articles");
	} else {
		a->quit = true;
	}
}

/* r: the open story's related stories, named by its title, on the first
 * and strongest. */
static void related_list(struct app *a)
{
	if (!a->article) {
		app_message(a, false, "open an article first");
		return;
	}
	const struct article_doc *doc = reader_doc(&a->views[PANE_READER]);
	app_filter_articles(a, BROWSE_RELATED, a->article, NULL, doc ? doc->title : "the open article");
	a->views[PANE_ARTICLES].list.sel = 0;
	a->focus = PANE_ARTICLES;
}

/* The keys of daily reading: marks, moving by them, the list's order and
 * limit, the article outside the reader.  False for any other action. */
static bool reading_action(struct app *a, enum action act)
{
	switch (act) {
	case ACT_NEXT_ARTICLE: marks_next_article(a, 1); break;
	case ACT_PREV_ARTICLE: marks_next_article(a, -1); break;
	case ACT_NEXT_UNREAD: marks_next_unread(a, 1); break;
	case ACT_PREV_UNREAD: marks_next_unread(a, -1); break;
	case ACT_TOGGLE_READ: case ACT_FLAG: marks_toggle(a, act); break;
	case ACT_MARK_ALL_READ: marks_all_read(a); break;
	case ACT_PAGER: external_page(a); break;
	case ACT_EDITOR: external_edit(a); break;
	case ACT_YANK: external_yank(a); break;
	case ACT_SORT: app_sort_next(a); app_focus(a, PANE_ARTICLES); break;
	case ACT_LIMIT: app_limit_prompt(a); app_focus(a, PANE_ARTICLES); break;
	case ACT_FLAGGED:
		if (a->filter.kind == BROWSE_FLAGGED)
			app_filter_articles(a, BROWSE_ALL, 0, NULL, NULL);
		else
			app_filter_articles(a, BROWSE_FLAGGED, 0, NULL, "flagged");
		app_focus(a, PANE_ARTICLES);
		break;
	default: return false;
	}
	return true;
}

static void handle_action(struct app *a, enum action act)
{
	struct view *v = &a->views[a->focus];
	a->status[0] = '\0';
	if (reading_action(a, act))
		return;
	switch (act) {
	case ACT_QUIT: a->quit = true; break;
	case ACT_CLOSE: close_level(a); break;
	case ACT_HELP: a->help = true; a->help_top = 0; break;
	case ACT_REDRAW: clearok(curscr, TRUE); break;
	case ACT_RELOAD: app_reload(a); app_message(a, false, "reloaded"); break;
	case ACT_NEXT_PANE: focus_step(a, 1); break;
	case ACT_PREV_PANE: focus_step(a, -1); break;
	case ACT_PANE_ARTICLES: case ACT_PANE_READER: case ACT_PANE_ACTORS: case ACT_PANE_TIMELINE:
		a->focus = (enum pane)(act - ACT_PANE_ARTICLES);
		break;
	case ACT_SEARCH: app_search_prompt(a); break;
	case ACT_NEXT_RELATED: app_related(a, 1); break;
	case ACT_PREV_RELATED: app_related(a, -1); break;
	case ACT_RELATED_LIST: related_list(a); break;
	case ACT_BACK:
		if (a->focus == PANE_ARTICLES && !app_threads_shown(a) && a->filter.kind == BROWSE_THREAD)
			app_show_threads(a, a->filter.id);
		else
			app_back(a);
		break;
	case ACT_THREADS:
		if (app_threads_shown(a)) {
			app_hide_threads(a);
		} else {
			const struct article_doc *doc = reader_doc(&a->views[PANE_READER]);
			app_show_threads(a, a->filter.kind == BROWSE_THREAD ? a->filter.id : doc ? doc->thread_id : 0);
		}
		break;
	case ACT_FORWARD: app_forward(a); break;
	case ACT_ALL_ACTORS:
		a->actors_all = !a->actors_all;
		a->views[PANE_ACTORS].list.sel = a->views[PANE_ACTORS].list.top = 0;
		a->views[PANE_ACTORS].ops->load(&a->views[PANE_ACTORS]);
		a->focus = PANE_ACTORS;
		break;
	case ACT_TIMELINE_ALL:
		if (a->scope == SCOPE_ALL)
			app_set_timeline(a, SCOPE_ARTICLE, 0, NULL);
		else
			app_set_timeline(a, SCOPE_ALL, 0, NULL);
		break;
	case ACT_THREAD_TIMELINE: app_thread_timeline(a); break;
	case ACT_ACTOR_TIMELINE:
		a->views[PANE_ACTORS].ops->key(&a->views[PANE_ACTORS], act);
		break;
	case ACT_NEXT_HIT: case ACT_PREV_HIT:
		a->views[PANE_READER].ops->key(&a->views[PANE_READER], act);
		break;
	case ACT_OPEN: v->ops->open(v); break;
	case ACT_PAGE_DOWN: {
		/* Space at the end of an article: on to the next unread one */
		long was = v->list.top;
		v->ops->key(v, act);
		if (a->focus == PANE_READER && a->article && v->list.top == was)
			marks_next_unread(a, 1);
		break;
	}
	default: v->ops->key(v, act); break;
	}
}

static void handle_mouse(struct app *a)
{
	MEVENT ev;
	if (getmouse(&ev) != OK)
		return;
	/* An event may have been queued before the screen shrank: it is
	 * checked against today's layout, and whatever lies outside is
	 * ignored. */
	if (a->too_small || ev.x < 0 || ev.y < 0 || ev.x >= a->cols || ev.y >= a->rows)
		return;
	if (a->narrow && ev.y == 0) {
		int p = tab_at(a, ev.x);
		if (p >= 0)
			a->focus = (enum pane)p;
		return;
	}
	for (int p = 0; p < PANE_COUNT; p++) {
		struct view *v = &a->views[p];
		struct rect r = v->rect;
		if (r.h <= 0 || ev.y < r.y || ev.y >= r.y + r.h || ev.x < r.x || ev.x >= r.x + r.w)
			continue;
		if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
			for (int i = 0; i < 3; i++)
				v->ops->key(v, ev.bstate & BUTTON4_PRESSED ? ACT_UP : ACT_DOWN);
			return;
		}
		a->focus = (enum pane)p;
		long row = ev.y - r.y - 1;
		if (row < 0 || p == PANE_READER)
			return;
		long index = v->list.top + row;
		if (index >= v->list.count)
			return;
		/* opening may change what the pane lists (a thread's stories in
		 * place of Threads): the selection is then the opened list's */
		if (index == v->list.sel)
			v->ops->open(v);
		else
			v->list.sel = index;
		return;
	}
}

static long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Another process committed: reload, keeping what is selected. */
/* Articles another brief-import added are said, with the key that shows
 * them: they are the newest, at the top of the article list. */
static void announce_new(struct app *a)
{
	struct browse_filter all = {.kind = BROWSE_ALL};
	long n;
	if (browse_count(a->cache, &all, &n) != BRIEF_OK) {
		app_fail(a);
		return;
	}
	long added = n - a->known_articles;
	a->known_articles = n;
	if (added <= 0)
		return;
	bool listed = a->filter.kind == BROWSE_ALL && !app_threads_shown(a);
	app_message(a, false, "%ld new %s: %s", added, added == 1 ? "article" : "articles",
		    listed ? "g goes to the newest" : "q, then g, goes to the newest");
}

static void poll_cache(struct app *a)
{
	int64_t version;
	if (browse_data_version(a->cache, &version) != BRIEF_OK) {
		app_fail(a);
		return;
	}
	if (version == a->data_version)
		return;
	a->data_version = version;
	app_reload(a);
	announce_new(a);
}

/* ---- set-up ----------------------------------------------------------- */

static void load_settings(struct app *a, const struct ui_options *opt)
{
	struct config cfg = {0};
	char *dir = paths_config_dir();
	theme_defaults(&a->theme);
	keymap_defaults(&a->keys);
	a->articles_percent = ARTICLES_PERCENT;
	a->side_percent = SIDE_PERCENT;
	if (dir) {
		struct buf path = BUF_INIT;
		buf_printf(&path, "%s/config.yaml", dir);
		if (config_load(&cfg, path.data) != BRIEF_OK)
			err_report("%s (the defaults are used)", err_get());
		buf_free(&path);
		free(dir);
	}
	if (cfg.articles_percent)
		a->articles_percent = cfg.articles_percent;
	if (cfg.side_percent)
		a->side_percent = cfg.side_percent;
	if (a->articles_percent + a->side_percent > 80)
		a->articles_percent = ARTICLES_PERCENT, a->side_percent = SIDE_PERCENT;
	for (size_t i = 0; i < cfg.nbindings; i++)
		if (keymap_bind(&a->keys, cfg.bindings[i].action, cfg.bindings[i].keys, cfg.bindings[i].nkeys) != BRIEF_OK)
			err_report("config.yaml: keys: %s", err_get());
	const char *name = opt->theme ? opt->theme : cfg.theme;
	if (name) {
		char *path = theme_find(name);
		if (!path || theme_load_file(&a->theme, path) != BRIEF_OK)
			err_report("%s (the default theme is used)", err_get());
		free(path);
	}
	config_free(&cfg);
}

/* A theme asked for by name that is nowhere is a mistake to say before
 * the screen opens, and the reader does not start. */
static bool theme_exists(const struct ui_options *opt)
{
	if (!opt->theme)
		return true;
	char *path = theme_find(opt->theme);
	if (!path) {
		err_report("%s", err_get());
		return false;
	}
	free(path);
	return true;
}

/* brief draws UTF-8; a non-UTF-8 locale gets C.UTF-8 and a message. */
static bool utf8_locale(struct app *a)
{
	const char *cs = nl_langinfo(CODESET);
	if (cs && strcmp(cs, "UTF-8") == 0)
		return true;
	if (setlocale(LC_CTYPE, "C.UTF-8")) {
		app_message(a, true, "the locale is not UTF-8 (%s); using C.UTF-8", cs ? cs : "?");
		return true;
	}
	err_report("brief needs a UTF-8 locale; run it with LANG=C.UTF-8");
	return false;
}

static SCREEN *start_screen(const struct ui_options *opt, FILE **out, FILE **in)
{
	if (opt->no_display || (opt->script && !isatty(STDOUT_FILENO))) {
		/* tests: draw to nowhere, at the size LINES and COLUMNS give */
		*out = fopen("/dev/null", "w");
		*in = fopen("/dev/null", "r");
		const char *term = getenv("TERM");
		SCREEN *s = newterm(term && *term && strcmp(term, "dumb") != 0 ? term : "xterm-256color", *out, *in);
		if (!s)
			s = newterm("xterm", *out, *in);
		return s;
	}
	return newterm(NULL, stdout, stdin);
}

/* The terminal as the reader wants it: keys one by one, no echo, mouse,
 * the polling timeout, the theme's colours. */
static void setup_terminal(struct app *a)
{
	struct sigaction sa = {0};
	sa.sa_handler = on_signal;
	if (sigaction(SIGINT, &sa, NULL) != 0 || sigaction(SIGTERM, &sa, NULL) != 0)
		app_message(a, true, "cannot catch Ctrl-C: %s", strerror(errno));
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(ALL_MOUSE_EVENTS, NULL);
	mouseinterval(0);
	timeout(POLL_MS / 2);
	draw_colors_init(&a->theme);

}

static void open_views(struct app *a)
{
	for (int p = 0; p < PANE_COUNT; p++) {
		a->views[p] = (struct view){.ops = pane_ops[p], .app = a};
		a->views[p].ops->load(&a->views[p]);
	}
	/* loaded when first shown */
	a->parked = (struct view){.ops = &threads_view_ops, .app = a};
	struct browse_filter all = {.kind = BROWSE_ALL};
	if (browse_data_version(a->cache, &a->data_version) != BRIEF_OK ||
	    browse_count(a->cache, &all, &a->known_articles) != BRIEF_OK)
		app_fail(a);
}

/* Keys until quit, the script's end or a signal; the cache is polled
 * for new stories between them. */
static void run_keys(struct app *a)
{
	long last_poll = now_ms();
	while (!a->quit && !stop) {
		layout(a);
		draw_all(a);
		wint_t wch = 0;
		int k = script_next_key(a, &wch);
		if (a->script || now_ms() - last_poll >= POLL_MS) {
			poll_cache(a);
			last_poll = now_ms();
		}
		if (k == ERR) {
			if (a->script_done)
				break;
			continue;
		}
		if (k == KEY_CODE_YES && wch == KEY_RESIZE)
			continue;
		if (k == KEY_CODE_YES && wch == KEY_MOUSE) {
			handle_mouse(a);
			continue;
		}
		/* characters beyond ASCII are text, never key codes */
		int key = k == KEY_CODE_YES ? (int)wch : (wch == '\r' ? '\n' : wch < 0x80 ? (int)wch : -1);
		enum action act = keymap_lookup(&a->keys, key);
		if (a->help)
			help_key(a, act);
		else if (!a->too_small)
			handle_action(a, act);
	}
}

int ui_run(struct cache *c, const struct ui_options *opt)
{
	struct app a = {0};
	a.cache = c;
	a.scope = SCOPE_ARTICLE;
	if (!utf8_locale(&a) || !theme_exists(opt))
		return 1;
	err_defer(true);
	load_settings(&a, opt);
	if (opt->script && !(a.script = fopen(opt->script, "r"))) {
		err_defer(false);
		err_flush();
		err_report("%s: cannot read the script", opt->script);
		return 1;
	}
	FILE *out = NULL, *in = NULL;
	SCREEN *screen = start_screen(opt, &out, &in);
	a.terminal = out == NULL;
	if (!screen) {
		err_defer(false);
		err_flush();
		err_report("cannot start the screen (is TERM set?)");
		if (a.script)
			fclose(a.script);
		return 1;
	}
	setup_terminal(&a);
	open_views(&a);
	run_keys(&a);
	for (int p = 0; p < PANE_COUNT; p++)
		a.views[p].ops->free(&a.views[p]);
	a.parked.ops->free(&a.parked);
	endwin();
	delscreen(screen);
	if (out)
		fclose(out);
	if (in)
		fclose(in);
	if (a.script)
		fclose(a.script);
	script_end();
	app_free(&a);
	err_defer(false);
	err_flush();
	/* ended by ^C or a kill: the terminal is back, and the status says so,
	 * as a shell expects of a program it interrupted */
	if (stop)
		return 128 + (int)stop;
	return a.failed ? 1 : 0;
}
