/* actor_context.c - what the words around a name say of it: a role
 * before a person ("Secretary of State Antony Blinken"), a country that
 * acts ("Beijing said") rather than a place. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "actors_internal.h"
#include "brief/mem.h"
#include "brief/names.h"
#include "brief/tagger.h"
#include "brief/words.h"

enum { ROLE_MAX_WORDS = 6 };

/* ---- what the words around a name say ----------------------------------- */

/* "US", "Japanese": a country named by one word, as in "Japanese Foreign Minister". */
bool is_country_word(const struct finder *f, const struct word *x)
{
	size_t entry, len = gazetteer_match(f->g, f->text + x->start, x->end - x->start, &entry);
	return len == x->end - x->start && f->g->entries[entry].kind == ACTOR_COUNTRY;
}

/* A role phrase at word i: "Secretary of State", "US Ambassador to Japan",
 * "Defense Minister".  Returns the word after it (i when none) and the role's
 * byte span. */
size_t match_role(const struct finder *f, const struct words *w, size_t i, size_t *role_start,
			 size_t *role_end)
{
	size_t j = i, first = SIZE_MAX, entry;
	while (j < w->n && (word_is_role_modifier(f->text, &w->v[j]) || is_country_word(f, &w->v[j]))) {
		if (first == SIZE_MAX)
			first = j;
		j++;
	}
	if (j >= w->n || !word_is_role_noun(f->text, &w->v[j]))
		return i;
	if (first == SIZE_MAX)
		first = j;
	size_t last = j++;
	/* "of State", "to Japan", "of Defense" */
	if (j + 1 < w->n && !w->v[last].comma && (word_is(f->text, &w->v[j], "of") || word_is(f->text, &w->v[j], "to")) &&
	    w->v[j + 1].cap) {
		size_t len = gazetteer_match(f->g, f->text + w->v[j + 1].start, w->v[w->n - 1].end - w->v[j + 1].start,
					     &entry);
		last = j + 1;
		while (len && last + 1 < w->n && w->v[last + 1].start < w->v[j + 1].start + len)
			last++;
		j = last + 1;
	}
	if (last - first + 1 > ROLE_MAX_WORDS)
		return i;
	/* the country before the role is the country's mention, not the role */
	while (first < last && is_country_word(f, &w->v[first]))
		first++;
	*role_start = w->v[first].start;
	*role_end = w->v[last].end;
	return j;
}

/* The word that starts at byte pos, or w->n. */
size_t word_at(const struct words *w, size_t pos)
{
	for (size_t i = 0; i < w->n; i++)
		if (w->v[i].start <= pos && pos < w->v[i].end)
			return i;
	return w->n;
}

/* The role right before word k: "Secretary of State Antony Blinken",
 * "biologist Nick Bos"; false when none. */
bool role_before(const struct finder *f, const struct words *w, size_t k, size_t *rs, size_t *re)
{
	size_t from = k > ROLE_MAX_WORDS ? k - ROLE_MAX_WORDS : 0;
	/* a role phrase holds a role noun: without one near, nothing to try */
	bool noun = false;
	for (size_t i = from; i < k && !noun; i++)
		noun = word_is_role_noun(f->text, &w->v[i]);
	for (size_t i = from; noun && i < k; i++)
		if (match_role(f, w, i, rs, re) == k)
			return true;
	if (k > 0 && !w->v[k - 1].comma && word_is_occupation(f->text, &w->v[k - 1])) {
		*rs = w->v[k - 1].start;
		*re = w->v[k - 1].end;
		return true;
	}
	return false;
}

/* "Chinese officials", "the Japanese government": a country's adjective
 * stands for the country only when the country acts through the word
 * after it, not in "Gabonese players". */
bool country_acts(const struct finder *f, const struct words *w, size_t after)
{
	for (size_t i = after; i < w->n && i < after + 3; i++) {
		if (word_is_state_word(f->text, &w->v[i]) || word_is_role_noun(f->text, &w->v[i]))
			return true;
		if (!word_is_role_modifier(f->text, &w->v[i]))
			return false;
	}
	return false;
}

