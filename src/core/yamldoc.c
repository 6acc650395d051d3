/* yamldoc.c - YAML files read whole, errors at their line and column. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "brief/mem.h"
#include "brief/yamldoc.h"

int yamldoc_open(struct yamldoc *d, const char *path, bool missing_ok, yaml_node_t **root)
{
	memset(d, 0, sizeof *d);
	d->path = path;
	*root = NULL;
	FILE *f = fopen(path, "rb");
	if (!f) {
		if (missing_ok && errno == ENOENT)
			return BRIEF_OK;
		return err_set("%s: %s", path, strerror(errno));
	}
	yaml_parser_t parser;
	int rc = BRIEF_OK;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_file(&parser, f);
	if (!yaml_parser_load(&parser, &d->doc)) {
		rc = err_set("%s:%zu:%zu: %s", path, (size_t)parser.problem_mark.line + 1,
			     (size_t)parser.problem_mark.column + 1, parser.problem ? parser.problem : "bad YAML");
	} else {
		d->loaded = true;
		*root = yaml_document_get_root_node(&d->doc);
	}
	yaml_parser_delete(&parser);
	fclose(f);
	return rc;
}

void yamldoc_close(struct yamldoc *d)
{
	if (d->loaded)
		yaml_document_delete(&d->doc);
	d->loaded = false;
}

int yamldoc_fail(const char *path, const yaml_node_t *node, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	int rc = err_set("%s:%zu:%zu: %s", path, (size_t)node->start_mark.line + 1,
			 (size_t)node->start_mark.column + 1, buf_str(&msg));
	buf_free(&msg);
	return rc;
}

const char *yamldoc_scalar(const yaml_node_t *node)
{
	return node && node->type == YAML_SCALAR_NODE ? (const char *)node->data.scalar.value : NULL;
}
