/* search.h - what the user typed at the search prompt, made a query the
 * full-text index accepts. */
#ifndef BRIEF_SEARCH_H
#define BRIEF_SEARCH_H

#include "brief/cache.h"
#include "brief/mem.h"

/* The query for typed text: as typed when the index accepts it (FTS5
 * syntax: "exact phrase", prefix*, OR, NOT, title:word), else each word
 * quoted, so "C++" or an unbalanced quote still finds something.  On
 * BRIEF_OK, *query (caller frees) and *count, the articles it finds; else
 * the error says why ("search: ..."). */
int search_query(struct cache *c, const char *typed, char **query, long *count);

/* Each word of typed quoted for the index: C++ "x -> "C++" "x". */
char *search_plain_words(const char *typed);

/* text with each typed word found in it (at a word's start, in any case)
 * between \x01 and \x02, as FTS5 marks a snippet's hits. */
void search_mark_hits(const char *text, const char *typed, struct buf *out);

#endif
