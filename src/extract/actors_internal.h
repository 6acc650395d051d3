/* actors_internal.h - what actors.c (finding names) and coref.c (joining
 * the names of one actor) share. */
#ifndef BRIEF_ACTORS_INTERNAL_H
#define BRIEF_ACTORS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/actors.h"
#include "brief/strmap.h"
#include "brief/tagger.h"
#include "brief/words.h"

/* A bare capitalized word waiting for the coreference pass. */
struct pending {
	size_t para, start, end;
	bool reported; /* subject or object of a reporting verb */
};

struct finder {
	const struct gazetteer *g;
	struct actor_set *out;
	struct strmap index;    /* "kind:name" -> actor */
	struct strmap acronyms; /* defined in this article: "HSC" -> actor */
	struct pending *pend;
	size_t npend, pcap;
	size_t para;
	const char *text;
};

size_t actor_for(struct finder *f, enum actor_kind kind, const char *name, size_t len);
/* The actor of that kind and name when the article has it, else SIZE_MAX. */
size_t actor_known(const struct finder *f, enum actor_kind kind, const char *name, size_t len);
void actor_add_alias(struct actor *a, const char *s, size_t len);
/* A mention of actor at text[start..end) of the paragraph being read. */
void actor_mention(struct finder *f, size_t actor, size_t start, size_t end);

/* actor_set.c: a person's role as written; the acronym defined right
 * after an organization's name ("... Committee (HSC)"), returning where
 * the finder goes on. */
void set_role(struct actor *a, const char *role, size_t len);
/* Capitals (digits after the first) of 2 to 10 letters: "HSC", "G7". */
bool is_acronym(const char *s, size_t len);
size_t take_acronym(struct finder *f, size_t end, size_t actor);

/* actor_context.c: the word holding byte pos; a role ending right before
 * word k (its bytes in *rs, *re); a country word that acts. */
bool is_country_word(const struct finder *f, const struct word *x);
size_t match_role(const struct finder *f, const struct words *w, size_t i, size_t *role_start,
			 size_t *role_end);
size_t word_at(const struct words *w, size_t pos);
bool role_before(const struct finder *f, const struct words *w, size_t k, size_t *rs, size_t *re);
bool country_acts(const struct finder *f, const struct words *w, size_t after);

/* actor_rules.c: names where the tagger saw none; each returns the word
 * after what it took, or i when it took nothing. */
size_t rule_gazetteer(struct finder *f, const struct words *w, size_t i, size_t limit);
size_t rule_local_acronym(struct finder *f, const struct words *w, size_t i);
size_t rule_ministry(struct finder *f, const struct words *w, size_t i);
size_t rule_titled_name(struct finder *f, const struct words *w, size_t i);
size_t rule_organization(struct finder *f, const struct words *w, size_t i);
void remember_single(struct finder *f, const struct tagger_doc *d, const struct words *w, size_t i);

/* actors.c: the actor of a gazetteer entry found at start, or SIZE_MAX;
 * a word that heads the name of a newspaper or broadcaster. */
size_t gazetteer_actor(struct finder *f, const struct words *w, size_t entry, size_t start, size_t len);
bool is_media_head(const char *w, size_t n);

/* Join bare surnames to the one full name that ends with them, resolve the
 * pending words, and drop the actors left without a mention. */
void coref_resolve(struct finder *f, const struct article *a);

#endif
