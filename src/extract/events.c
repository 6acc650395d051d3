/* events.c - sentences with dates, and who is in them. */
#include <stdlib.h>
#include <string.h>

#include "brief/events.h"
#include "brief/mem.h"
#include "brief/sentence.h"

static int by_position(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;
	if (a->para != b->para)
		return a->para < b->para ? -1 : 1;
	return a->start < b->start ? -1 : a->start > b->start;
}

/* The distinct actors among mentions [from, to). */
static void attach_actors(struct event *e, const struct mention *m, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++) {
		bool seen = false;
		for (size_t j = 0; j < e->nactors && !seen; j++)
			seen = e->actors[j] == m[k].actor;
		if (!seen) {
			e->actors = xrealloc(e->actors, (e->nactors + 1) * sizeof *e->actors);
			e->actors[e->nactors++] = m[k].actor;
		}
	}
}

void events_find(const struct article *a, const struct actor_set *actors, struct event_list *out)
{
	/* Mentions in text order, so each sentence takes its own in one sweep;
	 * title mentions (MENTION_TITLE) sort last and are never reached. */
	struct mention *m = xmalloc((actors->nm ? actors->nm : 1) * sizeof *m);
	if (actors->nm)
		memcpy(m, actors->m, actors->nm * sizeof *m);
	qsort(m, actors->nm, sizeof *m, by_position);
	size_t next = 0;
	struct span *sp = NULL;
	struct timex *tx = NULL;
	size_t scap = 0, tcap = 0;
	for (size_t p = 0; p < a->npara; p++) {
		const char *text = a->paras[p].text;
		while (next < actors->nm && m[next].para < p)
			next++;
		if (a->paras[p].kind == PARA_HEADING)
			continue;
		size_t ns = sentence_split(text, strlen(text), &sp, &scap);
		for (size_t s = 0; s < ns; s++) {
			size_t first = next;
			while (next < actors->nm && m[next].para == p && m[next].start < sp[s].end)
				next++;
			size_t nt = timex_find(text + sp[s].start, sp[s].end - sp[s].start, &a->date, &tx, &tcap);
			for (size_t t = 0; t < nt; t++) {
				out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
				struct event *e = &out->v[out->n++];
				*e = (struct event){.para = p, .sent_start = sp[s].start, .sent_end = sp[s].end, .tx = tx[t]};
				e->tx.start += sp[s].start;
				e->tx.end += sp[s].start;
				attach_actors(e, m, first, next);
			}
		}
	}
	free(sp);
	free(tx);
	free(m);
}

void event_list_free(struct event_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].actors);
	free(l->v);
	memset(l, 0, sizeof *l);
}
