/* timeml.h - the development set of the timeline: the AQUAINT articles of
 * ../shared/corpora/aquaint in TimeML, read as brief reads a plain-text
 * article (title, the document date as a date line, the body) and scored
 * against their DATE expressions.  None of this text goes into brief. */
#ifndef BRIEF_TOOLS_TIMEML_H
#define BRIEF_TOOLS_TIMEML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct tml_timex {
	size_t start, end; /* bytes of the document's text */
	char type[12];     /* DATE, TIME, DURATION, SET */
	char value[32];
};

struct tml_doc {
	char *name;
	char *text;        /* the article as a plain-text file would hold it */
	size_t body_start; /* where TEXT begins in text */
	char dct[11];      /* the document date, YYYY-MM-DD */
	struct tml_timex *tx;
	size_t ntx, cap;
};

/* Read one .tml file into doc; false (with a message on stderr) when it is
 * not the TimeML this expects. */
bool tml_read(const char *path, struct tml_doc *doc);
void tml_free(struct tml_doc *doc);

/* Import every .tml file of DIR as brief-import would and print extent
 * recall, value precision, value recall and value F1 over its DATE
 * expressions; pos (may be NULL) is the part-of-speech model the
 * importer reads tenses with.  verbose lists every miss. */
struct model;
void tml_report(const char *dir, const struct model *pos, FILE *out, bool verbose);

#endif
