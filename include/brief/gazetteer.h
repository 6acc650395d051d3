/* gazetteer.h - the dictionary of known actors (data/actors.yaml): countries
 * with their short names, adjectives, demonyms and seats of government;
 * organizations with acronyms; places.  Every listed string is a surface
 * form that maps to one entry. */
#ifndef BRIEF_GAZETTEER_H
#define BRIEF_GAZETTEER_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/strmap.h"

enum actor_kind {
	ACTOR_PERSON,
	ACTOR_ORGANIZATION,
	ACTOR_COUNTRY,
	ACTOR_PLACE,
	ACTOR_MEDIA,
};

/* Most words of a text start no surface: a lookup of their first bytes
 * rejects them before any longer key is hashed. */
#define GAZ_HEAD 4

struct gaz_entry {
	char *name;  /* canonical */
	enum actor_kind kind;
	char *code;  /* ISO code of a country, or of the owning country; may be NULL */
	char *type;  /* organization or place type from the file; may be NULL */
};

/* How a surface names its entry. */
enum gaz_form {
	GAZ_NAME,      /* the canonical name */
	GAZ_ALIAS,     /* another name: "Burkina", "Dahomey" */
	GAZ_ACRONYM,   /* "NATO", "WHO" */
	GAZ_ADJECTIVE, /* "Japanese" */
	GAZ_DEMONYM,   /* "Japanese" as people, "Filipinos" */
	GAZ_SEAT,      /* "Tokyo", "the Kremlin" */
};

struct gazetteer {
	struct gaz_entry *entries;
	size_t n, cap;
	struct strmap surfaces; /* surface form -> entry index */
	struct strmap names;    /* "kind:canonical name" -> entry index */
	struct strmap heads;    /* the first GAZ_HEAD bytes (or fewer) of every surface */
	struct strmap seats;    /* surfaces that are a seat of government -> entry */
	struct strmap forms;    /* surface -> its enum gaz_form (the last listing wins) */
	struct strmap prefixes; /* every surface cut at each of its word ends */
	size_t max_len;         /* bytes of the longest surface */
};

/* Load a gazetteer file on top of what g holds: a known canonical name gets
 * the new surfaces, and a surface listed again points to the newer entry.
 * A malformed file sets the error "file:line:column: message". */
int gazetteer_load(struct gazetteer *g, const char *path);
void gazetteer_free(struct gazetteer *g);

/* The longest surface form starting at s[0] (a word start).  Words are
 * separated by spaces; a hyphen between two capitalized parts ends a word
 * too ("US-Japan").  Returns the bytes matched (0: none) and the entry. */
size_t gazetteer_match(const struct gazetteer *g, const char *s, size_t n, size_t *entry);

/* How the surface s[0..n) (as gazetteer_match found it) names its entry. */
enum gaz_form gazetteer_form(const struct gazetteer *g, const char *s, size_t n);

/* Is this surface a capital or seat of government ("Tokyo", "Kremlin")? */
bool gazetteer_is_seat(const struct gazetteer *g, const char *s, size_t n);

const char *actor_kind_name(enum actor_kind kind);

#endif
