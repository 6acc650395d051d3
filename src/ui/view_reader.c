/* view_reader.c - the Reader pane: one article, wrapped to the pane by
 * display width, with its thread and re-publications named under the
 * date, actor names, dates and search hits highlighted, and the related
 * stories at the end. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <wchar.h>

#include "brief/app.h"
#include "brief/draw.h"
#include "brief/error.h"
#include "brief/utf8.h"
#include "brief/view_articles.h"
#include "brief/view_reader.h"

struct span {
	int start, end;
	enum theme_element el;
};

/* A run of text drawn as one wrapped block. */
struct block {
	char *text; /* owned */
	enum theme_element base;
	struct span *spans;
	int nspans;
	size_t scap;
	int para;   /* paragraph index, or -1 */
	int indent; /* columns of indent on every line (captions) */
};

struct line {
	int block;
	int start, end; /* bytes of the block's text */
};

struct reader {
	struct article_doc doc;
	bool loaded;
	struct block *blocks;
	int nblocks;
	size_t bcap;
	struct line *lines;
	long nlines;
	size_t lcap;
	int width; /* the lines are wrapped for this width */
	long *hits; /* lines with a search hit */
	long nhits;
	size_t hcap;
	long pending_para, pending_pos; /* scroll there at the next layout */
	/* the sentence a timeline jump brought into view, marked until the
	 * next article; mark_para -1 when none */
	int mark_para, mark_start, mark_end;
};

static struct block *add_block(struct reader *r, char *text, enum theme_element base, int para, int indent)
{
	r->blocks = xgrow(r->blocks, &r->bcap, (size_t)r->nblocks + 1, sizeof *r->blocks);
	struct block *b = &r->blocks[r->nblocks++];
	*b = (struct block){.text = text, .base = base, .para = para, .indent = indent};
	return b;
}

static void add_span(struct block *b, int start, int end, enum theme_element el)
{
	b->spans = xgrow(b->spans, &b->scap, (size_t)b->nspans + 1, sizeof *b->spans);
	b->spans[b->nspans++] = (struct span){start, end, el};
}

static bool word_edge(const char *t, int i)
{
	return i <= 0 || !isalnum((unsigned char)t[i - 1]);
}

/* Every whole-word occurrence of the actors' names in a paragraph. */
static void mark_actors(struct reader *r, struct block *b)
{
	for (int a = 0; a < r->doc.nactors; a++) {
		const struct doc_actor *act = &r->doc.actors[a];
		enum theme_element el = draw_kind_element(act->item.kind);
		for (int k = 0; k < act->nnames; k++) {
			const char *name = act->names[k];
			size_t len = strlen(name);
			if (len < 2)
				continue;
			for (const char *p = strstr(b->text, name); p; p = strstr(p + len, name)) {
				int s = (int)(p - b->text);
				if (word_edge(b->text, s) && !isalnum((unsigned char)p[len]))
					add_span(b, s, s + (int)len, el);
			}
		}
	}
}

static void mark_search(struct block *b, const char *query)
{
	if (!query)
		return;
	/* each plain word of the query, without case */
	for (const char *q = query; *q;) {
		while (*q && !isalnum((unsigned char)*q))
			q++;
		const char *w = q;
		while (isalnum((unsigned char)*q))
			q++;
		size_t n = (size_t)(q - w);
		if (n < 2 || (n == 2 && strncasecmp(w, "OR", 2) == 0) || (n == 3 && strncmp(w, "AND", 3) == 0) ||
		    (n == 3 && strncmp(w, "NOT", 3) == 0))
			continue;
		for (const char *t = b->text; *t; t++)
			if (strncasecmp(t, w, n) == 0 && word_edge(b->text, (int)(t - b->text)))
				add_span(b, (int)(t - b->text), (int)(t - b->text + n), EL_SEARCH_HIT);
	}
}

static void clear_blocks(struct reader *r)
{
	for (int i = 0; i < r->nblocks; i++) {
		free(r->blocks[i].text);
		free(r->blocks[i].spans);
	}
	r->nblocks = 0;
	r->nlines = 0;
	r->width = 0;
}

static void build_blocks(struct app *a, struct reader *r)
{
	const struct article_doc *d = &r->doc;
	clear_blocks(r);
	add_block(r, xstrdup(d->title ? d->title : ""), EL_TITLE, -1, 0);
	struct buf meta = BUF_INIT;
	buf_printf(&meta, "%s \xC2\xB7 %s", d->date ? d->date : "undated", d->source ? d->source : "");
	struct block *b = add_block(r, buf_steal(&meta), EL_DIM, -1, 0);
	add_span(b, 0, d->date ? (int)strlen(d->date) : 7, EL_DATE);
	bool walking = a->walk_thread && a->walk_thread == d->thread_id;
	if (d->thread_stories > 1) {
		struct buf line = BUF_INIT;
		buf_adds(&line, "Thread: ");
		int s = (int)line.len;
		buf_adds(&line, d->thread_title ? d->thread_title : "");
		int e = (int)line.len;
		buf_printf(&line, " (%ld stories)", d->thread_stories);
		buf_adds(&line, walking ? " \xC2\xB7 ] next, [ previous" : " \xC2\xB7 C-t its timeline");
		b = add_block(r, buf_steal(&line), EL_DIM, -1, 0);
		add_span(b, s, e, EL_NORMAL);
	}
	if (d->nalso) {
		/* the same story re-published: named here, not listed as related */
		struct buf line = BUF_INIT;
		buf_adds(&line, "also in ");
		for (int i = 0; i < d->nalso; i++)
			buf_printf(&line, "%s%s", i ? ", " : "", d->also[i]);
		add_block(r, buf_steal(&line), EL_DIM, -1, 0);
	}
	if (d->nactors) {
		struct buf line = BUF_INIT;
		struct span tmp[64];
		int nt = 0;
		for (int i = 0; i < d->nactors; i++) {
			if (i)
				buf_adds(&line, " \xC2\xB7 ");
			int s = (int)line.len;
			buf_adds(&line, d->actors[i].item.name);
			if (nt < 64)
				tmp[nt++] = (struct span){s, (int)line.len, draw_kind_element(d->actors[i].item.kind)};
			if (d->actors[i].item.role)
				buf_printf(&line, " (%s)", d->actors[i].item.role);
		}
		b = add_block(r, buf_steal(&line), EL_DIM, -1, 0);
		for (int i = 0; i < nt; i++)
			add_span(b, tmp[i].start, tmp[i].end, tmp[i].el);
	}
	add_block(r, xstrdup(""), EL_NORMAL, -1, 0);
	for (int p = 0; p < d->npara; p++) {
		const char *kind = d->paras[p].kind;
		enum theme_element el = strcmp(kind, "heading") == 0 ? EL_HEADING
				       : strcmp(kind, "caption") == 0 ? EL_CAPTION : EL_NORMAL;
		b = add_block(r, xstrdup(d->paras[p].text), el, p, el == EL_CAPTION ? 2 : 0);
		if (el != EL_HEADING)
			mark_actors(r, b);
		for (int k = 0; k < d->ndates; k++)
			if (d->dates[k].para == p)
				add_span(b, d->dates[k].pos, d->dates[k].pos + d->dates[k].len, EL_DATE);
		mark_search(b, a->search);
		add_block(r, xstrdup(""), EL_NORMAL, -1, 0);
	}
	if (d->nrelated) {
		add_block(r, xstrdup(walking ? "Related stories (r list)" : "Related stories (] next, [ previous, r list)"),
			  EL_BORDER, -1, 0);
		for (int i = 0; i < d->nrelated; i++) {
			struct buf item = BUF_INIT;
			buf_printf(&item, "%d. %s", i + 1, d->related[i].title);
			int end = (int)item.len;
			struct buf why = BUF_INIT;
			articles_reason(d->related[i].extra, &why);
			if (why.len)
				buf_printf(&item, " \xE2\x80\x94 %s", why.data);
			buf_free(&why);
			b = add_block(r, buf_steal(&item), EL_DIM, -1, 2);
			add_span(b, 0, end, EL_NORMAL);
		}
	}
}

/* Break each block into lines of at most `width` columns, at spaces when
 * a word fits, else anywhere (a long URL). */
static void layout(struct reader *r, int width)
{
	r->nlines = 0;
	r->nhits = 0;
	r->width = width;
	for (int bi = 0; bi < r->nblocks; bi++) {
		const struct block *b = &r->blocks[bi];
		int n = (int)strlen(b->text), i = 0, cols = width - b->indent;
		if (cols < 4)
			cols = 4;
		do {
			int used = 0, j = i, last_space = -1;
			while (j < n) {
				uint32_t cp;
				size_t len = utf8_decode(b->text + j, (size_t)(n - j), &cp);
				if (!len)
					len = 1, cp = '?';
				int w = wcwidth((wchar_t)cp);
				if (w < 0)
					w = 1;
				if (used + w > cols)
					break;
				if (cp == ' ')
					last_space = j;
				used += w;
				j += (int)len;
			}
			int end = j;
			if (j < n && last_space > i)
				end = last_space;
			r->lines = xgrow(r->lines, &r->lcap, (size_t)r->nlines + 1, sizeof *r->lines);
			r->lines[r->nlines++] = (struct line){bi, i, end};
			for (int s = 0; s < b->nspans; s++)
				if (b->spans[s].el == EL_SEARCH_HIT && b->spans[s].start < end && b->spans[s].end > i) {
					if (!r->nhits || r->hits[r->nhits - 1] != r->nlines - 1) {
						r->hits = xgrow(r->hits, &r->hcap, (size_t)r->nhits + 1, sizeof *r->hits);
						r->hits[r->nhits++] = r->nlines - 1;
					}
				}
			i = end;
			while (i < n && b->text[i] == ' ')
				i++;
		} while (i < n);
	}
}

static void load(struct view *v)
{
	struct reader *r = v->data;
	if (!r) {
		r = v->data = xcalloc(1, sizeof *r);
		r->pending_para = -1;
	}
	r->mark_para = -1;
	if (r->loaded)
		browse_article_free(&r->doc);
	r->loaded = false;
	clear_blocks(r);
	if (!v->app->article)
		return;
	if (browse_article(v->app->cache, v->app->article, &r->doc) != BRIEF_OK) {
		app_fail(v->app);
		browse_article_free(&r->doc);
		v->app->article = 0;
		return;
	}
	r->loaded = true;
	build_blocks(v->app, r);
}

static void scroll_to_pending(struct view *v)
{
	struct reader *r = v->data;
	if (r->pending_para < 0)
		return;
	for (long l = 0; l < r->nlines; l++) {
		const struct line *ln = &r->lines[l];
		if (r->blocks[ln->block].para == r->pending_para && ln->end > r->pending_pos) {
			v->list.sel = v->list.top = l;
			break;
		}
	}
	r->pending_para = -1;
}

/* The element a byte of a block is drawn with: its span's, a search hit
 * over any other. */
static enum theme_element element_at(const struct block *b, int i)
{
	enum theme_element el = b->base;
	for (int s = 0; s < b->nspans; s++)
		if (i >= b->spans[s].start && i < b->spans[s].end && (el == b->base || b->spans[s].el == EL_SEARCH_HIT))
			el = b->spans[s].el;
	return el;
}

/* Whether a byte of a block is in the marked sentence. */
static bool marked(const struct reader *r, const struct block *b, int i)
{
	return b->para >= 0 && b->para == r->mark_para && i >= r->mark_start && i < r->mark_end;
}

static void draw_line(const struct reader *r, const struct line *ln, int y, int x, int w)
{
	const struct block *b = &r->blocks[ln->block];
	int col = b->indent;
	if (b->base == EL_CAPTION && ln->start == 0)
		draw_text(y, x, 2, "\xE2\x96\x8C", draw_attr(EL_CAPTION));
	/* runs of one element are drawn whole, so a character and the joiners
	 * or accents after it reach one cell */
	for (int i = ln->start; i < ln->end && col < w;) {
		enum theme_element el = element_at(b, i);
		bool mark = marked(r, b, i);
		int j = i;
		do {
			uint32_t cp;
			size_t len = utf8_decode(b->text + j, (size_t)(ln->end - j), &cp);
			j += len ? (int)len : 1;
		} while (j < ln->end && element_at(b, j) == el && marked(r, b, j) == mark);
		char *run = xstrndup(b->text + i, (size_t)(j - i));
		/* the marked sentence as the idle selection, its hits still hits */
		attr_t attr = draw_attr(mark && el != EL_SEARCH_HIT ? EL_SELECTED_IDLE : el);
		if (b->base == EL_TITLE || b->base == EL_HEADING)
			attr |= draw_attr(b->base) & A_BOLD;
		col += draw_text(y, x + col, w - col, run, attr);
		free(run);
		i = j;
	}
}

static void draw(struct view *v, struct rect rc, bool focused)
{
	struct reader *r = v->data;
	(void)focused;
	if (!r || !r->loaded) {
		/* an empty cache says how to fill it, not a blank screen */
		const struct app *a = v->app;
		const struct view *list = app_threads_shown(a) ? &a->parked : &a->views[PANE_ARTICLES];
		bool empty = list->list.count == 0 && a->filter.kind == BROWSE_ALL;
		const char *lines[] = {"No articles yet. Import some with:", "  brief-import FILE|DIR", "",
				       "then press R here to reload."};
		const char *pick[] = {app_threads_shown(a) ? "Select a thread and press Enter."
							     : "Select an article and press Enter.",
				      "", "Press ? for the keys."};
		for (int i = 0; i < (empty ? 4 : 3) && i < rc.h; i++)
			draw_fit(rc.y + i, rc.x, rc.w, empty ? lines[i] : pick[i],
				 draw_attr(empty && i == 1 ? EL_TITLE : EL_DIM));
		return;
	}
	int width = rc.w - 1;
	if (r->width != width) {
		long keep_para = -1, keep_pos = 0;
		if (r->nlines && v->list.top < r->nlines) {
			const struct line *ln = &r->lines[v->list.top];
			keep_para = r->blocks[ln->block].para;
			keep_pos = ln->start;
		}
		layout(r, width);
		if (keep_para >= 0 && r->pending_para < 0) {
			r->pending_para = keep_para;
			r->pending_pos = keep_pos;
		}
	}
	v->list.count = r->nlines;
	scroll_to_pending(v);
	/* the reader scrolls: its "selection" is the top line, and any line,
	 * the last included, can be brought to the top (a jump to a sentence) */
	v->list.height = rc.h;
	if (v->list.top > r->nlines - 1)
		v->list.top = r->nlines - 1;
	if (v->list.top < 0)
		v->list.top = 0;
	v->list.sel = v->list.top;
	for (int i = 0; i < rc.h && v->list.top + i < r->nlines; i++)
		draw_line(r, &r->lines[v->list.top + i], rc.y + i, rc.x, width);
}

static bool key(struct view *v, enum action a)
{
	struct reader *r = v->data;
	if (!r || !r->loaded)
		return false;
	long page = v->list.height > 1 ? v->list.height - 1 : 1, was = v->list.top;
	switch (a) {
	case ACT_DOWN: v->list.top++; break;
	case ACT_UP: v->list.top--; break;
	case ACT_TOP: v->list.top = 0; break;
	case ACT_BOTTOM: v->list.top = r->nlines - v->list.height; break;
	case ACT_PAGE_DOWN: v->list.top += page; break;
	case ACT_PAGE_UP: v->list.top -= page; break;
	case ACT_HALF_DOWN: v->list.top += page / 2; break;
	case ACT_HALF_UP: v->list.top -= page / 2; break;
	case ACT_NEXT_HIT:
	case ACT_PREV_HIT: {
		/* the next line with a hit, wrapping past the end (as less and
		 * vim do, saying so), and which hit of how many it is */
		if (!r->nhits) {
			app_message(v->app, false, "no search hits in this article");
			return true;
		}
		long k = -1;
		for (long i = 0; i < r->nhits && k < 0; i++) {
			long at = a == ACT_NEXT_HIT ? i : r->nhits - 1 - i;
			if (a == ACT_NEXT_HIT ? r->hits[at] > v->list.top : r->hits[at] < v->list.top)
				k = at;
		}
		bool wrapped = k < 0;
		if (wrapped)
			k = a == ACT_NEXT_HIT ? 0 : r->nhits - 1;
		v->list.top = r->hits[k];
		app_message(v->app, false, "hit %ld/%ld%s", k + 1, r->nhits,
			    !wrapped ? "" : a == ACT_NEXT_HIT ? ", wrapped to the top" : ", wrapped to the bottom");
		break;
	}
	default: return false;
	}
	/* scrolling stops where the last line is at the bottom; only a jump
	 * (to a hit, to an event's sentence) brings a later line to the top */
	long last_page = r->nlines - v->list.height > 0 ? r->nlines - v->list.height : 0;
	bool scrolled_on = a == ACT_DOWN || a == ACT_PAGE_DOWN || a == ACT_HALF_DOWN;
	if (scrolled_on && v->list.top > last_page)
		v->list.top = was > last_page ? was : last_page;
	if (v->list.top > r->nlines - 1)
		v->list.top = r->nlines - 1;
	if (v->list.top < 0)
		v->list.top = 0;
	v->list.sel = v->list.top;
	return true;
}

static void open(struct view *v)
{
	(void)v;
}

static void title(struct view *v, struct buf *b)
{
	struct reader *r = v->data;
	buf_adds(b, "Reader");
	if (r && r->loaded && r->nlines)
		buf_printf(b, " %ld%%", (v->list.top + v->list.height >= r->nlines)
					       ? 100L
					       : (v->list.top + v->list.height) * 100 / r->nlines);
}

static void release(struct view *v)
{
	struct reader *r = v->data;
	if (!r)
		return;
	if (r->loaded)
		browse_article_free(&r->doc);
	clear_blocks(r);
	free(r->blocks);
	free(r->lines);
	free(r->hits);
	free(r);
	v->data = NULL;
}

void reader_show(struct view *v, int para, int start, int end)
{
	struct reader *r = v->data;
	if (!r)
		return;
	r->pending_para = para;
	r->pending_pos = start;
	r->mark_para = para;
	r->mark_start = start;
	r->mark_end = end;
	r->width = 0; /* lay out again at the next draw, then scroll */
}

const struct article_doc *reader_doc(const struct view *v)
{
	const struct reader *r = v->data;
	return r && r->loaded ? &r->doc : NULL;
}

long reader_top(const struct view *v)
{
	return v->list.top;
}

void reader_set_top(struct view *v, long top)
{
	v->list.top = v->list.sel = top;
}

const struct view_ops reader_view_ops = {"Reader", load, draw, key, open, title, release};
