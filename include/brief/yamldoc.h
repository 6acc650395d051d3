/* yamldoc.h - a YAML file read whole with libyaml's document API, and
 * errors that point at the node: "file:line:column: message".  The
 * gazetteer, the themes and config.yaml all read through it. */
#ifndef BRIEF_YAMLDOC_H
#define BRIEF_YAMLDOC_H

#include <stdarg.h>
#include <stdbool.h>
#include <yaml.h>

#include "brief/error.h"

struct yamldoc {
	yaml_document_t doc;
	const char *path;
	bool loaded;
};

/* Read path.  *root is NULL for an empty file, and for a missing one when
 * missing_ok.  After BRIEF_OK, yamldoc_close frees the document. */
int yamldoc_open(struct yamldoc *d, const char *path, bool missing_ok, yaml_node_t **root);
void yamldoc_close(struct yamldoc *d);

/* Set the error "path:line:column: message" for node; returns BRIEF_ERR. */
int yamldoc_fail(const char *path, const yaml_node_t *node, const char *fmt, ...) BRIEF_PRINTF(3, 4);

/* The text of a scalar node, or NULL for anything else. */
const char *yamldoc_scalar(const yaml_node_t *node);

#endif
