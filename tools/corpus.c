/* corpus.c - readers of the annotated corpora (see corpus.h). */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "brief/postag.h"
#include "corpus.h"

/* ---- a sentence as its tokens arrive ------------------------------------ */

struct ctok {
	char *form;
	int tag; /* GUM's part of speech, or -2 for none */
	bool space_after;
	enum ner_type type; /* of the name it is part of */
	bool begins;        /* the first token of that name */
	int entity;
};

struct builder {
	struct ctok *t;
	size_t n, cap;
	bool paragraph, heading;
};

static void tok_add(struct builder *b, const char *form, size_t len, bool space_after)
{
	b->t = xgrow(b->t, &b->cap, b->n + 1, sizeof *b->t);
	b->t[b->n++] = (struct ctok){xstrndup(form, len), -2, space_after, NER_NONE, false, -1};
}

static void builder_clear(struct builder *b)
{
	for (size_t i = 0; i < b->n; i++)
		free(b->t[i].form);
	b->n = 0;
	b->paragraph = b->heading = false;
}

static struct cdoc *doc_new(struct corpus *c, const char *name)
{
	c->d = xgrow(c->d, &c->cap, c->n + 1, sizeof *c->d);
	struct cdoc *d = &c->d[c->n++];
	memset(d, 0, sizeof *d);
	d->name = xstrdup(name);
	return d;
}

/* The tokens so far as one sentence of doc: their text, and each name as
 * the bytes from its first token to its last. */
static void builder_flush(struct corpus *c, struct cdoc *d, struct builder *b)
{
	if (!b->n) {
		builder_clear(b);
		return;
	}
	d->s = xgrow(d->s, &d->cap, d->n + 1, sizeof *d->s);
	struct csent *s = &d->s[d->n++];
	memset(s, 0, sizeof *s);
	s->paragraph = b->paragraph;
	s->heading = b->heading;
	struct buf text = BUF_INIT;
	size_t *at = xmalloc(b->n * sizeof *at);
	for (size_t i = 0; i < b->n; i++) {
		at[i] = text.len;
		buf_adds(&text, b->t[i].form);
		if (b->t[i].space_after && i + 1 < b->n)
			buf_addc(&text, ' ');
	}
	for (size_t i = 0; i < b->n; i++) {
		if (b->t[i].type == NER_NONE || !b->t[i].begins)
			continue;
		size_t j = i;
		while (j + 1 < b->n && b->t[j + 1].type == b->t[i].type && !b->t[j + 1].begins)
			j++;
		s->spans = xgrow(s->spans, &s->scap, s->nspans + 1, sizeof *s->spans);
		s->spans[s->nspans++] = (struct cspan){at[i], at[j] + strlen(b->t[j].form), b->t[i].type, b->t[i].entity};
		c->names[b->t[i].type]++;
	}
	c->tokens += b->n;
	s->text = buf_steal(&text);
	if (b->n && b->t[0].tag != -2) {
		s->tags = xmalloc(b->n * sizeof *s->tags);
		s->ntags = b->n;
		for (size_t i = 0; i < b->n; i++)
			s->tags[i] = (struct ctag){at[i], b->t[i].tag};
	}
	free(at);
	builder_clear(b);
}

/* ---- types and tags ----------------------------------------------------- */

static enum ner_type type_of(const char *name, size_t n)
{
	static const struct {
		const char *name;
		enum ner_type type;
	} map[] = {
		{"PER", NER_PER}, {"person", NER_PER}, {"ORG", NER_ORG}, {"organization", NER_ORG},
		{"organisation", NER_ORG}, {"corporation", NER_ORG}, {"group", NER_ORG}, {"LOC", NER_LOC},
		{"location", NER_LOC}, {"place", NER_LOC},
	};
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if (strlen(map[i].name) == n && strncasecmp(map[i].name, name, n) == 0)
			return map[i].type;
	return NER_NONE;
}

/* A tag as the IOB files write it: "B-PER", "I-Organisation", "O".  An I-
 * after another type begins a name: IOB1 writes names so, and a stray I-
 * in an IOB2 file is read the same way. */
static void read_tag(struct builder *b, const char *tag)
{
	struct ctok *t = &b->t[b->n - 1];
	if ((tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-')
		return;
	t->type = type_of(tag + 2, strlen(tag + 2));
	if (t->type == NER_NONE)
		return;
	const struct ctok *prev = b->n >= 2 ? &b->t[b->n - 2] : NULL;
	t->begins = tag[0] == 'B' || !prev || prev->type != t->type;
}

/* ---- lines -------------------------------------------------------------- */

struct lines {
	char *data;
	char *next;
};

char *corpus_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct buf b = BUF_INIT;
	char chunk[65536];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	if (len)
		*len = b.len;
	return buf_steal(&b);
}

static int lines_open(struct lines *l, const char *path)
{
	if (!(l->data = corpus_read_file(path, NULL)))
		return err_set("%s: %s", path, strerror(errno));
	l->next = l->data;
	return BRIEF_OK;
}

static char *lines_get(struct lines *l)
{
	if (!l->next || !*l->next)
		return NULL;
	char *line = l->next;
	char *eol = strchr(line, '\n');
	if (eol) {
		*eol = '\0';
		l->next = eol + 1;
	} else {
		l->next = NULL;
	}
	size_t len = strlen(line);
	if (len && line[len - 1] == '\r')
		line[len - 1] = '\0';
	return line;
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

/* ---- GUM ---------------------------------------------------------------- */

struct mention {
	size_t start, end; /* tokens, end inclusive */
	enum ner_type type;
	int id;
	bool other; /* a mention of another type (time, event...): not a name */
};

/* Words that join the parts of a name: "University of Helsinki",
 * "Charles de Gaulle", "Republic Windows and Doors".  A person's name does
 * not run on through "of" or "and" (two people, or a title of a place). */
static bool is_connector(const char *w, enum ner_type type)
{
	static const char *const any[] = {"-", ".", "'", "de", "van", "von", "bin", "ibn", "al", "da", "di", "del",
					  "du", "la", "le", "dos", "das", "der", "den", "ter", "y"};
	static const char *const names[] = {"of", "the", "and", "&", "for", "des"};
	for (size_t i = 0; i < sizeof any / sizeof *any; i++)
		if (strcmp(any[i], w) == 0)
			return true;
	for (size_t i = 0; type != NER_PER && i < sizeof names / sizeof *names; i++)
		if (strcmp(names[i], w) == 0)
			return true;
	return false;
}

static bool is_title_word(const char *w)
{
	static const char *const words[] = {
		"President", "Prime", "Minister", "Secretary", "General", "Senator", "Sen.", "Governor", "Gov.",
		"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Professor", "Sir", "Dame", "Lord",
		"Lady", "King", "Queen", "Prince", "Princess", "Pope", "Saint", "St.", "Judge", "Justice",
		"Chancellor", "Mayor", "Chairman", "Director", "Ambassador", "Captain", "Capt.", "Colonel",
		"Col.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral", "Adm.", "Commander", "Chief",
		"Deputy", "Vice", "Foreign", "Defense", "Defence", "Representative", "Rep.", "Congressman",
		"Congresswoman", "Archbishop", "Bishop", "Rabbi", "Reverend", "Rev.", "Father", "Sister",
		"Emperor", "Empress", "Sheikh", "Emir", "Sultan", "Coach", "Officer", "Agent", "Detective",
		"Inspector", "Premier", "Speaker", "Leader", "Gen.", "Maj.", "Major", "Private", "Corporal",
		"Doctor", "Dean", "Senior", "Junior", "Former", "Chairwoman", "Councillor", "Councilman",
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcmp(words[i], w) == 0)
			return true;
	return false;
}

struct gum_tok {
	char *form, *upos;
	int xpos;
	bool space_after;
};

static bool capitalized(const char *w)
{
	return isupper((unsigned char)w[0]) || ((unsigned char)w[0] >= 0xC3 && (unsigned char)w[0] <= 0xD4);
}

/* A token that may be part of a name: a proper noun, or a capitalized
 * adjective, verb or number ("United" States, "New" York, "International"
 * Brotherhood), but no common noun ("Biologist" Nick Bos in a headline)
 * and no determiner ("The"). */
static bool name_word(const struct gum_tok *t)
{
	if (strcmp(t->upos, "PROPN") == 0)
		return true;
	return capitalized(t->form) && (strcmp(t->upos, "ADJ") == 0 || strcmp(t->upos, "VERB") == 0 ||
					strcmp(t->upos, "NUM") == 0 || strcmp(t->upos, "X") == 0);
}

/* The name inside a mention.  Its runs of name words (joined by
 * connectors, holding a proper noun) are candidates; a run after a
 * preposition of the mention names something else ("opponents of the
 * Vietnam War", "president of the International Brotherhood"), and of the
 * rest the last is the head's ("US political activist Noam Chomsky").
 * Titles before a person's name are left out.  False when there is none. */
static bool name_in_mention(const struct gum_tok *t, const struct mention *m, size_t *from, size_t *to)
{
	bool found = false, after_preposition = false;
	size_t place_end = 0; /* the last word of the place named, or of a larger one after it */
	for (size_t i = m->start; i <= m->end;) {
		if (!name_word(&t[i])) {
			if (strcmp(t[i].upos, "ADP") == 0)
				after_preposition = true;
			i++;
			continue;
		}
		size_t first = i, last = i;
		bool proper = false;
		for (size_t j = i; j <= m->end;) {
			if (name_word(&t[j])) {
				proper |= strcmp(t[j].upos, "PROPN") == 0;
				last = j++;
				continue;
			}
			size_t k = j;
			while (k <= m->end && is_connector(t[k].form, m->type) && !name_word(&t[k]))
				k++;
			if (k == j || k > m->end || !name_word(&t[k]))
				break;
			j = k;
		}
		/* "Cambridge, Massachusetts", "Levico Terme, Trento, Italy": a
		 * place, then the larger ones it is in */
		bool in_larger = found && m->type == NER_LOC && i == place_end + 2 && strcmp(t[place_end + 1].form, ",") == 0;
		if (in_larger)
			place_end = last;
		if (proper && !after_preposition && !in_larger) {
			size_t f = first;
			if (m->type == NER_PER) /* "former Pennsylvania Senator Rick Santorum" */
				for (size_t k = first; k <= last; k++)
					if (is_title_word(t[k].form))
						f = k + 1;
			if (f <= last && !is_connector(t[f].form, m->type) && !is_connector(t[last].form, m->type)) {
				*from = f;
				*to = place_end = last;
				found = true;
			}
		}
		i = last + 1;
	}
	return found;
}

/* "(1-person-new-...-coref" opens, "1)" closes, "(2-organization-...)" is
 * a mention of one token; several may follow each other. */
static void parse_entities(const char *v, size_t tok, struct mention **open, size_t *nopen, size_t *ocap,
			   struct mention **done, size_t *ndone, size_t *dcap)
{
	const char *p = v;
	while (*p) {
		if (*p == '(') {
			const char *e = p + 1;
			while (*e && *e != '(' && *e != ')')
				e++;
			int id = atoi(p + 1);
			const char *dash = memchr(p + 1, '-', (size_t)(e - p - 1));
			enum ner_type type = NER_NONE;
			if (dash) {
				const char *te = dash + 1;
				while (te < e && *te != '-')
					te++;
				type = type_of(dash + 1, (size_t)(te - dash - 1));
			}
			struct mention m = {tok, tok, type, id, type == NER_NONE};
			if (*e == ')') {
				*done = xgrow(*done, dcap, *ndone + 1, sizeof **done);
				(*done)[(*ndone)++] = m;
				p = e + 1;
			} else {
				*open = xgrow(*open, ocap, *nopen + 1, sizeof **open);
				(*open)[(*nopen)++] = m;
				p = e;
			}
		} else if (isdigit((unsigned char)*p)) {
			int id = atoi(p);
			while (isdigit((unsigned char)*p))
				p++;
			if (*p == ')')
				p++;
			/* the innermost open mention with that id closes */
			for (size_t k = *nopen; k > 0; k--) {
				if ((*open)[k - 1].id != id)
					continue;
				struct mention m = (*open)[k - 1];
				m.end = tok;
				memmove(&(*open)[k - 1], &(*open)[k], (*nopen - k) * sizeof **open);
				(*nopen)--;
				*done = xgrow(*done, dcap, *ndone + 1, sizeof **done);
				(*done)[(*ndone)++] = m;
				break;
			}
		} else {
			p++;
		}
	}
}

static int by_length(const void *pa, const void *pb)
{
	const struct mention *a = pa, *b = pb;
	size_t la = a->end - a->start, lb = b->end - b->start;
	if (la != lb)
		return la > lb ? -1 : 1;
	return a->start < b->start ? -1 : a->start > b->start;
}

static void entity_name(struct cdoc *d, int id, enum ner_type type, const char *name)
{
	struct centity *e = NULL;
	for (size_t i = 0; i < d->nent && !e; i++)
		if (d->ent[i].id == id)
			e = &d->ent[i];
	if (!e) {
		d->ent = xgrow(d->ent, &d->ecap, d->nent + 1, sizeof *d->ent);
		e = &d->ent[d->nent++];
		*e = (struct centity){.id = id, .type = type};
	}
	for (size_t i = 0; i < e->nnames; i++)
		if (strcmp(e->names[i], name) == 0)
			return;
	e->names = xgrow(e->names, &e->ncap, e->nnames + 1, sizeof *e->names);
	e->names[e->nnames++] = xstrdup(name);
}

static void gum_sentence(struct corpus *c, struct cdoc *d, struct builder *b, struct gum_tok *t, size_t n,
			 struct mention *m, size_t nm)
{
	for (size_t i = 0; i < n; i++) {
		tok_add(b, t[i].form, strlen(t[i].form), t[i].space_after);
		b->t[i].tag = t[i].xpos;
	}
	qsort(m, nm, sizeof *m, by_length);
	for (size_t k = 0; k < nm; k++) {
		size_t from, to;
		if (m[k].other || !name_in_mention(t, &m[k], &from, &to))
			continue;
		bool free_span = true;
		for (size_t i = from; i <= to && free_span; i++)
			free_span = b->t[i].type == NER_NONE;
		if (!free_span)
			continue;
		struct buf name = BUF_INIT;
		for (size_t i = from; i <= to; i++) {
			b->t[i].type = m[k].type;
			b->t[i].begins = i == from;
			b->t[i].entity = m[k].id;
			buf_adds(&name, t[i].form);
			if (t[i].space_after && i < to)
				buf_addc(&name, ' ');
		}
		entity_name(d, m[k].id, m[k].type, name.data);
		buf_free(&name);
	}
	builder_flush(c, d, b);
}

/* One actor per real-world entity: two coreference chains that share a
 * name ("Bush" of "the Bush administration" and "George Bush") are one
 * entity to a reader, and to make eval. */
static void merge_same_names(struct cdoc *d)
{
	for (size_t a = 0; a < d->nent; a++) {
		for (size_t b = a + 1; b < d->nent; b++) {
			bool shared = false;
			for (size_t i = 0; i < d->ent[a].nnames && !shared; i++)
				for (size_t k = 0; k < d->ent[b].nnames && !shared; k++)
					shared = strcmp(d->ent[a].names[i], d->ent[b].names[k]) == 0;
			if (!shared)
				continue;
			struct centity *x = &d->ent[b];
			for (size_t k = 0; k < x->nnames; k++) {
				bool have = false;
				for (size_t i = 0; i < d->ent[a].nnames && !have; i++)
					have = strcmp(d->ent[a].names[i], x->names[k]) == 0;
				if (have) {
					free(x->names[k]);
				} else {
					d->ent[a].names = xgrow(d->ent[a].names, &d->ent[a].ncap, d->ent[a].nnames + 1,
								sizeof *d->ent[a].names);
					d->ent[a].names[d->ent[a].nnames++] = x->names[k];
				}
			}
			free(x->names);
			memmove(x, x + 1, (d->nent - b - 1) * sizeof *x);
			d->nent--;
			b = a; /* what a now holds may join one seen before */
		}
	}
}

static int read_gum(struct corpus *c, const char *path)
{
	struct lines l;
	if (lines_open(&l, path) != BRIEF_OK)
		return BRIEF_ERR;
	struct cdoc *d = doc_new(c, base_name(path));
	struct builder b = {0};
	struct gum_tok *t = NULL;
	size_t n = 0, tcap = 0;
	struct mention *open = NULL, *done = NULL;
	size_t nopen = 0, ndone = 0, ocap = 0, dcap = 0;
	bool par = false, head = false;
	char *line;
	while ((line = lines_get(&l))) {
		if (line[0] == '#') {
			if (strncmp(line, "# newpar", 8) == 0) {
				par = true;
				head = strstr(line, "newpar_block = head") != NULL;
			}
			continue;
		}
		if (!line[0]) {
			b.paragraph = par;
			b.heading = head;
			gum_sentence(c, d, &b, t, n, done, ndone);
			for (size_t i = 0; i < n; i++)
				free(t[i].form), free(t[i].upos);
			n = ndone = nopen = 0;
			par = head = false;
			continue;
		}
		char *col[10];
		size_t k = 0;
		for (char *p = line; k < 10; k++) {
			col[k] = p;
			char *tab = strchr(p, '\t');
			if (!tab) {
				k++;
				break;
			}
			*tab = '\0';
			p = tab + 1;
		}
		if (k < 10 || strchr(col[0], '-') || strchr(col[0], '.'))
			continue; /* multiword ranges and empty nodes */
		t = xgrow(t, &tcap, n + 1, sizeof *t);
		t[n] = (struct gum_tok){xstrdup(col[1]), xstrdup(col[3]), postag_label(col[4], strlen(col[4])),
					!strstr(col[9], "SpaceAfter=No")};
		char *ent = strstr(col[9], "Entity=");
		if (ent) {
			char *end = strchr(ent, '|');
			if (end)
				*end = '\0';
			parse_entities(ent + 7, n, &open, &nopen, &ocap, &done, &ndone, &dcap);
		}
		n++;
	}
	if (n) {
		gum_sentence(c, d, &b, t, n, done, ndone);
		for (size_t i = 0; i < n; i++)
			free(t[i].form), free(t[i].upos);
	}
	merge_same_names(d);
	free(t), free(open), free(done), free(b.t), free(l.data);
	return BRIEF_OK;
}

/* ---- IOB files ---------------------------------------------------------- */

static bool is_pronoun(const char *w)
{
	static const char *const words[] = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them",
					    "us", "his", "its", "their", "our", "who", "this", "that"};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if (strcasecmp(words[i], w) == 0)
			return true;
	return false;
}

/* re3d's spans hold what is not a name ("the Kurdish YPG", "U.S. service
 * members", "the coalition", pronouns): "the" goes; a span with no capital,
 * or a pronoun, is no name; and a sentence whose span mixes a name with
 * small words that are no connectors is dropped, so nothing teaches that
 * "U.S." there is no name. */
static bool clean_spans(struct builder *b)
{
	for (size_t i = 0; i < b->n; i++) {
		struct ctok *t = &b->t[i];
		if (t->type == NER_NONE || !t->begins)
			continue;
		size_t j = i;
		while (j + 1 < b->n && b->t[j + 1].type == t->type && !b->t[j + 1].begins)
			j++;
		if (j > i && (strcmp(t->form, "the") == 0 || strcmp(t->form, "The") == 0)) {
			t->type = NER_NONE;
			b->t[i + 1].begins = true;
			continue; /* the rest of the span comes next */
		}
		bool caps = false, small = false;
		for (size_t k = i; k <= j; k++) {
			if (capitalized(b->t[k].form))
				caps = true;
			else if (!is_connector(b->t[k].form, t->type) && isalpha((unsigned char)b->t[k].form[0]))
				small = true;
		}
		if (!caps || (i == j && is_pronoun(t->form))) {
			for (size_t k = i; k <= j; k++)
				b->t[k].type = NER_NONE;
			continue;
		}
		if (small)
			return false;
	}
	return true;
}

static int read_iob(struct corpus *c, const char *path, enum corpus_format format)
{
	struct lines l;
	if (lines_open(&l, path) != BRIEF_OK)
		return BRIEF_ERR;
	struct builder b = {0};
	struct cdoc *d = format == CORPUS_TWEETS ? NULL : doc_new(c, base_name(path));
	size_t docs = 0;
	char *line;
	for (;;) {
		line = lines_get(&l);
		if (!line || !line[0] || strncmp(line, "-DOCSTART-", 10) == 0) {
			bool keep = format != CORPUS_IOB2 || clean_spans(&b);
			if (b.n && format == CORPUS_TWEETS) {
				char name[64];
				snprintf(name, sizeof name, "%s:%zu", base_name(path), ++docs);
				d = doc_new(c, name);
			}
			if (keep && d)
				builder_flush(c, d, &b);
			builder_clear(&b);
			if (!line)
				break;
			if (strncmp(line, "-DOCSTART-", 10) == 0 && d && d->n) {
				char name[64];
				snprintf(name, sizeof name, "%s:%zu", base_name(path), ++docs);
				d = doc_new(c, name);
			}
			continue;
		}
		if (line[0] == '#') {
			if (format == CORPUS_UNER && strncmp(line, "# newdoc", 8) == 0 && d->n)
				d = doc_new(c, line + 2);
			continue;
		}
		char *form = line, *tag;
		if (format == CORPUS_UNER) {
			/* id, token, tag, ... */
			char *a = strchr(line, '\t'), *z = a ? strchr(a + 1, '\t') : NULL;
			if (!a || !z)
				continue;
			*z = '\0';
			form = a + 1;
			tag = z + 1;
			char *e = strchr(tag, '\t');
			if (e)
				*e = '\0';
		} else {
			char *sep = strpbrk(line, "\t ");
			if (!sep)
				continue;
			*sep = '\0';
			tag = sep + 1;
			while (*tag == ' ' || *tag == '\t')
				tag++;
			char *e = strpbrk(tag, "\t ");
			if (e)
				*e = '\0';
		}
		tok_add(&b, form, strlen(form), true);
		read_tag(&b, tag);
	}
	builder_clear(&b);
	free(b.t);
	free(l.data);
	return BRIEF_OK;
}

/* ---- Re-DocRED ---------------------------------------------------------- */

/* Just enough JSON for the file's shape: values are skipped or read as
 * strings, numbers, arrays and objects by the caller's walk. */
struct json {
	const char *p;
};

static void ws(struct json *j)
{
	while (*j->p == ' ' || *j->p == '\n' || *j->p == '\t' || *j->p == '\r')
		j->p++;
}

static bool eat(struct json *j, char c)
{
	ws(j);
	if (*j->p != c)
		return false;
	j->p++;
	return true;
}

static char *jstring(struct json *j)
{
	ws(j);
	if (*j->p != '"')
		return NULL;
	j->p++;
	struct buf b = BUF_INIT;
	while (*j->p && *j->p != '"') {
		if (*j->p == '\\' && j->p[1]) {
			j->p++;
			char c = *j->p;
			if (c == 'u') {
				unsigned v = 0;
				for (int i = 1; i <= 4 && j->p[i]; i++) {
					char h = j->p[i];
					v = v * 16 + (unsigned)(isdigit((unsigned char)h) ? h - '0' : (tolower((unsigned char)h) - 'a' + 10));
				}
				j->p += 4;
				if (v < 0x80) {
					buf_addc(&b, (char)v);
				} else if (v < 0x800) {
					buf_addc(&b, (char)(0xC0 | (v >> 6)));
					buf_addc(&b, (char)(0x80 | (v & 0x3F)));
				} else {
					buf_addc(&b, (char)(0xE0 | (v >> 12)));
					buf_addc(&b, (char)(0x80 | ((v >> 6) & 0x3F)));
					buf_addc(&b, (char)(0x80 | (v & 0x3F)));
				}
			} else {
				buf_addc(&b, c == 'n' ? '\n' : c == 't' ? '\t' : c);
			}
			j->p++;
			continue;
		}
		buf_addc(&b, *j->p++);
	}
	if (*j->p)
		j->p++;
	return buf_steal(&b);
}

static long jnumber(struct json *j)
{
	ws(j);
	char *end;
	long v = strtol(j->p, &end, 10);
	j->p = end;
	return v;
}

static void jskip(struct json *j)
{
	ws(j);
	if (*j->p == '"') {
		free(jstring(j));
	} else if (*j->p == '{' || *j->p == '[') {
		char close = *j->p == '{' ? '}' : ']';
		j->p++;
		while (!eat(j, close) && *j->p) {
			if (close == '}') {
				free(jstring(j));
				eat(j, ':');
			}
			jskip(j);
			eat(j, ',');
		}
	} else {
		while (*j->p && !strchr(",}] \n\t\r", *j->p))
			j->p++;
	}
}

struct docred_mention {
	long sent, start, end;
	enum ner_type type;
};

static void docred_doc(struct corpus *c, struct json *j, size_t index)
{
	char ***sents = NULL;
	size_t nsents = 0, scap = 0, *lens = NULL, lcap = 0;
	struct docred_mention *m = NULL;
	size_t nm = 0, mcap = 0;
	char *title = NULL;
	eat(j, '{');
	while (!eat(j, '}') && *j->p) {
		char *key = jstring(j);
		eat(j, ':');
		if (key && strcmp(key, "sents") == 0) {
			eat(j, '[');
			while (!eat(j, ']') && *j->p) {
				sents = xgrow(sents, &scap, nsents + 1, sizeof *sents);
				lens = xgrow(lens, &lcap, nsents + 1, sizeof *lens);
				size_t cap = 0, n = 0;
				char **words = NULL;
				eat(j, '[');
				while (!eat(j, ']') && *j->p) {
					words = xgrow(words, &cap, n + 1, sizeof *words);
					words[n++] = jstring(j);
					eat(j, ',');
				}
				sents[nsents] = words;
				lens[nsents++] = n;
				eat(j, ',');
			}
		} else if (key && strcmp(key, "vertexSet") == 0) {
			eat(j, '[');
			while (!eat(j, ']') && *j->p) {
				eat(j, '[');
				while (!eat(j, ']') && *j->p) {
					struct docred_mention x = {-1, -1, -1, NER_NONE};
					eat(j, '{');
					while (!eat(j, '}') && *j->p) {
						char *k = jstring(j);
						eat(j, ':');
						if (k && strcmp(k, "pos") == 0) {
							eat(j, '[');
							x.start = jnumber(j);
							eat(j, ',');
							x.end = jnumber(j);
							eat(j, ']');
						} else if (k && strcmp(k, "sent_id") == 0) {
							x.sent = jnumber(j);
						} else if (k && strcmp(k, "type") == 0) {
							char *t = jstring(j);
							x.type = t ? type_of(t, strlen(t)) : NER_NONE;
							free(t);
						} else {
							jskip(j);
						}
						free(k);
						eat(j, ',');
					}
					if (x.type != NER_NONE) {
						m = xgrow(m, &mcap, nm + 1, sizeof *m);
						m[nm++] = x;
					}
					eat(j, ',');
				}
				eat(j, ',');
			}
		} else if (key && strcmp(key, "title") == 0) {
			title = jstring(j);
		} else {
			jskip(j);
		}
		free(key);
		eat(j, ',');
	}
	char name[300];
	snprintf(name, sizeof name, "docred:%zu:%s", index, title ? title : "");
	struct cdoc *d = doc_new(c, name);
	struct builder b = {0};
	for (size_t s = 0; s < nsents; s++) {
		for (size_t w = 0; w < lens[s]; w++)
			tok_add(&b, sents[s][w] ? sents[s][w] : "", sents[s][w] ? strlen(sents[s][w]) : 0, true);
		for (size_t k = 0; k < nm; k++) {
			if (m[k].sent != (long)s || m[k].start < 0 || m[k].end > (long)lens[s] || m[k].start >= m[k].end)
				continue;
			bool free_span = true;
			for (long w = m[k].start; w < m[k].end && free_span; w++)
				free_span = b.t[w].type == NER_NONE;
			for (long w = m[k].start; free_span && w < m[k].end; w++) {
				b.t[w].type = m[k].type;
				b.t[w].begins = w == m[k].start;
			}
		}
		b.paragraph = s == 0;
		builder_flush(c, d, &b);
		for (size_t w = 0; w < lens[s]; w++)
			free(sents[s][w]);
		free(sents[s]);
	}
	free(b.t), free(sents), free(lens), free(m), free(title);
}

static int read_docred(struct corpus *c, const char *path)
{
	struct lines l;
	if (lines_open(&l, path) != BRIEF_OK)
		return BRIEF_ERR;
	struct json j = {l.data};
	size_t index = 0;
	if (!eat(&j, '[')) {
		free(l.data);
		return err_set("%s: not a Re-DocRED file", path);
	}
	while (!eat(&j, ']') && *j.p) {
		docred_doc(c, &j, index++);
		eat(&j, ',');
	}
	free(l.data);
	return BRIEF_OK;
}

/* ---- the whole ---------------------------------------------------------- */

static int by_string(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void corpus_list(const char *dir, const char *suffix, char ***out, size_t *n, size_t *cap)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	size_t first = *n;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		struct buf p = BUF_INIT;
		buf_printf(&p, "%s/%s", dir, e->d_name);
		size_t len = strlen(e->d_name), sl = strlen(suffix);
		DIR *sub = opendir(p.data);
		if (sub) {
			closedir(sub);
			corpus_list(p.data, suffix, out, n, cap);
		} else if (len >= sl && strcmp(e->d_name + len - sl, suffix) == 0) {
			*out = xgrow(*out, cap, *n + 1, sizeof **out);
			(*out)[(*n)++] = xstrdup(p.data);
		}
		buf_free(&p);
	}
	closedir(d);
	qsort(*out + first, *n - first, sizeof **out, by_string);
}

int corpus_read(struct corpus *c, const char *path, enum corpus_format format)
{
	switch (format) {
	case CORPUS_GUM: return read_gum(c, path);
	case CORPUS_DOCRED: return read_docred(c, path);
	default: return read_iob(c, path, format);
	}
}

void corpus_free(struct corpus *c)
{
	for (size_t i = 0; i < c->n; i++) {
		struct cdoc *d = &c->d[i];
		for (size_t k = 0; k < d->n; k++) {
			free(d->s[k].text);
			free(d->s[k].spans);
			free(d->s[k].tags);
		}
		for (size_t k = 0; k < d->nent; k++) {
			for (size_t x = 0; x < d->ent[k].nnames; x++)
				free(d->ent[k].names[x]);
			free(d->ent[k].names);
		}
		free(d->s);
		free(d->ent);
		free(d->name);
	}
	free(c->d);
	memset(c, 0, sizeof *c);
}

/* Is text[start, start + len) a country's adjective or people? */
static bool is_adjective(const struct gazetteer *g, const char *text, size_t len)
{
	size_t entry;
	if (gazetteer_match(g, text, len, &entry) != len)
		return false;
	enum gaz_form form = gazetteer_form(g, text, len);
	return form == GAZ_ADJECTIVE || form == GAZ_DEMONYM;
}

size_t corpus_drop_adjectives(struct corpus *c, const struct gazetteer *g)
{
	size_t dropped = 0;
	for (size_t d = 0; d < c->n; d++) {
		struct cdoc *doc = &c->d[d];
		for (size_t i = 0; i < doc->n; i++) {
			struct csent *s = &doc->s[i];
			size_t out = 0;
			for (size_t k = 0; k < s->nspans; k++) {
				if (is_adjective(g, s->text + s->spans[k].start, s->spans[k].end - s->spans[k].start)) {
					dropped++;
					continue;
				}
				s->spans[out++] = s->spans[k];
			}
			s->nspans = out;
		}
		size_t keep = 0;
		for (size_t e = 0; e < doc->nent; e++) {
			struct centity *x = &doc->ent[e];
			size_t names = 0;
			for (size_t k = 0; k < x->nnames; k++) {
				if (is_adjective(g, x->names[k], strlen(x->names[k])))
					free(x->names[k]);
				else
					x->names[names++] = x->names[k];
			}
			x->nnames = names;
			if (names)
				doc->ent[keep++] = *x;
			else
				free(x->names);
		}
		doc->nent = keep;
	}
	return dropped;
}
