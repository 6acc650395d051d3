/* test_tagger.c - the name tagger: its tokens, that training on a small
 * fixture learns it, and that a model file is checked at load. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/learn.h"
#include "brief/mem.h"
#include "brief/model.h"
#include "brief/names.h"
#include "brief/tagger.h"
#include "brief/tokens.h"
#include "support.h"

/* ---- tokens ------------------------------------------------------------- */

static char *tokens_of(const char *text)
{
	struct tokens t = {0};
	tokens_split(text, 0, strlen(text), &t);
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < t.n; i++)
		buf_printf(&b, "%s%.*s", i ? "|" : "", (int)(t.v[i].end - t.v[i].start), text + t.v[i].start);
	free(t.v);
	return buf_steal(&b);
}

static void test_tokens_are_treebank_tokens(void **state)
{
	(void)state;
	struct {
		const char *text, *want;
	} cases[] = {
		{"Blinken's trip", "Blinken|'s|trip"},
		{"China\xE2\x80\x99s coast guard", "China|\xE2\x80\x99s|coast|guard"},
		{"the U.S. and Mr. Kim", "the|U.S.|and|Mr.|Kim"},
		{"US-Japan talks", "US|-|Japan|talks"},
		{"(Reuters) - Officials said.", "(|Reuters|)|-|Officials|said|."},
		{"\xE2\x80\x9CGo,\xE2\x80\x9D he said...", "\xE2\x80\x9C|Go|,|\xE2\x80\x9D|he|said|..."},
		{"I'm sure they don't", "I|'m|sure|they|do|n't"},
		{"John F. Kennedy Jr.", "John|F.|Kennedy|Jr."},
		{"US$20,000", "US$20,000"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *got = tokens_of(cases[i].text);
		assert_string_equal(got, cases[i].want);
		free(got);
	}
}

/* ---- learning ----------------------------------------------------------- */

struct fixture {
	const char *text;
	const char *labels; /* one letter a token: O, P/p (begins, inside a person), G/g, L/l */
};

static const struct fixture fixture[] = {
	{"Alice Moreno met Bruno Salgado in Lisbon .", "PpOPpOLO"},
	{"Bruno Salgado works for Vantec Systems in Porto .", "PpOOGgOLO"},
	{"Officials in Lisbon said Alice Moreno would visit .", "OOLOPpOOO"},
	{"Vantec Systems hired Alice Moreno last year .", "GgOPpOOO"},
	{"The board of Vantec Systems met in Porto on Monday .", "OOOGgOOLOOO"},
	{"Bruno Salgado and Alice Moreno spoke .", "PpOPpOO"},
};

static uint8_t label_of(char c)
{
	switch (c) {
	case 'P': return NER_B_PER;
	case 'p': return NER_I_PER;
	case 'G': return NER_B_ORG;
	case 'g': return NER_I_ORG;
	case 'L': return NER_B_LOC;
	case 'l': return NER_I_LOC;
	}
	return NER_O;
}

static char letter_of(uint8_t label)
{
	return "OPpGgLl"[label];
}

struct prepared {
	struct tokens tok;
	struct tagger_sentence s;
	uint8_t *gold;
};

static void prepare(const struct fixture *fx, struct prepared *p)
{
	memset(p, 0, sizeof *p);
	tokens_split(fx->text, 0, strlen(fx->text), &p->tok);
	assert_int_equal(p->tok.n, strlen(fx->labels));
	tagger_sentence_init(&p->s, fx->text, p->tok.v, p->tok.n, NULL);
	p->gold = xmalloc(p->tok.n);
	for (size_t i = 0; i < p->tok.n; i++)
		p->gold[i] = label_of(fx->labels[i]);
}

static void release(struct prepared *p)
{
	tagger_sentence_free(&p->s);
	free(p->tok.v);
	free(p->gold);
}

/* Tag text with a model: the labels as fixture letters. */
static char *tag(const struct model *m, const char *text)
{
	struct tokens t = {0};
	tokens_split(text, 0, strlen(text), &t);
	struct tagger_doc d = {0};
	tagger_doc_add_text(&d, text, t.v, t.n);
	struct tagger_sentence s;
	tagger_sentence_init(&s, text, t.v, t.n, NULL);
	uint8_t *labels = xcalloc(t.n + 1, 1);
	tagger_decode(&d, &s, model_score, m, labels);
	char *out = xcalloc(t.n + 1, 1);
	for (size_t i = 0; i < t.n; i++)
		out[i] = letter_of(labels[i]);
	free(labels);
	tagger_sentence_free(&s);
	tagger_doc_free(&d);
	free(t.v);
	return out;
}

static void train(struct model *m)
{
	enum { N = sizeof fixture / sizeof *fixture };
	struct prepared p[N];
	struct tagger_sentence *s[N];
	uint8_t *gold[N];
	for (size_t i = 0; i < N; i++) {
		prepare(&fixture[i], &p[i]);
		s[i] = &p[i].s;
		gold[i] = p[i].gold;
	}
	struct learner l;
	learner_init(&l, 12, NER_LABELS);
	/* each sentence its own document, so nothing is remembered between */
	for (int epoch = 0; epoch < 10; epoch++)
		for (size_t i = 0; i < N; i++)
			learner_names(&l, &s[i], &gold[i], 1);
	learner_model(&l, m);
	learner_free(&l);
	for (size_t i = 0; i < N; i++)
		release(&p[i]);
}

/* ---- the edges of names ------------------------------------------------ */

/* The names labels mark in text, mended: "TYPE:name" lines.  labels holds
 * one letter a token: O, P/p (begin/inside person), G/g (organization),
 * L/l (place). */
static char *names_of(const char *text, const char *labels)
{
	struct tokens t = {0};
	tokens_split(text, 0, strlen(text), &t);
	assert_int_equal(t.n, strlen(labels));
	uint8_t *l = xcalloc(t.n, 1);
	for (size_t i = 0; i < t.n; i++) {
		const char *codes = "OPpGgLl", *c = strchr(codes, labels[i]);
		static const int label[] = {NER_O, NER_B_PER, NER_I_PER, NER_B_ORG, NER_I_ORG, NER_B_LOC, NER_I_LOC};
		l[i] = (uint8_t)label[c - codes];
	}
	struct tagger_sentence s;
	tagger_sentence_init(&s, text, t.v, t.n, NULL);
	struct name_spans out = {0};
	names_from_labels(&s, l, &out);
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < out.n; i++)
		buf_printf(&b, "%s:%.*s\n", ner_type_name(out.v[i].type), (int)(out.v[i].end - out.v[i].start),
			   text + out.v[i].start);
	tagger_sentence_free(&s);
	free(out.v), free(l), free(t.v);
	return buf_steal(&b);
}

static void test_the_edges_of_names_are_mended(void **state)
{
	(void)state;
	struct {
		const char *text, *labels, *want;
	} cases[] = {
		/* a name does not begin with a small word */
		{"at Massachusetts Institute of Technology now", "OLlGgO", "ORG:Massachusetts Institute of Technology\n"},
		/* a place does not end in an organization's word */
		{"at Baltic Institute now", "OLlO", "ORG:Baltic Institute\n"},
		/* initials and the surname are one person */
		{"O.J. Simpson spoke", "LPO", "PER:O.J. Simpson\n"},
		/* the parts of a hyphenated name */
		{"Mohamed El-Hassan Mohamed", "PpOPp", "PER:Mohamed El-Hassan Mohamed\n"},
		/* a run that ends in a place's word is the place */
		{"the Ross Ice Shelf melts", "OLOOO", "LOC:Ross Ice Shelf\n"},
		/* no mark at the ends */
		{"in East China Sea .", "OLllO", "LOC:East China Sea\n"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *got = names_of(cases[i].text, cases[i].labels);
		assert_string_equal(got, cases[i].want);
		free(got);
	}
}

static void test_training_on_a_fixture_learns_it(void **state)
{
	(void)state;
	struct model m;
	train(&m);
	for (size_t i = 0; i < sizeof fixture / sizeof *fixture; i++) {
		char *got = tag(&m, fixture[i].text);
		assert_string_equal(got, fixture[i].labels);
		free(got);
	}
	/* and names it saw, in a sentence it did not */
	char *got = tag(&m, "Alice Moreno left Porto .");
	assert_string_equal(got, "PpOLO");
	free(got);
	model_free(&m);
}

/* ---- the model file ----------------------------------------------------- */

static char *saved_model(const char *dir, struct model *m)
{
	train(m);
	char *path = path_join(dir, "ner.model");
	assert_int_equal(model_save(m, path, &tagger_model_kind), BRIEF_OK);
	return path;
}

static void test_a_saved_model_loads_the_same(void **state)
{
	char *dir = tmp_make();
	struct model m, back;
	char *path = saved_model(dir, &m);
	assert_int_equal(model_load(&back, path, &tagger_model_kind), BRIEF_OK);
	assert_int_equal(back.bits, m.bits);
	assert_int_equal(back.labels, m.labels);
	assert_true(back.scale == m.scale);
	assert_memory_equal(back.w, m.w, ((size_t)1 << m.bits) * m.labels * sizeof *m.w);
	/* saved twice, the same bytes */
	char *again = path_join(dir, "again.model");
	assert_int_equal(model_save(&back, again, &tagger_model_kind), BRIEF_OK);
	size_t a, b;
	char *x = file_read(path, &a), *y = file_read(again, &b);
	assert_int_equal(a, b);
	assert_memory_equal(x, y, a);
	free(x), free(y), free(again), free(path);
	model_free(&m);
	model_free(&back);
	tmp_remove(dir);
	(void)state;
}

/* A copy of the model file changed by fn, then loaded: refused, saying why. */
static void assert_refused(const char *dir, const char *path, void (*fn)(char *data, size_t *len),
			   const char *why)
{
	size_t len;
	char *data = file_read(path, &len);
	char *copy = xmalloc(len + 16);
	memcpy(copy, data, len);
	fn(copy, &len);
	char *bad = file_write(dir, "bad.model", copy, len);
	struct model m;
	assert_int_equal(model_load(&m, bad, &tagger_model_kind), BRIEF_ERR);
	struct buf want = BUF_INIT;
	buf_printf(&want, "%s: not a brief model (%s)", bad, why);
	assert_non_null(strstr(err_get(), want.data));
	buf_free(&want);
	free(bad), free(copy), free(data);
}

static void cut_short(char *data, size_t *len) { (void)data; *len -= 100; }
static void foreign(char *data, size_t *len) { (void)len; memcpy(data, "GGUF\0\0\0\0", 8); }
static void damaged(char *data, size_t *len) { data[*len - 7] ^= 0x40; }
static void other_features(char *data, size_t *len) { (void)len; data[12] ^= 0x7F; }
static void trailing(char *data, size_t *len) { data[(*len)++] = 'x'; }

static void test_a_corrupt_or_foreign_model_is_refused(void **state)
{
	(void)state;
	char *dir = tmp_make();
	struct model m;
	char *path = saved_model(dir, &m);
	assert_refused(dir, path, cut_short, "the file is cut short or too long");
	assert_refused(dir, path, trailing, "the file is cut short or too long");
	assert_refused(dir, path, foreign, "no model header");
	assert_refused(dir, path, damaged, "the weights are damaged");
	assert_refused(dir, path, other_features, "made for other features");
	char *text = file_write_str(dir, "notes.txt", "not a model\n");
	struct model other;
	assert_int_equal(model_load(&other, text, &tagger_model_kind), BRIEF_ERR);
	assert_non_null(strstr(err_get(), "notes.txt: not a brief model (no model header)"));
	free(text), free(path);
	model_free(&m);
	tmp_remove(dir);
}

static void test_the_shipped_model_loads(void **state)
{
	(void)state;
	char *path = src_path("data/ner.model");
	struct model m;
	assert_int_equal(model_load(&m, path, &tagger_model_kind), BRIEF_OK);
	assert_int_equal(m.labels, NER_LABELS);
	model_free(&m);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tokens_are_treebank_tokens),
		cmocka_unit_test(test_the_edges_of_names_are_mended),
		cmocka_unit_test(test_training_on_a_fixture_learns_it),
		cmocka_unit_test(test_a_saved_model_loads_the_same),
		cmocka_unit_test(test_a_corrupt_or_foreign_model_is_refused),
		cmocka_unit_test(test_the_shipped_model_loads),
	};
	return cmocka_run_group_tests_name("tagger", tests, NULL, NULL);
}
