/* devset.c - reading and measuring the development set. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "brief/actors.h"
#include "brief/article.h"
#include "brief/error.h"
#include "brief/mem.h"
#include "brief/model.h"
#include "brief/postag.h"
#include "brief/tagger.h"
#include "devset.h"

int devset_read(const char *corpora, const struct gazetteer *g, struct corpus *dev)
{
	struct buf dir = BUF_INIT;
	buf_printf(&dir, "%s/gum", corpora);
	char **files = NULL;
	size_t n = 0, cap = 0;
	corpus_list(dir.data, ".conllu", &files, &n, &cap);
	/* experiments: another genre held out, to study errors on text
	 * that is neither trained on nor the development set */
	const char *genre = getenv("DEVSET_GENRE") ? getenv("DEVSET_GENRE") : "interview";
	struct buf want = BUF_INIT;
	buf_printf(&want, "/GUM_%s_", genre);
	int rc = BRIEF_OK;
	for (size_t i = 0; i < n; i++) {
		if (rc == BRIEF_OK && strstr(files[i], want.data) &&
		    corpus_read(dev, files[i], CORPUS_GUM) != BRIEF_OK)
			rc = BRIEF_ERR;
		free(files[i]);
	}
	free(files);
	if (rc == BRIEF_OK && dev->n == 0)
		rc = err_set("%s: no GUM_%s_*.conllu files", dir.data, genre);
	if (rc == BRIEF_OK)
		corpus_drop_adjectives(dev, g);
	buf_free(&want);
	buf_free(&dir);
	return rc;
}

/* "'s", "’s": the clitic of a name written as one token ("Japan's" in
 * wikigold) is no part of the name. */
static bool is_clitic(const char *text, const struct token *t)
{
	size_t n = t->end - t->start;
	const char *s = text + t->start;
	return (n == 2 && s[0] == '\'') || (n == 4 && memcmp(s, "\xE2\x80\x99", 3) == 0);
}

/* A token of punctuation only: a full stop, a comma, a quote. */
static bool is_mark(const char *text, const struct token *t)
{
	for (size_t i = t->start; i < t->end; i++)
		if ((unsigned char)text[i] >= 0x80 ? !(t->end - t->start == 3 && (unsigned char)text[t->start] == 0xE2)
						  : isalnum((unsigned char)text[i]))
			return false;
	return true;
}

void devset_gold_labels(const struct csent *s, const struct tokens *tok, uint8_t **labels)
{
	*labels = xcalloc(tok->n ? tok->n : 1, 1);
	for (size_t k = 0; k < s->nspans; k++) {
		const struct cspan *sp = &s->spans[k];
		bool first = true;
		/* the name's tokens, without a clitic or a mark at either end */
		size_t lo = SIZE_MAX, hi = 0;
		for (size_t i = 0; i < tok->n; i++) {
			if (tok->v[i].start < sp->start || tok->v[i].start >= sp->end || is_clitic(s->text, &tok->v[i]) ||
			    is_mark(s->text, &tok->v[i]))
				continue;
			if (lo == SIZE_MAX)
				lo = i;
			hi = i;
		}
		for (size_t i = lo; lo != SIZE_MAX && i <= hi; i++) {
			if (is_clitic(s->text, &tok->v[i]))
				continue;
			(*labels)[i] = (uint8_t)ner_label_of(sp->type, first);
			first = false;
		}
	}
}

struct counts {
	size_t found[NER_TYPES], gold[NER_TYPES], right[NER_TYPES];
};

/* Names as (first token, last token, type) from labels. */
static size_t spans_of(const uint8_t *labels, size_t n, size_t (*out)[3])
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (labels[i] == NER_O)
			continue;
		size_t j = i;
		while (j + 1 < n && labels[j + 1] != NER_O && !ner_label_begins(labels[j + 1]) &&
		       ner_label_type(labels[j + 1]) == ner_label_type(labels[i]))
			j++;
		out[k][0] = i;
		out[k][1] = j;
		out[k][2] = (size_t)ner_label_type(labels[i]);
		k++;
		i = j;
	}
	return k;
}

static void count_sentence(const uint8_t *gold, const uint8_t *got, size_t n, struct counts *c)
{
	size_t (*g)[3] = xmalloc((n + 1) * sizeof *g), (*f)[3] = xmalloc((n + 1) * sizeof *f);
	size_t ng = spans_of(gold, n, g), nf = spans_of(got, n, f);
	for (size_t i = 0; i < ng; i++)
		c->gold[g[i][2]]++;
	for (size_t i = 0; i < nf; i++) {
		c->found[f[i][2]]++;
		for (size_t k = 0; k < ng; k++)
			if (f[i][0] == g[k][0] && f[i][1] == g[k][1] && f[i][2] == g[k][2])
				c->right[f[i][2]]++;
	}
	free(g);
	free(f);
}

static void print_prf(FILE *out, const char *name, size_t right, size_t found, size_t gold)
{
	double p = found ? (double)right / (double)found : 0, r = gold ? (double)right / (double)gold : 0;
	double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	fprintf(out, "  %-5s precision %.3f  recall %.3f  F1 %.3f   (%zu found, %zu in the gold, %zu right)\n", name,
		p, r, f, found, gold, right);
}

void devset_report_mentions(const struct corpus *dev, const struct gazetteer *g, const struct models *m,
			    FILE *out)
{
	struct counts c = {0};
	for (size_t d = 0; d < dev->n; d++) {
		const struct cdoc *doc = &dev->d[d];
		struct tagger_doc td = {0};
		struct tokens *tok = xcalloc(doc->n ? doc->n : 1, sizeof *tok);
		for (size_t i = 0; i < doc->n; i++) {
			tokens_split(doc->s[i].text, 0, strlen(doc->s[i].text), &tok[i]);
			tagger_doc_add_text(&td, doc->s[i].text, tok[i].v, tok[i].n);
		}
		for (size_t i = 0; i < doc->n; i++) {
			struct tagger_sentence s;
			tagger_sentence_init(&s, doc->s[i].text, tok[i].v, tok[i].n, g);
			uint8_t *gold, *got = xcalloc(tok[i].n ? tok[i].n : 1, 1);
			devset_gold_labels(&doc->s[i], &tok[i], &gold);
			tagger_decode(&td, &s, model_score, &m->names, got);
			count_sentence(gold, got, tok[i].n, &c);
			if (getenv("DEVSET_VERBOSE") && memcmp(gold, got, tok[i].n) != 0) {
				fprintf(out, "%s:\n ", doc->name);
				for (size_t k = 0; k < tok[i].n; k++) {
					const char *tags = "OBIBIBI", *types = "-PPOOLL";
					fprintf(out, " %.*s", (int)(tok[i].v[k].end - tok[i].v[k].start),
						doc->s[i].text + tok[i].v[k].start);
					if (gold[k] || got[k])
						fprintf(out, "/%c%c:%c%c", tags[gold[k]], types[gold[k]], tags[got[k]], types[got[k]]);
				}
				fprintf(out, "\n");
			}
			free(gold);
			free(got);
			tagger_sentence_free(&s);
			free(tok[i].v);
		}
		free(tok);
		tagger_doc_free(&td);
	}
	fprintf(out, "development set (GUM interview), names by exact span and type:\n");
	size_t r = 0, f = 0, gsum = 0;
	for (int t = NER_PER; t < NER_TYPES; t++) {
		print_prf(out, ner_type_name((enum ner_type)t), c.right[t], c.found[t], c.gold[t]);
		r += c.right[t], f += c.found[t], gsum += c.gold[t];
	}
	print_prf(out, "all", r, f, gsum);
}

/* A GUM document as brief would hold it: the first sentence its title,
 * the rest paragraphs as the document marks them, headings kept apart. */
void devset_article(const struct cdoc *doc, struct article *a)
{
	memset(a, 0, sizeof *a);
	a->date.precision = DATE_NONE;
	struct buf para = BUF_INIT;
	enum para_kind kind = PARA_BODY;
	for (size_t i = 0; i < doc->n; i++) {
		const struct csent *s = &doc->s[i];
		if (i == 0) {
			a->title = xstrdup(s->text);
			continue;
		}
		if ((s->paragraph || s->heading) && para.len) {
			article_add_para(a, kind, buf_steal(&para), i);
			buf_reset(&para);
		}
		if (s->paragraph || s->heading || para.len == 0)
			kind = s->heading ? PARA_HEADING : PARA_BODY;
		if (para.len)
			buf_addc(&para, ' ');
		buf_adds(&para, s->text);
	}
	if (para.len)
		article_add_para(a, kind, buf_steal(&para), doc->n);
	buf_free(&para);
}

static void article_free_all(struct article *a)
{
	for (size_t i = 0; i < a->npara; i++)
		free(a->paras[i].text);
	free(a->paras);
	free(a->title);
}

static bool entity_knows(const struct centity *e, const char *name)
{
	for (size_t i = 0; i < e->nnames; i++)
		if (strcmp(e->names[i], name) == 0)
			return true;
	return false;
}

void devset_report_actors(const struct corpus *dev, const struct gazetteer *g, const struct models *m,
			  FILE *out, bool verbose)
{
	size_t found = 0, right = 0, gold = 0, recalled = 0;
	for (size_t d = 0; d < dev->n; d++) {
		const struct cdoc *doc = &dev->d[d];
		struct article a;
		devset_article(doc, &a);
		struct actor_set set = {0};
		actors_find(g, m, &a, &set);
		bool *hit = xcalloc(doc->nent ? doc->nent : 1, sizeof *hit);
		for (size_t k = 0; k < set.n; k++) {
			const struct actor *x = &set.v[k];
			/* the entity it stands for: one of its names, rather one
			 * not counted yet, rather by its own name than an alias
			 * ("George Bush" is George Bush before the "Bush" of the
			 * Bush administration) */
			size_t best = SIZE_MAX;
			int best_rank = 0;
			for (size_t e = 0; e < doc->nent; e++) {
				bool by_name = entity_knows(&doc->ent[e], x->name), by_alias = false;
				for (size_t n = 0; n < x->naliases && !by_name && !by_alias; n++)
					by_alias = entity_knows(&doc->ent[e], x->aliases[n]);
				int rank = (by_name || by_alias) ? 1 + 2 * !hit[e] + by_name : 0;
				if (rank > best_rank)
					best = e, best_rank = rank;
			}
			bool ok = best != SIZE_MAX;
			if (ok)
				hit[best] = true;
			found++;
			right += ok;
			if (!ok && verbose)
				fprintf(out, "  %s extra actor: %s (%s)\n", doc->name, x->name, actor_kind_name(x->kind));
		}
		gold += doc->nent;
		for (size_t e = 0; e < doc->nent; e++) {
			recalled += hit[e];
			if (!hit[e] && verbose)
				fprintf(out, "  %s missed actor: %s (%s)\n", doc->name, doc->ent[e].names[0],
					ner_type_name(doc->ent[e].type));
		}
		free(hit);
		actor_set_free(&set);
		article_free_all(&a);
	}
	double p = found ? (double)right / (double)found : 0, r = gold ? (double)recalled / (double)gold : 0;
	fprintf(out, "development set (GUM interview), actors: precision %.3f (%zu/%zu)  recall %.3f (%zu/%zu)  F1 %.3f\n",
		p, right, found, r, recalled, gold, p + r > 0 ? 2 * p * r / (p + r) : 0);
}

int *devset_gold_tags(const struct csent *s, const struct tokens *tok)
{
	int *tags = xmalloc((tok->n ? tok->n : 1) * sizeof *tags);
	size_t k = 0;
	for (size_t i = 0; i < tok->n; i++) {
		/* the source token the runtime token starts in */
		while (k + 1 < s->ntags && s->tags[k + 1].start <= tok->v[i].start)
			k++;
		tags[i] = s->ntags ? s->tags[k].tag : -1;
	}
	return tags;
}

void devset_report_tags(const struct corpus *dev, const struct model *pos, FILE *out)
{
	size_t right = 0, all = 0;
	for (size_t d = 0; d < dev->n; d++) {
		for (size_t i = 0; i < dev->d[d].n; i++) {
			const struct csent *cs = &dev->d[d].s[i];
			struct tokens tok = {0};
			tokens_split(cs->text, 0, strlen(cs->text), &tok);
			int *gold = devset_gold_tags(cs, &tok);
			struct tagger_sentence s;
			tagger_sentence_init(&s, cs->text, tok.v, tok.n, NULL);
			uint8_t *got = xcalloc(tok.n + 1, 1);
			postag_decode(&s, model_score, pos, got);
			for (size_t k = 0; k < tok.n; k++) {
				if (gold[k] < 0)
					continue;
				all++;
				right += got[k] == gold[k];
			}
			free(got);
			free(gold);
			tagger_sentence_free(&s);
			free(tok.v);
		}
	}
	fprintf(out, "development set (GUM interview), part-of-speech tags: accuracy %.3f (%zu/%zu)\n",
		all ? (double)right / (double)all : 0, right, all);
}
