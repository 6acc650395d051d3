/* tagger.c - features and greedy decoding of the name tagger.
 *
 * Every feature is a 64-bit hash of a template and a value, so the model
 * is a table indexed by the hash's low bits; nothing in it spells a word.
 * Words are compared by their case-folded form, which is computed here for
 * the scripts news is written in (Latin, Greek, Cyrillic) without the
 * locale, so the trainer and brief-import fold alike. */
#include <stdlib.h>
#include <string.h>

#include "brief/mem.h"
#include "brief/tagger.h"
#include "brief/utf8.h"
#include "brief/words.h"
#include "features.h"

enum {
	TOKEN_CAP = 1,     /* begins with a capital */
	TOKEN_ALLCAPS = 2, /* two or more letters, all capitals */
	TOKEN_LOWER = 4,   /* begins with a small letter */
	TOKEN_DIGIT = 8,   /* holds a digit */
	TOKEN_ROLE = 16,   /* a title or role word: Minister, Mr, Dr */
	TOKEN_ORG = 32,    /* an organization head word: Ministry, Council */
	TOKEN_PUNCT = 64,  /* no letter and no digit */
};

/* The templates: a feature is one of these with its value. */
enum template {
	T_BIAS = 1, T_LOWER, T_RAW, T_SHAPE, T_BRIEF, T_PREFIX, T_SUFFIX2, T_SUFFIX3, T_SUFFIX4,
	T_LOWER_M1, T_LOWER_P1, T_LOWER_M2, T_LOWER_P2, T_BRIEF_M1, T_BRIEF_P1, T_BRIEF_M1_0,
	T_BRIEF_0_P1, T_LOWER_M1_0, T_LOWER_0_P1, T_INITIAL, T_DOC_LOWER, T_PREDICTED, T_PREDICTED_M1,
	T_GAZ, T_GAZ_M1, T_GAZ_P1, T_GAZ_LOWER, T_ROLE_M1, T_ROLE_M2, T_ORG_0, T_ORG_P1, T_ORG_P2,
	T_Y1, T_Y2_Y1, T_Y1_LOWER, T_Y1_BRIEF, T_HEADLINE, T_FLAGS, T_FLAGS_M1, T_FLAGS_P1, T_POSSESSIVE_P1,
	T_DOC_CAPITAL, T_BRIEF_TRIGRAM,
};

const struct model_kind tagger_model_kind = {{'B', 'R', 'I', 'E', 'F', 'N', 'E', 'R'}, TAGGER_FEATURES_VERSION,
					    NER_LABELS};

const char *ner_type_name(enum ner_type t)
{
	static const char *const names[NER_TYPES] = {"O", "PER", "ORG", "LOC"};
	return t < NER_TYPES ? names[t] : "?";
}

/* ---- hashing ---------------------------------------------------------- */

static uint64_t fnv(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

#define mix feature_mix
#define mix2 feature_mix2

/* ---- case and shape without the locale --------------------------------- */

static bool cp_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	/* Latin Extended-A: capital and small letters alternate */
	if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177))
		return c % 2 == 0;
	if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
		return c % 2 == 1;
	if (c == 0x178)
		return true;
	if (c >= 0x391 && c <= 0x3AB)
		return c != 0x3A2;
	return c >= 0x400 && c <= 0x42F;
}

static bool cp_letter(uint32_t c)
{
	if (c < 0x80)
		return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
	/* beyond ASCII: every letter of the scripts news uses, and more */
	return c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F);
}

static uint32_t cp_lower(uint32_t c)
{
	if (!cp_upper(c))
		return c;
	if (c < 0x80 || (c >= 0xC0 && c <= 0xDE) || (c >= 0x391 && c <= 0x3AB) || (c >= 0x410 && c <= 0x42F))
		return c + 0x20;
	if (c >= 0x400 && c <= 0x40F)
		return c + 0x50;
	if (c == 0x178)
		return 0xFF;
	return c + 1; /* Latin Extended-A pairs */
}

struct token_view {
	char lower[96], shape[32], brief[16];
	size_t nlower, nshape, nbrief;
	uint8_t flags;
	size_t letters;
};

/* Append the UTF-8 of cp to the folded form, as far as it has room (a
 * form cut at its end is cut as any byte string would be). */
static void fold_put(struct token_view *v, uint32_t cp)
{
	unsigned char out[4];
	size_t n;
	if (cp < 0x80) {
		out[0] = (unsigned char)cp;
		n = 1;
	} else if (cp < 0x800) {
		out[0] = (unsigned char)(0xC0 | (cp >> 6));
		out[1] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		out[0] = (unsigned char)(0xE0 | (cp >> 12));
		out[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		out[0] = (unsigned char)(0xF0 | (cp >> 18));
		out[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		out[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		out[3] = (unsigned char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	for (size_t i = 0; i < n && v->nlower < sizeof v->lower - 1; i++)
		v->lower[v->nlower++] = (char)out[i];
}

static void view_token(const char *s, size_t n, struct token_view *v)
{
	memset(v, 0, sizeof *v);
	size_t i = 0, upper = 0, run = 0;
	char last = 0;
	bool any = false;
	while (i < n) {
		uint32_t cp;
		size_t len;
		if ((unsigned char)s[i] < 0x80) {
			cp = (unsigned char)s[i];
			len = 1;
		} else if (!(len = utf8_decode(s + i, n - i, &cp))) {
			len = 1, cp = 0xFFFD;
		}
		char cls;
		if (cp_letter(cp)) {
			cls = cp_upper(cp) ? 'X' : 'x';
			upper += cls == 'X';
			v->letters++;
			if (!any)
				v->flags |= cls == 'X' ? TOKEN_CAP : TOKEN_LOWER;
			any = true;
		} else if (cp >= '0' && cp <= '9') {
			cls = 'd';
			v->flags |= TOKEN_DIGIT;
			any = true;
		} else {
			cls = cp < 0x80 ? (char)cp : '*';
		}
		fold_put(v, cp_lower(cp));
		/* runs longer than four keep four: "Xxxx" for any long name */
		run = cls == last ? run + 1 : 1;
		if (run <= 4 && v->nshape < sizeof v->shape - 1)
			v->shape[v->nshape++] = cls;
		if (cls != last && v->nbrief < sizeof v->brief - 1)
			v->brief[v->nbrief++] = cls;
		last = cls;
		i += len;
	}
	if (!any)
		v->flags |= TOKEN_PUNCT;
	if (v->letters >= 2 && upper == v->letters)
		v->flags |= TOKEN_ALLCAPS;
}

/* ---- the document ------------------------------------------------------ */

void tagger_doc_add_text(struct tagger_doc *d, const char *text, const struct token *tok, size_t n)
{
	bool initial = true;
	for (size_t i = 0; i < n; i++) {
		struct token_view v;
		view_token(text + tok[i].start, tok[i].end - tok[i].start, &v);
		if (v.flags & TOKEN_LOWER)
			strmap_put(&d->lower, v.lower, v.nlower, 1);
		else if ((v.flags & TOKEN_CAP) && !initial)
			strmap_put(&d->capital, v.lower, v.nlower, 1);
		/* a word after a full stop starts a sentence */
		initial = (v.flags & TOKEN_PUNCT) && (tok[i].end - tok[i].start == 1) &&
			  strchr(".!?:\"", text[tok[i].start]) && text[tok[i].start];
	}
}

bool tagger_doc_seen_lower(const struct tagger_doc *d, const char *word, size_t n)
{
	struct token_view v;
	view_token(word, n, &v);
	int one;
	return strmap_get(&d->lower, v.lower, v.nlower, &one);
}

void tagger_doc_free(struct tagger_doc *d)
{
	strmap_free(&d->lower);
	strmap_free(&d->capital);
	strmap_free(&d->predicted);
}

/* ---- a sentence -------------------------------------------------------- */

static bool is_role_word(const char *text, const struct token *t)
{
	struct word w = {.start = t->start, .end = t->end, .cap = true};
	return word_is_role_noun(text, &w) || word_is_honorific(text, &w);
}

static bool is_org_word(const char *text, const struct token *t)
{
	struct word w = {.start = t->start, .end = t->end, .cap = true};
	return word_is_org_word(text, &w);
}

static void mark_gazetteer(struct tagger_sentence *s, const struct gazetteer *g)
{
	size_t last = s->n ? s->tok[s->n - 1].end : 0;
	for (size_t i = 0; i < s->n;) {
		size_t entry, start = s->tok[i].start;
		size_t len = (s->flags[i] & TOKEN_PUNCT) ? 0 : gazetteer_match(g, s->text + start, last - start, &entry);
		if (!len) {
			i++;
			continue;
		}
		/* "Japanese", "Filipinos": a country's adjective or people, not its name */
		enum gaz_form form = gazetteer_form(g, s->text + start, len);
		uint8_t kind = form == GAZ_ADJECTIVE || form == GAZ_DEMONYM ? 5 : (uint8_t)g->entries[entry].kind;
		s->gaz[i++] = (uint8_t)(1 + 2 * kind);
		while (i < s->n && s->tok[i].start < start + len)
			s->gaz[i++] = (uint8_t)(2 + 2 * kind);
	}
}

void tagger_sentence_init(struct tagger_sentence *s, const char *text, const struct token *tok, size_t n,
			  const struct gazetteer *g)
{
	memset(s, 0, sizeof *s);
	s->text = text;
	s->tok = tok;
	s->n = n;
	size_t m = n ? n : 1;
	/* one block for the columns of hashes, one for the bytes: a sentence
	 * is prepared for every sentence of every article */
	uint64_t **cols[] = {&s->lower, &s->raw, &s->shape, &s->brief_shape, &s->prefix, &s->suffix2, &s->suffix3,
			     &s->suffix4};
	uint64_t *hashes = xmalloc(m * sizeof *hashes * (sizeof cols / sizeof *cols));
	for (size_t k = 0; k < sizeof cols / sizeof *cols; k++)
		*cols[k] = hashes + k * m;
	uint8_t *bytes = xcalloc(m, 3);
	s->gaz = bytes;
	s->flags = bytes + m;
	s->folded_len = bytes + 2 * m;
	s->folded_at = xmalloc(m * sizeof *s->folded_at);
	struct buf folded = BUF_INIT;
	size_t caps = 0, words = 0;
	for (size_t i = 0; i < n; i++) {
		struct token_view v;
		size_t len = tok[i].end - tok[i].start;
		view_token(text + tok[i].start, len, &v);
		s->lower[i] = fnv(v.lower, v.nlower);
		s->folded_at[i] = folded.len;
		buf_add(&folded, v.lower, v.nlower);
		s->folded_len[i] = (uint8_t)v.nlower;
		s->raw[i] = fnv(text + tok[i].start, len);
		s->shape[i] = fnv(v.shape, v.nshape);
		s->brief_shape[i] = fnv(v.brief, v.nbrief);
		s->prefix[i] = fnv(v.lower, v.nlower < 3 ? v.nlower : 3);
		s->suffix2[i] = fnv(v.lower + (v.nlower > 2 ? v.nlower - 2 : 0), v.nlower < 2 ? v.nlower : 2);
		s->suffix3[i] = fnv(v.lower + (v.nlower > 3 ? v.nlower - 3 : 0), v.nlower < 3 ? v.nlower : 3);
		s->suffix4[i] = fnv(v.lower + (v.nlower > 4 ? v.nlower - 4 : 0), v.nlower < 4 ? v.nlower : 4);
		s->flags[i] = v.flags;
		if ((v.flags & TOKEN_CAP) && is_role_word(text, &tok[i]))
			s->flags[i] |= TOKEN_ROLE;
		if ((v.flags & TOKEN_CAP) && is_org_word(text, &tok[i]))
			s->flags[i] |= TOKEN_ORG;
		/* a headline capitalizes its content words: long words count */
		if (v.letters >= 4) {
			words++;
			caps += (v.flags & TOKEN_CAP) != 0;
		}
	}
	s->headline = words >= 3 && caps * 10 >= words * 8;
	s->folded = buf_steal(&folded);
	if (g)
		mark_gazetteer(s, g);
}

void tagger_sentence_free(struct tagger_sentence *s)
{
	free(s->lower); /* the block of all the columns */
	free(s->gaz);   /* and of the bytes */
	free(s->folded), free(s->folded_at);
	memset(s, 0, sizeof *s);
}

bool tagger_is_mark(const struct tagger_sentence *s, size_t i)
{
	return (s->flags[i] & TOKEN_PUNCT) != 0;
}

/* ---- features ---------------------------------------------------------- */

static uint64_t at(const uint64_t *col, const struct tagger_sentence *s, long i)
{
	return feature_at(col, s->n, i);
}

static uint8_t flags_at(const struct tagger_sentence *s, long i)
{
	return i < 0 || (size_t)i >= s->n ? 0x80 : s->flags[i];
}

static uint8_t gaz_at(const struct tagger_sentence *s, long i)
{
	return i < 0 || (size_t)i >= s->n ? 0xFF : s->gaz[i];
}

/* The type the document tagged this word as before, or NER_NONE. */
static int predicted_at(const struct tagger_doc *d, const struct tagger_sentence *s, long i)
{
	if (i < 0 || (size_t)i >= s->n || !(s->flags[i] & TOKEN_CAP))
		return NER_NONE;
	int type;
	return strmap_get(&d->predicted, s->folded + s->folded_at[i], s->folded_len[i], &type) ? type : NER_NONE;
}

static bool seen_lower(const struct tagger_doc *d, const struct tagger_sentence *s, size_t i)
{
	int one;
	return strmap_get(&d->lower, s->folded + s->folded_at[i], s->folded_len[i], &one);
}

static bool seen_capital(const struct tagger_doc *d, const struct tagger_sentence *s, size_t i)
{
	int one;
	return strmap_get(&d->capital, s->folded + s->folded_at[i], s->folded_len[i], &one);
}

size_t tagger_features(const struct tagger_doc *d, const struct tagger_sentence *s, size_t i,
		       const uint8_t *labels, uint64_t *out)
{
	size_t n = 0;
	long k = (long)i;
	uint64_t y1 = i >= 1 ? labels[i - 1] : 0xF0, y2 = i >= 2 ? labels[i - 2] : 0xF0;
	uint8_t fl = s->flags[i];
	/* a capital at a sentence start, or after an opening mark there */
	bool initial = i == 0 || (i == 1 && (s->flags[0] & TOKEN_PUNCT));
	out[n++] = mix(T_BIAS, 0);
	out[n++] = mix(T_LOWER, s->lower[i]);
	out[n++] = mix(T_RAW, s->raw[i]);
	out[n++] = mix(T_SHAPE, s->shape[i]);
	out[n++] = mix(T_BRIEF, s->brief_shape[i]);
	out[n++] = mix(T_PREFIX, s->prefix[i]);
	out[n++] = mix(T_SUFFIX2, s->suffix2[i]);
	out[n++] = mix(T_SUFFIX3, s->suffix3[i]);
	out[n++] = mix(T_SUFFIX4, s->suffix4[i]);
	out[n++] = mix(T_LOWER_M1, at(s->lower, s, k - 1));
	out[n++] = mix(T_LOWER_P1, at(s->lower, s, k + 1));
	out[n++] = mix(T_LOWER_M2, at(s->lower, s, k - 2));
	out[n++] = mix(T_LOWER_P2, at(s->lower, s, k + 2));
	out[n++] = mix(T_BRIEF_M1, at(s->brief_shape, s, k - 1));
	out[n++] = mix(T_BRIEF_P1, at(s->brief_shape, s, k + 1));
	out[n++] = mix2(T_BRIEF_M1_0, at(s->brief_shape, s, k - 1), s->brief_shape[i]);
	out[n++] = mix2(T_BRIEF_0_P1, s->brief_shape[i], at(s->brief_shape, s, k + 1));
	out[n++] = mix2(T_LOWER_M1_0, at(s->lower, s, k - 1), s->lower[i]);
	out[n++] = mix2(T_LOWER_0_P1, s->lower[i], at(s->lower, s, k + 1));
	out[n++] = mix2(T_INITIAL, initial, s->brief_shape[i]);
	if (fl & TOKEN_CAP) {
		out[n++] = mix2(T_DOC_LOWER, seen_lower(d, s, i), initial);
		out[n++] = mix2(T_DOC_CAPITAL, seen_capital(d, s, i), initial);
	}
	out[n++] = mix2(T_BRIEF_TRIGRAM, mix(at(s->brief_shape, s, k - 1), s->brief_shape[i]),
			at(s->brief_shape, s, k + 1));
	out[n++] = mix(T_PREDICTED, (uint64_t)predicted_at(d, s, k));
	out[n++] = mix2(T_PREDICTED_M1, (uint64_t)predicted_at(d, s, k - 1), y1);
	out[n++] = mix(T_GAZ, s->gaz[i]);
	out[n++] = mix(T_GAZ_M1, gaz_at(s, k - 1));
	out[n++] = mix(T_GAZ_P1, gaz_at(s, k + 1));
	if (s->gaz[i])
		out[n++] = mix2(T_GAZ_LOWER, s->gaz[i], s->lower[i]);
	out[n++] = mix(T_ROLE_M1, (flags_at(s, k - 1) & TOKEN_ROLE) != 0);
	out[n++] = mix(T_ROLE_M2, (flags_at(s, k - 2) & TOKEN_ROLE) != 0);
	out[n++] = mix(T_ORG_0, (fl & TOKEN_ORG) != 0);
	out[n++] = mix(T_ORG_P1, (flags_at(s, k + 1) & TOKEN_ORG) != 0);
	out[n++] = mix(T_ORG_P2, (flags_at(s, k + 2) & TOKEN_ORG) != 0);
	out[n++] = mix(T_Y1, y1);
	out[n++] = mix2(T_Y2_Y1, y2, y1);
	out[n++] = mix2(T_Y1_LOWER, y1, s->lower[i]);
	out[n++] = mix2(T_Y1_BRIEF, y1, s->brief_shape[i]);
	out[n++] = mix2(T_HEADLINE, s->headline, s->brief_shape[i]);
	out[n++] = mix(T_FLAGS, fl);
	out[n++] = mix(T_FLAGS_M1, flags_at(s, k - 1));
	out[n++] = mix(T_FLAGS_P1, flags_at(s, k + 1));
	/* "Blinken 's": the word before a possessive */
	if (i + 1 < s->n) {
		const struct token *t = &s->tok[i + 1];
		bool poss = (t->end - t->start == 2 && s->text[t->start] == '\'') ||
			    (t->end - t->start == 4 && memcmp(s->text + t->start, "\xE2\x80\x99", 3) == 0);
		if (poss)
			out[n++] = mix(T_POSSESSIVE_P1, fl & TOKEN_CAP);
	}
	return n;
}

/* ---- decoding ---------------------------------------------------------- */

int tagger_best_label(const float *scores, int prev)
{
	int best = NER_O;
	for (int l = 1; l < NER_LABELS; l++) {
		if (!ner_label_begins(l) && ner_label_type(prev) != ner_label_type(l))
			continue; /* I-X only inside an X */
		if (scores[l] > scores[best])
			best = l;
	}
	return best;
}

void tagger_doc_note(struct tagger_doc *d, const struct tagger_sentence *s, const uint8_t *labels)
{
	for (size_t i = 0; i < s->n; i++) {
		if (labels[i] == NER_O || !(s->flags[i] & TOKEN_CAP))
			continue;
		strmap_put(&d->predicted, s->folded + s->folded_at[i], s->folded_len[i], ner_label_type(labels[i]));
	}
}

void tagger_decode(struct tagger_doc *d, const struct tagger_sentence *s, tagger_score_fn score,
		   const void *weights, uint8_t *labels)
{
	uint64_t f[TAGGER_MAX_FEATURES];
	float scores[NER_LABELS];
	for (size_t i = 0; i < s->n; i++) {
		size_t nf = tagger_features(d, s, i, labels, f);
		score(weights, f, nf, scores);
		labels[i] = (uint8_t)tagger_best_label(scores, i ? labels[i - 1] : NER_O);
	}
	tagger_doc_note(d, s, labels);
}
