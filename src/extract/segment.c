/* segment.c - articles out of a scraped text file.
 *
 * Three passes over the lines, each linear: (1) normalize and classify each
 * physical line (boilerplate, caption, date line, text); (2) join lines that
 * a hard wrap or a broken scrape split; (3) walk the logical lines building
 * articles, deciding for each short headline-like line whether it is a
 * repeat, a new article's headline or a sub-heading. */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "brief/boiler.h"
#include "brief/mem.h"
#include "brief/segment.h"
#include "brief/sentence.h"
#include "brief/textline.h"
#include "brief/utf8.h"

enum line_type { L_TEXT, L_CAPTION, L_DATE };

struct line {
	char *text; /* normalized and owned */
	size_t len;
	size_t lineno;
	int blank_before; /* blank lines since the previous kept line */
	enum line_type type;
	struct date_value date; /* for L_DATE */
	uint64_t hash;
	bool headline; /* short, no final punctuation: a headline or heading */
	bool repeats;  /* the same text comes again a few lines on */
};

struct lines {
	struct line *v;
	size_t n, cap;
};

enum {
	REPEAT_WINDOW = 12,      /* how far ahead a repeated headline or caption is looked for */
	LONG_PARAGRAPH = 1000,   /* bytes: a paragraph this long is split by sentences */
	SPLIT_TARGET = 400,      /* bytes per paragraph when splitting */
	TITLE_COLUMNS = 80,
};

static uint64_t hash_text(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h ? h : 1;
}

static bool starts_lower(const char *s)
{
	return islower((unsigned char)s[0]);
}

/* ---- pass 1: physical lines ---------------------------------------- */

static void push_line(struct lines *ls, char *text, size_t len, size_t lineno, int blanks,
		      enum line_type type)
{
	ls->v = xgrow(ls->v, &ls->cap, ls->n + 1, sizeof *ls->v);
	ls->v[ls->n++] = (struct line){.text = text, .len = len, .lineno = lineno,
				       .blank_before = blanks, .type = type};
}

static void read_lines(const char *text, size_t n, struct lines *ls)
{
	size_t i = 0, lineno = 0;
	/* The longest run of blank lines since the last kept line: a dropped
	 * credit between two single blank lines is no wider gap. */
	int blanks = 0, run = 0;
	while (i < n) {
		const char *eol = memchr(text + i, '\n', n - i);
		size_t end = eol ? (size_t)(eol - text) : n;
		size_t len;
		char *t = textline_normalize(text + i, end - i, &len);
		lineno++;
		i = end + 1;
		if (len == 0) {
			free(t);
			if (++run > blanks)
				blanks = run;
			continue;
		}
		run = 0;
		size_t keep;
		enum boiler_class cls = boiler_classify(t, len, &keep);
		struct date_value dv;
		if (cls == BOILER_DROP) {
			free(t);
			continue;
		}
		if (cls == BOILER_CAPTION) {
			t[keep] = '\0';
			push_line(ls, t, keep, lineno, blanks, L_CAPTION);
		} else if (textline_date_line(t, len, &dv)) {
			push_line(ls, t, len, lineno, blanks, L_DATE);
			ls->v[ls->n - 1].date = dv;
		} else {
			push_line(ls, t, len, lineno, blanks, L_TEXT);
		}
		blanks = 0;
	}
}

/* ---- pass 2: joining broken lines ---------------------------------- */

/* Hard-wrapped text: many lines run on into the next without ending a
 * sentence.  Then every block of lines is one paragraph. */
static bool looks_wrapped(const struct lines *ls)
{
	size_t text = 0, runs_on = 0;
	for (size_t i = 0; i < ls->n; i++) {
		if (ls->v[i].type != L_TEXT)
			continue;
		text++;
		if (i + 1 < ls->n && ls->v[i + 1].type == L_TEXT && ls->v[i + 1].blank_before == 0 &&
		    ls->v[i].len >= 40 && !textline_ends_sentence(ls->v[i].text, ls->v[i].len))
			runs_on++;
	}
	return runs_on >= 3 && runs_on * 4 >= text;
}

static void join_lines(struct lines *ls)
{
	bool wrapped = looks_wrapped(ls);
	size_t out = 0;
	for (size_t i = 0; i < ls->n; i++) {
		struct line *cur = &ls->v[i];
		struct line *prev = out ? &ls->v[out - 1] : NULL;
		bool join = false;
		if (prev && cur->type == L_TEXT && prev->type == L_TEXT && cur->blank_before == 0) {
			if (wrapped)
				join = !(textline_headline_like(prev->text, prev->len) && prev->len < 60);
			else
				join = !textline_ends_sentence(prev->text, prev->len) && starts_lower(cur->text) &&
				       !textline_headline_like(prev->text, prev->len);
		}
		if (join) {
			prev->text = xrealloc(prev->text, prev->len + cur->len + 2);
			prev->text[prev->len] = ' ';
			memcpy(prev->text + prev->len + 1, cur->text, cur->len + 1);
			prev->len += cur->len + 1;
			free(cur->text);
			continue;
		}
		ls->v[out++] = *cur;
	}
	ls->n = out;
}

/* ---- pass 3: articles --------------------------------------------- */

/* Texts already kept in the current article, so repeats are dropped. */
struct seen {
	uint64_t *slot;
	size_t cap, used;
};

static bool seen_add(struct seen *s, uint64_t h)
{
	if ((s->used + 1) * 2 > s->cap) {
		struct seen bigger = {xcalloc(s->cap ? s->cap * 2 : 64, sizeof(uint64_t)),
				      s->cap ? s->cap * 2 : 64, 0};
		for (size_t i = 0; i < s->cap; i++)
			if (s->slot[i])
				seen_add(&bigger, s->slot[i]);
		free(s->slot);
		*s = bigger;
	}
	size_t i = h & (s->cap - 1);
	while (s->slot[i]) {
		if (s->slot[i] == h)
			return false;
		i = (i + 1) & (s->cap - 1);
	}
	s->slot[i] = h;
	s->used++;
	return true;
}

static void seen_clear(struct seen *s)
{
	if (s->slot)
		memset(s->slot, 0, s->cap * sizeof *s->slot);
	s->used = 0;
}

struct builder {
	struct article_list *out;
	const struct segment_options *opt;
	bool open;
	struct seen seen;
	size_t body_count;
	struct date_value dateline, meta, caption;
	int typical_gap;
};

static struct article *current(struct builder *b)
{
	return &b->out->items[b->out->n - 1];
}

char *segment_short_title(const char *text, size_t n, int max_cols)
{
	size_t len = sentence_first_len(text, n);
	while (len > 0 && (text[len - 1] == '.' || text[len - 1] == ' '))
		len--;
	char *sentence = xstrndup(text, len);
	if (utf8_width(sentence) <= max_cols)
		return sentence;
	/* Cut at the last word boundary that fits, then mark the cut. */
	struct buf b = BUF_INIT;
	utf8_fit(&b, sentence, max_cols, false);
	free(sentence);
	size_t cut = b.len >= 3 ? b.len - 3 : 0; /* before "…" */
	while (cut > 0 && b.data[cut - 1] != ' ')
		cut--;
	while (cut > 0 && (b.data[cut - 1] == ' ' || b.data[cut - 1] == ','))
		cut--;
	if (cut == 0)
		return buf_steal(&b);
	char *title = xmalloc(cut + 4);
	memcpy(title, b.data, cut);
	memcpy(title + cut, "\xE2\x80\xA6", 4);
	buf_free(&b);
	return title;
}

static void finish_article(struct builder *b)
{
	if (!b->open)
		return;
	b->open = false;
	struct article *a = current(b);
	if (b->body_count == 0) {
		/* Only a headline or captions: not an article. */
		for (size_t j = 0; j < a->npara; j++)
			free(a->paras[j].text);
		free(a->paras);
		free(a->title);
		b->out->n--;
		return;
	}
	if (!a->title) {
		for (size_t j = 0; j < a->npara && !a->title; j++)
			if (a->paras[j].kind == PARA_HEADING)
				a->title = xstrdup(a->paras[j].text);
		for (size_t j = 0; j < a->npara && !a->title; j++)
			if (a->paras[j].kind == PARA_BODY)
				a->title = segment_short_title(a->paras[j].text, strlen(a->paras[j].text),
							       TITLE_COLUMNS);
	}
	if (b->dateline.precision != DATE_NONE)
		a->date = b->dateline, a->date_from = DATE_FROM_DATELINE;
	else if (b->meta.precision != DATE_NONE)
		a->date = b->meta, a->date_from = DATE_FROM_LINE;
	else if (b->caption.precision != DATE_NONE)
		a->date = b->caption, a->date_from = DATE_FROM_CAPTION;
	else
		a->date = b->opt->fallback_date, a->date_from = DATE_FROM_NONE;
}

static void start_article(struct builder *b, const struct line *l, const char *title)
{
	finish_article(b);
	b->out->items = xgrow(b->out->items, &b->out->cap, b->out->n + 1, sizeof *b->out->items);
	struct article *a = &b->out->items[b->out->n++];
	memset(a, 0, sizeof *a);
	a->line = l->lineno;
	a->title = title ? xstrdup(title) : NULL;
	b->open = true;
	b->body_count = 0;
	b->dateline.precision = b->meta.precision = b->caption.precision = DATE_NONE;
	seen_clear(&b->seen);
	if (title)
		seen_add(&b->seen, l->hash);
}

/* A very long paragraph (a whole article on one line) is cut into
 * paragraphs of a few sentences. */
static void add_body(struct builder *b, const struct line *l)
{
	struct article *a = current(b);
	if (b->body_count == 0 && textline_dateline(l->text, l->len, &b->dateline) == false)
		b->dateline.precision = DATE_NONE;
	b->body_count++;
	if (l->len < LONG_PARAGRAPH) {
		article_add_para(a, PARA_BODY, xstrndup(l->text, l->len), l->lineno);
		return;
	}
	struct span *sp = NULL;
	size_t cap = 0, count = sentence_split(l->text, l->len, &sp, &cap);
	size_t start = 0;
	for (size_t k = 0; k < count; k++) {
		bool last = k + 1 == count;
		if (sp[k].end - sp[start].start >= SPLIT_TARGET || last) {
			article_add_para(a, PARA_BODY,
					 xstrndup(l->text + sp[start].start, sp[k].end - sp[start].start),
					 l->lineno);
			start = k + 1;
		}
	}
	free(sp);
}

/* A caption, or text the scraper repeated before a story: a caption whose
 * credit was lost. */
static bool caption_like(const struct line *l)
{
	return l->type == L_CAPTION || (l->type == L_TEXT && l->repeats && !l->headline);
}

/* Does what follows the short line ls->v[i] open an article?  Pages put
 * photos under their sub-headings, so a caption alone says nothing.  An
 * article opens with a date line (a hero photo may come first), a dateline
 * lede, or captions the scraper repeated and then the lede.  Only a date
 * line may sit behind captions: a dash in the first paragraph after a photo
 * ("On July 19, 2017 – two days later") looks too much like a dateline. */
static bool opens_article(const struct lines *ls, size_t i)
{
	size_t j = i + 1;
	bool repeated = false;
	while (j < ls->n && caption_like(&ls->v[j])) {
		repeated |= ls->v[j].repeats;
		j++;
	}
	if (j >= ls->n)
		return false;
	const struct line *next = &ls->v[j];
	struct date_value v;
	if (next->type == L_DATE)
		return true;
	if (next->type != L_TEXT || next->headline)
		return false;
	if (j == i + 1)
		return textline_dateline(next->text, next->len, &v);
	return repeated;
}

/* A short line inside an article is a sub-heading unless it is a headline
 * the scraper repeated, what follows opens an article, or a wider gap than
 * between paragraphs sets it off. */
static bool starts_new_article(const struct builder *b, const struct lines *ls, size_t i)
{
	const struct line *l = &ls->v[i];
	if (b->body_count == 0)
		return false;
	if (l->repeats || opens_article(ls, i))
		return true;
	return l->blank_before >= 2 && l->blank_before > b->typical_gap;
}

static void add_line(struct builder *b, const struct lines *ls, size_t i)
{
	const struct line *l = &ls->v[i];
	if (l->type == L_DATE) {
		if (!b->open)
			start_article(b, l, NULL);
		if (b->meta.precision == DATE_NONE)
			b->meta = l->date;
		return;
	}
	if (l->type == L_CAPTION) {
		if (!b->open)
			start_article(b, l, NULL);
		if (!seen_add(&b->seen, l->hash))
			return;
		struct date_match m;
		if (b->caption.precision == DATE_NONE && date_find(l->text, l->len, false, &m))
			b->caption = m.value;
		article_add_para(current(b), PARA_CAPTION, xstrndup(l->text, l->len), l->lineno);
		return;
	}
	if (l->headline) {
		if (!b->open) {
			start_article(b, l, l->text);
			return;
		}
		struct article *a = current(b);
		if (a->title && hash_text(a->title, strlen(a->title)) == l->hash)
			return; /* the headline again */
		if (starts_new_article(b, ls, i)) {
			start_article(b, l, l->text);
			return;
		}
		if (!a->title && b->body_count == 0) {
			a->title = xstrndup(l->text, l->len);
			seen_add(&b->seen, l->hash);
			return;
		}
		if (seen_add(&b->seen, l->hash))
			article_add_para(a, PARA_HEADING, xstrndup(l->text, l->len), l->lineno);
		return;
	}
	if (!b->open)
		start_article(b, l, NULL);
	if (!seen_add(&b->seen, l->hash))
		return;
	if (b->body_count == 0 && l->repeats) {
		/* Repeated before the story starts: a caption whose credit was lost. */
		article_add_para(current(b), PARA_CAPTION, xstrndup(l->text, l->len), l->lineno);
		return;
	}
	add_body(b, l);
}

/* The usual number of blank lines between paragraphs, so a larger gap
 * before a headline can mark a new article. */
static int typical_gap(const struct lines *ls)
{
	size_t counts[4] = {0};
	for (size_t i = 0; i < ls->n; i++)
		if (ls->v[i].type == L_TEXT && !ls->v[i].headline)
			counts[ls->v[i].blank_before < 3 ? ls->v[i].blank_before : 3]++;
	int best = 0;
	for (int g = 1; g < 4; g++)
		if (counts[g] > counts[best])
			best = g;
	return best;
}

void segment_text(const char *text, size_t n, const struct segment_options *opt,
		  struct article_list *out)
{
	struct lines ls = {0};
	read_lines(text, n, &ls);
	join_lines(&ls);
	for (size_t i = 0; i < ls.n; i++) {
		struct line *l = &ls.v[i];
		l->hash = hash_text(l->text, l->len);
		l->headline = l->type == L_TEXT && textline_headline_like(l->text, l->len);
	}
	/* Scrapers repeat a headline or caption before the story starts, so a
	 * repeat only counts when no other body paragraph comes in between: a
	 * sub-heading used again in a later story is not a repeat. */
	for (size_t i = 0; i < ls.n; i++) {
		for (size_t j = i + 1; j < ls.n && j <= i + REPEAT_WINDOW; j++) {
			if (ls.v[j].hash == ls.v[i].hash && ls.v[j].len == ls.v[i].len) {
				ls.v[i].repeats = true;
				break;
			}
			if (ls.v[j].type == L_TEXT && !ls.v[j].headline)
				break;
		}
	}
	struct builder b = {.out = out, .opt = opt, .typical_gap = typical_gap(&ls)};
	for (size_t i = 0; i < ls.n; i++)
		add_line(&b, &ls, i);
	finish_article(&b);
	for (size_t i = 0; i < ls.n; i++)
		free(ls.v[i].text);
	free(ls.v);
	free(b.seen.slot);
}
