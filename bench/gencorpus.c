/* gencorpus.c - write N scraped-looking world-news files for the benchmark.
 *
 *   gencorpus DIR N [SEED]
 *
 * The same N and SEED give the same bytes, so figures from two runs
 * compare.  The articles imitate wire copy as brief-import meets it:
 * developing stories that come back over weeks (threads), a cast of
 * thousands of people and hundreds of organisations of whom a few are in
 * many stories, 5 to 15 dates a story, and the mess of scrapes: captions
 * repeated with their credits, "TT", sub-headings, "Read more:" trailers,
 * and one file in ten holding two articles.  Files go a thousand a folder
 * (DIR/d000/f000000.txt ...), in the order the stories were published.
 * Each article is written from its own seed and forgotten, so memory does
 * not grow with N; arguments to one call never draw from a generator
 * twice, as compilers order them differently and the bytes must not
 * change with the compiler.  The parts: genlib.h (generator, buffers,
 * calendar), words.h, sectors.h, topics*.h and details.h (the
 * vocabulary), world.h (people, organisations, threads), dates.h,
 * templates.h and text.h (sentences). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <sys/stat.h>

#include "text.h"

static void title_case(struct buf *b)
{
	static const char *const small[] = {"a", "an", "the", "and", "but", "or", "for", "on", "at",
					    "to", "from", "by", "of", "in", "as", "with", NULL};
	int first = 1;
	for (size_t i = 0; i < b->n;) {
		size_t j = i;
		while (j < b->n && b->p[j] != ' ')
			j++;
		int keep = 0;
		for (int k = 0; !first && small[k]; k++)
			keep |= j - i == strlen(small[k]) && strncmp(b->p + i, small[k], j - i) == 0;
		for (size_t k = i; k < j; k++)
			if ((k == i ? !keep : b->p[k - 1] == '-') && b->p[k] >= 'a' && b->p[k] <= 'z')
				b->p[k] = (char)(b->p[k] - 32);
		first = j > i && b->p[j - 1] == ':';
		i = j + 1;
	}
}

static void headline(struct art *A, struct buf *out)
{
	static struct buf h;
	struct rng *r = &A->r;
	const struct thread *t = &A->th;
	const struct topic_lists *tl = A->tl;
	int c0 = t->country[0], c1 = t->country[1];
	const struct org *o = &orgs[t->org[0]];
	for (int tries = 0; tries < 30; tries++) {
		h.n = 0;
		for (const char *s = headline_t[rnd(r, sizeof headline_t / sizeof *headline_t)]; *s; s++) {
			if (*s != '@' || !s[1]) {
				buf_putn(&h, s, 1);
				continue;
			}
			switch (*++s) {
			case 'C': buf_puts(&h, bare(countries[c0].name)); break;
			case 'D': buf_puts(&h, bare(countries[c1].name)); break;
			case 'A': buf_puts(&h, countries[c0].adj); break;
			case 'R': buf_puts(&h, surname(A->a[0].id)); break;
			case 'O': buf_puts(&h, o->acro && chance(r, 0.5) ? o->acro : o->name); break;
			case 'H': buf_puts(&h, tl->head.v[t->focus_head[0]]); break;
			case 'G': buf_puts(&h, tl->head.v[t->focus_head[1]]); break;
			case 'V': buf_puts(&h, pick(r, l_hv)); break;
			case 'W': buf_puts(&h, pick(r, l_hvp)); break;
			case 'I': buf_puts(&h, pick(r, l_hvt)); break;
			case 'Y': buf_puts(&h, t->city); break;
			}
		}
		if (words(h.p) >= 6 && words(h.p) <= 14)
			break;
	}
	if (words(h.p) < 6)
		buf_printf(&h, " as Talks Continue in %s", t->city);
	title_case(&h);
	buf_puts(out, h.p);
	buf_puts(out, "\n");
}

static void random_name(struct rng *r, struct buf *b)
{
	const struct country *c = &countries[any_country(r)];
	const struct name_group *g = groups[c->group].g;
	const struct list *first = chance(r, 0.5) ? &groups[c->group].female : &groups[c->group].male;
	const char *f = pick(r, *first), *s = pick(r, groups[c->group].surnames);
	buf_printf(b, "%s %s", g->family_first ? s : f, g->family_first ? f : s);
}

static void upper(struct buf *b, const char *s)
{
	for (; *s; s++)
		buf_putn(b, &(char){(char)(*s >= 'a' && *s <= 'z' ? *s - 32 : *s)}, 1);
}

static void credit(struct rng *r, struct buf *b)
{
	static struct buf n;
	n.n = 0;
	random_name(r, &n);
	int u = rnd(r, 100);
	if (u < 35)
		buf_printf(b, "REUTERS/%s", n.p);
	else if (u < 50)
		buf_puts(b, "Photo: AP");
	else if (u < 60)
		buf_puts(b, "(Reuters)");
	else if (u < 70)
		buf_puts(b, "AFP via Getty Images");
	else if (u < 80)
		buf_printf(b, "Photo: %s/AFP", n.p);
	else if (u < 88) {
		buf_puts(b, "EPA-EFE/");
		upper(b, strrchr(n.p, ' ') + 1);
	} else
		buf_printf(b, "(AP Photo/%s)", n.p);
}

/* A photo caption, drawn from the page's generator: a re-published copy
 * has the same story under other pictures. */
static void caption(struct art *A, struct buf *b, int dated)
{
	struct rng body = A->r;
	A->r = A->pr;
	struct rng *r = &A->r;
	int c0 = A->th.country[0], y, m, d, own = 0;
	if (chance(r, 0.5)) {
		person_intro(A, b, A->a[0].id);
		buf_printf(b, " %s", pick(r, l_acts));
	} else {
		buf_puts(b, pick(r, A->tl->scenes));
	}
	if (b->p[0] >= 'a' && b->p[0] <= 'z')
		b->p[0] = (char)(b->p[0] - 32);
	const char *city = chance(r, 0.7) ? A->th.city : city_of(r, c0);
	for (int k = 0; k < countries[c0].cities.n; k++)
		own |= countries[c0].cities.v[k] == city;
	buf_printf(b, " in %s", city);
	if (own && strcmp(city, bare(countries[c0].name)))
		buf_printf(b, ", %s", bare(countries[c0].name));
	if (dated) {
		civil_from_days(A->day - chance(r, 0.3), &y, &m, &d);
		buf_printf(b, ", %s %d, %d", month_names[m - 1], d, y);
	}
	buf_puts(b, ". ");
	credit(r, b);
	A->pr = A->r;
	A->r = body;
}

/* The date line under the headline, in the forms sites print it. */
static void date_line(struct art *A, struct buf *b)
{
	const char *mon = month_names[A->m - 1];
	int u = rnd(&A->r, 100);
	if (u < 50)
		buf_printf(b, "%s %d, %d\n\n", mon, A->d, A->y);
	else if (u < 80)
		buf_printf(b, "%s, %s %d, %d\n\n", weekday_names[weekday(A->day)], mon, A->d, A->y);
	else
		buf_printf(b, "%d %s %d\n\n", A->d, mon, A->y);
}

static void trailer(struct art *A, struct buf *out)
{
	static struct buf n1, n2;
	struct rng *r = &A->r;
	n1.n = n2.n = 0;
	random_name(r, &n1);
	random_name(r, &n2);
	if (A->agency == AG_REUTERS && chance(r, 0.7)) {
		buf_printf(out, "(Reporting by %s in %s; ", n1.p, A->th.city);
		if (chance(r, 0.3)) {
			n1.n = 0;
			random_name(r, &n1);
			buf_printf(out, "Additional reporting by %s; Writing by %s; ", n1.p, n2.p);
			n2.n = 0;
			random_name(r, &n2);
		}
		buf_printf(out, "Editing by %s)\n", n2.p);
	} else if (A->agency == AG_AP && chance(r, 0.25)) {
		buf_printf(out, "Associated Press writer %s in %s contributed to this report.\n", n1.p,
			   city_of(r, A->th.country[0]));
	}
	if (chance(&A->pr, 0.12)) {
		static struct buf h;
		const struct topic_lists *tl = &topics[rnd(&A->pr, ntopics)];
		h.n = 0;
		buf_printf(&h, "%s ", pick(&A->pr, tl->head));
		buf_printf(&h, "%s in ", pick(&A->pr, l_hvt));
		buf_puts(&h, city_of(&A->pr, any_country(&A->pr)));
		title_case(&h);
		buf_printf(out, "Read more: %s\n", h.p);
	}
}

/* Sentences per paragraph (1-4) and which sentences carry a date. */
static int plan_body(struct art *A, int *per, unsigned char *dated)
{
	struct rng *r = &A->r;
	int w = (int)(470 * xexp(0.36 * normalish(r)));
	w = w < 250 ? 250 : w > 820 ? 820 : w; /* the clauses add some */
	int s = (w + 8) / 17, p = (int)(s / (1.8 + unit(r) * 1.4) + 0.5);
	p = p < 4 ? 4 : p > 14 ? 14 : p;
	int lede_alone = chance(r, 0.8), room = 4 * p - 3 * lede_alone;
	s = s < p ? p : s > room ? room : s;
	for (int k = 0; k < p; k++)
		per[k] = 1;
	for (int extra = s - p; extra > 0;) {
		int k = rnd(r, p);
		if (per[k] < 4 && (k > 0 || !lede_alone))
			per[k]++, extra--;
	}
	/* 5-15 dates in all; the date line and a caption bring one or two */
	int want = 5;
	for (int k = 0; k < 10; k++)
		want += chance(r, 0.4);
	want -= 1 + chance(r, 0.4);
	memset(dated, 0, 64);
	if (want > 0 && chance(r, 0.85))
		dated[0] = 1, want--;
	for (int k = 1; k < s; k++)
		if (rnd(r, s - k) < want)
			dated[k] = 1, want--;
	return p;
}

static int pick_kind(struct art *A, int p, int np, int k, int quotes)
{
	static const int weight[NKINDS] = {0, 34, 12, 20, 12, 12, 8};
	if (p == 0 && k == 0)
		return K_LEDE;
	if (quotes && k == 0)
		return K_QUOTE;
	if (p == np - 1 && k == 0)
		return chance(&A->r, 0.5) ? K_FUTURE : K_BACKGROUND;
	int u = rnd(&A->r, 98), kind = 1;
	while (u >= weight[kind])
		u -= weight[kind++];
	return kind;
}

static void article(struct buf *out, const struct spec *sp, int second, uint64_t page)
{
	static struct art A;
	static struct buf cap;
	int per[14];
	unsigned char dated[64];
	memset(&A, 0, sizeof A);
	make_thread(sp->thread, &A.th);
	A.tl = &topics[A.th.topic];
	A.r = rng_for(seed, (uint64_t)sp->thread, (uint64_t)sp->idx);
	A.pr = rng_for(seed, 0x50414745ULL, page);
	A.day = sp->text_day;
	civil_from_days(A.day, &A.y, &A.m, &A.d);
	struct rng *r = &A.r;
	int u = rnd(r, 100);
	A.agency = u < 45 ? AG_REUTERS : u < 70 ? AG_AP : u < 85 ? AG_AFP : AG_NONE;
	A.quote = chance(r, 0.55) ? 0 : chance(r, 0.67) ? 1 : 2;
	cast(&A);
	size_t head_at = out->n;
	headline(&A, out);
	if (sp->copy) {
		/* the site that picks a story up writes its own headline */
		struct rng body = A.r;
		A.r = A.pr;
		out->n = head_at;
		headline(&A, out);
		A.pr = A.r;
		A.r = body;
	}
	size_t head_end = out->n;
	buf_puts(out, "\n");
	/* 0: dateline with the year; 1: date line, dateline without; 2:
	 * dateline without, a dated caption above; 3: date line, AP or AFP */
	int form = rnd(r, 100);
	form = second ? 0 : A.agency != AG_REUTERS ? 3 : form < 60 ? 0 : form < 90 ? 1 : 2;
	if (form == 2 || (!second && chance(&A.pr, 0.35))) {
		cap.n = 0;
		caption(&A, &cap, form == 2 || chance(&A.pr, 0.7));
		int reps = chance(&A.pr, 0.5) ? 1 : chance(&A.pr, 0.6) ? 2 : 3;
		for (int k = 0; k < reps; k++)
			buf_printf(out, "%s\n", cap.p);
		if (chance(&A.pr, 0.12))
			buf_puts(out, "TT\n");
		if (chance(&A.pr, 0.1)) {
			buf_puts(out, "\n");
			buf_putn(out, out->p + head_at, head_end - head_at);
		}
		buf_puts(out, "\n");
	}
	if (form == 1 || form == 3)
		date_line(&A, out);
	static struct buf dl;
	dl.n = 0;
	const char *agency = A.agency == AG_AP ? "AP" : A.agency == AG_AFP ? "AFP" : "Reuters";
	if (form == 0) {
		upper(&dl, A.th.city);
		buf_printf(&dl, ", %s %d, %d (%s) - ", month_names[A.m - 1], A.d, A.y, agency);
	} else if (form < 3) {
		upper(&dl, A.th.city);
		buf_printf(&dl, ", %s %d (Reuters) - ", month_names[A.m - 1], A.d);
	} else if (A.agency == AG_AP) {
		upper(&dl, A.th.city);
		buf_puts(&dl, " (AP) \xE2\x80\x94 ");
	} else if (A.agency == AG_AFP) {
		buf_printf(&dl, "%s (AFP) - ", A.th.city);
	}
	int np = plan_body(&A, per, dated), sub1 = -1, sub2 = -1, shot = -1, ad = -1, n = 0, total = 0;
	if (np >= 6 && chance(r, 0.3)) {
		sub1 = range(r, 2, np - 2);
		sub2 = chance(r, 0.3) ? range(r, 2, np - 1) : -1;
	}
	if (chance(&A.pr, 0.18))
		shot = range(&A.pr, 2, np - 1);
	if (chance(&A.pr, 0.05))
		ad = range(&A.pr, 1, np - 1);
	for (int p = 0; p < np; p++) {
		if (p == sub1 || (p == sub2 && sub2 != sub1)) {
			cap.n = 0;
			buf_puts(&cap, chance(r, 0.7) ? pick(r, A.tl->subs) : pick(r, l_subs));
			title_case(&cap);
			buf_printf(out, "%s\n\n", cap.p);
		}
		if (p == shot) {
			cap.n = 0;
			if (chance(&A.pr, 0.15))
				credit(&A.pr, &cap);
			else
				caption(&A, &cap, chance(&A.pr, 0.5));
			buf_printf(out, "%s\n\n", cap.p);
		}
		if (p == ad)
			buf_puts(out, "Advertisement\n\n");
		int quotes = p > 1 && chance(r, 0.28);
		for (int k = 0; k < per[p]; k++, n++) {
			int kind = pick_kind(&A, p, np, k, quotes);
			A.dated = dated[n];
			if (k > 0)
				buf_puts(out, " ");
			if (p == 0 && k == 0)
				buf_putn(out, dl.p, dl.n);
			total += sentence(&A, out, kind);
		}
		buf_puts(out, "\n\n");
		/* short of 250 words: another paragraph, up to 14 */
		if (p == np - 1 && total < 250 && np < 14)
			per[np++] = 2;
	}
	trailer(&A, out);
}

static int make_dir(const char *path)
{
	struct stat st;
	if (mkdir(path, 0755) == 0 || (errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode)))
		return 0;
	fprintf(stderr, "gencorpus: cannot create %s: %s\n", path, strerror(errno == EEXIST ? ENOTDIR : errno));
	return -1;
}

static int two_articles(long i)
{
	return mix3(seed, 0x54574FULL, (uint64_t)i) % 10 == 0;
}

int main(int argc, char **argv)
{
	char *end = NULL;
	long n = argc >= 3 ? strtol(argv[2], &end, 10) : 0;
	if (argc < 3 || argc > 5 || !end || *end || n <= 0 || n > 10000000) {
		fprintf(stderr, "usage: gencorpus DIR N [SEED [TRUTH]]\n");
		return 2;
	}
	seed = 1;
	if (argc >= 4) {
		seed = strtoull(argv[3], &end, 10);
		if (*end || !*argv[3]) {
			fprintf(stderr, "gencorpus: SEED must be a number\n");
			return 2;
		}
	}
	const char *dir = argv[1];
	if (make_dir(dir))
		return 1;
	/* the true thread of each article, to measure story threads against */
	FILE *truth = NULL;
	if (argc == 5 && !(truth = fopen(argv[4], "w"))) {
		fprintf(stderr, "gencorpus: cannot write %s: %s\n", argv[4], strerror(errno));
		return 1;
	}
	long m = n;
	for (long i = 0; i < n; i++)
		m += two_articles(i);
	long people = 1000 + n / 30;
	init_world((int)(people > 14000 ? 14000 : people));
	l_tails = split(tails);
	l_hv = split(head_verbs);
	l_hvp = split(head_verbs_pl);
	l_hvt = split(head_verbs_thing);
	l_subs = split(generic_subs);
	l_acts = split(caption_acts);
	l_quotes = split(generic_quotes);
	l_clauses = split(clauses);
	int nthreads;
	struct spec *v = plan((int)m, &nthreads);
	struct buf out = {0};
	char path[4096];
	long k = 0;
	for (long i = 0; i < n; i++) {
		if (i % 1000 == 0) {
			snprintf(path, sizeof path, "%s/d%03ld", dir, i / 1000);
			if (make_dir(path))
				return 1;
		}
		out.n = 0;
		/* a copy and its original are never in one file */
		if (two_articles(i) && k + 2 < m && v[k + 1].copy && v[k + 1].thread == v[k].thread) {
			struct spec x = v[k + 1];
			v[k + 1] = v[k + 2];
			v[k + 2] = x;
		}
		if (truth)
			fprintf(truth, "d%03ld/f%06ld.txt\t1\t%d\t%d\n", i / 1000, i, v[k].thread, v[k].copy);
		article(&out, &v[k++], 0, (uint64_t)i * 2);
		if (two_articles(i)) {
			buf_puts(&out, "\n\n");
			if (truth)
				fprintf(truth, "d%03ld/f%06ld.txt\t2\t%d\t%d\n", i / 1000, i, v[k].thread, v[k].copy);
			article(&out, &v[k++], 1, (uint64_t)i * 2 + 1);
		}
		snprintf(path, sizeof path, "%s/d%03ld/f%06ld.txt", dir, i / 1000, i);
		FILE *f = fopen(path, "w");
		if (!f || fwrite(out.p, 1, out.n, f) != out.n || fclose(f) != 0) {
			fprintf(stderr, "gencorpus: cannot write %s: %s\n", path, strerror(errno));
			return 1;
		}
	}
	if (truth && fclose(truth) != 0) {
		fprintf(stderr, "gencorpus: cannot write %s: %s\n", argv[4], strerror(errno));
		return 1;
	}
	fprintf(stderr, "gencorpus: %ld files, %ld articles, %d threads, in %s\n", n, m, nthreads, dir);
	free(out.p);
	free(v);
	return 0;
}
