/* yamldoc.h - a YAML file read whole (libyaml's document API), walked as
 * maps, lists and text, with errors that point at the node:
 * "file:line:column: message".  The gazetteer, the themes and config.yaml
 * all read through it; libyaml's own types stay inside yamldoc.c. */
#ifndef BRIEF_YAMLDOC_H
#define BRIEF_YAMLDOC_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/error.h"

struct yamldoc;
struct ynode; /* a node of a document, valid until yamldoc_close */

/* Read path into *out.  *out is NULL, with BRIEF_OK, for a missing file
 * when missing_ok. */
int yamldoc_open(const char *path, bool missing_ok, struct yamldoc **out);
void yamldoc_close(struct yamldoc *d);
/* The top node, or NULL for an empty file. */
const struct ynode *yamldoc_root(const struct yamldoc *d);

/* The text of a scalar, or NULL for a map or a list. */
const char *ynode_text(const struct ynode *n);
bool ynode_is_map(const struct ynode *n);
bool ynode_is_list(const struct ynode *n);
/* A key without a value ("keys:" and nothing after it). */
bool ynode_is_empty(const struct ynode *n);

/* The i-th pair of a map, or item of a list; false past the end (and for
 * a node of another kind).  for (i = 0; yamldoc_pair(d, n, i, &k, &v); i++) */
bool yamldoc_pair(const struct yamldoc *d, const struct ynode *map, size_t i, const struct ynode **key,
		  const struct ynode **value);
bool yamldoc_item(const struct yamldoc *d, const struct ynode *list, size_t i, const struct ynode **item);

/* Set the error "path:line:column: message" for node; returns BRIEF_ERR. */
int yamldoc_fail(const struct yamldoc *d, const struct ynode *n, const char *fmt, ...) BRIEF_PRINTF(3, 4);

/* BRIEF_OK when the node is of that kind, else the error message at it. */
int yamldoc_want_map(const struct yamldoc *d, const struct ynode *n, const char *message);
int yamldoc_want_list(const struct yamldoc *d, const struct ynode *n, const char *message);
/* Its text in *out, or the error message at it. */
int yamldoc_want_text(const struct yamldoc *d, const struct ynode *n, const char *message, const char **out);

#endif
