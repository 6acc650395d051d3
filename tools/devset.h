/* devset.h - the development set of the name tagger: GUM's interview genre
 * (Wikinews interviews), held out of training and measured by make model
 * and make eval. */
#ifndef BRIEF_TOOLS_DEVSET_H
#define BRIEF_TOOLS_DEVSET_H

#include <stdbool.h>
#include <stdio.h>

#include "brief/article.h"
#include "brief/gazetteer.h"
#include "brief/model.h"
#include "brief/tokens.h"
#include "corpus.h"

/* Read the interview files of CORPORA/gum into dev, under the conventions
 * of the training data (corpus_drop_adjectives). */
int devset_read(const char *corpora, const struct gazetteer *g, struct corpus *dev);

/* The gold label of every token of a sentence from its spans (caller frees
 * *labels): a token inside a name is B- at its first token, I- after. */
void devset_gold_labels(const struct csent *s, const struct tokens *tok, uint8_t **labels);

/* Tag every sentence of dev and print precision, recall and F1 of names
 * (exact span and type) per type and over all. */
void devset_report_mentions(const struct corpus *dev, const struct gazetteer *g, const struct models *m,
			    FILE *out);

/* A development document as brief holds an article (caller frees its
 * title and paragraphs). */
void devset_article(const struct cdoc *doc, struct article *a);

/* The part-of-speech tag of every token of a GUM sentence from its source
 * tokens (caller frees); -1 where the source has none. */
int *devset_gold_tags(const struct csent *s, const struct tokens *tok);

/* Tag the tokens of every development sentence and print the accuracy
 * against GUM's tags. */
void devset_report_tags(const struct corpus *dev, const struct model *pos, FILE *out);

/* Find the actors of every development document as brief-import does
 * (m may be NULL: rules only) and print precision, recall and F1 against
 * its entities: an actor is right when one of its names is one of a gold
 * entity's names, as make eval counts. */
void devset_report_actors(const struct corpus *dev, const struct gazetteer *g, const struct models *m,
			  FILE *out, bool verbose);

#endif
