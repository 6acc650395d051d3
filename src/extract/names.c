/* names.c - from the tagger's labels to name spans, and their edges mended. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "brief/mem.h"
#include "brief/names.h"
#include "brief/words.h"

/* Words that end the name of a place: "Ross Ice Shelf", "Eureka Springs". */
static const char *const place_heads[] = {
	"Shelf", "Glacier", "Sea", "Ocean", "Mountains", "Mountain", "Valley", "Desert", "Island", "Islands",
	"Peninsula", "Canal", "River", "Lake", "Bay", "Gulf", "Strait", "Coast", "Basin", "Plateau", "Ridge",
	"Falls", "Park", "Square", "Street", "Avenue", "Road", "Bridge", "Airport", "Station", "Harbour",
	"Harbor", "Port", "County", "Province", "District", "Region", "Springs", "Beach", "Heights", "Reef",
};

static bool token_is(const char *text, const struct token *t, const char *const *list, size_t n)
{
	size_t len = t->end - t->start;
	for (size_t i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], text + t->start, len) == 0)
			return true;
	return false;
}

static bool capitalized(const char *text, const struct token *t)
{
	unsigned char c = (unsigned char)text[t->start];
	return isupper(c) || (c >= 0xC3 && c <= 0xD4);
}

static bool org_word(const char *text, const struct token *t)
{
	struct word w = {.start = t->start, .end = t->end, .cap = capitalized(text, t)};
	return word_is_org_word(text, &w);
}

/* "R", "J.", "O.J.", "H.W.": the initials of a given name. */
static bool initials(const char *text, const struct token *t)
{
	size_t n = t->end - t->start;
	const char *s = text + t->start;
	if (n == 1)
		return isupper((unsigned char)s[0]);
	for (size_t i = 0; i < n; i += 2)
		if (!isupper((unsigned char)s[i]) || i + 1 >= n || s[i + 1] != '.')
			return false;
	return true;
}

struct span_tokens {
	size_t first, last; /* tokens */
	enum ner_type type;
};

/* The edges mended, on spans of tokens, in order. */
static size_t mend(const char *text, const struct token *tok, size_t ntok, struct span_tokens *sp, size_t n)
{
	size_t out = 0;
	for (size_t k = 0; k < n; k++) {
		struct span_tokens s = sp[k];
		struct span_tokens *prev = out ? &sp[out - 1] : NULL;
		/* "[Massachusetts Institute] [of Technology]": a name does not
		 * begin with a small word, it goes on from the one before */
		if (prev && prev->last + 1 == s.first && !capitalized(text, &tok[s.first])) {
			prev->last = s.last;
			if (s.type == NER_ORG)
				prev->type = NER_ORG;
			continue;
		}
		/* "Mohamed El" and "Hassan Mohamed" of "Mohamed El-Hassan Mohamed" */
		if (prev && s.type == NER_PER && prev->type == NER_PER && s.first == prev->last + 2 &&
		    tok[prev->last + 1].end - tok[prev->last + 1].start == 1 && text[tok[prev->last + 1].start] == '-' &&
		    tok[prev->last].end + 1 == tok[s.first].start) {
			prev->last = s.last;
			continue;
		}
		/* "O.J." (taken for a place) and "Simpson": one person */
		if (prev && s.type == NER_PER && prev->last + 1 == s.first && prev->first == prev->last &&
		    initials(text, &tok[prev->first])) {
			prev->type = NER_PER;
			prev->last = s.last;
			continue;
		}
		/* "R Saravanan": an initial the tagger left out */
		if (s.type == NER_PER && s.first > 0 && initials(text, &tok[s.first - 1]) &&
		    (!prev || prev->last + 1 < s.first))
			s.first--;
		/* "George W." and "Bush" */
		if (s.type == NER_PER && initials(text, &tok[s.last]) && s.last + 1 < ntok &&
		    capitalized(text, &tok[s.last + 1]) && !initials(text, &tok[s.last + 1])) {
			s.last++;
			if (k + 1 < n && sp[k + 1].first == s.last) {
				s.last = sp[k + 1].last;
				k++;
			}
		}
		/* "Ross" ... "Ice" ... "Shelf": a run of capitalized words and names
		 * that ends in a place's word is that place */
		if (s.type != NER_ORG) {
			size_t j = s.last, kk = k;
			while (j + 1 < ntok && capitalized(text, &tok[j + 1]) && j + 1 - s.first < 5 &&
			       tok[j].end + 1 == tok[j + 1].start) {
				j++;
				while (kk + 1 < n && sp[kk + 1].first <= j) {
					kk++;
					if (sp[kk].last > j)
						j = sp[kk].last;
				}
				if (token_is(text, &tok[j], place_heads, sizeof place_heads / sizeof *place_heads)) {
					s.last = j;
					s.type = NER_LOC;
					k = kk;
				}
			}
			if (token_is(text, &tok[s.last], place_heads, sizeof place_heads / sizeof *place_heads))
				s.type = NER_LOC;
		}
		/* "Massachusetts Institute": a place does not end in an
		 * organization's word */
		if (s.type == NER_LOC && s.last > s.first && org_word(text, &tok[s.last]))
			s.type = NER_ORG;
		sp[out++] = s;
	}
	return out;
}

void names_from_labels(const struct tagger_sentence *s, const uint8_t *labels, struct name_spans *out)
{
	const struct token *tok = s->tok;
	struct span_tokens *sp = xmalloc((s->n ? s->n : 1) * sizeof *sp);
	size_t n = 0;
	for (size_t i = 0; i < s->n; i++) {
		if (labels[i] == NER_O)
			continue;
		size_t j = i;
		while (j + 1 < s->n && labels[j + 1] != NER_O && !ner_label_begins(labels[j + 1]))
			j++;
		/* no mark at either end: "East China Sea ." */
		size_t first = i, last = j;
		while (first < last && tagger_is_mark(s, first))
			first++;
		while (last > first && tagger_is_mark(s, last))
			last--;
		if (!tagger_is_mark(s, first))
			sp[n++] = (struct span_tokens){first, last, ner_label_type(labels[first])};
		i = j;
	}
	n = mend(s->text, tok, s->n, sp, n);
	for (size_t k = 0; k < n; k++) {
		out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
		out->v[out->n++] = (struct name_span){tok[sp[k].first].start, tok[sp[k].last].end, sp[k].type};
	}
	free(sp);
}

void names_tag(struct tagger_doc *d, const struct model *m, const struct gazetteer *g, const char *text,
	       const struct tokens *tok, struct name_spans *out)
{
	if (!tok->n)
		return;
	struct tagger_sentence s;
	uint8_t *labels = xcalloc(tok->n, 1);
	tagger_sentence_init(&s, text, tok->v, tok->n, g);
	out->headline = s.headline;
	tagger_decode(d, &s, model_score, m, labels);
	names_from_labels(&s, labels, out);
	free(labels);
	tagger_sentence_free(&s);
}
