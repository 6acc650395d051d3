/* markdown.h - the briefing as Markdown (markdown.c): threads, their
 * stories, the timeline and the actors. */
#ifndef BRIEF_MARKDOWN_H
#define BRIEF_MARKDOWN_H

#include <stdio.h>

#include "brief/cache.h"

int export_markdown(struct cache *c, FILE *out);

#endif
