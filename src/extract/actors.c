/* actors.c - the actors of an article: names the tagger finds, made
 * actors with the gazetteer and a few rules.
 *
 * The trained tagger decides what is a name and of which type; the
 * gazetteer then gives a name its canonical form and kind ("US", "U.S."
 * and "Washington" are the United States; "Beijing said" is China, "talks
 * in Beijing" the place), the rules give people their roles ("Secretary of
 * State" stays a role, never part of the name) and organizations their
 * acronyms, and they keep out what is no actor: a country's adjective
 * where the country does nothing ("Gabonese players"), a currency
 * ("US$20,000"), a country inside a longer name ("Mexico City").  Where
 * the tagger sees nothing, the gazetteer's entries and the title rules
 * still apply.  Titles and headings are title-cased, so there only names
 * the body already has, and the gazetteer's, are taken. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "actors_internal.h"
#include "brief/mem.h"
#include "brief/model.h"
#include "brief/names.h"
#include "brief/sentence.h"
#include "brief/tagger.h"
#include "brief/words.h"

enum { NAME_MAX_WORDS = 4, ROLE_MAX_WORDS = 6 };

/* ---- a name found -------------------------------------------------------- */

/* A gazetteer entry named at text[start, start + len): the country for a
 * seat of government unless a place preposition says it is the place
 * ("talks in Tokyo"), no actor for an agency that carries the story
 * ("(Reuters)"), and the country for its adjective only where it acts.
 * Returns the actor, or SIZE_MAX when none. */
size_t gazetteer_actor(struct finder *f, const struct words *w, size_t entry, size_t start, size_t len)
{
	const struct gaz_entry *e = &f->g->entries[entry];
	const char *t = f->text;
	if (e->kind == ACTOR_MEDIA && start > 0 && t[start - 1] == '(' && t[start + len] == ')')
		return SIZE_MAX;
	size_t k = word_at(w, start);
	enum gaz_form form = gazetteer_form(f->g, t + start, len);
	if (form == GAZ_DEMONYM || form == GAZ_ADJECTIVE) {
		size_t after = k;
		while (after < w->n && w->v[after].start < start + len)
			after++;
		if (e->kind != ACTOR_COUNTRY || !country_acts(f, w, after))
			return SIZE_MAX;
	}
	if (form == GAZ_SEAT && k > 0 && k < w->n && word_is_place_preposition(t, &w->v[k - 1]))
		return actor_for(f, ACTOR_PLACE, t + start, len);
	return actor_for(f, e->kind, e->name, strlen(e->name));
}

/* "Saudi Gazette said": a name that ends in a publication's word is the
 * publication, whatever the tagger thought. */
/* The last word of a publication's or a broadcaster's name. */
bool is_media_head(const char *w, size_t n)
{
	static const char *const heads[] = {"News", "Times", "Post", "Gazette", "Herald", "Journal", "Tribune",
					    "Telegraph", "Daily", "Press", "Radio", "Television", "TV", "Magazine",
					    "Chronicle", "Observer", "Guardian", "Mail", "Express", "Agency"};
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		if (strlen(heads[i]) == n && memcmp(heads[i], w, n) == 0)
			return true;
	return false;
}

static bool is_media_name(const char *s, size_t len)
{
	const char *sp = NULL;
	for (size_t i = len; i > 0 && !sp; i--)
		if (s[i - 1] == ' ')
			sp = s + i - 1;
	const char *last = sp ? sp + 1 : s;
	/* "News" alone is no publication */
	return sp && is_media_head(last, len - (size_t)(last - s));
}

/* What is never a name of an actor, whatever the tagger says: a pronoun or
 * a sentence's first word ("I", "The"), two capitals nobody defined ("SC"). */
static bool junk_name(const struct finder *f, const struct words *w, size_t start, size_t len)
{
	const char *s = f->text + start;
	if (len == 0 || !(isupper((unsigned char)s[0]) || (unsigned char)s[0] >= 0xC3))
		return true;
	size_t k = word_at(w, start);
	if (k < w->n && w->v[k].end - w->v[k].start == len &&
	    (word_is_stopword(f->text, &w->v[k]) || word_is_role_noun(f->text, &w->v[k]) ||
	     word_is_role_modifier(f->text, &w->v[k]) || word_is_honorific(f->text, &w->v[k])))
		return true;
	size_t entry;
	if (len <= 2 && is_acronym(s, len) && gazetteer_match(f->g, s, len, &entry) != len) {
		int known;
		return !strmap_get(&f->acronyms, s, len, &known);
	}
	return len == 1;
}

/* A name of one word that only names a kind of thing ("Magazine",
 * "Committee", "Coast"), or a word that describes ("Republican
 * candidate", "Soviet aggression"): no actor. */
static bool generic_word(const struct finder *f, const struct words *w, size_t start, size_t end,
			 enum ner_type type)
{
	static const char *const generic[] = {
		"Ministry", "Committee", "Council", "Agency", "Department", "Office", "Commission", "Organization",
		"Organisation", "Association", "Institute", "Foundation", "Group", "Company", "Corporation", "Bureau",
		"Board", "Authority", "Fund", "Program", "Programme", "Service", "Services", "Magazine", "News",
		"Studio", "Commons", "Domain", "Coast", "Republic", "City", "State", "Building", "Island", "Valley",
		"River", "Lake", "Bay", "Street", "Square", "Centre", "Center", "University", "School", "Club",
	};
	size_t k = word_at(w, start);
	if (k >= w->n)
		return false;
	/* "East Asian", "North American": where, then a people's adjective */
	size_t last = word_at(w, end - 1);
	if (last == k + 1 && last < w->n && w->v[last].end == end && word_is_compass(f->text, &w->v[k]) &&
	    end - w->v[last].start > 4 && (memcmp(f->text + end - 3, "ian", 3) == 0 || memcmp(f->text + end - 3, "can", 3) == 0))
		return true;
	if (w->v[k].end != end)
		return false;
	const struct word *x = &w->v[k];
	if (word_is_creed(f->text, x))
		return true;
	size_t n = end - start;
	for (size_t i = 0; i < sizeof generic / sizeof *generic; i++)
		if (strlen(generic[i]) == n && memcmp(generic[i], f->text + start, n) == 0)
			return true;
	/* an adjective of a people or a creed before a common noun */
	static const char *const endings[] = {"ian", "ean", "ese", "ish", "can", "iet"};
	bool adjective = false;
	for (size_t i = 0; i < sizeof endings / sizeof *endings && !adjective; i++)
		adjective = n > 4 && memcmp(f->text + end - 3, endings[i], 3) == 0;
	return adjective && type != NER_PER && k + 1 < w->n && !x->comma && !x->stop && !w->v[k + 1].cap &&
	       !word_is_reporting_verb(f->text, &w->v[k + 1]);
}

/* "International Campaign to Ban Landmines", "US-Japan Security
 * Consultative Committee": the tagger may see only part of a long
 * organization's name.  The name runs on over the capitalized words next
 * to it (and "of", "to", "for", "the" between them) when the run then
 * holds an organization word.  Returns the run's end. */
static size_t extend_organization(const struct finder *f, const struct words *w, size_t *start, size_t end)
{
	const char *t = f->text;
	size_t k0 = word_at(w, *start), k1 = word_at(w, end - 1);
	if (k0 >= w->n || k1 >= w->n)
		return end;
	while (k0 > 0) {
		const struct word *x = &w->v[k0 - 1];
		if (!x->cap || x->comma || x->stop || word_is_stopword(t, x) || word_is_role_noun(t, x) ||
		    w->v[k0].start - x->end > 1 || (w->v[k0].start - x->end == 1 && t[x->end] != ' ' && t[x->end] != '-'))
			break;
		k0--;
	}
	/* the next word must follow at once: no possessive ("Civic Party's
	 * Jeremy Tam"), no bracket, no quote between */
	while (k1 + 1 < w->n && !w->v[k1].comma && !w->v[k1].stop && w->v[k1].end + 1 == w->v[k1 + 1].start &&
	       (t[w->v[k1].end] == ' ' || t[w->v[k1].end] == '-')) {
		const struct word *x = &w->v[k1 + 1];
		if (x->cap && !word_is_stopword(t, x) && !x->initial) {
			k1++;
		} else if (word_is_connector(t, x) && !word_is(t, x, "and") && k1 + 2 < w->n && w->v[k1 + 2].cap &&
			   !word_is_stopword(t, &w->v[k1 + 2])) {
			k1 += 2;
		} else if (word_is_connector(t, x) && !word_is(t, x, "and") && k1 + 3 < w->n &&
			   word_is(t, &w->v[k1 + 2], "the") && w->v[k1 + 3].cap && !word_is_stopword(t, &w->v[k1 + 3])) {
			k1 += 3; /* "Armed Forces of the Philippines" */
		} else {
			break;
		}
	}
	bool org = false;
	for (size_t k = k0; k <= k1 && !org; k++)
		org = word_is_org_word(t, &w->v[k]);
	if (!org)
		return end;
	*start = w->v[k0].start < *start ? w->v[k0].start : *start;
	return w->v[k1].end > end ? w->v[k1].end : end;
}

/* A name that ends a thing's ("Mutual Defense [Treaty]", "Nobel Prize"):
 * no actor. */
static bool names_a_thing(const struct finder *f, const struct words *w, size_t end)
{
	size_t last = word_at(w, end - 1);
	if (last >= w->n)
		return false;
	if (word_is_thing_word(f->text, &w->v[last]) && last > 0)
		return true;
	/* the capitalized words after it, up to the thing's word */
	for (size_t k = last; k + 1 < w->n && k < last + 3; k++) {
		const struct word *x = &w->v[k + 1];
		if (w->v[k].comma || w->v[k].stop || w->v[k].end + 1 != x->start || !x->cap)
			return false;
		if (word_is_thing_word(f->text, x))
			return true;
	}
	return false;
}

/* One name the tagger found, text[start, end), of its type.  Returns where
 * the name ended (it may run on past what the tagger saw). */
/* The gazetteer's name that holds the tagged one, starting at most two
 * capitalized words before it ("Second Thomas Shoal" for "Thomas Shoal",
 * "China Coast Guard" for "Coast Guard"); its length from *start, or 0. */
static size_t gazetteer_around(const struct finder *f, const struct words *w, size_t *start, size_t end,
			       size_t limit, size_t *entry)
{
	size_t k = word_at(w, *start);
	if (k >= w->n)
		return 0;
	for (size_t back = k >= 2 ? k - 2 : 0; back <= k; back++) {
		bool joined = true;
		for (size_t i = back; i < k && joined; i++)
			joined = w->v[i].cap && !w->v[i].comma && !word_is_stopword(f->text, &w->v[i]);
		if (!joined)
			continue;
		size_t from = w->v[back].start;
		size_t len = gazetteer_match(f->g, f->text + from, limit - from, entry);
		if (len && from + len >= end && (from < *start || from + len > end)) {
			*start = from;
			return len;
		}
	}
	return 0;
}

/* A name the tagger found, as the finder takes it: where it begins and
 * ends, what it names, the role said around it. */
struct found_name {
	size_t start, end;
	enum ner_type type;
	size_t k;      /* the word it begins with */
	size_t rs, re; /* a role beside it, bytes; empty when none */
};

static size_t take_name(struct finder *f, const struct words *w, size_t start, size_t end, enum ner_type type,
			bool precise_only, size_t limit);

/* Widened to all of the name, its kind set by the words around it. */
static void widen_name(struct finder *f, const struct words *w, struct found_name *s, bool precise_only, size_t limit)
{
	const char *t = f->text;
	/* "American Airlines and Southwest Airlines": two organizations */
	size_t k0 = word_at(w, s->start), k1 = word_at(w, s->end - 1);
	for (size_t i = k0 + 1; s->type == NER_ORG && k1 < w->n && i < k1; i++)
		if (word_is(t, &w->v[i], "and") && word_is_org_word(t, &w->v[i - 1]) && word_is_org_word(t, &w->v[k1])) {
			take_name(f, w, s->start, w->v[i - 1].end, s->type, precise_only, limit);
			s->start = w->v[i + 1].start;
			break;
		}
	if (s->type == NER_ORG)
		s->end = extend_organization(f, w, &s->start, s->end);
	/* after a title or an honorific comes a person: "Secretary of State
	 * Antony Blinken", whatever the tagger thought, and all of the name
	 * ("Foreign Minister Takeshi Iwaya", where it saw only "Iwaya") */
	s->k = word_at(w, s->start);
	s->rs = s->re = 0;
	/* a title the tagger took into the name: "[State Antony Blinken]" of
	 * "Secretary of State Antony Blinken" */
	size_t last_word = word_at(w, s->end - 1);
	bool noun = false;
	size_t from = s->k >= ROLE_MAX_WORDS ? s->k - ROLE_MAX_WORDS : 0;
	for (size_t i = from; s->k < w->n && last_word < w->n && i <= last_word && !noun; i++)
		noun = word_is_role_noun(t, &w->v[i]);
	for (size_t i = from; noun && i <= s->k; i++) {
		size_t j = match_role(f, w, i, &s->rs, &s->re);
		if (j > s->k && j <= last_word) {
			s->k = j;
			s->start = w->v[j].start;
			s->type = NER_PER;
			break;
		}
	}
	s->rs = s->re = 0;
	if (s->k < w->n && s->type != NER_PER) {
		size_t entry, len = s->end - s->start;
		if (gazetteer_match(f->g, t + s->start, len, &entry) != len && role_before(f, w, s->k, &s->rs, &s->re))
			s->type = NER_PER;
		s->rs = s->re = 0;
	}
	if (s->type == NER_PER) {
		for (size_t n = 0; n < 2 && s->k > 0 && s->k < w->n; n++) {
			const struct word *x = &w->v[s->k - 1];
			size_t entry, xl = x->end - x->start;
			if (!x->cap || x->comma || x->stop || word_is_stopword(t, x) || word_is_role_noun(t, x) ||
			    word_is_role_modifier(t, x) || word_is_honorific(t, x) ||
			    gazetteer_match(f->g, t + x->start, xl, &entry) == xl || x->end + 1 != w->v[s->k].start)
				break;
			size_t rs2, re2;
			if (!role_before(f, w, s->k - 1, &rs2, &re2))
				break; /* only a title says where the name begins */
			s->k--;
			s->start = x->start;
		}
	}
}

/* The title or role before a person's name and after a place's are no
 * part of it; a people's adjective before an organization is. */
static void trim_name(struct finder *f, const struct words *w, struct found_name *s)
{
	const char *t = f->text;
	if (s->end - s->start > 4 && (strncmp(t + s->start, "the ", 4) == 0 || strncmp(t + s->start, "The ", 4) == 0))
		s->start += 4;
	/* "President Obama": the title is the role, not the name */
	if (s->type == NER_PER) {
		while (s->k + 1 < w->n && w->v[s->k + 1].start < s->end &&
		       (word_is_role_noun(t, &w->v[s->k]) || word_is_honorific(t, &w->v[s->k]) ||
			word_is_role_modifier(t, &w->v[s->k]))) {
			if (!s->rs && !s->re)
				s->rs = w->v[s->k].start;
			s->re = w->v[s->k].end;
			s->k++;
			s->start = w->v[s->k].start;
		}
	} else {
		/* "Pennsylvania Senator": a role at the s->end is no part of a place */
		size_t last = word_at(w, s->end - 1);
		while (last < w->n && last > s->k && word_is_role_noun(t, &w->v[last])) {
			last--;
			s->end = w->v[last].end;
		}
	}
	/* "Australian Paralympic Committee", "British Council": a people's
	 * adjective right before an organization's name is part of it */
	if (s->type == NER_ORG && s->k > 0 && s->k < w->n && !w->v[s->k - 1].comma && w->v[s->k - 1].end + 1 == s->start) {
		size_t entry, alen = w->v[s->k - 1].end - w->v[s->k - 1].start;
		const char *adj = t + w->v[s->k - 1].start;
		if (gazetteer_match(f->g, adj, alen, &entry) == alen &&
		    gazetteer_form(f->g, adj, alen) == GAZ_ADJECTIVE && !w->v[s->k - 1].initial) {
			s->start = w->v[s->k - 1].start;
			s->k--;
		}
	}
}

/* The actor the name is, or none; returns where the finder goes on. */
static size_t record_name(struct finder *f, const struct words *w, struct found_name *s, bool precise_only, size_t taken)
{
	const char *t = f->text;
	size_t len = s->end - s->start, entry;
	if (junk_name(f, w, s->start, len) || generic_word(f, w, s->start, s->end, s->type))
		return taken;
	/* "the Melbourne suburb of Preston", "the city of Mosul" */
	if (s->type != NER_LOC && s->k >= 2 && s->k < w->n && word_is(t, &w->v[s->k - 1], "of") &&
	    word_is_place_noun(t, &w->v[s->k - 2]))
		s->type = NER_LOC;
	int acronym;
	if (strmap_get(&f->acronyms, t + s->start, len, &acronym)) {
		actor_mention(f, (size_t)acronym, s->start, s->end);
		return taken;
	}
	/* the gazetteer knows this very name; what it does not know and ends
	 * a thing's name is no actor */
	bool known = gazetteer_match(f->g, t + s->start, len, &entry) == len;
	if (!known && names_a_thing(f, w, s->end))
		return taken;
	if (known) {
		size_t a = gazetteer_actor(f, w, entry, s->start, len);
		if (a != SIZE_MAX) {
			actor_mention(f, a, s->start, s->end);
			if (f->out->v[a].kind == ACTOR_ORGANIZATION)
				taken = take_acronym(f, s->end, a);
		}
		return taken;
	}
	enum actor_kind kind = s->type == NER_PER ? ACTOR_PERSON : s->type == NER_ORG ? ACTOR_ORGANIZATION : ACTOR_PLACE;
	if (s->type != NER_LOC && is_media_name(t + s->start, len))
		kind = ACTOR_MEDIA;
	if (precise_only) {
		/* a title: only what the body already named, or a person's full
		 * name when the body named the person by surname alone */
		size_t a = actor_known(f, kind, t + s->start, len);
		const char *sp = NULL;
		for (size_t i = len; i > 0 && !sp && kind == ACTOR_PERSON; i--)
			if (t[s->start + i - 1] == ' ')
				sp = t + s->start + i - 1;
		if (a == SIZE_MAX && sp && actor_known(f, ACTOR_PERSON, sp + 1, (size_t)(t + s->end - sp - 1)) != SIZE_MAX)
			a = actor_for(f, ACTOR_PERSON, t + s->start, len);
		if (a == SIZE_MAX && kind == ACTOR_PERSON && !memchr(t + s->start, ' ', len)) {
			f->pend = xgrow(f->pend, &f->pcap, f->npend + 1, sizeof *f->pend);
			f->pend[f->npend++] = (struct pending){f->para, s->start, s->end, false};
		}
		if (a != SIZE_MAX)
			actor_mention(f, a, s->start, s->end);
		return taken;
	}
	size_t a = actor_for(f, kind, t + s->start, len);
	actor_mention(f, a, s->start, s->end);
	if (kind == ACTOR_PERSON && (s->re > s->rs || (s->k < w->n && role_before(f, w, s->k, &s->rs, &s->re))))
		set_role(&f->out->v[a], t + s->rs, s->re - s->rs);
	if (kind == ACTOR_ORGANIZATION)
		taken = take_acronym(f, s->end, a);
	return taken;
}

static size_t take_name(struct finder *f, const struct words *w, size_t start, size_t end, enum ner_type type,
			bool precise_only, size_t limit)
{
	struct found_name sp = {.start = start, .end = end, .type = type};
	struct found_name *s = &sp;
	widen_name(f, w, s, precise_only, limit);
	size_t around_entry, around_start = s->start;
	size_t around = gazetteer_around(f, w, &around_start, s->end, limit, &around_entry);
	if (around) {
		size_t a = gazetteer_actor(f, w, around_entry, around_start, around);
		if (a != SIZE_MAX)
			actor_mention(f, a, around_start, around_start + around);
		return around_start + around;
	}
	size_t taken = s->end;
	trim_name(f, w, s);
	return record_name(f, w, s, precise_only, taken);
}

/* ---- a sentence ----------------------------------------------------------- */

struct tagging {
	const struct models *models;
	struct tagger_doc doc;
};

/* A sentence of the article, tokenized once for the tagger's pass over the
 * whole article and for its own. */
struct sentence {
	size_t para;
	const char *text;
	size_t start, end;
	struct tokens tok;
};

static void scan_sentence(struct finder *f, struct tagging *tg, const struct sentence *sn, bool precise_only)
{
	struct words w = {0};
	size_t start = sn->start, end = sn->end;
	const struct tokens tok = sn->tok;
	f->text = sn->text;
	f->para = sn->para;
	words_split(f->text, start, end, &w);
	struct name_spans found = {0};
	if (tg->models && tok.n) {
		names_tag(&tg->doc, &tg->models->names, f->g, f->text, &tok, &found);
		/* a title written as a sentence ("Wikinews interviews Marymegan
		 * Daly on ...") keeps its capitals' meaning: read it as text */
		if (precise_only && !found.headline && tok.n >= 5)
			precise_only = false;
	}
	size_t nnames = found.n;
	size_t nm = 0;
	for (size_t i = 0; i < w.n;) {
		/* a tagged name that starts in this word */
		while (nm < nnames && found.v[nm].end <= w.v[i].start)
			nm++;
		if (nm < nnames && found.v[nm].start < w.v[i].end) {
			size_t stop = take_name(f, &w, found.v[nm].start, found.v[nm].end, found.v[nm].type,
						precise_only, end);
			while (nm < nnames && found.v[nm].start < stop)
				nm++;
			while (i < w.n && w.v[i].start < stop)
				i++;
			continue;
		}
		/* a rule sees only the words up to the next tagged name */
		struct words before = w;
		size_t limit = end;
		if (nm < nnames) {
			limit = found.v[nm].start;
			before.n = i;
			while (before.n < w.n && w.v[before.n].end <= limit)
				before.n++;
		}
		size_t next = rule_local_acronym(f, &before, i);
		if (next == i)
			next = rule_ministry(f, &before, i);
		if (next == i)
			next = rule_titled_name(f, &before, i);
		if (next == i)
			next = rule_organization(f, &before, i);
		if (next == i)
			next = rule_gazetteer(f, &before, i, limit);
		if (next == i) {
			remember_single(f, &tg->doc, &w, i);
			next = i + 1;
		}
		i = next;
	}
	free(found.v);
	free(w.v);
}

/* The sentences of one text, tokenized, and noted by the tagger: which
 * words the article writes in lower case somewhere. */
static void add_sentences(struct tagging *tg, const char *text, size_t para, struct sentence **out, size_t *n,
			  size_t *cap)
{
	struct span *sp = NULL;
	size_t scap = 0, ns = sentence_split(text, strlen(text), &sp, &scap);
	for (size_t k = 0; k < ns; k++) {
		*out = xgrow(*out, cap, *n + 1, sizeof **out);
		struct sentence *s = &(*out)[(*n)++];
		*s = (struct sentence){para, text, sp[k].start, sp[k].end, {0}};
		tokens_split(text, sp[k].start, sp[k].end, &s->tok);
		if (tg->models)
			tagger_doc_add_text(&tg->doc, text, s->tok.v, s->tok.n);
	}
	free(sp);
}

void actors_find(const struct gazetteer *g, const struct models *models, const struct article *a,
		 struct actor_set *out)
{
	struct finder f = {.g = g, .out = out};
	struct tagging tg = {.models = models};
	struct sentence *sn = NULL;
	size_t n = 0, cap = 0;
	for (size_t p = 0; p < a->npara; p++)
		add_sentences(&tg, a->paras[p].text, p, &sn, &n, &cap);
	if (a->title)
		add_sentences(&tg, a->title, MENTION_TITLE, &sn, &n, &cap);
	/* body and captions first, so the title and headings can use their names */
	for (size_t k = 0; k < n; k++)
		if (sn[k].para != MENTION_TITLE && a->paras[sn[k].para].kind != PARA_HEADING)
			scan_sentence(&f, &tg, &sn[k], false);
	for (size_t k = 0; k < n; k++)
		if (sn[k].para != MENTION_TITLE && a->paras[sn[k].para].kind == PARA_HEADING)
			scan_sentence(&f, &tg, &sn[k], true);
	for (size_t k = 0; k < n; k++)
		if (sn[k].para == MENTION_TITLE)
			scan_sentence(&f, &tg, &sn[k], true);
	coref_resolve(&f, a);
	for (size_t k = 0; k < n; k++)
		free(sn[k].tok.v);
	free(sn);
	tagger_doc_free(&tg.doc);
	strmap_free(&f.index);
	strmap_free(&f.acronyms);
	free(f.pend);
}

