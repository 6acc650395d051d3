/* events.c - sentences with dates, and who is in them. */
#include <stdint.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

#include "brief/events.h"
#include "brief/mem.h"
#include "brief/postag.h"
#include "brief/sentence.h"
#include "brief/tokens.h"
#include "timex_internal.h"

static int by_position(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;
	if (a->para != b->para)
		return a->para < b->para ? -1 : 1;
	return a->start < b->start ? -1 : a->start > b->start;
}

/* The distinct actors among mentions [from, to). */
static void attach_actors(struct event *e, const struct mention *m, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++) {
		bool seen = false;
		for (size_t j = 0; j < e->nactors && !seen; j++)
			seen = e->actors[j] == m[k].actor;
		if (!seen) {
			e->actors = xrealloc(e->actors, (e->nactors + 1) * sizeof *e->actors);
			e->actors[e->nactors++] = m[k].actor;
		}
	}
}

/* The tense a part-of-speech tag gives a verb: "said" past, "says"
 * present, "will" future; "have" with a participle is a past that reaches
 * the present; "to meet" and "should go" have none. */
static enum timex_tense tag_tense(const char *text, const struct token *t, const struct token *prev,
				  const char *tag)
{
	size_t n = t->end - t->start;
	const char *w = text + t->start;
	if (strcmp(tag, "VBD") == 0)
		return TENSE_PAST;
	/* "shot to death" is no infinitive, whatever the tagger says */
	if (strcmp(tag, "VB") == 0 && prev && prev->end - prev->start == 2 &&
	    strncasecmp(text + prev->start, "to", 2) == 0 && !(n == 5 && strncasecmp(w, "death", 5) == 0))
		return TENSE_INFINITIVE;
	/* "will" looks ahead; "would", "should", "may" are no tense of their own */
	if (strcmp(tag, "MD") == 0) {
		static const char *const future[] = {"will", "shall", "'ll", "wo", "’ll", NULL};
		for (int k = 0; future[k]; k++)
			if (strlen(future[k]) == n && strncasecmp(w, future[k], n) == 0)
				return TENSE_FUTURE;
		return TENSE_INFINITIVE;
	}
	/* "was shot", "announced Wednesday by": a participle is past, except
	 * after a present "is" or "be" ("is expected", "will be held") */
	if (strcmp(tag, "VBN") == 0) {
		static const char *const present_be[] = {"is", "are", "am", "be", "being", "'s", "'re", NULL};
		for (int k = 0; prev && present_be[k]; k++)
			if (strlen(present_be[k]) == prev->end - prev->start &&
			    strncasecmp(text + prev->start, present_be[k], prev->end - prev->start) == 0)
				return TENSE_NONE;
		return TENSE_PAST;
	}
	if (strcmp(tag, "VBZ") == 0 || strcmp(tag, "VBP") == 0) {
		if ((n == 3 && strncasecmp(w, "has", 3) == 0) || (n == 4 && strncasecmp(w, "have", 4) == 0))
			return TENSE_PAST;
		return TENSE_PRESENT;
	}
	return TENSE_NONE;
}

/* The verbs of text[start, end) with their tenses, offsets from start. */
static size_t sentence_verbs(const struct model *pos, const char *text, size_t start, size_t end,
			     struct tokens *tok, struct timex_verb **verbs, size_t *cap)
{
	tok->n = 0;
	tokens_split(text, start, end, tok);
	if (tok->n == 0)
		return 0;
	struct tagger_sentence s;
	tagger_sentence_init(&s, text, tok->v, tok->n, NULL);
	uint8_t *tags = xmalloc(tok->n);
	postag_decode(&s, model_score, pos, tags);
	size_t n = 0;
	for (size_t k = 0; k < tok->n; k++) {
		const char *tag = postag_name(tags[k]);
		/* every verb, a tense or not: one the tagger read as a verb
		 * ("be held") is not read again by the word lists */
		if (tag[0] != 'V' && strcmp(tag, "MD") != 0)
			continue;
		enum timex_tense tense = tag_tense(text, &tok->v[k], k ? &tok->v[k - 1] : NULL, tag);
		*verbs = xgrow(*verbs, cap, n + 1, sizeof **verbs);
		(*verbs)[n++] = (struct timex_verb){tok->v[k].start - start, tok->v[k].end - start, tense};
	}
	free(tags);
	tagger_sentence_free(&s);
	return n;
}

/* A sentence to tag when timex_read asks for its verbs. */
struct tagging {
	const struct model *pos;
	const char *text;
	size_t start, end;
	struct tokens *tok;
	struct timex_verb **verbs;
	size_t *cap;
};

static size_t tag_sentence(void *arg, const struct timex_verb **verbs)
{
	static const struct timex_verb none;
	struct tagging *t = arg;
	size_t n = sentence_verbs(t->pos, t->text, t->start, t->end, t->tok, t->verbs, t->cap);
	*verbs = n ? *t->verbs : &none;
	return n;
}

/* A date line or dateline at the top dates the article's first statement:
 * an event of the first body sentence, with no expression of its own
 * (start == end), unless that sentence already names the same day. */
static void dateline_event(const struct article *a, const struct event_list *out, size_t first,
			   size_t para, const struct span *sp, struct event *e)
{
	e->para = SIZE_MAX;
	if (a->date_from != DATE_FROM_LINE && a->date_from != DATE_FROM_DATELINE)
		return;
	char value[11];
	date_format(&a->date, value);
	for (size_t k = first; k < out->n; k++)
		if (out->v[k].para == para && out->v[k].sent_start == sp->start &&
		    strcmp(out->v[k].tx.value, value) == 0)
			return;
	struct timex t = {.start = sp->start, .end = sp->start};
	struct tx_expr x = {.kind = TX_DATE, .year = a->date.year, .month = a->date.month,
			    .day = a->date.day};
	tx_resolve(&x, NULL, TENSE_NONE, &t);
	if (t.precision == TIMEX_NONE)
		return;
	*e = (struct event){.para = para, .sent_start = sp->start, .sent_end = sp->end, .tx = t};
}

void events_find(const struct article *a, const struct actor_set *actors, const struct model *pos,
		 struct event_list *out)
{
	/* Mentions in text order, so each sentence takes its own in one sweep;
	 * title mentions (MENTION_TITLE) sort last and are never reached. */
	struct mention *m = xmalloc((actors->nm ? actors->nm : 1) * sizeof *m);
	if (actors->nm)
		memcpy(m, actors->m, actors->nm * sizeof *m);
	qsort(m, actors->nm, sizeof *m, by_position);
	size_t next = 0;
	bool first_sentence = true;
	struct span *sp = NULL;
	struct timex *tx = NULL;
	struct timex_verb *verbs = NULL;
	struct tokens tok = {0};
	size_t scap = 0, tcap = 0, vcap = 0;
	struct timex_reader reader;
	timex_reader_init(&reader, &a->date);
	for (size_t p = 0; p < a->npara; p++) {
		const char *text = a->paras[p].text;
		while (next < actors->nm && m[next].para < p)
			next++;
		if (a->paras[p].kind == PARA_HEADING)
			continue;
		size_t ns = sentence_split(text, strlen(text), &sp, &scap);
		for (size_t s = 0; s < ns; s++) {
			size_t first = next;
			while (next < actors->nm && m[next].para == p && m[next].start < sp[s].end)
				next++;
			const char *sent = text + sp[s].start;
			size_t len = sp[s].end - sp[s].start;
			struct tagging tg = {pos, text, sp[s].start, sp[s].end, &tok, &verbs, &vcap};
			struct timex_verbs vs = {tag_sentence, &tg};
			size_t nt = timex_read(&reader, sent, len, pos && pos->w ? &vs : NULL, &tx, &tcap);
			size_t before = out->n;
			for (size_t t = 0; t < nt; t++) {
				out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
				struct event *e = &out->v[out->n++];
				*e = (struct event){.para = p, .sent_start = sp[s].start, .sent_end = sp[s].end, .tx = tx[t]};
				e->tx.start += sp[s].start;
				e->tx.end += sp[s].start;
				attach_actors(e, m, first, next);
			}
			if (first_sentence && a->paras[p].kind == PARA_BODY) {
				first_sentence = false;
				struct event d;
				dateline_event(a, out, before, p, &sp[s], &d);
				if (d.para != SIZE_MAX) {
					out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
					/* first in the article, as it stands at the top */
					memmove(out->v + before + 1, out->v + before, (out->n - before) * sizeof *out->v);
					out->v[before] = d;
					out->n++;
					attach_actors(&out->v[before], m, first, next);
				}
			}
		}
	}
	free(tok.v);
	free(verbs);
	free(sp);
	free(tx);
	free(m);
}

void event_list_free(struct event_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].actors);
	free(l->v);
	memset(l, 0, sizeof *l);
}
