/* learn.c - the averaged perceptron that trains the name tagger. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "brief/learn.h"
#include "brief/mem.h"

void learner_init(struct learner *l, uint32_t bits)
{
	size_t cells = ((size_t)1 << bits) * NER_LABELS;
	l->w = xcalloc(cells, sizeof *l->w);
	l->u = xcalloc(cells, sizeof *l->u);
	l->bits = bits;
	l->clock = 1;
}

void learner_free(struct learner *l)
{
	free(l->w);
	free(l->u);
	memset(l, 0, sizeof *l);
}

static void score(const void *weights, const uint64_t *f, size_t n, float *scores)
{
	const struct learner *l = weights;
	uint64_t mask = ((uint64_t)1 << l->bits) - 1;
	double sum[NER_LABELS] = {0};
	for (size_t i = 0; i < n; i++) {
		const double *row = l->w + (f[i] & mask) * NER_LABELS;
		for (int k = 0; k < NER_LABELS; k++)
			sum[k] += row[k];
	}
	for (int k = 0; k < NER_LABELS; k++)
		scores[k] = (float)sum[k];
}

static void update(struct learner *l, const uint64_t *f, size_t n, int label, double delta)
{
	uint64_t mask = ((uint64_t)1 << l->bits) - 1;
	for (size_t i = 0; i < n; i++) {
		size_t at = (size_t)(f[i] & mask) * NER_LABELS + (size_t)label;
		l->w[at] += delta;
		l->u[at] += l->clock * delta;
	}
}

void learner_document(struct learner *l, struct tagger_sentence *const *sentences, uint8_t *const *gold, size_t n)
{
	struct tagger_doc d = {0};
	for (size_t k = 0; k < n; k++)
		tagger_doc_add_text(&d, sentences[k]->text, sentences[k]->tok, sentences[k]->n);
	uint64_t f[TAGGER_MAX_FEATURES];
	float scores[NER_LABELS];
	for (size_t k = 0; k < n; k++) {
		const struct tagger_sentence *s = sentences[k];
		uint8_t *labels = xcalloc(s->n ? s->n : 1, 1);
		for (size_t i = 0; i < s->n; i++) {
			size_t nf = tagger_features(&d, s, i, labels, f);
			int prev = i ? labels[i - 1] : NER_O;
			score(l, f, nf, scores);
			int guess = tagger_best_label(scores, prev);
			/* the right label given what was chosen before: a name the
			 * tagger missed the start of begins here */
			int want = gold[k][i];
			if (want != NER_O && !ner_label_begins(want) && ner_label_type(prev) != ner_label_type(want))
				want = ner_label_of(ner_label_type(want), true);
			if (guess != want) {
				update(l, f, nf, want, 1.0);
				update(l, f, nf, guess, -1.0);
			}
			l->clock += 1;
			labels[i] = (uint8_t)guess;
		}
		tagger_doc_note(&d, s, labels);
		free(labels);
	}
	tagger_doc_free(&d);
}

void learner_model(const struct learner *l, struct ner_model *out)
{
	size_t count = ((size_t)1 << l->bits) * NER_LABELS;
	double top = 0;
	double *avg = xmalloc(count * sizeof *avg);
	for (size_t i = 0; i < count; i++) {
		avg[i] = l->w[i] - l->u[i] / l->clock;
		if (fabs(avg[i]) > top)
			top = fabs(avg[i]);
	}
	out->bits = l->bits;
	out->labels = NER_LABELS;
	out->scale = (float)(top > 0 ? top / 32767.0 : 1.0);
	out->w = xmalloc(count * sizeof *out->w);
	for (size_t i = 0; i < count; i++)
		out->w[i] = (int16_t)lrint(avg[i] / out->scale);
	free(avg);
}
