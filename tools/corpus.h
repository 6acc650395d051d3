/* corpus.h - the annotated corpora of ../shared/corpora, read into one form:
 * documents of sentences, each sentence its text (the tokens joined as the
 * source spaced them) and its names as byte spans of that text.  Used by
 * the trainer (make model) and by make eval for the development set; none
 * of this text goes into brief itself.
 *
 * Types are mapped to the tagger's three:
 *   person, PER, Person                   -> PER
 *   organization, ORG, Organisation,
 *     corporation, group                  -> ORG
 *   place, LOC, Location, location        -> LOC
 *   everything else (MISC, events, works, nationalities, times) -> no name
 * GUM marks mentions, not names: a name is the run of proper nouns in a
 * mention of a person, organization or place ("Biologist Nick Bos" ->
 * "Nick Bos"), with titles and roles left out ("President Obama" ->
 * "Obama"), the outermost mention first ("University of Helsinki", not
 * "Helsinki" inside it). */
#ifndef BRIEF_TOOLS_CORPUS_H
#define BRIEF_TOOLS_CORPUS_H

#include <stdbool.h>
#include <stddef.h>

#include "brief/gazetteer.h"
#include "brief/tagger.h"

struct cspan {
	size_t start, end; /* bytes of the sentence's text */
	enum ner_type type;
	int entity;        /* GUM: the entity (coreference chain) it names; -1 elsewhere */
};

/* A token of the source and its part-of-speech tag (GUM only). */
struct ctag {
	size_t start; /* byte of the sentence's text */
	int tag;      /* postag_label(), -1 when not in the set */
};

struct csent {
	char *text;
	struct ctag *tags; /* GUM: one per token of the source; NULL elsewhere */
	size_t ntags;
	struct cspan *spans;
	size_t nspans, scap;
	bool paragraph; /* starts a paragraph */
	bool heading;   /* a heading (GUM's "head" blocks) */
};

/* A real-world entity of a GUM document with the names it goes by. */
struct centity {
	int id;
	enum ner_type type;
	char **names;
	size_t nnames, ncap;
};

struct cdoc {
	char *name;
	struct csent *s;
	size_t n, cap;
	struct centity *ent;
	size_t nent, ecap;
};

struct corpus {
	struct cdoc *d;
	size_t n, cap;
	size_t tokens;   /* as the source counts them */
	size_t names[NER_TYPES];
};

enum corpus_format {
	CORPUS_GUM,      /* CoNLL-U with Entity= in MISC: one document a file */
	CORPUS_IOB1,     /* token and tag, I- starts a name after O (wikigold); -DOCSTART- splits documents */
	CORPUS_IOB2,     /* token and tag, B- starts a name; a file is a document (re3d) */
	CORPUS_UNER,     /* CoNLL-U style columns with IOB2 in the third; # newdoc splits documents */
	CORPUS_TWEETS,   /* token and tag, IOB2; every sentence its own document (BTC, WNUT) */
	CORPUS_DOCRED,   /* Re-DocRED JSON: documents of token lists with typed mentions */
};

/* One convention over every corpus: a country's adjective or people
 * ("German", "Filipinos", "Americans") is not a name, as GUM mostly has
 * it, though Re-DocRED, the tweets and some GUM files tag them.  Drops
 * such names (and GUM entities left without a name); returns how many. */
size_t corpus_drop_adjectives(struct corpus *c, const struct gazetteer *g);

/* Read one file of a corpus into c; BRIEF_ERR with the error set. */
int corpus_read(struct corpus *c, const char *path, enum corpus_format format);
void corpus_free(struct corpus *c);

/* The files below dir whose names end with suffix, in name order
 * (appended to *out; the caller frees them). */
void corpus_list(const char *dir, const char *suffix, char ***out, size_t *n, size_t *cap);

/* The whole of a file (NUL-terminated; *len its bytes, if len), or NULL
 * with errno set. */
char *corpus_read_file(const char *path, size_t *len);

#endif
