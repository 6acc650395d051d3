/* actors.c - rule- and dictionary-based recognition of actors.
 *
 * The multi-pass sieve of rule-based systems, most precise rule first:
 * a title or role before a name ("Secretary of State Antony Blinken"), an
 * honorific ("Mr. Kishida"), the gazetteer's longest match, capitalized runs
 * ending in an organization word, names next to a reporting verb; then a
 * pass that links bare surnames to the full name with that last word.
 * Titles and headings are title-cased throughout, so only the dictionary and
 * names already known apply there. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "brief/actors.h"
#include "brief/mem.h"
#include "brief/sentence.h"
#include "brief/strmap.h"
#include "brief/words.h"

enum { NAME_MAX_WORDS = 4, ROLE_MAX_WORDS = 6, ORG_MAX_WORDS = 9 };

/* A bare capitalized word waiting for the coreference pass. */
struct pending {
	size_t para, start, end;
	bool reported; /* subject or object of a reporting verb */
};

struct finder {
	const struct gazetteer *g;
	struct actor_set *out;
	struct strmap index; /* "kind:name" -> actor */
	struct strmap acronyms; /* defined in this article: "HSC" -> actor */
	struct pending *pend;
	size_t npend, pcap;
	size_t para;
	const char *text;
};

static size_t actor_for(struct finder *f, enum actor_kind kind, const char *name, size_t len)
{
	struct buf key = BUF_INIT;
	buf_printf(&key, "%d:%.*s", (int)kind, (int)len, name);
	int found;
	size_t a;
	if (strmap_get(&f->index, key.data, key.len, &found)) {
		a = (size_t)found;
	} else {
		struct actor_set *s = f->out;
		s->v = xgrow(s->v, &s->cap, s->n + 1, sizeof *s->v);
		a = s->n++;
		s->v[a] = (struct actor){.name = xstrndup(name, len), .kind = kind};
		strmap_put(&f->index, key.data, key.len, (int)a);
	}
	buf_free(&key);
	return a;
}

static void add_alias(struct actor *a, const char *s, size_t len)
{
	for (size_t i = 0; i < a->naliases; i++)
		if (strlen(a->aliases[i]) == len && memcmp(a->aliases[i], s, len) == 0)
			return;
	a->aliases = xgrow(a->aliases, &a->acap, a->naliases + 1, sizeof *a->aliases);
	a->aliases[a->naliases++] = xstrndup(s, len);
}

static void mention(struct finder *f, size_t actor, size_t start, size_t end)
{
	struct actor_set *s = f->out;
	s->m = xgrow(s->m, &s->mcap, s->nm + 1, sizeof *s->m);
	s->m[s->nm++] = (struct mention){f->para, start, end, actor};
	s->v[actor].mentions++;
	add_alias(&s->v[actor], f->text + start, end - start);
}

static void set_role(struct actor *a, const char *role, size_t len)
{
	if (!a->role && role && len)
		a->role = xstrndup(role, len);
}

/* "(HSC)": an aside in parentheses is never part of a name before it. */
static bool opens_parenthesis(const struct finder *f, const struct word *x)
{
	return x->start > 0 && f->text[x->start - 1] == '(';
}

/* "Harbour Safety Council (HSC)": an acronym in parentheses right after an
 * organization's name becomes one of its names for the rest of the article.
 * Returns the word after what was taken. */
static size_t take_acronym(struct finder *f, const struct words *w, size_t j, size_t actor)
{
	if (j >= w->n)
		return j;
	const struct word *x = &w->v[j];
	size_t len = x->end - x->start;
	if (len < 2 || len > 10 || x->start == 0 || f->text[x->start - 1] != '(' || f->text[x->end] != ')')
		return j;
	for (size_t k = 0; k < len; k++)
		if (!isupper((unsigned char)f->text[x->start + k]) && !(k && isdigit((unsigned char)f->text[x->start + k])))
			return j;
	strmap_put(&f->acronyms, f->text + x->start, len, (int)actor);
	mention(f, actor, x->start, x->end);
	return j + 1;
}

/* An acronym this article defined earlier. */
static size_t rule_local_acronym(struct finder *f, const struct words *w, size_t i)
{
	int actor;
	const struct word *x = &w->v[i];
	if (!strmap_get(&f->acronyms, f->text + x->start, x->end - x->start, &actor))
		return i;
	mention(f, (size_t)actor, x->start, x->end);
	return i + 1;
}

/* ---- the rules, each at word i of a sentence ------------------------ */

static size_t rule_gazetteer(struct finder *f, const struct words *w, size_t i, size_t limit);

/* "US", "Japanese": a country named by one word, as in "Japanese Foreign Minister". */
static bool is_country_word(const struct finder *f, const struct word *x)
{
	size_t entry, len = gazetteer_match(f->g, f->text + x->start, x->end - x->start, &entry);
	return len == x->end - x->start && f->g->entries[entry].kind == ACTOR_COUNTRY;
}

/* A role phrase at word i: "Secretary of State", "US Ambassador to Japan",
 * "Defense Minister".  Returns the word after it (i when none) and the role's
 * byte span. */
static size_t match_role(const struct finder *f, const struct words *w, size_t i,
			 size_t *role_start, size_t *role_end)
{
	size_t j = i, first = SIZE_MAX, entry;
	while (j < w->n && (word_is_role_modifier(f->text, &w->v[j]) || is_country_word(f, &w->v[j]))) {
		if (first == SIZE_MAX)
			first = j;
		j++;
	}
	if (j >= w->n || !word_is_role_noun(f->text, &w->v[j]))
		return i;
	if (first == SIZE_MAX)
		first = j;
	size_t last = j++;
	/* "of State", "to Japan", "of Defense" */
	if (j + 1 < w->n && !w->v[last].comma && (word_is(f->text, &w->v[j], "of") || word_is(f->text, &w->v[j], "to")) &&
	    w->v[j + 1].cap) {
		size_t len = gazetteer_match(f->g, f->text + w->v[j + 1].start,
					     w->v[w->n - 1].end - w->v[j + 1].start, &entry);
		last = j + 1;
		while (len && last + 1 < w->n && w->v[last + 1].start < w->v[j + 1].start + len)
			last++;
		j = last + 1;
	}
	if (last - first + 1 > ROLE_MAX_WORDS)
		return i;
	*role_start = w->v[first].start;
	*role_end = w->v[last].end;
	return j;
}

/* Capitalized name words from i: "Antony Blinken", "Kim Jong-un".
 * Returns how many (0..NAME_MAX_WORDS); a comma or full stop ends the run. */
static size_t name_run(const struct finder *f, const struct words *w, size_t i)
{
	size_t n = 0;
	while (i + n < w->n && n < NAME_MAX_WORDS) {
		const struct word *x = &w->v[i + n];
		size_t entry;
		if (word_is_non_name(f->text, x))
			return 0; /* "Security Treaty": a thing, not a person */
		if (!x->cap || word_is_stopword(f->text, x) || word_is_role_noun(f->text, x) ||
		    word_is_org_word(f->text, x))
			break;
		/* a country or organization name is not part of a person's name */
		size_t len = gazetteer_match(f->g, f->text + x->start, x->end - x->start, &entry);
		if (len == x->end - x->start && f->g->entries[entry].kind != ACTOR_PERSON)
			break;
		n++;
		if (x->comma || x->stop)
			break;
	}
	return n;
}

static size_t emit_person(struct finder *f, const struct words *w, size_t i, size_t n,
			  const char *role, size_t role_len)
{
	size_t start = w->v[i].start, end = w->v[i + n - 1].end;
	size_t a = actor_for(f, ACTOR_PERSON, f->text + start, end - start);
	set_role(&f->out->v[a], role, role_len);
	mention(f, a, start, end);
	return i + n;
}

/* "Secretary of State Antony Blinken", "US Ambassador to Japan, Rahm Emanuel" */
static size_t rule_role_name(struct finder *f, const struct words *w, size_t i)
{
	size_t rs, re, j = match_role(f, w, i, &rs, &re);
	if (j == i || j >= w->n)
		return i;
	size_t n = name_run(f, w, j);
	if (n < 2)
		return i;
	/* the country before the role is a mention of the country, not part of the role */
	size_t k = i;
	while (k < j && is_country_word(f, &w->v[k])) {
		rule_gazetteer(f, w, k, w->v[k].end);
		k++;
	}
	if (k < j && w->v[k].start > rs)
		rs = w->v[k].start;
	return emit_person(f, w, j, n, f->text + rs, re - rs);
}

/* "Mr. Kishida", "Dr. Tedros" */
static size_t rule_honorific(struct finder *f, const struct words *w, size_t i)
{
	if (!word_is_honorific(f->text, &w->v[i]) || i + 1 >= w->n)
		return i;
	size_t n = name_run(f, w, i + 1);
	return n ? emit_person(f, w, i + 1, n, NULL, 0) : i;
}

static size_t rule_gazetteer(struct finder *f, const struct words *w, size_t i, size_t limit)
{
	size_t entry, start = w->v[i].start;
	size_t len = gazetteer_match(f->g, f->text + start, limit - start, &entry);
	if (!len)
		return i;
	const struct gaz_entry *e = &f->g->entries[entry];
	/* "(Reuters) -", "(AFP)": the agency that carries the story, as in a
	 * dateline or a credit, is not one of its actors */
	bool carrier = e->kind == ACTOR_MEDIA && start > 0 && f->text[start - 1] == '(' &&
		       f->text[start + len] == ')';
	/* "talks in Tokyo": a capital after a place preposition is where
	 * something happened, a place; "Tokyo said" is the government */
	size_t actor = SIZE_MAX;
	if (!carrier && i > 0 && gazetteer_is_seat(f->g, f->text + start, len) &&
	    word_is_place_preposition(f->text, &w->v[i - 1]))
		mention(f, actor = actor_for(f, ACTOR_PLACE, f->text + start, len), start, start + len);
	else if (!carrier)
		mention(f, actor = actor_for(f, e->kind, e->name, strlen(e->name)), start, start + len);
	size_t j = i;
	while (j < w->n && w->v[j].start < start + len)
		j++;
	if (actor != SIZE_MAX && e->kind == ACTOR_ORGANIZATION)
		j = take_acronym(f, w, j, actor);
	return j;
}

/* "International Campaign to Ban Landmines", "US-Japan Security Consultative
 * Committee": a capitalized run (with of/to/for/and/the inside) that ends in
 * an organization word. */
static size_t rule_organization(struct finder *f, const struct words *w, size_t i)
{
	if (!w->v[i].cap || word_is_stopword(f->text, &w->v[i]))
		return i;
	size_t j = i, last_org = SIZE_MAX;
	while (j < w->n && j - i < ORG_MAX_WORDS) {
		const struct word *x = &w->v[j];
		if (opens_parenthesis(f, x))
			break;
		if (x->cap) {
			if (word_is_org_word(f->text, x))
				last_org = j;
		} else if (!(word_is_connector(f->text, x) && j + 1 < w->n && w->v[j + 1].cap)) {
			break;
		}
		j++;
		if (x->comma || x->stop)
			break;
	}
	if (last_org == SIZE_MAX || last_org == i)
		return i;
	/* "International Campaign to Ban Landmines": the name runs on past the
	 * organization word through connectors and capitalized words */
	size_t last = last_org;
	while (last + 1 < j && !w->v[last].comma && !w->v[last].stop) {
		const struct word *x = &w->v[last + 1];
		if (opens_parenthesis(f, x))
			break;
		if (x->cap && !word_is_stopword(f->text, x))
			last++;
		else if (word_is_connector(f->text, x) && !word_is(f->text, x, "and") && last + 2 < j &&
			 w->v[last + 2].cap && !word_is_stopword(f->text, &w->v[last + 2]))
			last += 2;
		else
			break;
	}
	if (last > last_org && w->v[last].cap)
		last_org = last;
	size_t start = w->v[i].start, end = w->v[last_org].end;
	/* a longer dictionary name at the same place wins ("US Forces Japan") */
	size_t known;
	if (gazetteer_match(f->g, f->text + start, w->v[w->n - 1].end - start, &known) >= end - start)
		return i;
	/* "US Defense Intelligence Agency": the known name after the country */
	for (size_t k = i; k < last_org; k++) {
		size_t entry, len = gazetteer_match(f->g, f->text + w->v[k].start, end - w->v[k].start, &entry);
		if (len == end - w->v[k].start) {
			const struct gaz_entry *e = &f->g->entries[entry];
			for (size_t c = i; c < k; c++)
				rule_gazetteer(f, w, c, w->v[c].end);
			size_t actor = actor_for(f, e->kind, e->name, strlen(e->name));
			mention(f, actor, w->v[k].start, end);
			return take_acronym(f, w, last_org + 1, actor);
		}
	}
	for (size_t c = i; c < last_org; c++)
		if (!word_is_org_word(f->text, &w->v[c]))
			rule_gazetteer(f, w, c, w->v[c].end);
	size_t actor = actor_for(f, ACTOR_ORGANIZATION, f->text + start, end - start);
	mention(f, actor, start, end);
	return take_acronym(f, w, last_org + 1, actor);
}

/* "Tamar Gabelnick said", "said Tamar Gabelnick", "Alex Munyambabazi, who" */
static size_t rule_reported_name(struct finder *f, const struct words *w, size_t i)
{
	size_t n = name_run(f, w, i);
	if (n < 2)
		return i;
	const struct word *after = i + n < w->n ? &w->v[i + n] : NULL;
	/* apposition: "Alex Munyambabazi, who ...", "Tamar Gabelnick, director of ..." */
	bool apposition = after && w->v[i + n - 1].comma &&
			  (word_is(f->text, after, "who") || word_is_role_noun(f->text, after) ||
			   ((word_is(f->text, after, "a") || word_is(f->text, after, "the")) && i + n + 1 < w->n &&
			    word_is_role_noun(f->text, &w->v[i + n + 1])));
	bool reported = (i > 0 && word_is_reporting_verb(f->text, &w->v[i - 1])) ||
			(after && word_is_reporting_verb(f->text, after)) || apposition;
	return reported ? emit_person(f, w, i, n, NULL, 0) : i;
}

static void remember_single(struct finder *f, const struct words *w, size_t i)
{
	const struct word *x = &w->v[i];
	if (!x->cap || word_is_stopword(f->text, x))
		return;
	bool reported = i + 1 < w->n && word_is_reporting_verb(f->text, &w->v[i + 1]);
	f->pend = xgrow(f->pend, &f->pcap, f->npend + 1, sizeof *f->pend);
	f->pend[f->npend++] = (struct pending){f->para, x->start, x->end, reported};
}

static void scan_sentence(struct finder *f, size_t start, size_t end, bool precise_only)
{
	struct words w = {0};
	words_split(f->text, start, end, &w);
	for (size_t i = 0; i < w.n;) {
		size_t next = rule_local_acronym(f, &w, i);
		if (next == i)
			next = rule_role_name(f, &w, i);
		if (next == i)
			next = rule_honorific(f, &w, i);
		if (next == i && !precise_only)
			next = rule_organization(f, &w, i);
		if (next == i)
			next = rule_gazetteer(f, &w, i, end);
		if (next == i && !precise_only)
			next = rule_reported_name(f, &w, i);
		if (next == i) {
			remember_single(f, &w, i);
			next = i + 1;
		}
		i = next;
	}
	free(w.v);
}

static void scan_text(struct finder *f, const char *text, size_t para, bool precise_only)
{
	struct span *sp = NULL;
	size_t cap = 0, n = sentence_split(text, strlen(text), &sp, &cap);
	f->text = text;
	f->para = para;
	for (size_t k = 0; k < n; k++)
		scan_sentence(f, sp[k].start, sp[k].end, precise_only);
	free(sp);
}

/* ---- coreference ---------------------------------------------------- */

static const char *last_word(const char *name)
{
	const char *sp = strrchr(name, ' ');
	return sp ? sp + 1 : name;
}

/* Last word of every full person name -> that person, or -1 when two
 * people share it: built once, so each bare surname is one lookup. */
static void index_last_names(const struct actor_set *s, struct strmap *last)
{
	for (size_t a = 0; a < s->n; a++) {
		if (s->v[a].kind != ACTOR_PERSON || !strchr(s->v[a].name, ' '))
			continue;
		const char *w = last_word(s->v[a].name);
		int seen;
		bool taken = strmap_get(last, w, strlen(w), &seen);
		strmap_put(last, w, strlen(w), taken && seen != (int)a ? -1 : (int)a);
	}
}

/* The one person whose full name ends with word, or SIZE_MAX. */
static size_t by_last_name(const struct strmap *last, const char *word, size_t len)
{
	int a;
	return strmap_get(last, word, len, &a) && a >= 0 ? (size_t)a : SIZE_MAX;
}

static const char *para_text(const struct article *art, size_t para)
{
	return para == MENTION_TITLE ? art->title : art->paras[para].text;
}

static void resolve_pending(struct finder *f, const struct article *art)
{
	struct actor_set *s = f->out;
	struct strmap last = {0};
	index_last_names(s, &last);
	/* bare names met before the full name ("Mr. Kishida" ... "Fumio Kishida") */
	size_t *into = xmalloc((s->n ? s->n : 1) * sizeof *into);
	for (size_t a = 0; a < s->n; a++) {
		into[a] = a;
		if (s->v[a].kind != ACTOR_PERSON || strchr(s->v[a].name, ' '))
			continue;
		size_t full = by_last_name(&last, s->v[a].name, strlen(s->v[a].name));
		if (full == SIZE_MAX)
			continue;
		into[a] = full;
		s->v[full].mentions += s->v[a].mentions;
		for (size_t k = 0; k < s->v[a].naliases; k++)
			add_alias(&s->v[full], s->v[a].aliases[k], strlen(s->v[a].aliases[k]));
		if (!s->v[full].role && s->v[a].role)
			s->v[full].role = xstrdup(s->v[a].role);
		s->v[a].mentions = 0;
	}
	for (size_t m = 0; m < s->nm; m++)
		s->m[m].actor = into[s->m[m].actor];
	free(into);
	for (size_t k = 0; k < f->npend; k++) {
		const struct pending *p = &f->pend[k];
		f->text = para_text(art, p->para);
		f->para = p->para;
		size_t a = by_last_name(&last, f->text + p->start, p->end - p->start);
		if (a == SIZE_MAX && p->reported)
			a = actor_for(f, ACTOR_PERSON, f->text + p->start, p->end - p->start);
		if (a != SIZE_MAX)
			mention(f, a, p->start, p->end);
	}
	strmap_free(&last);
}

/* Drop actors left without mentions (merged into a full name). */
static void compact(struct actor_set *s)
{
	size_t *map = xcalloc(s->n ? s->n : 1, sizeof *map), out = 0;
	for (size_t a = 0; a < s->n; a++) {
		if (s->v[a].mentions == 0) {
			for (size_t k = 0; k < s->v[a].naliases; k++)
				free(s->v[a].aliases[k]);
			free(s->v[a].aliases);
			free(s->v[a].name);
			free(s->v[a].role);
			continue;
		}
		map[a] = out;
		s->v[out++] = s->v[a];
	}
	s->n = out;
	for (size_t m = 0; m < s->nm; m++)
		s->m[m].actor = map[s->m[m].actor];
	free(map);
}

void actors_find(const struct gazetteer *g, const struct article *a, struct actor_set *out)
{
	struct finder f = {.g = g, .out = out};
	/* body and captions first, so the title and headings can use their names */
	for (size_t p = 0; p < a->npara; p++)
		if (a->paras[p].kind != PARA_HEADING)
			scan_text(&f, a->paras[p].text, p, false);
	for (size_t p = 0; p < a->npara; p++)
		if (a->paras[p].kind == PARA_HEADING)
			scan_text(&f, a->paras[p].text, p, true);
	if (a->title)
		scan_text(&f, a->title, MENTION_TITLE, true);
	resolve_pending(&f, a);
	compact(out);
	strmap_free(&f.index);
	strmap_free(&f.acronyms);
	free(f.pend);
}

void actor_set_free(struct actor_set *s)
{
	for (size_t a = 0; a < s->n; a++) {
		for (size_t k = 0; k < s->v[a].naliases; k++)
			free(s->v[a].aliases[k]);
		free(s->v[a].aliases);
		free(s->v[a].name);
		free(s->v[a].role);
	}
	free(s->v);
	free(s->m);
	memset(s, 0, sizeof *s);
}
