/* draw.c - text on the screen: display widths, clipping, colours. */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "brief/draw.h"
#include "brief/utf8.h"

static attr_t element_attr[EL_COUNT];

static attr_t curses_attrs(unsigned a)
{
	attr_t r = 0;
	if (a & THEME_BOLD)
		r |= A_BOLD;
	if (a & THEME_DIM)
		r |= A_DIM;
	if (a & THEME_UNDERLINE)
		r |= A_UNDERLINE;
	if (a & THEME_REVERSE)
		r |= A_REVERSE;
	if (a & THEME_STANDOUT)
		r |= A_STANDOUT;
#ifdef A_ITALIC
	if (a & THEME_ITALIC)
		r |= A_ITALIC;
#endif
	return r;
}

/* Colour pairs 1..EL_COUNT, one per element, in as many colours as the
 * terminal has; with NO_COLOR or none at all, attributes only. */
void draw_colors_init(const struct theme *t)
{
	const char *no_color = getenv("NO_COLOR");
	int colors = 0;
	if (!(no_color && *no_color) && has_colors()) {
		start_color();
		use_default_colors();
		colors = COLORS >= 256 ? 256 : COLORS >= 16 ? 16 : COLORS >= 8 ? 8 : 0;
	}
	for (int el = 0; el < EL_COUNT; el++) {
		const struct theme_style *s = &t->el[el];
		element_attr[el] = curses_attrs(s->attrs);
		if (!colors)
			continue;
		int fg = theme_color_for(s->fg, colors), bg = theme_color_for(s->bg, colors);
		if (init_pair((short)(el + 1), (short)fg, (short)bg) == OK)
			element_attr[el] |= COLOR_PAIR(el + 1);
	}
	/* without colours the selection must still show */
	if (!colors && !(element_attr[EL_SELECTED] & (A_REVERSE | A_STANDOUT | A_UNDERLINE)))
		element_attr[EL_SELECTED] |= A_REVERSE;
}

attr_t draw_attr(enum theme_element el)
{
	return element_attr[el];
}

/* The next code point of s as drawn: a byte that is not UTF-8 is U+FFFD,
 * a control character '?' (it never reaches the terminal). */
static size_t next_drawn(const char *s, size_t n, size_t i, wchar_t *wc, int *width)
{
	uint32_t cp;
	size_t len = utf8_decode(s + i, n - i, &cp);
	if (!len) {
		cp = 0xFFFD;
		len = 1;
	}
	int w = wcwidth((wchar_t)cp);
	if (utf8_is_control(cp) || w < 0) {
		cp = '?';
		w = 1;
	}
	*wc = (wchar_t)cp;
	*width = w;
	return len;
}

int draw_text(int y, int x, int cols, const char *s, attr_t attr)
{
	size_t n = s ? strlen(s) : 0, i = 0;
	int used = 0;
	while (i < n) {
		wchar_t cell[CCHARW_MAX + 1];
		int w, k = 0;
		i += next_drawn(s, n, i, &cell[k], &w);
		if (w == 0)
			continue; /* nothing to join to */
		if (used + w > cols)
			break;
		k++;
		/* zero-width code points (joiners, combining marks, variation
		 * selectors) share the cell of the character they follow */
		while (i < n) {
			wchar_t next;
			int nw;
			size_t len = next_drawn(s, n, i, &next, &nw);
			if (nw != 0)
				break;
			if (k < CCHARW_MAX)
				cell[k++] = next;
			i += len;
		}
		cell[k] = L'\0';
		/* the colour pair goes in its own argument: setcchar ignores the
		 * pair bits of attr */
		cchar_t cc;
		setcchar(&cc, cell, attr & ~A_COLOR, (short)PAIR_NUMBER(attr), NULL);
		mvadd_wch(y, x + used, &cc);
		used += w;
	}
	return used;
}

int draw_fit(int y, int x, int cols, const char *s, attr_t attr)
{
	if (cols <= 0)
		return 0;
	struct buf b = BUF_INIT;
	utf8_fit(&b, s ? s : "", cols, true);
	int used = draw_text(y, x, cols, buf_str(&b), attr);
	buf_free(&b);
	draw_fill(y, x + used, cols - used, attr);
	return cols;
}

void draw_fill(int y, int x, int cols, attr_t attr)
{
	for (int i = 0; i < cols; i++)
		mvaddch(y, x + i, ' ' | attr);
}

enum theme_element draw_kind_element(const char *kind)
{
	static const struct {
		const char *kind;
		enum theme_element el;
	} kinds[] = {
		{"person", EL_PERSON}, {"organization", EL_ORGANIZATION}, {"country", EL_COUNTRY},
		{"place", EL_PLACE}, {"media", EL_MEDIA},
	};
	for (size_t i = 0; kind && i < sizeof kinds / sizeof *kinds; i++)
		if (strcmp(kind, kinds[i].kind) == 0)
			return kinds[i].el;
	return EL_NORMAL;
}
