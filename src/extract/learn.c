/* learn.c - the averaged perceptron that trains the taggers. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "brief/learn.h"
#include "brief/mem.h"
#include "brief/postag.h"

void learner_init(struct learner *l, uint32_t bits, uint32_t labels)
{
	size_t cells = ((size_t)1 << bits) * labels;
	l->w = xcalloc(cells, sizeof *l->w);
	l->u = xcalloc(cells, sizeof *l->u);
	l->bits = bits;
	l->labels = labels;
	l->clock = 1;
}

void learner_free(struct learner *l)
{
	free(l->w);
	free(l->u);
	memset(l, 0, sizeof *l);
}

void learner_score(const void *weights, const uint64_t *f, size_t n, float *scores)
{
	const struct learner *l = weights;
	uint64_t mask = ((uint64_t)1 << l->bits) - 1;
	double sum[MODEL_MAX_LABELS];
	for (uint32_t k = 0; k < l->labels; k++)
		sum[k] = 0;
	for (size_t i = 0; i < n; i++) {
		const double *row = l->w + (f[i] & mask) * l->labels;
		for (uint32_t k = 0; k < l->labels; k++)
			sum[k] += row[k];
	}
	for (uint32_t k = 0; k < l->labels; k++)
		scores[k] = (float)sum[k];
}

/* The right label has its features' weights raised, the guess lowered. */
static void update(struct learner *l, const uint64_t *f, size_t n, int want, int guess)
{
	uint64_t mask = ((uint64_t)1 << l->bits) - 1;
	for (size_t i = 0; i < n; i++) {
		size_t row = (size_t)(f[i] & mask) * l->labels;
		l->w[row + (size_t)want] += 1;
		l->u[row + (size_t)want] += l->clock;
		l->w[row + (size_t)guess] -= 1;
		l->u[row + (size_t)guess] -= l->clock;
	}
}

void learner_names(struct learner *l, struct tagger_sentence *const *sentences, uint8_t *const *gold, size_t n)
{
	struct tagger_doc d = {0};
	for (size_t k = 0; k < n; k++)
		tagger_doc_add_text(&d, sentences[k]->text, sentences[k]->tok, sentences[k]->n);
	uint64_t f[TAGGER_MAX_FEATURES];
	float scores[MODEL_MAX_LABELS];
	for (size_t k = 0; k < n; k++) {
		const struct tagger_sentence *s = sentences[k];
		uint8_t *labels = xcalloc(s->n ? s->n : 1, 1);
		for (size_t i = 0; i < s->n; i++) {
			size_t nf = tagger_features(&d, s, i, labels, f);
			int prev = i ? labels[i - 1] : NER_O;
			learner_score(l, f, nf, scores);
			int guess = tagger_best_label(scores, prev);
			/* the right label given what was chosen before: a name the
			 * tagger missed the start of begins here */
			int want = gold[k][i];
			if (want != NER_O && !ner_label_begins(want) && ner_label_type(prev) != ner_label_type(want))
				want = ner_label_of(ner_label_type(want), true);
			if (guess != want)
				update(l, f, nf, want, guess);
			l->clock += 1;
			labels[i] = (uint8_t)guess;
		}
		tagger_doc_note(&d, s, labels);
		free(labels);
	}
	tagger_doc_free(&d);
}

void learner_tags(struct learner *l, const struct tagger_sentence *s, const uint8_t *gold)
{
	uint64_t f[TAGGER_MAX_FEATURES];
	float scores[MODEL_MAX_LABELS];
	uint8_t *tags = xcalloc(s->n ? s->n : 1, 1);
	for (size_t i = 0; i < s->n; i++) {
		size_t nf = postag_features(s, i, tags, f);
		learner_score(l, f, nf, scores);
		int guess = 0;
		for (uint32_t k = 1; k < l->labels; k++)
			if (scores[k] > scores[guess])
				guess = (int)k;
		if (guess != gold[i])
			update(l, f, nf, gold[i], guess);
		l->clock += 1;
		tags[i] = (uint8_t)guess;
	}
	free(tags);
}

void learner_add_average(const struct learner *l, double *sum)
{
	size_t count = ((size_t)1 << l->bits) * l->labels;
	for (size_t i = 0; i < count; i++)
		sum[i] += l->w[i] - l->u[i] / l->clock;
}

void learner_quantize(const double *w, uint32_t bits, uint32_t labels, struct model *out)
{
	size_t count = ((size_t)1 << bits) * labels;
	double top = 0;
	for (size_t i = 0; i < count; i++)
		if (fabs(w[i]) > top)
			top = fabs(w[i]);
	out->bits = bits;
	out->labels = labels;
	out->scale = (float)(top > 0 ? top / 32767.0 : 1.0);
	out->w = xmalloc(count * sizeof *out->w);
	out->rows = NULL;
	for (size_t i = 0; i < count; i++)
		out->w[i] = (int16_t)lrint(w[i] / out->scale);
	model_prepare(out);
}

void learner_model(const struct learner *l, struct model *out)
{
	double *avg = xcalloc(((size_t)1 << l->bits) * l->labels, sizeof *avg);
	learner_add_average(l, avg);
	learner_quantize(avg, l->bits, l->labels, out);
	free(avg);
}
