/* records.c - extraction's results in the cache's words: an article's
 * kinds, dates and precisions named as the cache stores them. */
#include <stdlib.h>
#include <string.h>

#include "brief/dateparse.h"
#include "brief/mem.h"
#include "brief/records.h"
#include "brief/timex.h"

void records_make(struct article_records *r, const struct article *a, const struct actor_set *actors,
		  const struct event_list *events)
{
	memset(r, 0, sizeof *r);
	r->paras = xcalloc(a->npara + 1, sizeof *r->paras);
	for (size_t i = 0; i < a->npara; i++)
		r->paras[i] = (struct cache_paragraph){para_kind_name(a->paras[i].kind), a->paras[i].text,
						       a->paras[i].line};
	date_format(&a->date, r->date);
	bool dated = a->date.precision != DATE_NONE;
	r->article = (struct cache_article){a->title, dated ? r->date : NULL,
					    dated ? date_precision_name(a->date.precision) : NULL, a->line, r->paras,
					    a->npara};
	if (actors && actors->n) {
		r->nactors = actors->n;
		r->actors = xcalloc(actors->n, sizeof *r->actors);
		for (size_t i = 0; i < actors->n; i++) {
			const struct actor *x = &actors->v[i];
			r->actors[i] = (struct cache_actor){x->name, actor_kind_name(x->kind), x->role,
							    (const char *const *)x->aliases, x->naliases,
							    (long)x->mentions};
		}
	}
	if (events && events->n) {
		r->nevents = events->n;
		r->events = xcalloc(events->n, sizeof *r->events);
		for (size_t i = 0; i < events->n; i++) {
			const struct event *e = &events->v[i];
			bool resolved = e->tx.precision != TIMEX_NONE;
			r->events[i] = (struct cache_event){
				.para = e->para,
				.start = e->tx.start,
				.end = e->tx.end,
				.sent_start = e->sent_start,
				.sent_end = e->sent_end,
				.value = resolved ? e->tx.value : NULL,
				.precision = resolved ? timex_precision_name(e->tx.precision) : NULL,
				.first_day = resolved ? e->tx.first_day : NULL,
				.last_day = resolved ? e->tx.last_day : NULL,
				.actors = e->actors,
				.nactors = e->nactors,
			};
		}
	}
}

void records_free(struct article_records *r)
{
	free(r->paras);
	free(r->actors);
	free(r->events);
	memset(r, 0, sizeof *r);
}
