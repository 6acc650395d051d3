/* coref.c - the names of one actor joined: a bare surname to the one full
 * name in the article that ends with it, never two different full names
 * ("Ahmed Mohamed" and "Mohamed El-Hassan Mohamed" stay two people). */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "actors_internal.h"
#include "brief/mem.h"

static const char *last_word(const char *name)
{
	const char *sp = strrchr(name, ' ');
	return sp ? sp + 1 : name;
}

static void index_word(struct strmap *m, const char *w, size_t len, size_t a)
{
	int seen;
	bool taken = strmap_get(m, w, len, &seen);
	strmap_put(m, w, len, taken && seen != (int)a ? -1 : (int)a);
}

/* Last word of every full person name -> that person, or -1 when two
 * people share it: built once, so each bare surname is one lookup.  First
 * names go in too, apart ("Patrizia" for Patrizia d'Ettorre), for a name
 * written once in full and then by the given name alone. */
static void index_names(const struct actor_set *s, struct strmap *last, struct strmap *first)
{
	for (size_t a = 0; a < s->n; a++) {
		const char *name = s->v[a].name, *sp = strchr(name, ' ');
		if (s->v[a].kind != ACTOR_PERSON || !sp)
			continue;
		const char *w = last_word(name);
		index_word(last, w, strlen(w), a);
		index_word(first, name, (size_t)(sp - name), a);
	}
}

/* The one person whose full name ends with word, or SIZE_MAX. */
static size_t by_last_name(const struct strmap *last, const char *word, size_t len)
{
	int a;
	return strmap_get(last, word, len, &a) && a >= 0 ? (size_t)a : SIZE_MAX;
}

static bool all_capitals(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (islower((unsigned char)s[i]))
			return false;
	return true;
}

static const char *para_text(const struct article *art, size_t para)
{
	return para == MENTION_TITLE ? art->title : art->paras[para].text;
}

/* Drop actors left without mentions (merged into a full name). */
static void compact(struct actor_set *s)
{
	size_t *map = xcalloc(s->n ? s->n : 1, sizeof *map), out = 0;
	for (size_t a = 0; a < s->n; a++) {
		if (s->v[a].mentions == 0) {
			for (size_t k = 0; k < s->v[a].naliases; k++)
				free(s->v[a].aliases[k]);
			free(s->v[a].aliases);
			free(s->v[a].name);
			free(s->v[a].role);
			continue;
		}
		map[a] = out;
		s->v[out++] = s->v[a];
	}
	s->n = out;
	for (size_t m = 0; m < s->nm; m++)
		s->m[m].actor = map[s->m[m].actor];
	free(map);
}

/* Actor a's mentions, aliases and role go to actor b. */
static void merge_actor(struct actor_set *s, size_t a, size_t b, size_t *into)
{
	into[a] = b;
	s->v[b].mentions += s->v[a].mentions;
	for (size_t k = 0; k < s->v[a].naliases; k++)
		actor_add_alias(&s->v[b], s->v[a].aliases[k], strlen(s->v[a].aliases[k]));
	if (!s->v[b].role && s->v[a].role)
		s->v[b].role = xstrdup(s->v[a].role);
	s->v[a].mentions = 0;
}

/* One name is one actor in an article: "Preston" tagged a person in one
 * sentence and a place in the next is one of the two, the kind most of
 * its mentions give. */
static void merge_same_names(struct actor_set *s)
{
	struct strmap seen = {0};
	size_t *into = xmalloc((s->n ? s->n : 1) * sizeof *into);
	for (size_t a = 0; a < s->n; a++) {
		into[a] = a;
		if (s->v[a].mentions == 0)
			continue;
		int b;
		size_t len = strlen(s->v[a].name);
		if (!strmap_get(&seen, s->v[a].name, len, &b)) {
			strmap_put(&seen, s->v[a].name, len, (int)a);
			continue;
		}
		if (s->v[a].mentions > s->v[b].mentions) {
			merge_actor(s, (size_t)b, a, into);
			strmap_put(&seen, s->v[a].name, len, (int)a);
		} else {
			merge_actor(s, a, (size_t)b, into);
		}
	}
	for (size_t m = 0; m < s->nm; m++) {
		size_t a = s->m[m].actor;
		while (into[a] != a)
			a = into[a];
		s->m[m].actor = a;
	}
	free(into);
	strmap_free(&seen);
}

void coref_resolve(struct finder *f, const struct article *art)
{
	struct actor_set *s = f->out;
	struct strmap last = {0}, first = {0};
	index_names(s, &last, &first);
	/* bare names met before or after the full name ("Mr. Kishida" ...
	 * "Fumio Kishida") become it */
	size_t *into = xmalloc((s->n ? s->n : 1) * sizeof *into);
	for (size_t a = 0; a < s->n; a++) {
		into[a] = a;
		if (s->v[a].kind != ACTOR_PERSON || strchr(s->v[a].name, ' '))
			continue;
		size_t full = by_last_name(&last, s->v[a].name, strlen(s->v[a].name));
		int someone;
		/* a given name that is also someone's surname says nobody */
		if (full == SIZE_MAX && !strmap_get(&last, s->v[a].name, strlen(s->v[a].name), &someone))
			full = by_last_name(&first, s->v[a].name, strlen(s->v[a].name));
		if (full == SIZE_MAX)
			continue;
		merge_actor(s, a, full, into);
	}
	for (size_t m = 0; m < s->nm; m++)
		s->m[m].actor = into[s->m[m].actor];
	free(into);
	for (size_t k = 0; k < f->npend; k++) {
		const struct pending *p = &f->pend[k];
		f->text = para_text(art, p->para);
		f->para = p->para;
		size_t a = by_last_name(&last, f->text + p->start, p->end - p->start);
		/* "Hayashi stated": a capitalized word that reports speech is a
		 * person; written in capitals, an organization ("JPL said") */
		if (a == SIZE_MAX && p->reported)
			a = actor_for(f, all_capitals(f->text + p->start, p->end - p->start) ? ACTOR_ORGANIZATION : ACTOR_PERSON,
				      f->text + p->start, p->end - p->start);
		if (a != SIZE_MAX)
			actor_mention(f, a, p->start, p->end);
	}
	strmap_free(&last);
	strmap_free(&first);
	merge_same_names(s);
	compact(s);
}
