/* tagspeed.c - how fast the name tagger tags, and how long its model takes
 * to load: `make bench` runs it on the sample briefings.
 *
 *   tagspeed MODEL GAZETTEER FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "brief/decode.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/model.h"
#include "brief/sentence.h"
#include "brief/tagger.h"
#include "brief/tokens.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: tagspeed MODEL GAZETTEER FILE...\n");
		return 2;
	}
	struct model m;
	struct gazetteer g = {0};
	double t0 = now();
	if (model_load(&m, argv[1], &tagger_model_kind) != BRIEF_OK) {
		fprintf(stderr, "%s\n", err_get());
		return 1;
	}
	double load = now() - t0;
	if (gazetteer_load(&g, argv[2]) != BRIEF_OK) {
		fprintf(stderr, "%s\n", err_get());
		return 1;
	}
	struct buf all = BUF_INIT;
	for (int i = 3; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		if (!f)
			continue;
		char chunk[65536];
		size_t n;
		struct buf raw = BUF_INIT;
		while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
			buf_add(&raw, chunk, n);
		fclose(f);
		struct decode_result res;
		text_decode(buf_str(&raw), raw.len, &all, &res);
		buf_addc(&all, '\n');
		buf_free(&raw);
	}
	/* the sentences, tokenized once; tagging is what is timed */
	struct span *sp = NULL;
	size_t cap = 0, ns = sentence_split(buf_str(&all), all.len, &sp, &cap);
	struct tokens *tok = xcalloc(ns ? ns : 1, sizeof *tok);
	size_t tokens = 0;
	for (size_t i = 0; i < ns; i++) {
		tokens_split(all.data, sp[i].start, sp[i].end, &tok[i]);
		tokens += tok[i].n;
	}
	size_t rounds = 0, tagged = 0;
	t0 = now();
	while (now() - t0 < 2.0 || rounds < 3) {
		struct tagger_doc d = {0};
		for (size_t i = 0; i < ns; i++) {
			struct tagger_sentence s;
			uint8_t *labels = xcalloc(tok[i].n + 1, 1);
			tagger_sentence_init(&s, all.data, tok[i].v, tok[i].n, &g);
			tagger_decode(&d, &s, model_score, &m, labels);
			tagger_sentence_free(&s);
			free(labels);
		}
		tagger_doc_free(&d);
		tagged += tokens;
		rounds++;
	}
	double secs = now() - t0;
	printf("%-28s %8.0f tokens/s   (%zu tokens x %zu, gazetteer marks included)\n", "name tagger, one core",
	       (double)tagged / secs, tokens, rounds);
	printf("%-28s %8.1f ms         (%zu bytes)\n", "model load", load * 1000,
	       ((size_t)1 << m.bits) * m.labels * 2 + 36);
	for (size_t i = 0; i < ns; i++)
		free(tok[i].v);
	free(tok);
	free(sp);
	buf_free(&all);
	model_free(&m);
	gazetteer_free(&g);
	return 0;
}
