/* learn.h - training the name tagger: the averaged perceptron (Collins
 * 2002, with Daumé's lazy averaging), learning greedily from its own
 * predictions, as it will tag.  make model drives it over the corpora;
 * the tests train it on a fixture. */
#ifndef BRIEF_LEARN_H
#define BRIEF_LEARN_H

#include <stddef.h>
#include <stdint.h>

#include "brief/ner_model.h"
#include "brief/tagger.h"

struct learner {
	double *w, *u; /* weights, and their updates weighted by time (for the average) */
	uint32_t bits;
	double clock;  /* tokens seen: the time of averaging */
};

void learner_init(struct learner *l, uint32_t bits);
void learner_free(struct learner *l);

/* Learn from one document: its sentences (prepared with
 * tagger_sentence_init) and their gold labels, in order. */
void learner_document(struct learner *l, struct tagger_sentence *const *sentences, uint8_t *const *gold,
		      size_t n);

/* The averaged weights as a model (int16 with one scale). */
void learner_model(const struct learner *l, struct ner_model *out);

#endif
