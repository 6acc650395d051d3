/* fuzz_actors.c - actor recognition and the events of an article, with
 * the project's gazetteer, on a file decoded and segmented as the importer
 * does.  Mentions and events point inside their paragraphs. */
#include <string.h>

#include "brief/actors.h"
#include "brief/decode.h"
#include "brief/events.h"
#include "brief/model.h"
#include "brief/tagger.h"
#include "brief/segment.h"
#include "fuzz.h"

static struct gazetteer gazetteer;
static struct models models;

static void load_gazetteer(void)
{
	static int loaded;
	if (loaded)
		return;
	char *path = fuzz_src_path("data/actors.yaml"), *m = fuzz_src_path("data/ner.model");
	if (gazetteer_load(&gazetteer, path) != BRIEF_OK ||
	    model_load(&models.names, m, &tagger_model_kind) != BRIEF_OK) {
		fprintf(stderr, "cannot load %s or %s: %s\n", path, m, err_get());
		abort();
	}
	free(path);
	free(m);
	loaded = 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	load_gazetteer();
	struct buf text = BUF_INIT;
	struct decode_result res;
	struct article_list list = {0};
	if (text_decode((const char *)data, size, &text, &res) == DECODE_OK) {
		struct segment_options opt = {.fallback_date = {2024, 3, 1, DATE_DAY}};
		segment_text(buf_str(&text), text.len, &opt, &list);
	}
	for (size_t i = 0; i < list.n; i++) {
		const struct article *a = &list.items[i];
		struct actor_set actors = {0};
		struct event_list events = {0};
		actors_find(&gazetteer, &models, a, &actors);
		for (size_t m = 0; m < actors.nm; m++) {
			const struct mention *mm = &actors.m[m];
			FUZZ_CHECK(mm->actor < actors.n);
			size_t len = mm->para == MENTION_TITLE ? strlen(a->title) : strlen(a->paras[mm->para].text);
			FUZZ_CHECK(mm->para == MENTION_TITLE || mm->para < a->npara);
			FUZZ_CHECK(mm->start < mm->end && mm->end <= len);
		}
		for (size_t k = 0; k < actors.n; k++)
			FUZZ_CHECK(actors.v[k].name && fuzz_text_is_clean(actors.v[k].name, strlen(actors.v[k].name), 0));
		events_find(a, &actors, NULL, &events);
		for (size_t e = 0; e < events.n; e++) {
			const struct event *ev = &events.v[e];
			FUZZ_CHECK(ev->para < a->npara);
			size_t len = strlen(a->paras[ev->para].text);
			FUZZ_CHECK(ev->sent_start <= ev->tx.start && ev->tx.start <= ev->tx.end);
			FUZZ_CHECK(ev->tx.end <= ev->sent_end && ev->sent_end <= len);
			for (size_t k = 0; k < ev->nactors; k++)
				FUZZ_CHECK(ev->actors[k] < actors.n);
		}
		event_list_free(&events);
		actor_set_free(&actors);
	}
	article_list_free(&list);
	buf_free(&text);
	return 0;
}
