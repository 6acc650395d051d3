/* config.c - reading config.yaml (libyaml) into struct config. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "brief/config.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/yamldoc.h"

enum { PERCENT_MIN = 10, PERCENT_MAX = 80 };

struct loader {
	struct config *c;
	yaml_document_t *doc;
	const char *path;
};

static bool empty(const yaml_node_t *node)
{
	return yamldoc_scalar(node) && !*yamldoc_scalar(node);
}

static int load_theme(struct loader *ld, yaml_node_t *v)
{
	const char *s = yamldoc_scalar(v);
	if (!s)
		return yamldoc_fail(ld->path, v, "expected a theme name or path, like light");
	free(ld->c->theme);
	/* `theme:` with nothing after it goes back to the default theme. */
	ld->c->theme = *s ? xstrdup(s) : NULL;
	return BRIEF_OK;
}

static int load_percent(struct loader *ld, yaml_node_t *v, const char *pane, int *out)
{
	const char *s = yamldoc_scalar(v);
	if (!s || !isdigit((unsigned char)*s))
		return yamldoc_fail(ld->path, v, "expected a width in percent, like 30");
	errno = 0;
	char *end;
	long n = strtol(s, &end, 10);
	if (*end)
		return yamldoc_fail(ld->path, v, "expected a width in percent, like 30, not '%s'", s);
	if (errno == ERANGE || n < PERCENT_MIN || n > PERCENT_MAX)
		return yamldoc_fail(ld->path, v, "%s: %s%% is out of range (%d to %d)", pane, s, PERCENT_MIN, PERCENT_MAX);
	*out = (int)n;
	return BRIEF_OK;
}

static int load_panes(struct loader *ld, yaml_node_t *v)
{
	if (empty(v))
		return BRIEF_OK;
	if (v->type != YAML_MAPPING_NODE)
		return yamldoc_fail(ld->path, v, "expected pane widths, like {articles: 32, side: 28}");
	for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(ld->doc, p->key);
		yaml_node_t *val = yaml_document_get_node(ld->doc, p->value);
		const char *key = yamldoc_scalar(k);
		int rc;
		if (key && strcmp(key, "articles") == 0)
			rc = load_percent(ld, val, key, &ld->c->articles_percent);
		else if (key && strcmp(key, "side") == 0)
			rc = load_percent(ld, val, key, &ld->c->side_percent);
		else
			rc = yamldoc_fail(ld->path, k, "unknown pane '%s' (articles, side)", key ? key : "?");
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

static int load_key(struct loader *ld, yaml_node_t *v, struct key_binding *b)
{
	const char *s = yamldoc_scalar(v);
	if (!s || !*s)
		return yamldoc_fail(ld->path, v, "expected a key, like j, C-d or PgDn");
	b->keys = xrealloc(b->keys, (b->nkeys + 1) * sizeof *b->keys);
	b->keys[b->nkeys++] = xstrdup(s);
	return BRIEF_OK;
}

/* An empty value or [] leaves the action without keys. */
static int load_binding(struct loader *ld, yaml_node_t *k, yaml_node_t *v)
{
	const char *action = yamldoc_scalar(k);
	if (!action || !*action)
		return yamldoc_fail(ld->path, k, "expected an action name, like down");
	struct key_binding b = {xstrdup(action), NULL, 0};
	int rc = BRIEF_OK;
	if (v->type == YAML_SCALAR_NODE) {
		if (*yamldoc_scalar(v))
			rc = load_key(ld, v, &b);
	} else if (v->type == YAML_SEQUENCE_NODE) {
		yaml_node_item_t *i = v->data.sequence.items.start;
		for (; rc == BRIEF_OK && i < v->data.sequence.items.top; i++)
			rc = load_key(ld, yaml_document_get_node(ld->doc, *i), &b);
	} else {
		rc = yamldoc_fail(ld->path, v, "expected a key or a list of keys, like [j, Down]");
	}
	if (rc == BRIEF_OK)
		bind(ld->c, &b);
	else
		binding_free(&b);
	return rc;
}

static int load_keys(struct loader *ld, yaml_node_t *v)
{
	if (empty(v))
		return BRIEF_OK;
	if (v->type != YAML_MAPPING_NODE)
		return yamldoc_fail(ld->path, v, "expected actions and their keys, like down: [j, Down]");
	for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++)
		if (load_binding(ld, yaml_document_get_node(ld->doc, p->key),
				 yaml_document_get_node(ld->doc, p->value)) != BRIEF_OK)
			return BRIEF_ERR;
	return BRIEF_OK;
}

static int load_root(struct loader *ld, yaml_node_t *root)
{
	if (empty(root))
		return BRIEF_OK;
	if (root->type != YAML_MAPPING_NODE)
		return yamldoc_fail(ld->path, root, "expected settings: theme, panes, keys");
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(ld->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(ld->doc, p->value);
		const char *key = yamldoc_scalar(k);
		int rc;
		if (key && strcmp(key, "theme") == 0)
			rc = load_theme(ld, v);
		else if (key && strcmp(key, "panes") == 0)
			rc = load_panes(ld, v);
		else if (key && strcmp(key, "keys") == 0)
			rc = load_keys(ld, v);
		else
			rc = yamldoc_fail(ld->path, k, "unknown setting '%s' (theme, panes, keys)", key ? key : "?");
		if (rc != BRIEF_OK)
			return rc;
	}
	return BRIEF_OK;
}

int config_load(struct config *c, const char *path)
{
	struct yamldoc yd;
	yaml_node_t *root;
	/* no config file is the usual case, not a mistake */
	int rc = yamldoc_open(&yd, path, true, &root);
	if (rc == BRIEF_OK && root) {
		struct loader ld = {c, &yd.doc, path};
		rc = load_root(&ld, root);
	}
	yamldoc_close(&yd);
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
