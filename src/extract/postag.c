/* postag.c - part-of-speech features and decoding. */
#include <string.h>

#include "brief/postag.h"
#include "features.h"

const struct model_kind postag_model_kind = {{'B', 'R', 'I', 'E', 'F', 'P', 'O', 'S'}, POSTAG_FEATURES_VERSION,
					    POSTAG_LABELS};

/* The tags GUM uses, in a fixed order: a label is an index here. */
static const char *const tags[POSTAG_LABELS] = {
	"NN", "IN", "DT", "NNP", "JJ", ",", "NNS", ".", "RB", "PRP", "CC", "VB", "CD", "VBD", "VBN", "VBZ",
	"VBP", "VBG", "TO", "PRP$", "-LRB-", "-RRB-", "MD", ":", "WDT", "HYPH", "NNPS", "POS", "WRB", "``",
	"''", "WP", "UH", "FW", "RP", "EX", "JJR", "RBR", "JJS", "SYM", "RBS", "PDT", "LS", "$", "WP$",
	"GW", "ADD",
};

int postag_label(const char *tag, size_t n)
{
	for (int i = 0; i < POSTAG_LABELS; i++)
		if (strlen(tags[i]) == n && memcmp(tags[i], tag, n) == 0)
			return i;
	return -1;
}

const char *postag_name(int label)
{
	return label >= 0 && label < POSTAG_LABELS ? tags[label] : "?";
}

bool postag_is_proper(int label)
{
	return label == 3 || label == 26;
}

enum template {
	P_BIAS = 101, P_LOWER, P_RAW, P_SHAPE, P_BRIEF, P_PREFIX, P_SUFFIX2, P_SUFFIX3, P_SUFFIX4, P_LOWER_M1,
	P_LOWER_P1, P_LOWER_M2, P_LOWER_P2, P_SUFFIX3_M1, P_SUFFIX3_P1, P_BRIEF_M1, P_BRIEF_P1, P_Y1, P_Y2_Y1,
	P_Y1_LOWER, P_FLAGS, P_INITIAL_BRIEF,
};

#define mix feature_mix
#define mix2 feature_mix2

static uint64_t at(const uint64_t *col, const struct tagger_sentence *s, long i)
{
	return feature_at(col, s->n, i);
}

size_t postag_features(const struct tagger_sentence *s, size_t i, const uint8_t *t, uint64_t *out)
{
	size_t n = 0;
	long k = (long)i;
	uint64_t y1 = i >= 1 ? t[i - 1] : 0xF0, y2 = i >= 2 ? t[i - 2] : 0xF0;
	out[n++] = mix(P_BIAS, 0);
	out[n++] = mix(P_LOWER, s->lower[i]);
	out[n++] = mix(P_RAW, s->raw[i]);
	out[n++] = mix(P_SHAPE, s->shape[i]);
	out[n++] = mix(P_BRIEF, s->brief_shape[i]);
	out[n++] = mix(P_PREFIX, s->prefix[i]);
	out[n++] = mix(P_SUFFIX2, s->suffix2[i]);
	out[n++] = mix(P_SUFFIX3, s->suffix3[i]);
	out[n++] = mix(P_SUFFIX4, s->suffix4[i]);
	out[n++] = mix(P_LOWER_M1, at(s->lower, s, k - 1));
	out[n++] = mix(P_LOWER_P1, at(s->lower, s, k + 1));
	out[n++] = mix(P_LOWER_M2, at(s->lower, s, k - 2));
	out[n++] = mix(P_LOWER_P2, at(s->lower, s, k + 2));
	out[n++] = mix(P_SUFFIX3_M1, at(s->suffix3, s, k - 1));
	out[n++] = mix(P_SUFFIX3_P1, at(s->suffix3, s, k + 1));
	out[n++] = mix(P_BRIEF_M1, at(s->brief_shape, s, k - 1));
	out[n++] = mix(P_BRIEF_P1, at(s->brief_shape, s, k + 1));
	out[n++] = mix(P_Y1, y1);
	out[n++] = mix2(P_Y2_Y1, y2, y1);
	out[n++] = mix2(P_Y1_LOWER, y1, s->lower[i]);
	out[n++] = mix(P_FLAGS, s->flags[i]);
	out[n++] = mix2(P_INITIAL_BRIEF, i == 0, s->brief_shape[i]);
	return n;
}

void postag_decode(const struct tagger_sentence *s, tagger_score_fn score, const void *weights, uint8_t *t)
{
	uint64_t f[TAGGER_MAX_FEATURES];
	float scores[POSTAG_LABELS];
	for (size_t i = 0; i < s->n; i++) {
		size_t nf = postag_features(s, i, t, f);
		score(weights, f, nf, scores);
		int best = 0;
		for (int l = 1; l < POSTAG_LABELS; l++)
			if (scores[l] > scores[best])
				best = l;
		t[i] = (uint8_t)best;
	}
}
