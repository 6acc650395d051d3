/* postag.h - the part-of-speech tagger: the Penn Treebank tags (as GUM
 * writes them) of a sentence's tokens, by the same averaged perceptron as
 * the name tagger.  The name tagger reads them (a proper noun, a
 * possessive), and so can the timeline (the tense of a verb). */
#ifndef BRIEF_POSTAG_H
#define BRIEF_POSTAG_H

#include <stddef.h>
#include <stdint.h>

#include "brief/model.h"
#include "brief/tagger.h"

#define POSTAG_FEATURES_VERSION 1
#define POSTAG_LABELS 47

extern const struct model_kind postag_model_kind;

/* "NNP" -> its label, or -1 for a tag not in the set. */
int postag_label(const char *tag, size_t n);
const char *postag_name(int label);

/* Is the label a proper noun (NNP, NNPS), a verb in the past (VBD), ...? */
bool postag_is_proper(int label);

/* The features of token i given the tags chosen for the tokens before it. */
size_t postag_features(const struct tagger_sentence *s, size_t i, const uint8_t *tags, uint64_t *out);

/* Tag every token of s, left to right; tags has room for s->n. */
void postag_decode(const struct tagger_sentence *s, tagger_score_fn score, const void *weights, uint8_t *tags);

#endif
