/* keymap.h - one table from keys to actions; it drives both the key
 * handling and the help screen, and config.yaml can rebind it. */
#ifndef BRIEF_KEYMAP_H
#define BRIEF_KEYMAP_H

#include <stdbool.h>
#include <stddef.h>

enum action {
	ACT_NONE,
	ACT_DOWN, ACT_UP, ACT_TOP, ACT_BOTTOM, ACT_PAGE_DOWN, ACT_PAGE_UP, ACT_HALF_DOWN, ACT_HALF_UP,
	ACT_NEXT_PANE, ACT_PREV_PANE, ACT_PANE_ARTICLES, ACT_PANE_READER, ACT_PANE_ACTORS, ACT_PANE_TIMELINE,
	ACT_OPEN, ACT_BACK, ACT_FORWARD,
	ACT_NEXT_RELATED, ACT_PREV_RELATED, ACT_RELATED_LIST, ACT_THREADS,
	ACT_ALL_ACTORS, ACT_ACTOR_TIMELINE, ACT_TIMELINE_ALL, ACT_THREAD_TIMELINE,
	ACT_SEARCH, ACT_NEXT_HIT, ACT_PREV_HIT,
	ACT_NEXT_ARTICLE, ACT_PREV_ARTICLE, ACT_NEXT_UNREAD, ACT_PREV_UNREAD,
	ACT_TOGGLE_READ, ACT_MARK_ALL_READ, ACT_FLAG, ACT_FLAGGED,
	ACT_PAGER, ACT_EDITOR, ACT_YANK, ACT_SORT, ACT_LIMIT,
	ACT_HELP, ACT_CLOSE, ACT_QUIT, ACT_REDRAW, ACT_RELOAD,
	ACT_COUNT
};

/* Key codes are curses codes (KEY_DOWN...) or characters; control keys
 * are their character (C-d is 4). */
struct keymap {
	int keys[ACT_COUNT][4];
	int nkeys[ACT_COUNT];
};

void keymap_defaults(struct keymap *m);
enum action keymap_lookup(const struct keymap *m, int key);

/* "down" -> ACT_DOWN; ACT_NONE when unknown. */
enum action keymap_action_from_name(const char *name);
const char *keymap_action_name(enum action a);
/* What the action does, for the help screen. */
const char *keymap_action_help(enum action a);

/* "j", "Down", "C-d", "PgDn", "Enter", "Tab", "S-Tab", "Space", "Backspace",
 * "Esc", "Home", "End", "Left", "Right", "Up", "F1"... -> key code, or -1. */
int keymap_key_from_name(const char *name);
/* The name of a key code for the help screen ("j", "C-d", "PgDn"). */
void keymap_key_name(int key, char *out, size_t size);

/* Replace an action's keys; BRIEF_ERR with a message for an unknown action
 * or key name. */
int keymap_bind(struct keymap *m, const char *action, char *const *keys, size_t nkeys);

#endif
