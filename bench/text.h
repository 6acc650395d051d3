/* text.h - gencorpus.c's sentences: who is named and how, numbers, and
 * the expansion of the shapes of templates.h over a topic.
 *
 * An article's people are named the way wire copy names them: title and
 * full name the first time ("Kenyan Foreign Minister Amara Okafor"), the
 * surname after.  A date (dates.h) goes only where a sentence was chosen
 * to carry one, so that a story has the 5 to 15 dates real ones have. */
#ifndef GENCORPUS_TEXT_H
#define GENCORPUS_TEXT_H

#include "dates.h"
#include "templates.h"
#include "world.h"

enum { A_PERSON, A_ORG, A_COUNTRY };
enum { AG_REUTERS, AG_AP, AG_AFP, AG_NONE };

struct actor {
	int kind, id, said;
};

/* One article being written.  r draws everything a re-published copy
 * shares with its original; pr the page around it (captions, trailers). */
struct art {
	struct rng r, pr;
	struct thread th;
	const struct topic_lists *tl;
	int day, y, m, d;
	struct actor a[32];
	int na, last_person, cur_c, depth;
	int quote, agency, dated;
	int in_sentence[8], nin;   /* actors named in this sentence */
	const char *seen[192];     /* phrases used in this article */
	int nseen;
};

static struct list l_tails, l_hv, l_hvp, l_hvt, l_subs, l_acts, l_quotes, l_clauses;

static void expand(struct art *A, struct buf *b, const char *t);

static int add_actor(struct art *A, int kind, int id)
{
	for (int k = 0; k < A->na; k++)
		if (A->a[k].kind == kind && A->a[k].id == id)
			return k;
	if (kind == A_PERSON)
		for (int k = 0; k < A->na; k++) {
			int o = A->a[k].id;
			if (A->a[k].kind != A_PERSON)
				continue;
			if (strcmp(surname(o), surname(id)) == 0)
				return k; /* two people of one surname would join neither */
			if (role_text(o)[0] == '^' && persons[o].country == persons[id].country &&
			    strcmp(role_text(o), role_text(id)) == 0)
				return k; /* one holder of an office in a story */
		}
	if (A->na == (int)(sizeof A->a / sizeof *A->a))
		return A->na - 1;
	A->a[A->na] = (struct actor){kind, id, 0};
	return A->na++;
}

/* A phrase of the list not used yet in the article, if one comes up in a
 * few draws: a speaker does not say the same sentence four times. */
static const char *fresh_of(struct art *A, struct list l, uint32_t mask)
{
	const char *s = NULL;
	for (int t = 0; t < 7; t++) {
		int k = rnd(&A->r, l.n), used = 0;
		if (l.n <= 32 && mask && !(mask >> k & 1))
			continue;
		s = l.v[k];
		for (int j = 0; j < A->nseen && !used; j++)
			used = A->seen[j] == s;
		if (!used)
			break;
	}
	if (!s)
		for (int k = 0; !s; k++)
			if (mask >> k & 1)
				s = l.v[k];
	if (A->nseen < (int)(sizeof A->seen / sizeof *A->seen))
		A->seen[A->nseen++] = s;
	return s;
}

static const char *fresh(struct art *A, struct list l)
{
	return fresh_of(A, l, 0);
}

/* 3 to 12 actors: the thread's own first, then others of its field. */
static void cast(struct art *A)
{
	struct rng *r = &A->r;
	const struct thread *t = &A->th;
	int s = A->tl->t->sector, want = 3;
	for (int k = 0; k < 9; k++)
		want += chance(r, 0.38);
	for (int k = 0; k < t->np; k++)
		if (k == 0 ? chance(r, 0.95) : chance(r, 0.75))
			add_actor(A, A_PERSON, t->person[k]);
	for (int k = 0; k < t->no; k++)
		if (chance(r, 0.7))
			add_actor(A, A_ORG, t->org[k]);
	add_actor(A, A_COUNTRY, t->country[0]);
	if (t->nc > 1 && chance(r, 0.8))
		add_actor(A, A_COUNTRY, t->country[1]);
	for (int tries = 0, own = 4; A->na < want && tries < 40; tries++) {
		int u = rnd(r, 100);
		if (u < 35 && own < SCRATCH) /* an analyst or a witness, quoted once */
			add_actor(A, A_PERSON, make_local(r, s, t->country[chance(r, 0.8) ? 0 : 1], own++, -1));
		else if (u < 65)
			add_actor(A, A_PERSON, sector_person(r, u < 45 ? S_GOV : s, t->country[0]));
		else if (u < 85)
			add_actor(A, A_ORG, sector_org(r, s, -1));
		else
			add_actor(A, A_COUNTRY, any_country(r));
	}
	/* the story is told through people: the lead first */
	int lead = 0;
	while (lead < A->na && A->a[lead].kind != A_PERSON)
		lead++;
	if (lead == A->na)
		lead = add_actor(A, A_PERSON, t->person[0]);
	struct actor x = A->a[lead];
	memmove(A->a + 1, A->a, sizeof *A->a * (size_t)lead);
	A->a[0] = x;
}

static int named_here(const struct art *A, int k)
{
	for (int i = 0; i < A->nin; i++)
		if (A->in_sentence[i] == k)
			return 1;
	return 0;
}

/* Mostly someone not named yet, in order, so that every actor gets in;
 * else someone named already, the lead most often. */
static int choose(struct art *A, int kind, double p_new)
{
	int fresh = -1, known[32], nk = 0;
	for (int k = 0; k < A->na; k++)
		if ((kind < 0 || A->a[k].kind == kind) && (A->a[k].kind == A_COUNTRY || !named_here(A, k))) {
			if (!A->a[k].said && fresh < 0)
				fresh = k;
			else if (A->a[k].said)
				known[nk++] = k;
		}
	if (fresh >= 0 && (nk == 0 || chance(&A->r, p_new)))
		return fresh;
	if (nk)
		return chance(&A->r, 0.25) ? known[0] : known[rnd(&A->r, nk)];
	if (kind == A_ORG)
		return add_actor(A, A_ORG, sector_org(&A->r, A->tl->t->sector, -1));
	return add_actor(A, A_PERSON, sector_person(&A->r, A->tl->t->sector, -1));
}

static void possessive(struct buf *b, const char *name)
{
	buf_puts(b, name);
	buf_puts(b, name[strlen(name) - 1] == 's' ? "'" : "'s");
}

static void org_mention(struct art *A, struct buf *b, int o, int said)
{
	const struct org *g = &orgs[o];
	if (said && g->acro && chance(&A->r, 0.6)) {
		buf_printf(b, "%s%s", g->the ? "the " : "", g->acro);
		return;
	}
	buf_printf(b, "%s%s", g->the ? "the " : "", g->name);
	if (!said && g->acro && chance(&A->r, 0.5))
		buf_printf(b, " (%s)", g->acro);
}

/* A role of sectors.h: '*' by sex, @O the person's organisation. */
static void role_phrase(struct art *A, struct buf *b, int p, const char *role, int lower)
{
	for (const char *c = role; *c; c++) {
		if (*c == '*')
			buf_puts(b, persons[p].female ? "woman" : "man");
		else if (*c == '@' && c[1] == 'O' && persons[p].org >= 0) {
			org_mention(A, b, persons[p].org, 0);
			c++;
		} else if (*c == '@' && c[1] == 'Y') {
			buf_puts(b, countries[persons[p].country].cities.v[0]);
			c++;
		} else {
			char ch = lower && *c >= 'A' && *c <= 'Z' ? (char)(*c + 32) : *c;
			buf_putn(b, &ch, 1);
		}
	}
}

/* First mention: title and full name, the way wire copy introduces
 * people; later, the surname. */
static void person_intro(struct art *A, struct buf *b, int p)
{
	const char *role = role_text(p);
	int national = role[0] == '^';
	role += national;
	const struct country *c = &countries[persons[p].country];
	if (!strncmp(role, "a ", 2) || !strncmp(role, "an ", 3) || !strncmp(role, "the ", 4)) {
		full_name(b, p);
		buf_puts(b, ", ");
		role_phrase(A, b, p, role, 0);
		buf_puts(b, ",");
		return;
	}
	int u = rnd(&A->r, 100);
	if (national && u >= 85 && !strstr(role, " for ")) {
		full_name(b, p);
		buf_puts(b, ", ");
		possessive(b, c->name);
		buf_puts(b, " ");
		role_phrase(A, b, p, role, 1);
		buf_puts(b, ",");
		return;
	}
	if (national && u >= 70)
		possessive(b, c->name), buf_puts(b, " ");
	else if ((national && u >= 40) || (!national && u >= 70))
		buf_printf(b, "%s ", c->adj);
	role_phrase(A, b, p, role, 0);
	buf_puts(b, " ");
	full_name(b, p);
}

static void mention(struct art *A, struct buf *b, int k, int subject)
{
	struct actor *x = &A->a[k];
	if (A->nin < 8)
		A->in_sentence[A->nin++] = k;
	if (x->kind == A_PERSON) {
		const char *role = role_text(x->id);
		if (!x->said)
			person_intro(A, b, x->id);
		else if (role[0] == '^' && strstr(role, "President") && chance(&A->r, 0.3))
			buf_printf(b, "%s %s", role + 1, surname(x->id));
		else
			buf_puts(b, surname(x->id));
		A->last_person = x->id;
		A->cur_c = persons[x->id].country;
	} else if (x->kind == A_ORG) {
		org_mention(A, b, x->id, x->said);
	} else {
		const struct country *c = &countries[x->id];
		int u = subject ? rnd(&A->r, 100) : 0;
		if (u >= 88 && strcmp(c->cities.v[0], bare(c->name)))
			buf_puts(b, c->cities.v[0]); /* "Nairobi said" */
		else if (u >= 76)
			buf_printf(b, "the %s government", c->adj);
		else
			buf_puts(b, c->name);
		A->cur_c = x->id;
	}
	x->said = 1;
}

static int country_actor(struct art *A, int other)
{
	int v[32], n = 0;
	for (int k = 0; k < A->na; k++)
		if (A->a[k].kind == A_COUNTRY && A->a[k].id != other && !named_here(A, k))
			v[n++] = k;
	for (int k = 0; k < A->na && !n; k++)
		if (A->a[k].kind == A_COUNTRY && A->a[k].id != other)
			v[n++] = k;
	if (n)
		return v[chance(&A->r, 0.7) ? 0 : rnd(&A->r, n)];
	int c;
	do
		c = any_country(&A->r);
	while (c == other);
	return add_actor(A, A_COUNTRY, c);
}

static void fmt_int(struct buf *b, long v)
{
	char s[32], o[48];
	int n = snprintf(s, sizeof s, "%ld", v), j = 0;
	for (int i = 0; i < n; i++) {
		if (i && (n - i) % 3 == 0)
			o[j++] = ',';
		o[j++] = s[i];
	}
	buf_putn(b, o, (size_t)j);
}

static void money(struct art *A, struct buf *b)
{
	struct rng *r = &A->r;
	int u = rnd(r, 100);
	const char *cur = chance(r, 0.8) ? "$" : "\xE2\x82\xAC";
	/* one draw a statement: the order of a call's arguments is the
	 * compiler's, and the bytes must not depend on it */
	int whole = range(r, 1, 99), tenth = range(r, 1, 9);
	if (u < 35)
		buf_printf(b, "%s%d.%d million", cur, whole, tenth);
	else if (u < 60)
		buf_printf(b, "%s%d million", cur, whole * 10);
	else if (u < 78)
		buf_printf(b, "%s%d.%d billion", cur, 1 + whole % 12, tenth);
	else
		buf_puts(b, cur), fmt_int(b, whole * 10000L + tenth * 1000L);
}

static void number(struct art *A, struct buf *b, char scale, int round)
{
	static const char *const words[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine"};
	struct rng *r = &A->r;
	int v;
	switch (scale) {
	case 's':
		v = range(r, 2, 30);
		if (v < 10)
			buf_puts(b, words[v - 2]);
		else
			buf_printf(b, "%d", v);
		break;
	case 'm': fmt_int(b, round ? range(r, 2, 99) * 100L : range(r, 110, 9900)); break;
	case 'l': fmt_int(b, round ? range(r, 10, 950) * 1000L : range(r, 10000, 999999)); break;
	case 'M':
		v = range(r, 1, 30);
		if (chance(r, 0.5))
			buf_printf(b, "%d.%d million", v, range(r, 1, 9));
		else
			buf_printf(b, "%d million", v);
		break;
	case '$': money(A, b); break;
	default:
		v = range(r, 2, 60);
		if (chance(r, 0.3))
			buf_printf(b, "%d.%d", v * 2 / 3, range(r, 1, 9));
		else
			buf_printf(b, "%d", v);
		buf_puts(b, A->agency == AG_AP ? " percent" : "%");
	}
}

static void quantity(struct art *A, struct buf *b)
{
	static const char *const hedges[] = {"about ", "more than ", "nearly ", "at least ", "some "};
	const char *q = fresh_of(A, A->tl->qty, A->th.mask[M_QTY]);
	char scale = q[0];
	const char *start = q += 2;
	for (; *q; q++) {
		if (*q != '#') {
			char c[2] = {*q, 0};
			if (*q == '@' && q[1]) {
				char t[3] = {'@', q[1], 0};
				expand(A, b, t);
				q++;
			} else {
				buf_puts(b, c);
			}
			continue;
		}
		/* wire copy does not open a sentence with digits */
		int hedge = q == start && scale != '%' && scale != '$' && (b->n == 0 || chance(&A->r, 0.35));
		if (hedge)
			buf_puts(b, hedges[rnd(&A->r, 5)]);
		number(A, b, scale, hedge || chance(&A->r, 0.7));
	}
}

static const char *const quote_open[] = {"\xE2\x80\x9C", "\"", "``"};
static const char *const quote_close[] = {"\xE2\x80\x9D", "\"", "''"};

static void expand(struct art *A, struct buf *b, const char *t)
{
	struct rng *r = &A->r;
	const struct topic_lists *tl = A->tl;
	if (++A->depth > 4) {
		A->depth--;
		return;
	}
	for (; *t; t++) {
		if (*t != '@' || !t[1]) {
			buf_putn(b, t, 1);
			continue;
		}
		size_t at = b->n;
		switch (*++t) {
		case 'S': mention(A, b, choose(A, -1, 0.55), 1); break;
		case 'P': mention(A, b, choose(A, A_PERSON, 0.6), 0); break;
		case 'R': mention(A, b, choose(A, A_PERSON, 0.25), 1); break;
		case 'O': mention(A, b, choose(A, A_ORG, 0.6), 0); break;
		case 'C': mention(A, b, country_actor(A, -1), 0); break;
		case 'D': mention(A, b, country_actor(A, A->cur_c), 0); break;
		case 'A': buf_puts(b, countries[A->th.country[0]].adj); break;
		case 'Y': buf_puts(b, chance(r, 0.9) ? A->th.city : city_of(r, A->th.country[0])); break;
		case 'M':
			if (chance(r, 0.75))
				buf_puts(b, "reporters");
			else
				buf_puts(b, A->agency == AG_AP ? "The Associated Press" : A->agency == AG_AFP ? "AFP" : "Reuters");
			break;
		case 'h': buf_puts(b, persons[A->last_person].female ? "she" : "he"); break;
		case 'n': {
			/* the story's own particulars as often as the topic's words */
			int u = rnd(r, 100);
			if (u < 30)
				expand(A, b, "@k");
			else if (u < 75)
				expand(A, b, tl->nouns.v[A->th.focus_noun[rnd(r, 3)]]);
			else
				expand(A, b, fresh_of(A, tl->nouns, A->th.mask[M_NOUNS]));
			break;
		}
		case 'v': expand(A, b, fresh_of(A, tl->verbs, A->th.mask[M_VERBS])); break;
		case 'e': expand(A, b, fresh_of(A, tl->events, A->th.mask[M_EVENTS])); break;
		case 't': expand(A, b, fresh(A, l_tails)); break;
		case 'q':
			if (chance(r, 0.45))
				expand(A, b, fresh_of(A, tl->quotes, A->th.mask[M_QUOTES]));
			else
				expand(A, b, fresh(A, l_quotes));
			if (b->p[at] >= 'a' && b->p[at] <= 'z')
				b->p[at] = (char)(b->p[at] - 32);
			break;
		case 'u': quantity(A, b); break;
		case 'm': money(A, b); break;
		case 'x': buf_puts(b, A->th.obj); break;
		case 'g': buf_puts(b, A->th.region); break;
		case 'k': {
			/* the story's particulars, each once before any comes back */
			const char *s = detail_of(&A->th, rnd(r, 8));
			for (int k = 0; k < 8; k++) {
				const char *c = detail_of(&A->th, k);
				int used = 0;
				for (int j = 0; j < A->nseen && !used; j++)
					used = A->seen[j] == c;
				if (!used) {
					s = c;
					break;
				}
			}
			if (A->nseen < (int)(sizeof A->seen / sizeof *A->seen))
				A->seen[A->nseen++] = s;
			buf_puts(b, s);
			break;
		}
		case 'Q': buf_puts(b, quote_open[A->quote]); break;
		case 'E': buf_puts(b, quote_close[A->quote]); break;
		case 'w':
			if (A->dated && chance(r, 0.8)) {
				buf_puts(b, " ");
				weekday_date(r, A->day, b);
				A->dated = 0;
				break;
			}
			/* fall through */
		case 's':
			if (A->dated)
				speech_date(r, A->day, b);
			A->dated = 0;
			break;
		case 'T': case 'F': case 'K':
			if (A->dated) {
				buf_puts(b, " ");
				(*t == 'F' ? future_date : *t == 'K' ? since_date : past_date)(r, A->day, b);
				A->dated = 0;
			}
			break;
		}
	}
	A->depth--;
}

/* Capital first letter (past any quote mark); no ",." left by a role
 * between commas at the end of a clause. */
static void tidy(struct buf *b)
{
	size_t i = 0;
	while (i < b->n && (b->p[i] == '"' || b->p[i] == '`' || (unsigned char)b->p[i] >= 0x80))
		i++;
	if (i < b->n && b->p[i] >= 'a' && b->p[i] <= 'z')
		b->p[i] = (char)(b->p[i] - 32);
	size_t j = 0;
	for (i = 0; i < b->n; i++) {
		if (b->p[i] == ',' && i + 1 < b->n && (b->p[i + 1] == '.' || b->p[i + 1] == ',' || b->p[i + 1] == ':'))
			continue;
		b->p[j++] = b->p[i];
	}
	b->n = j;
	b->p[j] = 0;
}

static int words(const char *s)
{
	int n = 0;
	for (int in = 0; *s; s++) {
		if (*s == ' ')
			in = 0;
		else if (!in)
			in = 1, n++;
	}
	return n;
}

static int sentence(struct art *A, struct buf *out, int kind)
{
	static struct buf s;
	const char *t = NULL;
	for (int tries = 0; tries < 16; tries++) {
		t = kind_t[kind][rnd(&A->r, kind_n[kind])];
		if (!A->dated || strstr(t, "@T") || strstr(t, "@F") || strstr(t, "@K") || strstr(t, "@w") ||
		    strstr(t, "@s"))
			break;
		t = background_t[0];
	}
	s.n = 0;
	A->nin = 0;
	A->cur_c = -1;
	buf_grow(&s, 256);
	expand(A, &s, t);
	/* wire sentences run long: a clause more on many of them */
	size_t tl = strlen(t);
	int said = tl >= 7 && (strcmp(t + tl - 7, "said@T.") == 0 || strcmp(t + tl - 6, " said.") == 0);
	if (kind != K_QUOTE && kind != K_LEDE && !said && s.n > 1 && s.p[s.n - 1] == '.' &&
	    chance(&A->r, 0.55)) {
		s.p[--s.n] = 0;
		expand(A, &s, fresh(A, l_clauses));
		buf_puts(&s, ".");
	}
	tidy(&s);
	buf_puts(out, s.p);
	return words(s.p);
}

#endif
