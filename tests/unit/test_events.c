/* test_events.c - sentences with dates become events, with their actors. */
#include <stdlib.h>
#include <string.h>

#include "brief/events.h"
#include "brief/mem.h"
#include "support.h"

static void free_article(struct article *a)
{
	for (size_t i = 0; i < a->npara; i++)
		free(a->paras[i].text);
	free(a->paras);
	free(a->title);
}

/* "value|text|actor, actor" for each event */
static char *describe(const struct article *a, const struct actor_set *s, const struct event_list *l)
{
	struct buf b = BUF_INIT;
	for (size_t i = 0; i < l->n; i++) {
		const struct event *e = &l->v[i];
		const char *text = a->paras[e->para].text;
		buf_printf(&b, "%s|%.*s|", e->tx.value, (int)(e->tx.end - e->tx.start), text + e->tx.start);
		for (size_t k = 0; k < e->nactors; k++)
			buf_printf(&b, "%s%s", k ? ", " : "", s->v[e->actors[k]].name);
		buf_addc(&b, '\n');
	}
	return buf_steal(&b);
}

static void test_each_dated_sentence_is_an_event_with_its_actors(void **state)
{
	struct article a = {0};
	a.title = xstrdup("Talks");
	assert_true(date_parse_iso("2024-07-28", &a.date));
	article_add_para(&a, PARA_BODY,
			 xstrdup("Secretary of State Antony Blinken met Foreign Minister Yoko Kamikawa on Sunday. "
				 "China tested a missile in 2007. Nothing else happened."), 1);
	article_add_para(&a, PARA_HEADING, xstrdup("Plans for 2030"), 2);
	article_add_para(&a, PARA_BODY, xstrdup("Blinken said talks would resume next week."), 3);
	struct actor_set s = {0};
	struct event_list l = {0};
	actors_find(&((struct extraction *)*state)->g, &((struct extraction *)*state)->models, &a, &s);
	events_find(&a, &s, NULL, &l);
	char *got = describe(&a, &s, &l);
	assert_string_equal(got, "2024-07-28|Sunday|Antony Blinken, Yoko Kamikawa\n"
				 "2007|2007|China\n"
				 "2024-W31|next week|Antony Blinken\n");
	assert_int_equal(l.v[0].sent_start, 0);
	assert_int_equal(l.v[1].para, 0);
	assert_int_equal(l.v[2].para, 2);
	free(got);
	event_list_free(&l);
	actor_set_free(&s);
	free_article(&a);
}

static void test_undated_article_keeps_relative_expressions_unresolved(void **state)
{
	struct article a = {0};
	a.title = xstrdup("Talks");
	a.date.precision = DATE_NONE;
	article_add_para(&a, PARA_BODY, xstrdup("Officials met on Wednesday. The regiment arrives by 2025."), 1);
	struct actor_set s = {0};
	struct event_list l = {0};
	actors_find(&((struct extraction *)*state)->g, &((struct extraction *)*state)->models, &a, &s);
	events_find(&a, &s, NULL, &l);
	char *got = describe(&a, &s, &l);
	assert_string_equal(got, "|Wednesday|\n2025|2025|\n");
	assert_int_equal(l.v[0].tx.precision, TIMEX_NONE);
	free(got);
	event_list_free(&l);
	actor_set_free(&s);
	free_article(&a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_dated_sentence_is_an_event_with_its_actors),
		cmocka_unit_test(test_undated_article_keeps_relative_expressions_unresolved),
	};
	return cmocka_run_group_tests_name("events", tests, extraction_setup, extraction_teardown);
}
