/* world.h - gencorpus.c's cast: countries, people, organisations and the
 * developing stories (threads) they appear in.
 *
 * Popularity is a rank: the earlier a person, organisation, country or
 * topic in its list, the more stories it is drawn into (see zipf() in
 * genlib.h), so a few names are in many stories.  Those are the public
 * figures and bodies of a shared pool; most people and many organisations
 * of a story are its own (the defendant, the local union, the analyst
 * quoted once), made for it and in no other, as in real news. */
#ifndef GENCORPUS_WORLD_H
#define GENCORPUS_WORLD_H

#include "genlib.h"
#include "sectors.h"
#include "topics.h"
#include "words.h"
#include "details.h"

#define MAX_COUNTRIES 200
#define MAX_GROUPS 64
#define MAX_TOPICS 64
#define MAX_ROLES 32
#define ORGS_PER_SECTOR 32
#define SCRATCH 8 /* slots after the pool for one article's own people */

/* How steep each popularity is (q of zipf()): about 4% of draws go to the
 * first country, 5% to the first person of a field. */
#define Q_COUNTRY 8.0
#define Q_PERSON 6.0
#define Q_ORG 12.0
#define Q_TOPIC 6.0

struct country {
	const char *name, *adj;
	int group;
	struct list cities;
};

struct person {
	int country, org;
	short first, last, role;
	unsigned char group, female, sector;
};

struct org {
	char *name, *acro;
	int country;
	unsigned char sector, the;
};

struct topic_lists {
	const struct topic *t;
	struct list head, nouns, verbs, events, quotes, qty, subs, scenes, objs;
};

/* A developing story, or a one-off (a thread of one).  Rebuilt from its
 * id whenever one of its articles is written, so nothing is kept. */
struct thread {
	int topic;
	int np, person[6];
	int no, org[2];
	int nc, country[2];
	const char *city;
	int focus_noun[3], focus_head[2];
	uint32_t mask[5]; /* the part of each topic list the story draws on */
	int detail[8];
	char obj[160], region[48], region_word[32], org_name[96], org_acro[16];
};

enum { M_NOUNS, M_VERBS, M_EVENTS, M_QUOTES, M_QTY };

static uint64_t seed;
static struct country countries[MAX_COUNTRIES];
static int ncountries;
static struct {
	const struct name_group *g;
	struct list male, female, surnames;
} groups[MAX_GROUPS];
static int ngroups;
static struct list sector_roles[NSECTORS], sector_orgpats[NSECTORS];
static struct person *persons;
static int npersons;
static int *sector_people[NSECTORS], sector_npeople[NSECTORS];
static int *country_people[MAX_COUNTRIES], country_npeople[MAX_COUNTRIES];
static struct org orgs[NSECTORS * ORGS_PER_SECTOR + 1];
static int norgs, org_base[NSECTORS], org_n[NSECTORS];
static struct topic_lists topics[MAX_TOPICS];
static int ntopics, topic_rank[MAX_TOPICS];
static struct list l_brand, l_cause, l_venue, l_syllables, l_regions;
static struct list sector_details[NSECTORS];

static int any_country(struct rng *r)
{
	return zipf(r, ncountries, Q_COUNTRY);
}

static void *xmalloc(size_t n)
{
	void *p = calloc(1, n ? n : 1);
	if (!p) {
		fprintf(stderr, "gencorpus: out of memory\n");
		exit(1);
	}
	return p;
}

static char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

static const char *surname(int p)
{
	return groups[persons[p].group].surnames.v[persons[p].last];
}

static const char *given(int p)
{
	const struct list *l = persons[p].female ? &groups[persons[p].group].female
						  : &groups[persons[p].group].male;
	return l->v[persons[p].first];
}

static void full_name(struct buf *b, int p)
{
	if (groups[persons[p].group].g->family_first)
		buf_printf(b, "%s %s", surname(p), given(p));
	else
		buf_printf(b, "%s %s", given(p), surname(p));
}

/* "the Philippines" in running text, "Philippines" in a headline. */
static const char *bare(const char *name)
{
	return strncmp(name, "the ", 4) == 0 ? name + 4 : name;
}

static const char *city_of(struct rng *r, int c)
{
	const struct list *l = &countries[c].cities;
	return chance(r, 0.45) ? l->v[0] : l->v[rnd(r, l->n)];
}

/* Expands an organisation pattern of sectors.h; word, when given, stands
 * for the brand or cause word. */
static void org_name(struct rng *r, struct buf *b, const char *p, int c, int *used_country,
		     const char *word)
{
	for (; *p; p++) {
		if (*p == '{') {
			const char *end = strchr(p, '}');
			int n = 1, k;
			for (const char *q = p; q < end; q++)
				n += *q == ',';
			k = rnd(r, n);
			const char *s = p + 1;
			while (k-- > 0)
				s = strchr(s, ',') + 1;
			const char *e = s;
			while (e < end && *e != ',')
				e++;
			buf_putn(b, s, (size_t)(e - s));
			p = end;
		} else if (*p == '@' && p[1]) {
			p++;
			*used_country |= *p == 'A' || *p == 'N' || *p == 'Y';
			switch (*p) {
			case 'A': buf_puts(b, countries[c].adj); break;
			case 'N': buf_puts(b, countries[c].name); break;
			case 'Y': buf_puts(b, city_of(r, c)); break;
			case 'B': buf_puts(b, word ? word : pick(r, l_brand)); break;
			case 'W': buf_puts(b, word ? word : pick(r, l_cause)); break;
			}
		} else {
			buf_putn(b, p, 1);
		}
	}
}

/* Initials of the capitalised words, for names of three words or more. */
static char *acronym(const char *name)
{
	char a[16];
	int n = 0, words = 0;
	for (const char *p = name; *p && n < 15; p++)
		if ((p == name || p[-1] == ' ') && *p >= 'A' && *p <= 'Z') {
			a[n++] = *p;
			words++;
		}
	a[n] = 0;
	return words >= 3 ? xstrdup(a) : NULL;
}

static void make_orgs(struct rng *r)
{
	struct buf b = {0};
	for (int s = 0; s < NSECTORS; s++) {
		org_base[s] = norgs;
		for (int k = 0, tries = 0; k < ORGS_PER_SECTOR && tries < 400; tries++) {
			const char *pat = pick(r, sector_orgpats[s]);
			int c = any_country(r), used = 0, dup = 0;
			int the = *pat != '!';
			b.n = 0;
			org_name(r, &b, pat + !the, c, &used, NULL);
			for (int o = 0; o < norgs && !dup; o++)
				dup = strcmp(orgs[o].name, b.p) == 0;
			if (dup)
				continue;
			struct org *o = &orgs[norgs++];
			o->name = xstrdup(b.p);
			o->acro = chance(r, 0.45) ? acronym(o->name) : NULL;
			o->country = used ? c : -1;
			o->sector = (unsigned char)s;
			o->the = (unsigned char)the;
			k++;
		}
		org_n[s] = norgs - org_base[s];
	}
	free(b.p);
}

static int sector_org(struct rng *r, int s, int country)
{
	int base = org_base[s], n = org_n[s];
	int best = base + zipf(r, n, Q_ORG);
	for (int t = 0; t < 4 && country >= 0 && orgs[best].country != country &&
			orgs[best].country >= 0; t++)
		best = base + zipf(r, n, Q_ORG);
	return best;
}

static const char *role_text(int p)
{
	return sector_roles[persons[p].sector].v[persons[p].role];
}

static void name_person(struct rng *r, struct person *ps)
{
	ps->group = (unsigned char)countries[ps->country].group;
	ps->female = (unsigned char)chance(r, 0.42);
	const struct list *fl = ps->female ? &groups[ps->group].female : &groups[ps->group].male;
	ps->first = (short)rnd(r, fl->n);
	ps->last = (short)rnd(r, groups[ps->group].surnames.n);
}

static void make_people(struct rng *r, int n)
{
	static unsigned char held[NSECTORS][MAX_ROLES][MAX_COUNTRIES];
	size_t cap = 1;
	while (cap < (size_t)n * 4)
		cap *= 2;
	uint64_t *taken = xmalloc(cap * sizeof *taken);
	persons = xmalloc((size_t)(n + SCRATCH) * sizeof *persons);
	/* government is in every kind of story; the rest follow their topics */
	int weight[NSECTORS] = {0}, total = 0;
	for (int t = 0; t < ntopics; t++)
		weight[topics[t].t->sector] += 2;
	weight[S_GOV] += 8;
	for (int s = 0; s < NSECTORS; s++)
		total += weight[s];
	while (npersons < n) {
		struct person ps = {0};
		int w = rnd(r, total), s = 0;
		while (w >= weight[s])
			w -= weight[s++];
		ps.sector = (unsigned char)s;
		ps.country = any_country(r);
		name_person(r, &ps);
		uint64_t key = ((uint64_t)ps.group << 40 | (uint64_t)ps.female << 32 |
				(uint64_t)ps.first << 16 | (uint64_t)ps.last) + 1;
		size_t h = (size_t)mix3(key, 0, 0) & (cap - 1);
		while (taken[h] && taken[h] != key)
			h = (h + 1) & (cap - 1);
		if (taken[h])
			continue; /* the name is someone's already */
		taken[h] = key;
		/* public figures hold offices, two at most in a country over the
		 * years */
		struct list roles = sector_roles[s];
		int ok = 0;
		for (int t = 0; t < 8 && !ok; t++) {
			ps.role = (short)rnd(r, roles.n);
			ok = roles.v[ps.role][0] == '^' ? held[s][ps.role][ps.country] < 2 : t >= 4;
		}
		if (ok && roles.v[ps.role][0] == '^')
			held[s][ps.role][ps.country]++;
		for (int k = 0; !ok && k < roles.n; k++)
			if (roles.v[k][0] != '^') {
				ps.role = (short)k;
				ok = 1;
			}
		ps.org = strstr(roles.v[ps.role], "@O") ? sector_org(r, s, ps.country) : -1;
		persons[npersons++] = ps;
	}
	free(taken);
	for (int p = 0; p < n; p++) {
		sector_npeople[persons[p].sector]++;
		country_npeople[persons[p].country]++;
	}
	for (int s = 0; s < NSECTORS; s++)
		sector_people[s] = xmalloc(sizeof(int) * (size_t)(sector_npeople[s] + 1));
	for (int c = 0; c < ncountries; c++)
		country_people[c] = xmalloc(sizeof(int) * (size_t)(country_npeople[c] + 1));
	int fill_s[NSECTORS] = {0}, *fill_c = xmalloc(sizeof(int) * MAX_COUNTRIES);
	for (int p = 0; p < n; p++) {
		sector_people[persons[p].sector][fill_s[persons[p].sector]++] = p;
		country_people[persons[p].country][fill_c[persons[p].country]++] = p;
	}
	free(fill_c);
}

static void init_world(int n_people)
{
	for (size_t g = 0; g < sizeof name_groups / sizeof *name_groups; g++) {
		groups[ngroups].g = &name_groups[g];
		groups[ngroups].male = split(name_groups[g].male);
		groups[ngroups].female = split(name_groups[g].female);
		groups[ngroups].surnames = split(name_groups[g].surnames);
		ngroups++;
	}
	for (size_t c = 0; c < sizeof country_rows / sizeof *country_rows; c++) {
		struct list f = split(country_rows[c]);
		struct country *k = &countries[ncountries++];
		k->name = f.v[0];
		k->adj = f.v[1];
		for (int g = 0; g < ngroups; g++)
			if (strcmp(groups[g].g->key, f.v[2]) == 0)
				k->group = g;
		k->cities = (struct list){f.n - 3, f.v + 3};
	}
	const struct topic *all[2] = {topics_world, topics_economy};
	int counts[2] = {sizeof topics_world / sizeof *topics_world,
			 sizeof topics_economy / sizeof *topics_economy};
	for (int a = 0; a < 2; a++)
		for (int t = 0; t < counts[a]; t++) {
			struct topic_lists *l = &topics[ntopics++];
			const struct topic *tp = &all[a][t];
			l->t = tp;
			l->head = split(tp->head);
			l->nouns = split(tp->nouns);
			l->verbs = split(tp->verbs);
			l->events = split(tp->events);
			l->quotes = split(tp->quotes);
			l->qty = split(tp->qty);
			l->subs = split(tp->subs);
			l->scenes = split(tp->scenes);
			l->objs = split(tp->objs);
		}
	for (int s = 0; s < NSECTORS; s++) {
		sector_roles[s] = split(sector_rows[s].roles);
		sector_orgpats[s] = split(sector_rows[s].orgs);
	}
	l_brand = split(brand_words);
	l_cause = split(cause_words);
	l_venue = split(venue_cities);
	for (int s = 0; s < NSECTORS; s++) {
		const char *chunks[NTHEMES];
		size_t n = 0;
		for (int t = 0; t < NTHEMES; t++)
			if (sector_themes[s] >> t & 1)
				chunks[n++] = theme_details[t];
		sector_details[s] = split_chunks(chunks, n);
	}
	l_syllables = split(region_syllables);
	l_regions = split(region_kinds);
	struct rng r = rng_for(seed, 0x574F524C44ULL, 0);
	/* which topics lead the news is the seed's, not the file order's */
	for (int t = 0; t < ntopics; t++)
		topic_rank[t] = t;
	for (int t = ntopics - 1; t > 0; t--) {
		int k = rnd(&r, t + 1), x = topic_rank[t];
		topic_rank[t] = topic_rank[k];
		topic_rank[k] = x;
	}
	make_orgs(&r);
	make_people(&r, n_people);
}

/* Someone of a story's own, in scratch slot k: no office of state (those
 * are the pool's), often with the story's own organisation. */
static int make_local(struct rng *r, int s, int country, int k, int org)
{
	struct person *ps = &persons[npersons + k];
	memset(ps, 0, sizeof *ps);
	ps->sector = (unsigned char)s;
	ps->country = country;
	name_person(r, ps);
	struct list roles = sector_roles[s];
	do
		ps->role = (short)rnd(r, roles.n);
	while (roles.v[ps->role][0] == '^');
	if (strstr(roles.v[ps->role], "@O"))
		ps->org = org >= 0 && chance(r, 0.6) ? org : sector_org(r, s, country);
	else
		ps->org = -1;
	return npersons + k;
}

/* An organisation of the story's own, named after its region. */
static int local_org(struct rng *r, struct thread *t, int s, int c)
{
	struct list pats = sector_orgpats[s];
	const char *pat = NULL;
	for (int k = 0; k < 20 && !pat; k++) {
		const char *p = pick(r, pats);
		if (strstr(p, "@B") || strstr(p, "@W"))
			pat = p;
	}
	if (!pat)
		return -1;
	struct buf b = {0};
	int used = 0, the = *pat != '!';
	org_name(r, &b, pat + !the, c, &used, t->region_word);
	snprintf(t->org_name, sizeof t->org_name, "%s", b.p);
	free(b.p);
	char *acro = chance(r, 0.4) ? acronym(t->org_name) : NULL;
	snprintf(t->org_acro, sizeof t->org_acro, "%s", acro ? acro : "");
	free(acro);
	orgs[norgs] = (struct org){t->org_name, *t->org_acro ? t->org_acro : NULL, used ? c : -1,
				   (unsigned char)s, (unsigned char)the};
	return norgs;
}

static const char *detail_of(const struct thread *t, int k)
{
	return sector_details[topics[t->topic].t->sector].v[t->detail[k]];
}

static int has_person(const struct thread *t, int p)
{
	for (int k = 0; k < t->np; k++)
		if (t->person[k] == p || strcmp(surname(t->person[k]), surname(p)) == 0)
			return 1;
	return 0;
}

/* A person of the sector, from the country when asked and one is found. */
static int sector_person(struct rng *r, int s, int country)
{
	if (country >= 0 && country_npeople[country] > 0)
		for (int t = 0; t < 12; t++) {
			int p = country_people[country][zipf(r, country_npeople[country], Q_PERSON)];
			if (persons[p].sector == s || persons[p].sector == S_GOV)
				return p;
		}
	return sector_people[s][zipf(r, sector_npeople[s], Q_PERSON)];
}

static void thread_obj(struct rng *r, struct thread *t)
{
	struct buf b = {0};
	const struct topic_lists *tl = &topics[t->topic];
	int c0 = t->country[0], c1 = t->country[1];
	for (const char *p = pick(r, tl->objs); *p; p++) {
		if (*p != '@' || !p[1]) {
			buf_putn(&b, p, 1);
			continue;
		}
		switch (*++p) {
		case 'A': buf_puts(&b, countries[c0].adj); break;
		case 'C': buf_puts(&b, bare(countries[c0].name)); break;
		case 'D': buf_puts(&b, bare(countries[c1].name)); break;
		case 'Y': buf_puts(&b, city_of(r, c0)); break;
		case 'B': buf_puts(&b, pick(r, l_brand)); break;
		case 'P': buf_puts(&b, surname(t->person[0])); break;
		case 'O': buf_puts(&b, orgs[t->org[0]].name); break;
		}
	}
	snprintf(t->obj, sizeof t->obj, "%s", b.p ? b.p : "the talks");
	free(b.p);
}

static void make_thread(int id, struct thread *t)
{
	struct rng r = rng_for(seed, 0x7468726561ULL, (uint64_t)id);
	memset(t, 0, sizeof *t);
	t->topic = topic_rank[zipf(&r, ntopics, Q_TOPIC)];
	int s = topics[t->topic].t->sector, c0 = any_country(&r);
	t->country[t->nc++] = c0;
	/* a place of the story's own: "the Kalora district" */
	for (int k = 0, n = range(&r, 2, 3); k < n; k++)
		strcat(t->region_word, pick(&r, l_syllables));
	t->region_word[0] = (char)(t->region_word[0] - 32);
	snprintf(t->region, sizeof t->region, "the %s %s", t->region_word, pick(&r, l_regions));
	int own = chance(&r, 0.65) ? local_org(&r, t, s, c0) : -1;
	if (own >= 0)
		t->org[t->no++] = own;
	if (own < 0 || chance(&r, 0.5))
		t->org[t->no++] = sector_org(&r, chance(&r, 0.7) ? s : S_GOV, c0);
	/* diplomacy is told through ministers, the rest through its own people */
	int pub[2], npub = range(&r, 1, 2), loc[3], nloc = range(&r, 1, 3);
	for (int k = 0; k < npub; k++)
		pub[k] = sector_person(&r, k == 0 ? s : S_GOV, c0);
	for (int k = 0; k < nloc; k++)
		loc[k] = make_local(&r, s, c0, k, own);
	int lead_public = chance(&r, s == S_GOV || s == S_SECURITY ? 0.7 : 0.3);
	for (int pass = 0; pass < 2; pass++) {
		int *v = pass == lead_public ? loc : pub, n = pass == lead_public ? nloc : npub;
		for (int k = 0; k < n; k++)
			if (!has_person(t, v[k]))
				t->person[t->np++] = v[k];
	}
	for (int k = 0; k < t->np && t->nc < 2; k++)
		if (persons[t->person[k]].country != c0)
			t->country[t->nc++] = persons[t->person[k]].country;
	/* a second country, the same all through the story */
	while (t->nc < 2) {
		int c = any_country(&r);
		if (c != c0)
			t->country[t->nc++] = c;
	}
	/* talks between countries meet on neutral ground */
	const char *name = topics[t->topic].t->name;
	int abroad = strstr("ceasefire|sanctions|nuclear|climate|trade|border dispute|migration|debt|"
			    "arms|maritime|dam|fisheries", name) != NULL;
	t->city = abroad && chance(&r, 0.35) ? pick(&r, l_venue) : city_of(&r, c0);
	const struct topic_lists *tl = &topics[t->topic];
	/* two stories of one topic share part of its words, not all */
	const struct list *lists[5] = {&tl->nouns, &tl->verbs, &tl->events, &tl->quotes, &tl->qty};
	for (int l = 0; l < 5; l++) {
		int n = lists[l]->n < 32 ? lists[l]->n : 32;
		for (int have = 0; have < (n < 3 ? n : 3);)
			for (int k = 0; k < n; k++)
				if (!(t->mask[l] >> k & 1) && chance(&r, 0.4)) {
					t->mask[l] |= 1u << k;
					have++;
				}
	}
	for (int k = 0; k < 3; k++)
		do
			t->focus_noun[k] = rnd(&r, tl->nouns.n);
		while (!(t->mask[M_NOUNS] >> t->focus_noun[k] & 1));
	t->focus_head[0] = rnd(&r, tl->head.n);
	t->focus_head[1] = (t->focus_head[0] + 1 + rnd(&r, tl->head.n - 1)) % tl->head.n;
	for (int k = 0; k < 8; k++)
		t->detail[k] = rnd(&r, sector_details[s].n);
	thread_obj(&r, t);
}

/* An article to write: the day it is filed under, the day its text was
 * written (a re-published copy keeps the wire story's), its thread and its
 * place in it. */
struct spec {
	int day, text_day, thread, idx, copy;
};

static int spec_cmp(const void *a, const void *b)
{
	const struct spec *x = a, *y = b;
	if (x->day != y->day)
		return x->day < y->day ? -1 : 1;
	if (x->thread != y->thread)
		return x->thread < y->thread ? -1 : 1;
	if (x->idx != y->idx)
		return x->idx < y->idx ? -1 : 1;
	return (x->copy > y->copy) - (x->copy < y->copy);
}

/* Seven in ten articles belong to developing stories of 2 to 60 articles
 * (sizes Zipf-like, the bigger ones spread over more days); the rest are
 * one-offs.  Dates run from 2015 to 2026, and the list is sorted by day so
 * that files come in the order they were published. */
static struct spec *plan(int m, int *nthreads)
{
	struct spec *v = xmalloc(sizeof *v * (size_t)m);
	struct rng r = rng_for(seed, 0x504C414EULL, (uint64_t)m);
	int first = days_from_civil(2015, 1, 1), last = days_from_civil(2026, 12, 31);
	int k = 0, t = 0, target = m * 7 / 10;
	while (k < target) {
		int size = 2 + zipf(&r, 59, 1.5);
		if (size > target - k)
			size = target - k;
		int span = 7 + size * range(&r, 3, 8);
		if (span > 300)
			span = 300;
		int start = first + rnd(&r, last - first - span);
		for (int i = 0; i < size; i++, k++) {
			int day = start + (int)((i + unit(&r)) * span / size);
			v[k] = (struct spec){day, day, t, i, 0};
			/* a wire story picked up again by another site */
			if (i > 0 && chance(&r, 0.02))
				v[k] = (struct spec){v[k - 1].day + range(&r, 1, 3), v[k - 1].text_day, t,
						     v[k - 1].idx, 1};
		}
		t++;
	}
	*nthreads = t;
	for (; k < m; k++, t++) {
		int day = first + rnd(&r, last - first + 1);
		v[k] = (struct spec){day, day, t, 0, 0};
	}
	qsort(v, (size_t)m, sizeof *v, spec_cmp);
	return v;
}

#endif
