/* learn.h - training the taggers: the averaged perceptron (Collins 2002,
 * with Daumé's lazy averaging), learning greedily from its own
 * predictions, as it will tag.  make model drives it over the corpora;
 * the tests train it on a fixture. */
#ifndef BRIEF_LEARN_H
#define BRIEF_LEARN_H

#include <stddef.h>
#include <stdint.h>

#include "brief/model.h"
#include "brief/tagger.h"

struct learner {
	double *w, *u; /* weights, and their updates weighted by time (for the average) */
	uint32_t bits, labels;
	double clock;  /* tokens seen: the time of averaging */
};

void learner_init(struct learner *l, uint32_t bits, uint32_t labels);
void learner_free(struct learner *l);

/* A tagger_score_fn over the weights being learned (weights is the learner). */
void learner_score(const void *weights, const uint64_t *features, size_t n, float *scores);

/* Learn names from one document: its sentences (prepared with
 * tagger_sentence_init, and their tags when the model reads them) and
 * their gold labels, in order. */
void learner_names(struct learner *l, struct tagger_sentence *const *sentences, uint8_t *const *gold, size_t n);

/* Learn part-of-speech tags from one sentence and its gold tags. */
void learner_tags(struct learner *l, const struct tagger_sentence *s, const uint8_t *gold);

/* The averaged weights as a model (int16 with one scale). */
void learner_model(const struct learner *l, struct model *out);

/* For a model of several runs: add a run's averaged weights to sum
 * (2^bits * labels of them), then make the model of the sum. */
void learner_add_average(const struct learner *l, double *sum);
void learner_quantize(const double *w, uint32_t bits, uint32_t labels, struct model *out);

#endif
