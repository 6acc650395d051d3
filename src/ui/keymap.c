/* keymap.c - the key table, its names and its help. */
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "brief/error.h"
#include "brief/keymap.h"

#define CTRL(c) ((c) & 0x1f)

static const struct {
	enum action action;
	const char *name;
	const char *help;
	int keys[4];
} table[] = {
	{ACT_DOWN, "down", "next line or item", {'j', KEY_DOWN}},
	{ACT_UP, "up", "previous line or item", {'k', KEY_UP}},
	{ACT_TOP, "top", "first item", {'g', KEY_HOME}},
	{ACT_BOTTOM, "bottom", "last item", {'G', KEY_END}},
	{ACT_PAGE_DOWN, "page-down", "next page", {KEY_NPAGE, ' '}},
	{ACT_PAGE_UP, "page-up", "previous page", {KEY_PPAGE, 'b'}},
	{ACT_HALF_DOWN, "half-down", "half a page down", {CTRL('d')}},
	{ACT_HALF_UP, "half-up", "half a page up", {CTRL('u')}},
	{ACT_NEXT_PANE, "next-pane", "focus the next pane", {'\t'}},
	{ACT_PREV_PANE, "prev-pane", "focus the previous pane", {KEY_BTAB}},
	{ACT_PANE_ARTICLES, "articles", "focus Articles", {'1'}},
	{ACT_PANE_READER, "reader", "focus the Reader", {'2'}},
	{ACT_PANE_ACTORS, "actors", "focus Actors", {'3'}},
	{ACT_PANE_TIMELINE, "timeline", "focus Timeline", {'4'}},
	{ACT_OPEN, "open", "open: article, actor's stories, event's sentence", {'\n', 'l', KEY_ENTER, KEY_RIGHT}},
	{ACT_BACK, "back", "back to the previous article; up from a thread", {'h', KEY_BACKSPACE, 127, KEY_LEFT}},
	{ACT_FORWARD, "forward", "forward again (history)", {'L'}},
	{ACT_NEXT_RELATED, "next-related", "next related story or story of the thread", {']'}},
	{ACT_PREV_RELATED, "prev-related", "previous related story or story of the thread", {'['}},
	{ACT_RELATED_LIST, "related", "list related stories with the reason", {'r'}},
	{ACT_THREADS, "threads", "list the story threads / back to Articles", {'H'}},
	{ACT_ALL_ACTORS, "all-actors", "Actors: this article's / the whole cache's", {'a'}},
	{ACT_ACTOR_TIMELINE, "actor-timeline", "timeline of the selected actor", {'t'}},
	{ACT_TIMELINE_ALL, "timeline-all", "timeline of the whole cache", {'T'}},
	{ACT_THREAD_TIMELINE, "thread-timeline", "timeline of the open story's thread", {CTRL('t')}},
	{ACT_SEARCH, "search", "search titles and text (FTS5)", {'/'}},
	{ACT_NEXT_HIT, "next-hit", "next search hit in the Reader", {'n'}},
	{ACT_PREV_HIT, "prev-hit", "previous search hit in the Reader", {'N'}},
	{ACT_NEXT_ARTICLE, "next-article", "next article of the list, from the Reader", {'J'}},
	{ACT_PREV_ARTICLE, "prev-article", "previous article of the list, from the Reader", {'K'}},
	{ACT_NEXT_UNREAD, "next-unread", "next unread article (opened from the Reader)", {'u'}},
	{ACT_PREV_UNREAD, "prev-unread", "previous unread article", {'U'}},
	{ACT_TOGGLE_READ, "toggle-read", "mark the article read or unread", {'m'}},
	{ACT_MARK_ALL_READ, "mark-all-read", "mark every article of the list read", {'A'}},
	{ACT_FLAG, "flag", "flag the article, or take its flag away", {'F'}},
	{ACT_FLAGGED, "flagged", "list the flagged articles / back to all", {'*'}},
	{ACT_PAGER, "pager", "the article's source file in $PAGER", {'v'}},
	{ACT_EDITOR, "editor", "the article's text in $EDITOR, read-only", {'e'}},
	{ACT_YANK, "yank", "yank the article as Markdown (clipboard and a file)", {'y'}},
	{ACT_SORT, "sort", "articles newest first / unread first / by source file", {'o'}},
	{ACT_LIMIT, "limit", "limit the articles to titles with these words", {'f'}},
	{ACT_HELP, "help", "this help", {'?', KEY_F(1)}},
	{ACT_CLOSE, "close", "close help, leave a thread or filter, or quit", {'q'}},
	{ACT_QUIT, "quit", "quit", {'Q'}},
	{ACT_REDRAW, "redraw", "redraw the screen", {CTRL('l')}},
	{ACT_RELOAD, "reload", "reload from the cache", {'R'}},
};

#define TABLE_SIZE (sizeof table / sizeof *table)

void keymap_defaults(struct keymap *m)
{
	memset(m, 0, sizeof *m);
	for (size_t i = 0; i < TABLE_SIZE; i++)
		for (int k = 0; k < 4 && table[i].keys[k]; k++)
			m->keys[table[i].action][m->nkeys[table[i].action]++] = table[i].keys[k];
}

enum action keymap_lookup(const struct keymap *m, int key)
{
	for (int a = 1; a < ACT_COUNT; a++)
		for (int k = 0; k < m->nkeys[a]; k++)
			if (m->keys[a][k] == key)
				return (enum action)a;
	return ACT_NONE;
}

enum action keymap_action_from_name(const char *name)
{
	for (size_t i = 0; i < TABLE_SIZE; i++)
		if (strcmp(table[i].name, name) == 0)
			return table[i].action;
	return ACT_NONE;
}

const char *keymap_action_name(enum action a)
{
	for (size_t i = 0; i < TABLE_SIZE; i++)
		if (table[i].action == a)
			return table[i].name;
	return "";
}

const char *keymap_action_help(enum action a)
{
	for (size_t i = 0; i < TABLE_SIZE; i++)
		if (table[i].action == a)
			return table[i].help;
	return "";
}

static const struct {
	const char *name;
	int key;
} named[] = {
	{"Down", KEY_DOWN}, {"Up", KEY_UP}, {"Left", KEY_LEFT}, {"Right", KEY_RIGHT},
	{"Home", KEY_HOME}, {"End", KEY_END}, {"PgDn", KEY_NPAGE}, {"PgUp", KEY_PPAGE},
	{"Enter", '\n'}, {"Tab", '\t'}, {"S-Tab", KEY_BTAB}, {"Space", ' '},
	{"Backspace", KEY_BACKSPACE}, {"Esc", 27}, {"Del", KEY_DC},
};

int keymap_key_from_name(const char *name)
{
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (strcasecmp(named[i].name, name) == 0)
			return named[i].key;
	if ((name[0] == 'C' || name[0] == 'c') && name[1] == '-' && name[2] && !name[3])
		return CTRL(name[2]);
	if (name[0] == 'F' && name[1] >= '1' && name[1] <= '9') {
		int n = 0;
		sscanf(name + 1, "%d", &n);
		if (n >= 1 && n <= 12)
			return KEY_F(n);
	}
	if (name[0] && !name[1] && (unsigned char)name[0] >= 0x20 && (unsigned char)name[0] < 0x7f)
		return (unsigned char)name[0];
	return -1;
}

void keymap_key_name(int key, char *out, size_t size)
{
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (named[i].key == key) {
			snprintf(out, size, "%s", named[i].name);
			return;
		}
	if (key == KEY_ENTER) {
		snprintf(out, size, "Enter");
	} else if (key == 127) {
		snprintf(out, size, "Backspace");
	} else if (key >= KEY_F(1) && key <= KEY_F(12)) {
		snprintf(out, size, "F%d", key - KEY_F(0));
	} else if (key > 0 && key < 0x20) {
		snprintf(out, size, "C-%c", key + 'a' - 1);
	} else if (key >= 0x20 && key < 0x7f) {
		snprintf(out, size, "%c", key);
	} else {
		snprintf(out, size, "key %d", key);
	}
}

int keymap_bind(struct keymap *m, const char *action, char *const *keys, size_t nkeys)
{
	enum action a = keymap_action_from_name(action);
	if (a == ACT_NONE)
		return err_set("unknown action '%s'", action);
	if (nkeys > 4)
		return err_set("%s: at most 4 keys", action);
	int codes[4];
	for (size_t i = 0; i < nkeys; i++)
		if ((codes[i] = keymap_key_from_name(keys[i])) < 0)
			return err_set("%s: unknown key '%s'", action, keys[i]);
	/* a key rebound here leaves the action it had */
	for (size_t i = 0; i < nkeys; i++)
		for (int o = 1; o < ACT_COUNT; o++)
			for (int k = 0; k < m->nkeys[o]; k++)
				if (m->keys[o][k] == codes[i]) {
					memmove(&m->keys[o][k], &m->keys[o][k + 1], (size_t)(m->nkeys[o] - k - 1) * sizeof(int));
					m->nkeys[o]--;
					k--;
				}
	m->nkeys[a] = (int)nkeys;
	memcpy(m->keys[a], codes, nkeys * sizeof *codes);
	return BRIEF_OK;
}
