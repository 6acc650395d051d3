/* config.h - the reader's settings: $XDG_CONFIG_HOME/brief/config.yaml.
 *
 *   theme: light                # a name or a path
 *   panes:
 *     articles: 32              # width of the articles pane, % of the screen
 *     side: 28                  # width of the actors/timeline column, %
 *   keys:
 *     down: [j, Down]           # an action and its keys (replaces the defaults)
 *     quit: Q
 */
#ifndef BRIEF_CONFIG_H
#define BRIEF_CONFIG_H

#include <stddef.h>

struct key_binding {
	char *action; /* as written */
	char **keys;  /* as written: "j", "C-d", "PgDn", "Enter", "S-Tab"... */
	size_t nkeys;
};

struct config {
	char *theme;          /* NULL: the default theme */
	int articles_percent; /* 0: the default */
	int side_percent;     /* 0: the default */
	struct key_binding *bindings;
	size_t nbindings;
};

/* Load the file at path into c (a missing file is no error: defaults stay).
 * A bad file sets the error "file:line:column: message"; c keeps what was
 * read before the error. */
int config_load(struct config *c, const char *path);
void config_free(struct config *c);

#endif
