/* relateval.h - the development set of related stories and story
 * threads: tests/related, articles written for the project with their
 * true threads (expected.txt), measured by make eval. */
#ifndef BRIEF_TOOLS_RELATEVAL_H
#define BRIEF_TOOLS_RELATEVAL_H

#include <stdbool.h>
#include <stdio.h>

#include "brief/gazetteer.h"
#include "brief/model.h"

/* Import DIR/articles into a new cache and print precision at 1 and 5 of
 * the related lists, the precision of what they show, what is shown for
 * articles with no related story, and the threads' purity and
 * completeness; verbose lists each wrong related story. */
void related_report(const char *dir, const struct gazetteer *g, const struct models *m, FILE *out,
		    bool verbose);

#endif
