/* tokens.h - the tokens of a sentence as the name tagger sees them: words,
 * numbers and punctuation apart, in the manner of the Penn Treebank and
 * Universal Dependencies that the tagger was trained on ("U.S." and
 * "Mr." keep their dot, "Blinken's" is "Blinken" and "'s", "US-Japan" is
 * "US", "-", "Japan"). */
#ifndef BRIEF_TOKENS_H
#define BRIEF_TOKENS_H

#include <stdbool.h>
#include <stddef.h>

struct token {
	size_t start, end; /* bytes of the text */
};

struct tokens {
	struct token *v;
	size_t n, cap;
};

/* Append the tokens of text[start..end) to out.  Linear in the text. */
void tokens_split(const char *text, size_t start, size_t end, struct tokens *out);

#endif
