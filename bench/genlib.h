/* genlib.h - the plumbing of gencorpus.c: a seeded generator, Zipf draws,
 * growing buffers, '|'-lists and the calendar.
 *
 * bench/run.sh builds gencorpus.c alone with "cc -O2" and no -lm, so the
 * logarithm and exponential here are our own, and everything is static. */
#ifndef GENCORPUS_GENLIB_H
#define GENCORPUS_GENLIB_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* splitmix64: each stream is a seed; a stream per article means a file's
 * text does not depend on how many files came before it. */
struct rng {
	uint64_t s;
};

static uint64_t rng_next(struct rng *r)
{
	uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static uint64_t mix3(uint64_t a, uint64_t b, uint64_t c)
{
	struct rng r = {a * 0x100000001B3ULL ^ b};
	r.s ^= rng_next(&r) + c;
	return rng_next(&r);
}

static struct rng rng_for(uint64_t seed, uint64_t a, uint64_t b)
{
	return (struct rng){mix3(seed, a, b)};
}

static int rnd(struct rng *r, int n)
{
	return n <= 1 ? 0 : (int)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static double unit(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

static int chance(struct rng *r, double p)
{
	return unit(r) < p;
}

static int range(struct rng *r, int lo, int hi)
{
	return lo + rnd(r, hi - lo + 1);
}

static double xlog(double x)
{
	int k = 0;
	while (x >= 2.0) {
		x *= 0.5;
		k++;
	}
	while (x < 1.0) {
		x *= 2.0;
		k--;
	}
	/* log(x) = 2 atanh((x-1)/(x+1)), quick for x in [1,2) */
	double t = (x - 1.0) / (x + 1.0), t2 = t * t, term = t, sum = 0.0;
	for (int n = 1; n < 40; n += 2) {
		sum += term / n;
		term *= t2;
	}
	return 2.0 * sum + k * 0.69314718055994530942;
}

static double xexp(double x)
{
	int k = (int)(x / 0.69314718055994530942);
	double r = x - k * 0.69314718055994530942, term = 1.0, sum = 1.0;
	for (int n = 1; n < 30; n++) {
		term *= r / n;
		sum += term;
	}
	for (; k > 0; k--)
		sum *= 2.0;
	for (; k < 0; k++)
		sum *= 0.5;
	return sum;
}

/* A rank in [0, n) with weight 1/(rank + q): q small makes a steep head
 * (a few names in many stories), q large a flat one.  The continuous
 * inverse is close enough and needs no table per list. */
static int zipf(struct rng *r, int n, double q)
{
	if (n <= 1)
		return 0;
	double x = q * xexp(unit(r) * xlog((n + q) / q)) - q;
	int k = (int)x;
	return k < 0 ? 0 : k >= n ? n - 1 : k;
}

/* A normal deviate from four uniforms: tails are short, which suits
 * lengths that must stay in a range anyway. */
static double normalish(struct rng *r)
{
	double sum = 0.0;
	for (int k = 0; k < 4; k++)
		sum += unit(r);
	return (sum - 2.0) * 1.7320508;
}

struct buf {
	char *p;
	size_t n, cap;
};

static void buf_grow(struct buf *b, size_t more)
{
	if (b->n + more + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 4096;
	while (cap < b->n + more + 1)
		cap *= 2;
	char *p = realloc(b->p, cap);
	if (!p) {
		fprintf(stderr, "gencorpus: out of memory\n");
		exit(1);
	}
	b->p = p;
	b->cap = cap;
}

static void buf_putn(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	if (n)
		memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = 0;
}

static void buf_puts(struct buf *b, const char *s)
{
	buf_putn(b, s, strlen(s));
}

static void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	buf_grow(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)n;
}

struct list {
	int n;
	const char **v;
};

/* Splits a '|'-list once; the strings live as long as the program. */
static struct list split(const char *s)
{
	struct list l = {0, NULL};
	if (!s || !*s)
		return l;
	size_t len = strlen(s);
	char *copy = malloc(len + 1);
	int n = 1;
	for (const char *p = s; *p; p++)
		n += *p == '|';
	l.v = malloc(sizeof *l.v * (size_t)n);
	if (!copy || !l.v) {
		fprintf(stderr, "gencorpus: out of memory\n");
		exit(1);
	}
	memcpy(copy, s, len + 1);
	char *start = copy;
	for (char *p = copy;; p++) {
		if (*p == '|' || *p == 0) {
			int end = *p == 0;
			*p = 0;
			l.v[l.n++] = start;
			start = p + 1;
			if (end)
				break;
		}
	}
	return l;
}

/* One list of several strings, for lists longer than the 4,095
 * characters a string literal may portably have. */
static struct list split_chunks(const char *const *chunks, size_t n)
{
	struct list all = {0, NULL};
	for (size_t c = 0; c < n; c++) {
		struct list l = split(chunks[c]);
		const char **v = realloc(all.v, sizeof *v * (size_t)(all.n + l.n));
		if (!v) {
			fprintf(stderr, "gencorpus: out of memory\n");
			exit(1);
		}
		memcpy(v + all.n, l.v, sizeof *v * (size_t)l.n);
		all.v = v;
		all.n += l.n;
		free(l.v);
	}
	return all;
}

static const char *pick(struct rng *r, struct list l)
{
	return l.n ? l.v[rnd(r, l.n)] : "";
}

static const char *const month_names[] = {"January", "February", "March", "April", "May",
					  "June", "July", "August", "September", "October",
					  "November", "December"};
static const char *const weekday_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
					    "Friday", "Saturday", "Sunday"};

/* Days since 1970-01-01 and back (H. Hinnant's civil calendar). */
static int days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(int z, int *y, int *m, int *d)
{
	z += 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	int doe = z - era * 146097;
	int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp + (mp < 10 ? 3 : -9);
	*y = yoe + era * 400 + (*m <= 2);
}

/* 0 is Monday; 1970-01-01 was a Thursday. */
static int weekday(int z)
{
	return ((z % 7) + 7 + 3) % 7;
}

#endif
