/* config.c - reading config.yaml (libyaml) into struct config. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/config.h"
#include "brief/error.h"
#include "brief/keymap.h"
#include "brief/mem.h"
#include "brief/yamldoc.h"

enum { PERCENT_MIN = 10, PERCENT_MAX = 80 };

struct loader {
	struct config *c;
	const struct yamldoc *doc;
};

static int load_theme(struct loader *ld, const struct ynode *v)
{
	const char *s = ynode_text(v);
	if (!s)
		return yamldoc_fail(ld->doc, v, "expected a theme name or path, like light");
	free(ld->c->theme);
	/* `theme:` with nothing after it goes back to the default theme. */
	ld->c->theme = *s ? xstrdup(s) : NULL;
	return BRIEF_OK;
}

static int load_percent(struct loader *ld, const struct ynode *v, const char *pane, int *out)
{
	const char *s = ynode_text(v);
	if (!s || !isdigit((unsigned char)*s))
		return yamldoc_fail(ld->doc, v, "expected a width in percent, like 30");
	errno = 0;
	char *end;
	long n = strtol(s, &end, 10);
	if (*end)
		return yamldoc_fail(ld->doc, v, "expected a width in percent, like 30, not '%s'", s);
	if (errno == ERANGE || n < PERCENT_MIN || n > PERCENT_MAX)
		return yamldoc_fail(ld->doc, v, "%s: %s%% is out of range (%d to %d)", pane, s, PERCENT_MIN, PERCENT_MAX);
	*out = (int)n;
	return BRIEF_OK;
}

static int load_panes(struct loader *ld, const struct ynode *v)
{
	if (ynode_is_empty(v))
		return BRIEF_OK;
	if (!ynode_is_map(v))
		return yamldoc_fail(ld->doc, v, "expected pane widths, like {articles: 32, side: 28}");
	const struct ynode *k, *val;
	for (size_t p = 0; yamldoc_pair(ld->doc, v, p, &k, &val); p++) {
		const char *key = ynode_text(k);
		int rc;
		if (key && strcmp(key, "articles") == 0)
			rc = load_percent(ld, val, key, &ld->c->articles_percent);
		else if (key && strcmp(key, "side") == 0)
			rc = load_percent(ld, val, key, &ld->c->side_percent);
		else
			rc = yamldoc_fail(ld->doc, k, "unknown pane '%s' (articles, side)", key ? key : "?");
		if (rc != BRIEF_OK)
			return rc;
	}
	return BRIEF_OK;
}

static void binding_free(struct key_binding *b)
{
	for (size_t i = 0; i < b->nkeys; i++)
		free(b->keys[i]);
	free(b->keys);
	free(b->action);
}

/* An action named again (later in the file, or in a later file) loses its
 * earlier keys: the newest list replaces, it does not add. */
static void bind(struct config *c, struct key_binding *b)
{
	for (size_t i = 0; i < c->nbindings; i++)
		if (strcmp(c->bindings[i].action, b->action) == 0) {
			binding_free(&c->bindings[i]);
			c->bindings[i] = *b;
			return;
		}
	c->bindings = xrealloc(c->bindings, (c->nbindings + 1) * sizeof *c->bindings);
	c->bindings[c->nbindings++] = *b;
}

static int load_key(struct loader *ld, const struct ynode *v, struct key_binding *b)
{
	const char *s = ynode_text(v);
	if (!s || !*s)
		return yamldoc_fail(ld->doc, v, "expected a key, like j, C-d or PgDn");
	if (keymap_key_from_name(s) < 0)
		return yamldoc_fail(ld->doc, v, "keys: %s: unknown key '%s' (j, C-d, PgDn, Enter, F1...)", b->action, s);
	if (b->nkeys == 4)
		return yamldoc_fail(ld->doc, v, "keys: %s: at most 4 keys", b->action);
	b->keys = xrealloc(b->keys, (b->nkeys + 1) * sizeof *b->keys);
	b->keys[b->nkeys++] = xstrdup(s);
	return BRIEF_OK;
}

/* An empty value or [] leaves the action without keys. */
static int load_binding(struct loader *ld, const struct ynode *k, const struct ynode *v)
{
	const char *action = ynode_text(k);
	if (!action || !*action)
		return yamldoc_fail(ld->doc, k, "expected an action name, like down");
	if (keymap_action_from_name(action) == ACT_NONE)
		return yamldoc_fail(ld->doc, k, "keys: unknown action '%s' (? in the reader lists them)", action);
	struct key_binding b = {xstrdup(action), NULL, 0};
	int rc = BRIEF_OK;
	const struct ynode *item;
	if (ynode_text(v)) {
		if (*ynode_text(v))
			rc = load_key(ld, v, &b);
	} else if (ynode_is_list(v)) {
		for (size_t i = 0; rc == BRIEF_OK && yamldoc_item(ld->doc, v, i, &item); i++)
			rc = load_key(ld, item, &b);
	} else {
		rc = yamldoc_fail(ld->doc, v, "expected a key or a list of keys, like [j, Down]");
	}
	if (rc == BRIEF_OK)
		bind(ld->c, &b);
	else
		binding_free(&b);
	return rc;
}

static int load_keys(struct loader *ld, const struct ynode *v)
{
	if (ynode_is_empty(v))
		return BRIEF_OK;
	if (!ynode_is_map(v))
		return yamldoc_fail(ld->doc, v, "expected actions and their keys, like down: [j, Down]");
	const struct ynode *k, *val;
	for (size_t p = 0; yamldoc_pair(ld->doc, v, p, &k, &val); p++)
		if (load_binding(ld, k, val) != BRIEF_OK)
			return BRIEF_ERR;
	return BRIEF_OK;
}

static int load_root(struct loader *ld, const struct ynode *root)
{
	if (ynode_is_empty(root))
		return BRIEF_OK;
	if (!ynode_is_map(root))
		return yamldoc_fail(ld->doc, root, "expected settings: theme, panes, keys");
	const struct ynode *k, *v;
	for (size_t p = 0; yamldoc_pair(ld->doc, root, p, &k, &v); p++) {
		const char *key = ynode_text(k);
		int rc;
		if (key && strcmp(key, "theme") == 0)
			rc = load_theme(ld, v);
		else if (key && strcmp(key, "panes") == 0)
			rc = load_panes(ld, v);
		else if (key && strcmp(key, "keys") == 0)
			rc = load_keys(ld, v);
		else
			rc = yamldoc_fail(ld->doc, k, "unknown setting '%s' (theme, panes, keys)", key ? key : "?");
		if (rc != BRIEF_OK)
			return rc;
	}
	return BRIEF_OK;
}

int config_load(struct config *c, const char *path)
{
	struct yamldoc *doc;
	/* no config file is the usual case, not a mistake */
	int rc = yamldoc_open(path, true, &doc);
	if (rc == BRIEF_OK && doc && yamldoc_root(doc)) {
		struct loader ld = {c, doc};
		rc = load_root(&ld, yamldoc_root(doc));
	}
	yamldoc_close(doc);
	return rc;
}

void config_free(struct config *c)
{
	free(c->theme);
	for (size_t i = 0; i < c->nbindings; i++)
		binding_free(&c->bindings[i]);
	free(c->bindings);
	memset(c, 0, sizeof *c);
}
