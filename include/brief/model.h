/* model.h - a trained tagger's weights as brief ships them (data/ner.model,
 * data/pos.model), written by `make model`: the name tagger's and the
 * part-of-speech tagger's, each a table of int16 weights indexed by hashed features.
 *
 * The file, little-endian:
 *   8 bytes   magic: what the model is for ("BRIEFNER", "BRIEFPOS")
 *   u32       format version (MODEL_VERSION)
 *   u32       features version of the tagger that trained it
 *   u32       hash bits: 2^bits rows of weights
 *   u32       labels per row
 *   f32       scale: a weight is its stored int16 times scale
 *   u64       FNV-1a hash of the weight bytes, to catch a damaged file
 *   i16[2^bits * labels]  the weights, row by row */
#ifndef BRIEF_MODEL_H
#define BRIEF_MODEL_H

#include <stddef.h>
#include <stdint.h>

#define MODEL_VERSION 1
/* Labels a row may hold, at most. */
#define MODEL_MAX_LABELS 64

/* What a model must be to be read as a given tagger's. */
struct model_kind {
	char magic[8];
	uint32_t features; /* the tagger's features version */
	uint32_t labels;
};

struct model {
	uint32_t bits, labels;
	float scale;
	int16_t *w;     /* 2^bits * labels, as in the file */
	int16_t *rows;  /* the same rows, stride apart, for scoring */
	uint32_t stride;
};

/* Read a model of that kind; a file that is not one (or not of this
 * build's features) sets "file: not a brief model (why)". */
int model_load(struct model *m, const char *path, const struct model_kind *kind);
/* Write it, byte for byte the same for the same weights. */
int model_save(const struct model *m, const char *path, const struct model_kind *kind);
void model_free(struct model *m);

/* Lay out the weights for scoring; model_load does it, and so must whoever
 * makes a model otherwise (the trainer). */
void model_prepare(struct model *m);

/* The scores of every label for a token's features (weights is the
 * struct model): a tagger_score_fn. */
void model_score(const void *weights, const uint64_t *features, size_t n, float *scores);

/* The models brief-import reads: tags first, then names. */
struct models {
	struct model pos, names;
};

#endif
