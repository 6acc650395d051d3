/* names.h - the names of a sentence: the tagger's spans, with the repairs
 * a reader would make to their edges ("O.J." and "Simpson" are one name,
 * "Ross" and "Shelf" with "Ice" between are the Ross Ice Shelf). */
#ifndef BRIEF_NAMES_H
#define BRIEF_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/gazetteer.h"
#include "brief/model.h"
#include "brief/tagger.h"
#include "brief/tokens.h"

struct name_span {
	size_t start, end; /* bytes of the text */
	enum ner_type type;
};

struct name_spans {
	struct name_span *v;
	size_t n, cap;
	bool headline; /* the sentence is written as a title, most words capitalized */
};

/* The names that labels (one per token of s) mark, their edges mended,
 * appended to out in text order. */
void names_from_labels(const struct tagger_sentence *s, const uint8_t *labels, struct name_spans *out);

/* Tag tok (of text) with the model, in the document d, and append its
 * names to out, in text order. */
void names_tag(struct tagger_doc *d, const struct model *m, const struct gazetteer *g, const char *text,
	       const struct tokens *tok, struct name_spans *out);

#endif
