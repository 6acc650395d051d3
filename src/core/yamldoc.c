/* yamldoc.c - YAML files read whole, errors at their line and column. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "brief/mem.h"
#include "brief/yamldoc.h"

struct yamldoc {
	yaml_document_t doc;
	char *path;
};

/* A node is libyaml's own, seen through a type of ours. */
static const yaml_node_t *node(const struct ynode *n)
{
	return (const yaml_node_t *)(const void *)n;
}

static const struct ynode *ours(const yaml_node_t *n)
{
	return (const struct ynode *)(const void *)n;
}

int yamldoc_open(const char *path, bool missing_ok, struct yamldoc **out)
{
	*out = NULL;
	FILE *f = fopen(path, "rb");
	if (!f) {
		if (missing_ok && errno == ENOENT)
			return BRIEF_OK;
		return err_set("%s: %s", path, strerror(errno));
	}
	struct yamldoc *d = xcalloc(1, sizeof *d);
	yaml_parser_t parser;
	int rc = BRIEF_OK;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_file(&parser, f);
	if (!yaml_parser_load(&parser, &d->doc)) {
		rc = err_set("%s:%zu:%zu: %s", path, (size_t)parser.problem_mark.line + 1,
			     (size_t)parser.problem_mark.column + 1, parser.problem ? parser.problem : "bad YAML");
		free(d);
	} else {
		d->path = xstrdup(path);
		*out = d;
	}
	yaml_parser_delete(&parser);
	fclose(f);
	return rc;
}

void yamldoc_close(struct yamldoc *d)
{
	if (!d)
		return;
	yaml_document_delete(&d->doc);
	free(d->path);
	free(d);
}

const struct ynode *yamldoc_root(const struct yamldoc *d)
{
	return ours(yaml_document_get_root_node((yaml_document_t *)&d->doc));
}

const char *ynode_text(const struct ynode *n)
{
	return n && node(n)->type == YAML_SCALAR_NODE ? (const char *)node(n)->data.scalar.value : NULL;
}

bool ynode_is_map(const struct ynode *n)
{
	return n && node(n)->type == YAML_MAPPING_NODE;
}

bool ynode_is_list(const struct ynode *n)
{
	return n && node(n)->type == YAML_SEQUENCE_NODE;
}

bool ynode_is_empty(const struct ynode *n)
{
	return ynode_text(n) && !*ynode_text(n);
}

bool yamldoc_pair(const struct yamldoc *d, const struct ynode *map, size_t i, const struct ynode **key,
		  const struct ynode **value)
{
	if (!ynode_is_map(map))
		return false;
	const yaml_node_pair_t *p = node(map)->data.mapping.pairs.start + i;
	if (p >= node(map)->data.mapping.pairs.top)
		return false;
	yaml_document_t *doc = (yaml_document_t *)&d->doc;
	*key = ours(yaml_document_get_node(doc, p->key));
	*value = ours(yaml_document_get_node(doc, p->value));
	return true;
}

bool yamldoc_item(const struct yamldoc *d, const struct ynode *list, size_t i, const struct ynode **item)
{
	if (!ynode_is_list(list))
		return false;
	const yaml_node_item_t *at = node(list)->data.sequence.items.start + i;
	if (at >= node(list)->data.sequence.items.top)
		return false;
	*item = ours(yaml_document_get_node((yaml_document_t *)&d->doc, *at));
	return true;
}

int yamldoc_fail(const struct yamldoc *d, const struct ynode *n, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	int rc = err_set("%s:%zu:%zu: %s", d->path, (size_t)node(n)->start_mark.line + 1,
			 (size_t)node(n)->start_mark.column + 1, buf_str(&msg));
	buf_free(&msg);
	return rc;
}

int yamldoc_want_map(const struct yamldoc *d, const struct ynode *n, const char *message)
{
	return ynode_is_map(n) ? BRIEF_OK : yamldoc_fail(d, n, "%s", message);
}

int yamldoc_want_list(const struct yamldoc *d, const struct ynode *n, const char *message)
{
	return ynode_is_list(n) ? BRIEF_OK : yamldoc_fail(d, n, "%s", message);
}

int yamldoc_want_text(const struct yamldoc *d, const struct ynode *n, const char *message, const char **out)
{
	*out = ynode_text(n);
	return *out ? BRIEF_OK : yamldoc_fail(d, n, "%s", message);
}
