/* ner_model.h - the name tagger's weights as brief ships them
 * (data/ner.model), written by `make model`.
 *
 * The file, little-endian:
 *   8 bytes   "BRIEFNER"
 *   u32       format version (NER_MODEL_VERSION)
 *   u32       features version (TAGGER_FEATURES_VERSION of the trainer)
 *   u32       hash bits: 2^bits rows of weights
 *   u32       labels per row (NER_LABELS)
 *   f32       scale: a weight is its stored int16 times scale
 *   u64       FNV-1a hash of the weight bytes, to catch a damaged file
 *   i16[2^bits * labels]  the weights, row by row */
#ifndef BRIEF_NER_MODEL_H
#define BRIEF_NER_MODEL_H

#include <stddef.h>
#include <stdint.h>

#define NER_MODEL_VERSION 1

struct ner_model {
	uint32_t bits, labels;
	float scale;
	int16_t *w; /* 2^bits * labels */
};

/* Read a model; a file that is not one (or not of this build's features)
 * sets "file: not a brief model (why)". */
int ner_model_load(struct ner_model *m, const char *path);
/* Write it, byte for byte the same for the same weights. */
int ner_model_save(const struct ner_model *m, const char *path);
void ner_model_free(struct ner_model *m);

/* A tagger_score_fn over a loaded model (weights is the struct ner_model). */
void ner_model_score(const void *weights, const uint64_t *features, size_t n, float *scores);

#endif
