/* actor_rules.c - names where the tagger saw none: the gazetteer's
 * entries, acronyms the article defined, ministries, titled names and
 * organizations by their head words. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "actors_internal.h"
#include "brief/mem.h"
#include "brief/names.h"
#include "brief/tagger.h"
#include "brief/words.h"

enum { NAME_MAX_WORDS = 4 };

/* ---- where the tagger saw nothing ---------------------------------------- */

/* A gazetteer name at word i that no tagged name covers, unless it is part
 * of a longer name ("Mexico City", "New South Wales") or of an amount
 * ("US$20,000").  Returns the word after it, or i. */
size_t rule_gazetteer(struct finder *f, const struct words *w, size_t i, size_t limit)
{
	size_t entry, start = w->v[i].start;
	size_t len = gazetteer_match(f->g, f->text + start, limit - start, &entry);
	if (!len)
		return i;
	const char *t = f->text;
	char next = t[start + len];
	if (next == '$' || isdigit((unsigned char)next))
		return i + 1;
	size_t j = i;
	while (j < w->n && w->v[j].start < start + len)
		j++;
	const struct gaz_entry *e = &f->g->entries[entry];
	if (e->kind == ACTOR_COUNTRY || e->kind == ACTOR_PLACE) {
		bool before = i > 0 && w->v[i - 1].cap && !w->v[i - 1].initial && !w->v[i - 1].comma &&
			      !word_is_stopword(t, &w->v[i - 1]) && !word_is_role_modifier(t, &w->v[i - 1]);
		bool after = j < w->n && w->v[j - 1].end == start + len && !w->v[j - 1].comma && !w->v[j - 1].stop &&
			     w->v[j].cap && !word_is_role_noun(t, &w->v[j]) && !word_is_role_modifier(t, &w->v[j]) &&
			     !word_is_org_word(t, &w->v[j]) && !is_country_word(f, &w->v[j]) &&
			     !word_is_stopword(t, &w->v[j]) && t[start + len] != '-';
		if (before || after)
			return j;
	}
	size_t a = gazetteer_actor(f, w, entry, start, len);
	if (a == SIZE_MAX)
		return j;
	actor_mention(f, a, start, start + len);
	if (e->kind == ACTOR_ORGANIZATION) {
		size_t end = take_acronym(f, start + len, a);
		while (j < w->n && w->v[j].start < end)
			j++;
	}
	return j;
}

/* An acronym this article defined earlier. */
size_t rule_local_acronym(struct finder *f, const struct words *w, size_t i)
{
	int actor;
	const struct word *x = &w->v[i];
	if (!strmap_get(&f->acronyms, f->text + x->start, x->end - x->start, &actor))
		return i;
	actor_mention(f, (size_t)actor, x->start, x->end);
	return i + 1;
}

/* "China's foreign ministry": a country's ministry named in lower case
 * after the country is the gazetteer's ministry of that country.  Returns
 * the word after it, or i. */
size_t rule_ministry(struct finder *f, const struct words *w, size_t i)
{
	static const struct {
		const char *word, *in_name[2];
	} kinds[] = {
		{"foreign", {"Foreign", "State"}}, {"defence", {"Defence", "Defense"}}, {"defense", {"Defense", "Defence"}},
		{"interior", {"Interior", "Home"}}, {"finance", {"Finance", "Treasury"}}, {"trade", {"Trade", "Commerce"}},
		{"health", {"Health", NULL}}, {"justice", {"Justice", NULL}},
	};
	const char *t = f->text;
	if (i == 0 || i + 1 >= w->n)
		return i;
	const struct word *c = &w->v[i - 1];
	size_t gap = w->v[i].start - c->end;
	bool possessive = (gap == 3 && t[c->end] == '\'') || (gap == 5 && memcmp(t + c->end, "\xE2\x80\x99", 3) == 0);
	if (!possessive || !(word_is(t, &w->v[i + 1], "ministry") || word_is(t, &w->v[i + 1], "department") ||
			     word_is(t, &w->v[i + 1], "office")))
		return i;
	size_t entry, len = c->end - c->start;
	if (gazetteer_match(f->g, t + c->start, len, &entry) != len || f->g->entries[entry].kind != ACTOR_COUNTRY ||
	    !f->g->entries[entry].code)
		return i;
	const char *code = f->g->entries[entry].code;
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		if (!word_is(t, &w->v[i], kinds[k].word))
			continue;
		for (size_t e = 0; e < f->g->n; e++) {
			const struct gaz_entry *m = &f->g->entries[e];
			if (m->kind != ACTOR_ORGANIZATION || !m->type || strcmp(m->type, "ministry") != 0 || !m->code ||
			    strcmp(m->code, code) != 0)
				continue;
			if (!strstr(m->name, kinds[k].in_name[0]) && !(kinds[k].in_name[1] && strstr(m->name, kinds[k].in_name[1])))
				continue;
			size_t a = actor_for(f, ACTOR_ORGANIZATION, m->name, strlen(m->name));
			actor_mention(f, a, c->start, w->v[i + 1].end);
			return i + 2;
		}
	}
	return i;
}

/* Capitalized name words from i: "Antony Blinken", "Kim Jong-un". */
static size_t name_run(const struct finder *f, const struct words *w, size_t i)
{
	size_t n = 0;
	while (i + n < w->n && n < NAME_MAX_WORDS) {
		const struct word *x = &w->v[i + n];
		size_t entry;
		if (word_is_non_name(f->text, x))
			return 0;
		if (!x->cap || word_is_stopword(f->text, x) || word_is_role_noun(f->text, x) || word_is_org_word(f->text, x))
			break;
		size_t len = gazetteer_match(f->g, f->text + x->start, x->end - x->start, &entry);
		if (len == x->end - x->start && f->g->entries[entry].kind != ACTOR_PERSON)
			break;
		n++;
		if (x->comma || x->stop)
			break;
	}
	return n;
}

/* "Mr. Kishida", "Secretary of State Antony Blinken": a person named after
 * an honorific or a title, where the tagger saw no name. */
size_t rule_titled_name(struct finder *f, const struct words *w, size_t i)
{
	size_t rs = 0, re = 0, j;
	if (word_is_honorific(f->text, &w->v[i]))
		j = i + 1;
	else if ((j = match_role(f, w, i, &rs, &re)) == i)
		return i;
	size_t n = j < w->n ? name_run(f, w, j) : 0;
	if (n == 0 || (re > rs && n < 2))
		return i;
	size_t start = w->v[j].start, end = w->v[j + n - 1].end;
	size_t a = actor_for(f, ACTOR_PERSON, f->text + start, end - start);
	set_role(&f->out->v[a], f->text + rs, re - rs);
	actor_mention(f, a, start, end);
	return j + n;
}

/* A capitalized word no rule took, for the coreference pass: it may be a
 * surname; before "said" it is a person's name, unless the article writes
 * it in lower case elsewhere ("Forecasters said"). */
/* "Civic Party", "Harbour City Rowing Club": capitalized words that end in
 * an organization's word, where the tagger saw no name.  Returns the word
 * after the name, or i. */
size_t rule_organization(struct finder *f, const struct words *w, size_t i)
{
	const char *t = f->text;
	size_t j = i;
	while (j < w->n && w->v[j].cap && !word_is_stopword(t, &w->v[j]) && j - i < 6) {
		if (j > i && w->v[j - 1].end + 1 != w->v[j].start)
			break;
		bool media = is_media_head(t + w->v[j].start, w->v[j].end - w->v[j].start);
		if ((media || word_is_org_word(t, &w->v[j])) && j > i) {
			size_t entry, start = w->v[i].start, len = w->v[j].end - start;
			if (gazetteer_match(f->g, t + start, len, &entry) == len)
				return i; /* the gazetteer's, by its rule */
			size_t a = actor_for(f, media ? ACTOR_MEDIA : ACTOR_ORGANIZATION, t + start, len);
			actor_mention(f, a, start, w->v[j].end);
			size_t end = take_acronym(f, w->v[j].end, a);
			while (j < w->n && w->v[j].start < end)
				j++;
			return j == i ? i + 1 : j;
		}
		if (w->v[j].comma || w->v[j].stop)
			break;
		j++;
	}
	return i;
}

void remember_single(struct finder *f, const struct tagger_doc *d, const struct words *w, size_t i)
{
	const struct word *x = &w->v[i];
	if (!x->cap || word_is_stopword(f->text, x))
		return;
	bool reported = i + 1 < w->n && word_is_reporting_verb(f->text, &w->v[i + 1]) &&
			!tagger_doc_seen_lower(d, f->text + x->start, x->end - x->start);
	f->pend = xgrow(f->pend, &f->pcap, f->npend + 1, sizeof *f->pend);
	f->pend[f->npend++] = (struct pending){f->para, x->start, x->end, reported};
}

