/* eval.c - `make eval`: extraction measured against the gold annotations.
 *
 * usage: eval GOLD DIR... [-v] [--dev CORPORA]
 * Each gold article ("article: FILE#PART") is read from the first DIR that
 * has FILE, segmented and extracted as brief-import does, and compared:
 * - actors: a found actor is right when its name or one of its names is
 *   among the gold actor's names; precision over found, recall over gold;
 * - dates: a found expression matches a gold one when their texts overlap
 *   (one not matched yet, the same text first); it is right when the
 *   values agree ("none" = unresolved); the gold lists a repeated
 *   expression once, so each of its repeats is right too.  The event a
 *   dateline gives the first sentence has no text and is not counted.
 * -v lists every miss.  With --dev, the name tagger is also measured on the
 * development set of the corpora (GUM's interviews, held out of training):
 * names by exact span and type, and actors as above; and the timeline on
 * the AQUAINT articles (tools/timeml.c). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "brief/actors.h"
#include "brief/decode.h"
#include "brief/events.h"
#include "brief/mem.h"
#include "brief/model.h"
#include "brief/postag.h"
#include "brief/tagger.h"
#include "brief/segment.h"
#include "devset.h"
#include "relateval.h"
#include "timeml.h"

struct gold_actor {
	char *name, *kind;
	char **names;
	size_t n;
	bool found;
};

struct gold_date {
	char *text, *value;
	bool found;
};

struct gold_article {
	char *file;
	int part;
	struct gold_actor *actors;
	size_t nactors, acap;
	struct gold_date *dates;
	size_t ndates, dcap;
};

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	return s;
}

static size_t parse_gold(const char *path, struct gold_article **out)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		perror(path);
		exit(2);
	}
	char line[8192];
	size_t n = 0, cap = 0;
	*out = NULL;
	while (fgets(line, sizeof line, f)) {
		char *s = trim(line);
		if (!*s || *s == '#')
			continue;
		struct gold_article *a = n ? &(*out)[n - 1] : NULL;
		if (strncmp(s, "article:", 8) == 0) {
			*out = xgrow(*out, &cap, n + 1, sizeof **out);
			a = &(*out)[n++];
			memset(a, 0, sizeof *a);
			char *hash = strrchr(s, '#');
			a->part = hash ? atoi(hash + 1) : 1;
			if (hash)
				*hash = '\0';
			a->file = xstrdup(trim(s + 8));
		} else if (a && strncmp(s, "actor:", 6) == 0) {
			char *name = strtok(s + 6, "|"), *kind = strtok(NULL, "|"), *names = strtok(NULL, "|");
			if (!name || !kind)
				continue;
			a->actors = xgrow(a->actors, &a->acap, a->nactors + 1, sizeof *a->actors);
			struct gold_actor *g = &a->actors[a->nactors++];
			memset(g, 0, sizeof *g);
			g->name = xstrdup(trim(name));
			g->kind = xstrdup(trim(kind));
			size_t ncap = 0;
			for (char *t = names ? strtok(names, ";") : NULL; t; t = strtok(NULL, ";")) {
				g->names = xgrow(g->names, &ncap, g->n + 1, sizeof *g->names);
				g->names[g->n++] = xstrdup(trim(t));
			}
		} else if (a && strncmp(s, "date:", 5) == 0) {
			char *bar = strrchr(s, '|');
			if (!bar)
				continue;
			*bar = '\0';
			a->dates = xgrow(a->dates, &a->dcap, a->ndates + 1, sizeof *a->dates);
			a->dates[a->ndates++] = (struct gold_date){xstrdup(trim(s + 5)), xstrdup(trim(bar + 1)), false};
		}
	}
	fclose(f);
	return n;
}

static bool gold_knows(const struct gold_actor *g, const char *name)
{
	if (strcmp(g->name, name) == 0)
		return true;
	for (size_t i = 0; i < g->n; i++)
		if (strcmp(g->names[i], name) == 0)
			return true;
	return false;
}

static struct gold_actor *match_actor(struct gold_article *a, const struct actor *x)
{
	for (size_t i = 0; i < a->nactors; i++) {
		if (gold_knows(&a->actors[i], x->name))
			return &a->actors[i];
		for (size_t k = 0; k < x->naliases; k++)
			if (gold_knows(&a->actors[i], x->aliases[k]))
				return &a->actors[i];
	}
	return NULL;
}

static bool contains_nocase(const char *hay, const char *needle)
{
	size_t n = strlen(needle);
	for (; *hay; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return true;
	return n == 0;
}

/* Do the two expression texts overlap ("on Tuesday" and "Tuesday")? */
static bool texts_overlap(const char *a, const char *b)
{
	return contains_nocase(a, b) || contains_nocase(b, a);
}

/* "on Tuesday" is written "Tuesday" by the tagger of expressions. */
static const char *strip_prep(const char *text)
{
	static const char *const preps[] = {"on ", "in ", "at ", "by ", "since ", "from ", NULL};
	for (int k = 0; preps[k]; k++)
		if (strncasecmp(text, preps[k], strlen(preps[k])) == 0)
			return text + strlen(preps[k]);
	return text;
}

struct counts {
	size_t found, right, gold, recalled;
};

static void report(const char *what, const struct counts *c)
{
	double p = c->found ? (double)c->right / (double)c->found : 0;
	double r = c->gold ? (double)c->recalled / (double)c->gold : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	printf("%-8s precision %.3f (%zu/%zu)  recall %.3f (%zu/%zu)  F1 %.3f\n", what, p, c->right, c->found, r,
	       c->recalled, c->gold, f);
}

static char *read_article_file(char **dirs, int ndirs, const char *file, size_t *len)
{
	for (int d = 0; d < ndirs; d++) {
		struct buf path = BUF_INIT;
		buf_printf(&path, "%s/%s", dirs[d], file);
		char *data = corpus_read_file(path.data, len);
		buf_free(&path);
		if (data)
			return data;
	}
	return NULL;
}

int main(int argc, char **argv)
{
	const char *corpora = NULL;
	if (argc > 2 && strcmp(argv[argc - 2], "--dev") == 0) {
		corpora = argv[argc - 1];
		argc -= 2;
	}
	bool verbose = argc > 1 && strcmp(argv[argc - 1], "-v") == 0;
	if (verbose)
		argc--;
	if (argc < 3) {
		fprintf(stderr, "usage: eval GOLD DIR... [-v]\n");
		return 2;
	}
	struct gazetteer g = {0};
	struct models model = {0};
	if (gazetteer_load(&g, "data/actors.yaml") != BRIEF_OK ||
	    model_load(&model.names, "data/ner.model", &tagger_model_kind) != BRIEF_OK ||
	    model_load(&model.pos, "data/pos.model", &postag_model_kind) != BRIEF_OK) {
		fprintf(stderr, "%s\n", err_get());
		return 1;
	}
	struct gold_article *gold;
	size_t ngold = parse_gold(argv[1], &gold);
	struct counts actors = {0}, dates = {0};
	size_t articles = 0;
	for (size_t i = 0; i < ngold; i++) {
		struct gold_article *ga = &gold[i];
		size_t len;
		char *raw = read_article_file(argv + 2, argc - 2, ga->file, &len);
		if (!raw) {
			printf("skipped %s: not found\n", ga->file);
			continue;
		}
		struct buf text = BUF_INIT;
		struct decode_result dec;
		struct article_list list = {0};
		struct segment_options opt = {.fallback_date = {0, 0, 0, DATE_NONE}};
		text_decode(raw, len, &text, &dec);
		segment_text(buf_str(&text), text.len, &opt, &list);
		if (ga->part < 1 || (size_t)ga->part > list.n) {
			printf("skipped %s#%d: the file has %zu articles\n", ga->file, ga->part, list.n);
			goto next;
		}
		articles++;
		const struct article *art = &list.items[ga->part - 1];
		struct actor_set set = {0};
		struct event_list ev = {0};
		actors_find(&g, &model, art, &set);
		events_find(art, &set, &model.pos, &ev);
		actors.gold += ga->nactors;
		for (size_t k = 0; k < set.n; k++) {
			struct gold_actor *m = match_actor(ga, &set.v[k]);
			actors.found++;
			if (m) {
				actors.right++;
				m->found = true;
			} else if (verbose) {
				printf("  %s#%d extra actor: %s (%s)\n", ga->file, ga->part, set.v[k].name,
				       actor_kind_name(set.v[k].kind));
			}
		}
		for (size_t k = 0; k < ga->nactors; k++) {
			actors.recalled += ga->actors[k].found;
			if (!ga->actors[k].found && verbose)
				printf("  %s#%d missed actor: %s\n", ga->file, ga->part, ga->actors[k].name);
		}
		dates.gold += ga->ndates;
		for (size_t k = 0; k < ev.n; k++) {
			const struct event *e = &ev.v[k];
			char *said = xstrndup(art->paras[e->para].text + e->tx.start, e->tx.end - e->tx.start);
			const char *value = e->tx.precision == TIMEX_NONE ? "none" : e->tx.value;
			if (e->tx.start == e->tx.end) {
				free(said);
				continue; /* the dateline's event: no expression to compare */
			}
			/* A gold expression not matched yet, the same text first; the
			 * gold writes a repeated expression once ("one line is
			 * enough"), so a repeat with the same value is right too. */
			bool right = false;
			for (int pass = 0; pass < 3 && !right; pass++)
				for (size_t d = 0; d < ga->ndates && !right; d++) {
					struct gold_date *gd = &ga->dates[d];
					bool same = pass == 0 ? strcasecmp(strip_prep(gd->text), said) == 0
							      : texts_overlap(gd->text, said);
					if (same && (pass == 2 || !gd->found) && strcmp(gd->value, value) == 0)
						right = gd->found = true;
				}
			dates.found++;
			dates.right += right;
			if (!right && verbose)
				printf("  %s#%d wrong date: %s = %s\n", ga->file, ga->part, said, value);
			free(said);
		}
		for (size_t d = 0; d < ga->ndates; d++) {
			dates.recalled += ga->dates[d].found;
			if (!ga->dates[d].found && verbose)
				printf("  %s#%d missed date: %s = %s\n", ga->file, ga->part, ga->dates[d].text,
				       ga->dates[d].value);
		}
		event_list_free(&ev);
		actor_set_free(&set);
next:
		article_list_free(&list);
		buf_free(&text);
		free(raw);
	}
	printf("project gold: %zu articles against %s\n", articles, argv[1]);
	report("actors", &actors);
	report("dates", &dates);
	related_report("tests/related", &g, &model, stdout, verbose);
	if (corpora) {
		struct corpus dev = {0};
		if (devset_read(corpora, &g, &dev) != BRIEF_OK) {
			fprintf(stderr, "%s\n", err_get());
		} else {
			devset_report_tags(&dev, &model.pos, stdout);
			devset_report_mentions(&dev, &g, &model, stdout);
			devset_report_actors(&dev, &g, &model, stdout, verbose);
		}
		corpus_free(&dev);
		struct buf aquaint = BUF_INIT;
		buf_printf(&aquaint, "%s/aquaint", corpora);
		tml_report(buf_str(&aquaint), &model.pos, stdout, verbose);
		buf_free(&aquaint);
	}
	for (size_t i = 0; i < ngold; i++) {
		for (size_t k = 0; k < gold[i].nactors; k++) {
			for (size_t j = 0; j < gold[i].actors[k].n; j++)
				free(gold[i].actors[k].names[j]);
			free(gold[i].actors[k].names);
			free(gold[i].actors[k].name);
			free(gold[i].actors[k].kind);
		}
		for (size_t d = 0; d < gold[i].ndates; d++) {
			free(gold[i].dates[d].text);
			free(gold[i].dates[d].value);
		}
		free(gold[i].actors);
		free(gold[i].dates);
		free(gold[i].file);
	}
	free(gold);
	gazetteer_free(&g);
	model_free(&model.names);
	model_free(&model.pos);
	return 0;
}
