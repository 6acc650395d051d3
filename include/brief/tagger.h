/* tagger.h - the name tagger: an averaged perceptron over hashed features,
 * decoding a sentence's tokens left to right into BIO labels for people,
 * organizations and places (as Ratinov & Roth 2009, and spaCy's first
 * tagger, did).  The features are computed here for both the trainer
 * (make model) and brief-import, so the two can never disagree. */
#ifndef BRIEF_TAGGER_H
#define BRIEF_TAGGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "brief/gazetteer.h"
#include "brief/model.h"
#include "brief/strmap.h"
#include "brief/tokens.h"

enum ner_label {
	NER_O,
	NER_B_PER, NER_I_PER,
	NER_B_ORG, NER_I_ORG,
	NER_B_LOC, NER_I_LOC,
	NER_LABELS
};

enum ner_type { NER_NONE, NER_PER, NER_ORG, NER_LOC, NER_TYPES };

static inline enum ner_type ner_label_type(int label)
{
	return label == NER_O ? NER_NONE : (enum ner_type)((label + 1) / 2);
}
static inline bool ner_label_begins(int label)
{
	return label != NER_O && label % 2 == 1;
}
static inline int ner_label_of(enum ner_type t, bool begin)
{
	return t == NER_NONE ? NER_O : (int)t * 2 - (begin ? 1 : 0);
}

const char *ner_type_name(enum ner_type t); /* "PER", "ORG", "LOC" */

/* Bumped whenever the features change: a model trained on other features
 * is refused at load. */
extern const struct model_kind tagger_model_kind;
#define TAGGER_FEATURES_VERSION 2
/* Features of one token, at most. */
#define TAGGER_MAX_FEATURES 64

/* What the tagger knows of the whole document: which words appear in
 * lower case somewhere (a capital there is only a sentence start), and
 * what it tagged each word as earlier. */
struct tagger_doc {
	struct strmap lower;     /* lower-case words seen written in lower case */
	struct strmap capital;   /* ... and those seen capitalized inside a sentence */
	struct strmap predicted; /* lower-case word -> the type tagged last */
};

/* Note the words of a text before tagging any of it. */
void tagger_doc_add_text(struct tagger_doc *d, const char *text, const struct token *tok, size_t n);
void tagger_doc_free(struct tagger_doc *d);

/* Does the document write word[0..n) in lower case somewhere? */
bool tagger_doc_seen_lower(const struct tagger_doc *d, const char *word, size_t n);

/* A sentence prepared for tagging: per-token hashes and gazetteer marks,
 * computed once.  text[tok[i].start..tok[i].end) is token i. */
struct tagger_sentence {
	const char *text;
	const struct token *tok;
	size_t n;
	uint64_t *lower, *raw, *shape, *brief_shape, *prefix, *suffix2, *suffix3, *suffix4;
	uint8_t *gaz;     /* per token: 0, or 1 + 2 * kind (begins) or 2 + 2 * kind (inside) */
	uint8_t *flags;   /* what a token is (tagger.c) */
	char *folded;     /* the case-folded tokens, one after another */
	size_t *folded_at;
	uint8_t *folded_len;
	bool headline;    /* most words capitalized: a title */
};

/* Prepare tok[0..n) of text; g may be NULL (no gazetteer features). */
void tagger_sentence_init(struct tagger_sentence *s, const char *text, const struct token *tok, size_t n,
			  const struct gazetteer *g);
void tagger_sentence_free(struct tagger_sentence *s);

/* Is token i punctuation only (no letter, no digit)? */
bool tagger_is_mark(const struct tagger_sentence *s, size_t i);

/* The hashed features of token i given the labels already chosen for the
 * tokens before it; returns how many were written to out. */
size_t tagger_features(const struct tagger_doc *d, const struct tagger_sentence *s, size_t i,
		       const uint8_t *labels, uint64_t *out);

/* Scores of every label for one token's features (a model's, or the
 * trainer's weights in the making). */
typedef void (*tagger_score_fn)(const void *weights, const uint64_t *features, size_t n, float *scores);

/* Label every token of s left to right, greedily, each label allowed only
 * where BIO allows it (I-X follows B-X or I-X); then record what was tagged
 * in d.  labels has room for s->n. */
void tagger_decode(struct tagger_doc *d, const struct tagger_sentence *s, tagger_score_fn score,
		   const void *weights, uint8_t *labels);

/* Record a sentence's labels in the document (what decode does at its end). */
void tagger_doc_note(struct tagger_doc *d, const struct tagger_sentence *s, const uint8_t *labels);

/* The best label allowed after prev, from scores. */
int tagger_best_label(const float *scores, int prev);

#endif
