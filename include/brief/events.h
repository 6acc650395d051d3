/* events.h - the timeline of an article: each sentence with a date
 * expression is an event, with the actors named in that sentence. */
#ifndef BRIEF_EVENTS_H
#define BRIEF_EVENTS_H

#include <stddef.h>

#include "brief/actors.h"
#include "brief/timex.h"

struct event {
	size_t para;                 /* paragraph index */
	size_t sent_start, sent_end; /* the sentence, bytes in the paragraph */
	struct timex tx;             /* the expression and its value */
	size_t *actors;              /* indexes into the article's actor set */
	size_t nactors;
};

struct event_list {
	struct event *v;
	size_t n, cap;
};

/* Find the events of an article (captions and body; headings are labels,
 * not statements), in order.  Expressions resolve against the article's
 * date or the date last mentioned; pos (may be NULL) is the part-of-speech
 * model whose verbs give each clause its tense.  A date line or dateline
 * at the top is an event of the first sentence, with an empty expression
 * (tx.start == tx.end).  Linear in the text and the number of mentions. */
struct model;
void events_find(const struct article *a, const struct actor_set *actors, const struct model *pos,
		 struct event_list *out);
void event_list_free(struct event_list *l);

#endif
