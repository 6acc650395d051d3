/* timeml.c - the timeline's development set (see timeml.h).
 *
 * Each article becomes the file a user would have: its title, a blank
 * line, the document date as a date line ("Friday, August 7, 1998"), a
 * blank line and the paragraphs of TEXT, one line each, with TimeML's tags
 * taken out and its entities decoded.  The offsets of the gold expressions
 * are kept in that text, and what brief finds is placed in it through the
 * paragraphs it cut.
 *
 * Scoring, over the DATE expressions of TEXT with a calendar value:
 * - a found expression matches a gold one when their extents overlap; one
 *   that overlaps a TIME, DURATION or SET expression, or a DATE without a
 *   calendar value (PRESENT_REF, PAST_REF, FUTURE_REF), is neither right
 *   nor wrong: the timeline has no day for "now" or "for three years";
 * - its value is right when it equals the gold value, the gold's time of
 *   day left out ("1998-08-07TNI" is the day 1998-08-07), weeks written
 *   with two digits ("2000-W7" is 2000-W07) and decades as brief writes
 *   them ("198X" is 198); a second line reads a gold value that leaves a
 *   part open ("1968-XX", some month of 1968) as the part it knows;
 * - a found expression that overlaps nothing counts as wrong, and so does
 *   one left without a value. */
#include <ctype.h>
#include <dirent.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "brief/decode.h"
#include "brief/events.h"
#include "brief/model.h"
#include "brief/mem.h"
#include "brief/segment.h"
#include "corpus.h"
#include "timeml.h"

/* The text between <tag ...> and </tag>, or NULL. */
static const char *element(const char *s, const char *tag, const char **end)
{
	char open[32], close[32];
	snprintf(open, sizeof open, "<%s", tag);
	snprintf(close, sizeof close, "</%s>", tag);
	const char *p = strstr(s, open);
	if (!p || !(p = strchr(p, '>')))
		return NULL;
	*end = strstr(++p, close);
	return *end ? p : NULL;
}

static void attr(const char *tag, size_t n, const char *name, char *out, size_t cap)
{
	char key[32];
	snprintf(key, sizeof key, " %s=\"", name);
	out[0] = '\0';
	const char *p = strstr(tag, key);
	if (!p || (size_t)(p - tag) >= n)
		return;
	p += strlen(key);
	size_t k = 0;
	while (p[k] && p[k] != '"' && k + 1 < cap) {
		out[k] = p[k];
		k++;
	}
	out[k] = '\0';
}

/* Whitespace collapses to one space and a blank line ends a paragraph,
 * so each paragraph is one line of the text. */
struct flat {
	struct buf *out;
	bool space, para, any;
};

static void flat_char(struct flat *f, char c)
{
	if (f->any && f->para)
		buf_add(f->out, "\n\n", 2);
	else if (f->any && f->space)
		buf_add(f->out, " ", 1);
	f->space = f->para = false;
	f->any = true;
	buf_add(f->out, &c, 1);
}

static size_t entity(const char *s, char *c)
{
	static const struct { const char *name; char c; } names[] = {
		{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''},
	};
	for (size_t k = 0; k < sizeof names / sizeof *names; k++)
		if (strncmp(s, names[k].name, strlen(names[k].name)) == 0) {
			*c = names[k].c;
			return strlen(names[k].name);
		}
	*c = '&';
	return 1;
}

/* Flatten s[0..n) into out, recording its TIMEX3 elements. */
static void flatten(const char *s, size_t n, struct tml_doc *doc, struct buf *out, size_t base)
{
	struct flat f = {.out = out};
	size_t open = SIZE_MAX;
	bool pending_start = false;
	for (size_t i = 0; i < n;) {
		if (s[i] == '<') {
			const char *gt = memchr(s + i, '>', n - i);
			size_t tag_len = gt ? (size_t)(gt - (s + i)) + 1 : n - i;
			if (strncmp(s + i, "<TIMEX3", 7) == 0) {
				doc->tx = xgrow(doc->tx, &doc->cap, doc->ntx + 1, sizeof *doc->tx);
				struct tml_timex *t = &doc->tx[doc->ntx++];
				memset(t, 0, sizeof *t);
				attr(s + i, tag_len, "type", t->type, sizeof t->type);
				attr(s + i, tag_len, "value", t->value, sizeof t->value);
				open = doc->ntx - 1;
				pending_start = true;
			} else if (strncmp(s + i, "</TIMEX3", 8) == 0 && open != SIZE_MAX) {
				doc->tx[open].end = base + out->len;
				if (pending_start)
					doc->tx[open].start = doc->tx[open].end;
				open = SIZE_MAX;
			}
			i += tag_len;
			continue;
		}
		if (s[i] == '\n' || s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
			size_t nl = 0;
			while (i < n && isspace((unsigned char)s[i]))
				nl += s[i++] == '\n';
			f.space = true;
			f.para = f.para || nl >= 2;
			continue;
		}
		char c = s[i];
		size_t used = c == '&' ? entity(s + i, &c) : 1;
		flat_char(&f, c);
		if (pending_start) {
			doc->tx[open].start = base + out->len - 1;
			pending_start = false;
		}
		i += used;
	}
}

static int weekday(int y, int m, int d)
{
	static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
	y -= m < 3;
	return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7; /* 0 = Sunday */
}

bool tml_read(const char *path, struct tml_doc *doc)
{
	static const char *const days[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
					   "Thursday", "Friday", "Saturday"};
	static const char *const months[] = {"January", "February", "March", "April", "May",
					     "June", "July", "August", "September", "October",
					     "November", "December"};
	memset(doc, 0, sizeof *doc);
	size_t len;
	char *raw = corpus_read_file(path, &len);
	const char *end, *dct, *title, *text;
	if (!raw || !(dct = element(raw, "DCT", &end)) || !(text = element(raw, "TEXT", &end))) {
		fprintf(stderr, "%s: not a TimeML article with DCT and TEXT\n", path);
		free(raw);
		return false;
	}
	char value[32];
	attr(dct, (size_t)(end - dct), "value", value, sizeof value);
	int y, m, d;
	if (sscanf(value, "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12) {
		fprintf(stderr, "%s: the document date is not a day (%s)\n", path, value);
		free(raw);
		return false;
	}
	memcpy(doc->dct, value, 10);
	doc->dct[10] = '\0';
	struct buf out = BUF_INIT;
	const char *title_end;
	if ((title = element(raw, "TITLE", &title_end))) {
		struct tml_doc none = {0};
		flatten(title, (size_t)(title_end - title), &none, &out, 0);
		free(none.tx);
		buf_add(&out, "\n\n", 2);
	}
	buf_printf(&out, "%s, %s %d, %d\n\n", days[weekday(y, m, d)], months[m - 1], d, y);
	doc->body_start = out.len;
	struct buf body = BUF_INIT;
	flatten(text, (size_t)(end - text), doc, &body, out.len);
	buf_add(&out, body.data ? body.data : "", body.len);
	buf_add(&out, "\n", 1);
	buf_free(&body);
	doc->text = buf_steal(&out);
	const char *slash = strrchr(path, '/');
	doc->name = xstrdup(slash ? slash + 1 : path);
	free(raw);
	return true;
}

void tml_free(struct tml_doc *doc)
{
	free(doc->name);
	free(doc->text);
	free(doc->tx);
	memset(doc, 0, sizeof *doc);
}

struct tml_counts {
	size_t gold, extent, value, found, right, left_out;
	size_t value_known, right_known; /* with underspecified gold values read as their known part */
};

static bool calendar_value(const char *v)
{
	return isdigit((unsigned char)v[0]);
}

/* The gold value without its time of day, its weeks with two digits
 * ("2000-W7" is 2000-W07) and its decades as brief writes them ("198X" is
 * 198). */
static bool same_value(const char *gold, const char *ours, bool known_part)
{
	char g[32];
	size_t n = strcspn(gold, "T");
	if (n >= sizeof g - 1)
		return false;
	memcpy(g, gold, n);
	g[n] = '\0';
	if (n == 7 && g[5] == 'W')
		g[8] = '\0', g[7] = g[6], g[6] = '0';
	/* "1968-XX" (some month of 1968) read as the part it knows, 1968 */
	while (known_part && n >= 7 && strcmp(g + n - 3, "-XX") == 0)
		g[n -= 3] = '\0';
	if (n == 4 && g[3] == 'X')
		g[3] = '\0';
	return strcmp(g, ours) == 0;
}

static void score(const struct tml_doc *doc, const struct model *pos, FILE *out, bool verbose,
		  struct tml_counts *c)
{
	struct buf text = BUF_INIT;
	struct decode_result dec;
	struct article_list list = {0};
	struct segment_options opt = {.fallback_date = {0, 0, 0, DATE_NONE}};
	text_decode(doc->text, strlen(doc->text), &text, &dec);
	segment_text(buf_str(&text), text.len, &opt, &list);
	bool *hit = xcalloc(doc->ntx ? doc->ntx : 1, sizeof *hit);
	unsigned char *valued = xcalloc(doc->ntx ? doc->ntx : 1, sizeof *valued); /* 1 right, 2 known part right */
	const char *cursor = doc->text + doc->body_start;
	for (size_t a = 0; a < list.n; a++) {
		const struct article *art = &list.items[a];
		struct actor_set none = {0};
		struct event_list ev = {0};
		events_find(art, &none, pos, &ev);
		size_t *at = xcalloc(art->npara ? art->npara : 1, sizeof *at);
		for (size_t p = 0; p < art->npara; p++) {
			const char *where = strstr(cursor, art->paras[p].text);
			at[p] = where ? (size_t)(where - doc->text) : SIZE_MAX;
			if (where)
				cursor = where + strlen(art->paras[p].text);
		}
		for (size_t k = 0; k < ev.n; k++) {
			const struct event *e = &ev.v[k];
			if (e->tx.end == e->tx.start || at[e->para] == SIZE_MAX)
				continue; /* the date line's event, or a paragraph not found */
			size_t s = at[e->para] + e->tx.start, t = at[e->para] + e->tx.end;
			const char *ours = e->tx.precision == TIMEX_NONE ? "none" : e->tx.value;
			size_t g = SIZE_MAX;
			for (size_t j = 0; j < doc->ntx && g == SIZE_MAX; j++)
				if (doc->tx[j].start < t && s < doc->tx[j].end)
					g = j;
			if (g != SIZE_MAX && (strcmp(doc->tx[g].type, "DATE") != 0 ||
					      !calendar_value(doc->tx[g].value)))
				continue;
			c->found++;
			bool right = g != SIZE_MAX && same_value(doc->tx[g].value, ours, false);
			bool known = g != SIZE_MAX && same_value(doc->tx[g].value, ours, true);
			c->right += right;
			c->right_known += known;
			if (g != SIZE_MAX) {
				hit[g] = true;
				valued[g] |= right ? 1 : 0;
				valued[g] |= known ? 2 : 0;
			}
			if (!right && verbose)
				fprintf(out, "  %s: %s \"%.*s\" = %s (gold %s)\n", doc->name,
					g == SIZE_MAX ? "extra" : "wrong", (int)(t - s), doc->text + s,
					ours, g == SIZE_MAX ? "-" : doc->tx[g].value);
		}
		free(at);
		event_list_free(&ev);
	}
	for (size_t j = 0; j < doc->ntx; j++) {
		const struct tml_timex *g = &doc->tx[j];
		if (strcmp(g->type, "DATE") != 0)
			continue;
		if (!calendar_value(g->value)) {
			c->left_out++;
			continue;
		}
		c->gold++;
		c->extent += hit[j];
		c->value += valued[j] & 1;
		c->value_known += (valued[j] & 2) != 0;
		if (!hit[j] && verbose)
			fprintf(out, "  %s: missed \"%.*s\" = %s\n", doc->name, (int)(g->end - g->start),
				doc->text + g->start, g->value);
	}
	free(hit);
	free(valued);
	article_list_free(&list);
	buf_free(&text);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void tml_report(const char *dir, const struct model *pos, FILE *out, bool verbose)
{
	DIR *d = opendir(dir);
	if (!d) {
		fprintf(out, "development set (AQUAINT): %s not found, left out\n", dir);
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		if (len > 4 && strcmp(de->d_name + len - 4, ".tml") == 0) {
			names = xgrow(names, &cap, n + 1, sizeof *names);
			names[n++] = xstrdup(de->d_name);
		}
	}
	closedir(d);
	qsort(names, n, sizeof *names, by_name);
	struct tml_counts c = {0};
	size_t docs = 0;
	for (size_t i = 0; i < n; i++) {
		struct buf path = BUF_INIT;
		buf_printf(&path, "%s/%s", dir, names[i]);
		struct tml_doc doc;
		if (tml_read(buf_str(&path), &doc)) {
			score(&doc, pos, out, verbose, &c);
			docs++;
		}
		tml_free(&doc);
		buf_free(&path);
		free(names[i]);
	}
	free(names);
	double p = c.found ? (double)c.right / c.found : 0, r = c.gold ? (double)c.value / c.gold : 0;
	fprintf(out, "development set (AQUAINT, %zu articles), %zu DATE expressions with a calendar value"
		     " (%zu without one left out):\n", docs, c.gold, c.left_out);
	fprintf(out, "  extent recall %.3f   value precision %.3f (%zu/%zu)  recall %.3f (%zu/%zu)  F1 %.3f\n",
		c.gold ? (double)c.extent / c.gold : 0, p, c.right, c.found, r, c.value, c.gold,
		p + r > 0 ? 2 * p * r / (p + r) : 0);
	p = c.found ? (double)c.right_known / c.found : 0;
	r = c.gold ? (double)c.value_known / c.gold : 0;
	fprintf(out, "  the same, a gold value that leaves a part open (1968-XX) read as the part it"
		     " knows: precision %.3f  recall %.3f  F1 %.3f\n", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
}
