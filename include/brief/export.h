/* export.h - `brief export` (export.c): every article as JSON lines, or
 * the briefing as Markdown (markdown.h). */
#ifndef BRIEF_EXPORT_H
#define BRIEF_EXPORT_H

#include <stdio.h>

#include "brief/cache.h"

enum export_format {
	EXPORT_JSON,     /* one JSON object per article per line */
	EXPORT_MARKDOWN, /* a readable briefing: timeline, articles, actors */
};

int cmd_export(struct cache *c, FILE *out, enum export_format format);

#endif
