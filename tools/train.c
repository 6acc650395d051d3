/* train.c - `make model`: train the part-of-speech tagger and the name
 * tagger on the annotated corpora and write DIR/pos.model and DIR/ner.model.
 *
 * usage: train CORPORA GAZETTEER DIR
 *
 * An averaged perceptron (Collins 2002; the lazy averaging of Daumé),
 * trained greedily on its own predictions, as it will tag.  Deterministic:
 * the corpora in a fixed order, shuffled by a fixed seed each epoch, and
 * floating point summed in one order, so the same compiler gives the same
 * model byte for byte.  The GUM interview genre is held out and measured.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "brief/error.h"
#include "brief/gazetteer.h"
#include "brief/learn.h"
#include "brief/mem.h"
#include "brief/model.h"
#include "brief/postag.h"
#include "brief/tagger.h"
#include "brief/tokens.h"
#include "corpus.h"
#include "devset.h"

enum { HASH_BITS = 19, EPOCHS = 12, RUNS = 3, POS_BITS = 16, POS_EPOCHS = 10 };

/* A sentence ready to learn from: the runtime's tokens, their gold labels
 * and the tagger's view of them. */
struct example {
	struct tokens tok;
	uint8_t *gold;
	struct tagger_sentence s;
	int *gold_tags;  /* GUM's part of speech, or NULL */
};

struct doc {
	struct example *ex;
	struct tagger_sentence **s; /* each example's, for the learner */
	uint8_t **gold;
	size_t n;
};

/* ---- the data ------------------------------------------------------------ */

struct source {
	const char *name, *dir, *suffix;
	enum corpus_format format;
	const char *exclude; /* files whose name holds this are left out */
};

static const struct source sources[] = {
	{"GUM (academic, bio, court, voyage)", "gum", ".conllu", CORPUS_GUM, "_interview_"},
	{"wikigold", "wikigold", ".txt", CORPUS_IOB1, NULL},
	{"re3d", "re3d", ".conll", CORPUS_IOB2, NULL},
	{"UNER English-EWT", "uner-ewt", ".iob2", CORPUS_UNER, NULL},
	{"UNER English-PUD", "uner-pud", ".iob2", CORPUS_UNER, NULL},
	{"Re-DocRED", "redocred", ".json", CORPUS_DOCRED, NULL},
	{"Broad Twitter Corpus", "btc", ".conll", CORPUS_TWEETS, NULL},
	{"WNUT 2017", "wnut17", ".conll", CORPUS_TWEETS, NULL},
};

static int read_sources(const char *top, struct corpus *train)
{
	printf("%-36s %9s %7s %7s %7s\n", "training data", "tokens", "PER", "ORG", "LOC");
	const char *skip = getenv("TRAIN_SKIP"); /* experiments: corpora to leave out */
	for (size_t k = 0; k < sizeof sources / sizeof *sources; k++) {
		if (skip && strstr(skip, sources[k].dir))
			continue;
		struct buf dir = BUF_INIT;
		buf_printf(&dir, "%s/%s", top, sources[k].dir);
		char **files = NULL;
		size_t n = 0, cap = 0;
		corpus_list(dir.data, sources[k].suffix, &files, &n, &cap);
		struct corpus c = {0};
		const char *genre = getenv("DEVSET_GENRE");
		for (size_t i = 0; i < n; i++) {
			if (sources[k].format == CORPUS_GUM && genre && strstr(files[i], genre))
				; /* held out as the development set instead */
			else if (!sources[k].exclude || !strstr(files[i], sources[k].exclude))
				if (corpus_read(&c, files[i], sources[k].format) != BRIEF_OK)
					return BRIEF_ERR;
			free(files[i]);
		}
		free(files);
		buf_free(&dir);
		printf("%-36s %9zu %7zu %7zu %7zu\n", sources[k].name, c.tokens, c.names[NER_PER], c.names[NER_ORG],
		       c.names[NER_LOC]);
		/* move the documents over */
		for (size_t i = 0; i < c.n; i++) {
			train->d = xgrow(train->d, &train->cap, train->n + 1, sizeof *train->d);
			train->d[train->n++] = c.d[i];
		}
		train->tokens += c.tokens;
		for (int t = 0; t < NER_TYPES; t++)
			train->names[t] += c.names[t];
		free(c.d);
	}
	printf("%-36s %9zu %7zu %7zu %7zu\n", "all", train->tokens, train->names[NER_PER], train->names[NER_ORG],
	       train->names[NER_LOC]);
	return BRIEF_OK;
}

static void prepare(const struct gazetteer *g, struct cdoc *cd, struct doc *d)
{
	d->ex = xcalloc(cd->n ? cd->n : 1, sizeof *d->ex);
	d->n = cd->n;
	for (size_t i = 0; i < cd->n; i++) {
		struct csent *s = &cd->s[i];
		struct example *e = &d->ex[i];
		tokens_split(s->text, 0, strlen(s->text), &e->tok);
		devset_gold_labels(s, &e->tok, &e->gold);
		tagger_sentence_init(&e->s, s->text, e->tok.v, e->tok.n, g);
		if (s->tags)
			e->gold_tags = devset_gold_tags(s, &e->tok);
	}
	d->s = xcalloc(d->n ? d->n : 1, sizeof *d->s);
	d->gold = xcalloc(d->n ? d->n : 1, sizeof *d->gold);
	for (size_t i = 0; i < d->n; i++) {
		d->s[i] = &d->ex[i].s;
		d->gold[i] = d->ex[i].gold;
	}
}

static void doc_free(struct doc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		tagger_sentence_free(&d->ex[i].s);
		free(d->ex[i].tok.v);
		free(d->ex[i].gold);
		free(d->ex[i].gold_tags);
	}
	free(d->ex);
	free(d->s);
	free(d->gold);
}

/* ---- learning ------------------------------------------------------------ */

static unsigned long long rng = 0x2545F4914F6CDD1DULL;

static size_t pick(size_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (size_t)(rng % n);
}

/* ---- part of speech --------------------------------------------------- */

static bool has_tags(const struct doc *d)
{
	return d->n && d->ex[0].gold_tags;
}

/* The part-of-speech model, from the documents that have tags (GUM's). */
static void train_tags(struct doc *docs, size_t n, struct model *out)
{
	struct learner l;
	learner_init(&l, POS_BITS, POSTAG_LABELS);
	size_t *order = xmalloc((n ? n : 1) * sizeof *order), m = 0;
	for (size_t i = 0; i < n; i++)
		if (has_tags(&docs[i]))
			order[m++] = i;
	uint8_t *gold = NULL;
	size_t cap = 0;
	for (int epoch = 1; epoch <= POS_EPOCHS; epoch++) {
		for (size_t i = m; i > 1; i--) {
			size_t j = pick(i), t = order[i - 1];
			order[i - 1] = order[j];
			order[j] = t;
		}
		for (size_t i = 0; i < m; i++) {
			struct doc *d = &docs[order[i]];
			for (size_t k = 0; k < d->n; k++) {
				struct example *e = &d->ex[k];
				gold = xgrow(gold, &cap, e->tok.n + 1, 1);
				bool whole = true;
				for (size_t t = 0; t < e->tok.n; t++) {
					whole &= e->gold_tags[t] >= 0;
					gold[t] = (uint8_t)(e->gold_tags[t] >= 0 ? e->gold_tags[t] : 0);
				}
				if (whole)
					learner_tags(&l, &e->s, gold);
			}
		}
	}
	learner_model(&l, out);
	learner_free(&l);
	free(order);
	free(gold);
}


static int write_model(const struct model *m, const char *dir, const char *name, const struct model_kind *kind)
{
	struct buf path = BUF_INIT;
	buf_printf(&path, "%s/%s", dir, name);
	int rc = model_save(m, path.data, kind);
	if (rc == BRIEF_OK)
		printf("%s: %u rows of %u labels (%zu bytes)\n", path.data, 1u << m->bits, m->labels,
		       ((size_t)1 << m->bits) * m->labels * 2 + 36);
	buf_free(&path);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: train CORPORA GAZETTEER DIR\n");
		return 2;
	}
	err_set_program("train");
	struct gazetteer g = {0};
	if (gazetteer_load(&g, argv[2]) != BRIEF_OK) {
		err_report("%s", err_get());
		return 1;
	}
	struct corpus train = {0}, dev = {0};
	if (read_sources(argv[1], &train) != BRIEF_OK || devset_read(argv[1], &g, &dev) != BRIEF_OK) {
		err_report("%s", err_get());
		return 1;
	}
	printf("%-36s %9zu %7zu %7zu %7zu\n", "development: GUM interview (held out)", dev.tokens, dev.names[NER_PER],
	       dev.names[NER_ORG], dev.names[NER_LOC]);
	if (getenv("TRAIN_SEED")) /* experiments: another shuffle */
		rng ^= strtoull(getenv("TRAIN_SEED"), NULL, 10) * 0x9E3779B97F4A7C15ULL;
	struct doc *docs = xcalloc(train.n, sizeof *docs);
	size_t dropped = corpus_drop_adjectives(&train, &g);
	printf("%zu names that are a country's adjective or people made plain words\n\n", dropped);
	for (size_t i = 0; i < train.n; i++)
		prepare(&g, &train.d[i], &docs[i]);

	/* the part-of-speech tagger, on GUM's tags: the name tagger does not
	 * read its tags (as features they did not help, see make eval), the
	 * timeline does (the tense of a clause) */
	struct models models = {0};
	train_tags(docs, train.n, &models.pos);

	/* several runs over the data, each in its own order, averaged: the
	 * model then depends less on the order of one run */
	const char *runs_env = getenv("TRAIN_RUNS");
	int runs = runs_env && atoi(runs_env) > 0 ? atoi(runs_env) : RUNS;
	int epochs = getenv("TRAIN_EPOCHS") ? atoi(getenv("TRAIN_EPOCHS")) : EPOCHS;
	double *sum = xcalloc(((size_t)1 << HASH_BITS) * NER_LABELS, sizeof *sum);
	/* experiments: GUM's documents seen more than once an epoch */
	int weight = getenv("TRAIN_GUM_WEIGHT") ? atoi(getenv("TRAIN_GUM_WEIGHT")) : 1;
	size_t norder = 0, ocap = 0;
	size_t *order = NULL;
	for (size_t i = 0; i < train.n; i++)
		for (int w = 0; w < (strncmp(train.d[i].name, "GUM_", 4) == 0 ? weight : 1); w++) {
			order = xgrow(order, &ocap, norder + 1, sizeof *order);
			order[norder++] = i;
		}
	for (int run = 1; run <= runs; run++) {
		struct learner l;
		learner_init(&l, HASH_BITS, NER_LABELS);
		for (int epoch = 1; epoch <= epochs; epoch++) {
			for (size_t i = norder; i > 1; i--) {
				size_t j = pick(i), t = order[i - 1];
				order[i - 1] = order[j];
				order[j] = t;
			}
			for (size_t i = 0; i < norder; i++)
				learner_names(&l, docs[order[i]].s, docs[order[i]].gold, docs[order[i]].n);
		}
		fprintf(stderr, "run %d of %d done\n", run, runs);
		learner_add_average(&l, sum);
		learner_free(&l);
	}
	learner_quantize(sum, HASH_BITS, NER_LABELS, &models.names);
	free(sum);
	int rc = write_model(&models.pos, argv[3], "pos.model", &postag_model_kind);
	if (rc == BRIEF_OK)
		rc = write_model(&models.names, argv[3], "ner.model", &tagger_model_kind);
	if (rc != BRIEF_OK) {
		err_report("%s", err_get());
	} else {
		printf("\n");
		devset_report_tags(&dev, &models.pos, stdout);
		devset_report_mentions(&dev, &g, &models, stdout);
	}
	for (size_t i = 0; i < train.n; i++)
		doc_free(&docs[i]);
	free(docs), free(order);
	model_free(&models.pos);
	model_free(&models.names);
	corpus_free(&train);
	corpus_free(&dev);
	gazetteer_free(&g);
	return rc == BRIEF_OK ? 0 : 1;
}
