/* words.h - the words of a sentence, with what the actor rules ask of them. */
#ifndef BRIEF_WORDS_H
#define BRIEF_WORDS_H

#include <stdbool.h>
#include <stddef.h>

struct word {
	size_t start, end; /* the word without quotes, brackets, final punctuation or 's */
	bool cap;          /* starts with a capital letter */
	bool comma;        /* followed by , ; or : */
	bool stop;         /* followed by . ! or ? */
	bool initial;      /* first word of the sentence or of a quotation */
};

struct words {
	struct word *v;
	size_t n, cap;
};

/* Split text[start..end) at spaces (a hyphen between two capitalized parts
 * splits too: "US-Japan"). */
void words_split(const char *text, size_t start, size_t end, struct words *out);

bool word_is(const char *text, const struct word *w, const char *s);
bool word_is_stopword(const char *text, const struct word *w);     /* The, In, Monday, March... */
bool word_is_role_noun(const char *text, const struct word *w);    /* Minister, spokeswoman... */
bool word_is_role_modifier(const char *text, const struct word *w);/* Foreign, Defense, Deputy... */
bool word_is_org_word(const char *text, const struct word *w);     /* Ministry, Agency, Council... */
bool word_is_connector(const char *text, const struct word *w);    /* of, to, for, and, the */
bool word_is_honorific(const char *text, const struct word *w);    /* Mr, Ms, Dr... */
bool word_is_non_name(const char *text, const struct word *w);     /* Treaty, Summit, Sea... */
bool word_is_place_preposition(const char *text, const struct word *w); /* in, at, near... */
bool word_is_reporting_verb(const char *text, const struct word *w);
bool word_is_occupation(const char *text, const struct word *w);   /* biologist, musician... */
bool word_is_state_word(const char *text, const struct word *w);   /* government, officials, troops... */
bool word_is_thing_word(const char *text, const struct word *w);   /* Treaty, Prize, Regulations... */
bool word_is_place_noun(const char *text, const struct word *w);   /* city, suburb, province... */
bool word_is_creed(const char *text, const struct word *w);        /* Catholic, Kurds, English... */
bool word_is_compass(const char *text, const struct word *w);      /* North, East, Latin... */

#endif
