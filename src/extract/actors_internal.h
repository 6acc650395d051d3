/* actors_internal.h - what actors.c (finding names) and coref.c (joining
 * the names of one actor) share. */
#ifndef BRIEF_ACTORS_INTERNAL_H
#define BRIEF_ACTORS_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/actors.h"
#include "brief/strmap.h"

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

/* Join bare surnames to the one full name that ends with them, resolve the
 * pending words, and drop the actors left without a mention. */
void coref_resolve(struct finder *f, const struct article *a);

#endif
