/* theme.c - theme files (libyaml), the compiled-in dark theme, and fitting
 * colours to what the terminal has. */
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "brief/yamldoc.h"
#include "brief/paths.h"
#include "brief/theme.h"

#ifndef BRIEF_DATADIR
#define BRIEF_DATADIR "/usr/local/share/brief"
#endif

static const char *const element_names[EL_COUNT] = {
	[EL_NORMAL] = "normal",
	[EL_TITLE] = "title",
	[EL_SELECTED] = "selected",
	[EL_SELECTED_IDLE] = "selected_idle",
	[EL_HEADING] = "heading",
	[EL_CAPTION] = "caption",
	[EL_PERSON] = "person",
	[EL_ORGANIZATION] = "organization",
	[EL_COUNTRY] = "country",
	[EL_PLACE] = "place",
	[EL_MEDIA] = "media",
	[EL_DATE] = "date",
	[EL_BORDER] = "border",
	[EL_BORDER_FOCUSED] = "border_focused",
	[EL_STATUS] = "status",
	[EL_ERROR] = "error",
	[EL_SEARCH_HIT] = "search_hit",
	[EL_TAB] = "tab",
	[EL_TAB_ACTIVE] = "tab_active",
	[EL_DIM] = "dim",
	[EL_UNREAD] = "unread",
};

const char *theme_element_name(enum theme_element el)
{
	return (unsigned)el < EL_COUNT ? element_names[el] : NULL;
}

enum theme_element theme_element_from_name(const char *name)
{
	for (int i = 0; name && i < EL_COUNT; i++)
		if (strcmp(name, element_names[i]) == 0)
			return (enum theme_element)i;
	return EL_COUNT;
}

#define DEF {COLOR_DEFAULT_KIND, 0}
#define IX(n) {COLOR_INDEX_KIND, (n)}
#define RGB(v) {COLOR_RGB_KIND, (v)}

/* Keep in step with themes/default.yaml: a test compares the two. */
static const struct theme_style dark[EL_COUNT] = {
	[EL_NORMAL] = {DEF, DEF, 0},
	[EL_TITLE] = {IX(15), DEF, THEME_BOLD},
	[EL_SELECTED] = {IX(15), IX(4), THEME_BOLD},
	/* Underline rather than a grey background: a grey falls to black or
	 * white on 8- and 16-colour terminals and the row would vanish. */
	[EL_SELECTED_IDLE] = {DEF, DEF, THEME_UNDERLINE},
	[EL_HEADING] = {IX(3), DEF, THEME_BOLD},
	[EL_CAPTION] = {IX(6), DEF, THEME_ITALIC},
	[EL_PERSON] = {IX(10), DEF, 0},
	[EL_ORGANIZATION] = {RGB(0x5fafff), DEF, 0},
	[EL_COUNTRY] = {RGB(0xffaf00), DEF, 0},
	[EL_PLACE] = {IX(14), DEF, 0},
	[EL_MEDIA] = {IX(13), DEF, 0},
	[EL_DATE] = {IX(5), DEF, 0},
	[EL_BORDER] = {IX(8), DEF, 0},
	[EL_BORDER_FOCUSED] = {IX(6), DEF, THEME_BOLD},
	[EL_STATUS] = {DEF, DEF, THEME_REVERSE},
	[EL_ERROR] = {IX(1), DEF, THEME_BOLD},
	[EL_SEARCH_HIT] = {IX(0), IX(3), 0},
	[EL_TAB] = {IX(8), DEF, 0},
	[EL_TAB_ACTIVE] = {IX(15), IX(4), THEME_BOLD},
	[EL_DIM] = {IX(8), DEF, 0},
	[EL_UNREAD] = {DEF, DEF, THEME_BOLD},
};

void theme_defaults(struct theme *t)
{
	memcpy(t->el, dark, sizeof dark);
}

/* ---- colours ---- */

/* xterm's values; other terminals differ, but a nearest match needs some. */
static const int system_rgb[16] = {
	0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
	0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
};

static int palette_rgb(int i)
{
	static const int level[6] = {0, 95, 135, 175, 215, 255};
	if (i < 16)
		return system_rgb[i];
	if (i < 232) {
		i -= 16;
		return level[i / 36] << 16 | level[i / 6 % 6] << 8 | level[i % 6];
	}
	int g = 8 + 10 * (i - 232);
	return g << 16 | g << 8 | g;
}

static long distance(int a, int b)
{
	long dr = (a >> 16 & 0xff) - (b >> 16 & 0xff);
	long dg = (a >> 8 & 0xff) - (b >> 8 & 0xff);
	long db = (a & 0xff) - (b & 0xff);
	return dr * dr + dg * dg + db * db;
}

/* A colour without a hue: its channels within a few steps of each other. */
static bool is_grey(int rgb)
{
	int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
	int hi = r > g ? (r > b ? r : b) : (g > b ? g : b), lo = r < g ? (r < b ? r : b) : (g < b ? g : b);
	return hi - lo < 40;
}

int theme_color_for(struct theme_color c, int colors)
{
	if (colors <= 0 || c.kind == COLOR_DEFAULT_KIND)
		return -1;
	if (c.kind == COLOR_INDEX_KIND && c.value >= 0 && c.value < colors)
		return c.value;
	/* eight colours: a bright one is its plain one, and gray (bright black)
	 * is white, not the yellow nearest to it by distance */
	if (colors < 16 && c.kind == COLOR_INDEX_KIND && c.value >= 8 && c.value < 16)
		return c.value == 8 ? 7 : c.value - 8;
	int rgb = c.kind == COLOR_INDEX_KIND ? palette_rgb(c.value & 0xff) : c.value;
	if (colors < 16 && is_grey(rgb))
		return (rgb >> 8 & 0xff) < 64 ? 0 : 7;
	/* With 256 colours only the cube and the greys are searched: terminal
	 * themes redefine the 16 system colours, so their look is a guess, while
	 * 16-255 are the same everywhere and cover the system colours closely. */
	int from = 0, to = colors;
	if (colors >= 256)
		from = 16, to = 256;
	else if (colors >= 16)
		to = 16;
	else if (colors >= 8)
		to = 8;
	int best = from;
	long best_d = distance(rgb, palette_rgb(from));
	for (int i = from + 1; i < to; i++) {
		long d = distance(rgb, palette_rgb(i));
		if (d < best_d)
			best = i, best_d = d;
	}
	return best;
}

static const char *const color_names[8] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
};

enum color_problem { COLOR_OK, COLOR_UNKNOWN, COLOR_RANGE, COLOR_BAD_HEX };

static enum color_problem parse_color(const char *s, struct theme_color *out)
{
	if (strcasecmp(s, "default") == 0) {
		*out = (struct theme_color){COLOR_DEFAULT_KIND, 0};
		return COLOR_OK;
	}
	const char *base = strncasecmp(s, "bright-", 7) == 0 ? s + 7 : s;
	for (int i = 0; i < 8; i++)
		if (strcasecmp(base, color_names[i]) == 0) {
			*out = (struct theme_color){COLOR_INDEX_KIND, i + (base != s ? 8 : 0)};
			return COLOR_OK;
		}
	if (strcasecmp(s, "gray") == 0 || strcasecmp(s, "grey") == 0) {
		*out = (struct theme_color){COLOR_INDEX_KIND, 8};
		return COLOR_OK;
	}
	if (strncasecmp(s, "color", 5) == 0 && isdigit((unsigned char)s[5])) {
		const char *p = s + 5;
		int n = 0;
		/* Stop early so that color99999999999 cannot overflow. */
		while (isdigit((unsigned char)*p) && n <= 255)
			n = n * 10 + (*p++ - '0');
		p += strspn(p, "0123456789");
		if (*p)
			return COLOR_UNKNOWN;
		if (n > 255)
			return COLOR_RANGE;
		*out = (struct theme_color){COLOR_INDEX_KIND, n};
		return COLOR_OK;
	}
	if (s[0] == '#') {
		if (strspn(s + 1, "0123456789abcdefABCDEF") != 6 || s[7])
			return COLOR_BAD_HEX;
		*out = (struct theme_color){COLOR_RGB_KIND, (int)strtol(s + 1, NULL, 16)};
		return COLOR_OK;
	}
	return COLOR_UNKNOWN;
}

/* ---- theme files ---- */

struct loader {
	const struct yamldoc *doc;
};

static int load_color(const struct loader *ld, const struct ynode *v, struct theme_color *out)
{
	const char *s = ynode_text(v);
	if (!s)
		return yamldoc_fail(ld->doc, v, "expected a colour (a name, colorN or #rrggbb)");
	switch (parse_color(s, out)) {
	case COLOR_OK:
		return BRIEF_OK;
	case COLOR_RANGE:
		return yamldoc_fail(ld->doc, v, "colour '%s' out of range (color0..color255)", s);
	case COLOR_BAD_HEX:
		return yamldoc_fail(ld->doc, v, "bad colour '%s' (expected #rrggbb)", s);
	case COLOR_UNKNOWN:
		break;
	}
	return yamldoc_fail(ld->doc, v, "unknown colour '%s' (default, black..white, bright-black..bright-white, "
		       "colorN, #rrggbb)", s);
}

static int load_attr(const struct loader *ld, const struct ynode *v, unsigned *attrs)
{
	static const struct {
		const char *name;
		unsigned flag;
	} names[] = {
		{"bold", THEME_BOLD}, {"dim", THEME_DIM}, {"underline", THEME_UNDERLINE},
		{"reverse", THEME_REVERSE}, {"italic", THEME_ITALIC}, {"standout", THEME_STANDOUT},
	};
	const char *s = ynode_text(v);
	if (!s)
		return yamldoc_fail(ld->doc, v, "expected an attribute");
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcasecmp(s, names[i].name) == 0) {
			*attrs |= names[i].flag;
			return BRIEF_OK;
		}
	return yamldoc_fail(ld->doc, v, "unknown attribute '%s' (bold, dim, underline, reverse, italic, standout)", s);
}

static int load_attrs(const struct loader *ld, const struct ynode *v, unsigned *attrs)
{
	*attrs = 0;
	if (ynode_is_empty(v))
		return BRIEF_OK;
	if (ynode_text(v))
		return load_attr(ld, v, attrs);
	if (!ynode_is_list(v))
		return yamldoc_fail(ld->doc, v, "expected an attribute or a list of them, like [bold, underline]");
	const struct ynode *item;
	for (size_t i = 0; yamldoc_item(ld->doc, v, i, &item); i++)
		if (load_attr(ld, item, attrs) != BRIEF_OK)
			return BRIEF_ERR;
	return BRIEF_OK;
}

/* What the file says is the whole style: fields it leaves out are reset. */
static int load_style(const struct loader *ld, const struct ynode *v, struct theme_style *st)
{
	*st = (struct theme_style){{COLOR_DEFAULT_KIND, 0}, {COLOR_DEFAULT_KIND, 0}, 0};
	if (ynode_is_empty(v))
		return BRIEF_OK;
	if (!ynode_is_map(v))
		return yamldoc_fail(ld->doc, v, "expected a style, like {fg: yellow, bg: default, attrs: [bold]}");
	const struct ynode *k, *val;
	for (size_t p = 0; yamldoc_pair(ld->doc, v, p, &k, &val); p++) {
		const char *key = ynode_text(k);
		int rc;
		if (key && strcmp(key, "fg") == 0)
			rc = load_color(ld, val, &st->fg);
		else if (key && strcmp(key, "bg") == 0)
			rc = load_color(ld, val, &st->bg);
		else if (key && strcmp(key, "attrs") == 0)
			rc = load_attrs(ld, val, &st->attrs);
		else
			rc = yamldoc_fail(ld->doc, k, "unknown field '%s' (fg, bg, attrs)", key ? key : "?");
		if (rc != BRIEF_OK)
			return rc;
	}
	return BRIEF_OK;
}

static int load_elements(const struct loader *ld, const struct ynode *v, struct theme *t)
{
	if (ynode_is_empty(v))
		return BRIEF_OK;
	if (!ynode_is_map(v))
		return yamldoc_fail(ld->doc, v, "expected elements and their styles, like title: {fg: white}");
	const struct ynode *k, *val;
	for (size_t p = 0; yamldoc_pair(ld->doc, v, p, &k, &val); p++) {
		enum theme_element el = theme_element_from_name(ynode_text(k));
		if (el == EL_COUNT)
			return yamldoc_fail(ld->doc, k, "unknown element '%s' (themes/default.yaml lists them all)",
				       ynode_text(k) ? ynode_text(k) : "?");
		if (load_style(ld, val, &t->el[el]) != BRIEF_OK)
			return BRIEF_ERR;
	}
	return BRIEF_OK;
}

static int load_root(const struct loader *ld, const struct ynode *root, struct theme *t)
{
	if (ynode_is_empty(root))
		return BRIEF_OK;
	if (!ynode_is_map(root))
		return yamldoc_fail(ld->doc, root, "expected a theme: name and elements");
	const struct ynode *k, *v;
	for (size_t p = 0; yamldoc_pair(ld->doc, root, p, &k, &v); p++) {
		const char *key = ynode_text(k);
		if (key && strcmp(key, "name") == 0) {
			if (!ynode_text(v))
				return yamldoc_fail(ld->doc, v, "expected the theme's name");
		} else if (key && strcmp(key, "elements") == 0) {
			if (load_elements(ld, v, t) != BRIEF_OK)
				return BRIEF_ERR;
		} else {
			return yamldoc_fail(ld->doc, k, "unknown key '%s' (name, elements)", key ? key : "?");
		}
	}
	return BRIEF_OK;
}

int theme_load_file(struct theme *t, const char *path)
{
	struct yamldoc *doc;
	/* loaded into a copy, so a mistake halfway leaves t untouched */
	struct theme copy = *t;
	int rc = yamldoc_open(path, false, &doc);
	if (rc == BRIEF_OK && yamldoc_root(doc)) {
		struct loader ld = {doc};
		rc = load_root(&ld, yamldoc_root(doc), &copy);
	}
	yamldoc_close(doc);
	if (rc == BRIEF_OK)
		*t = copy;
	return rc;
}

/* ---- finding a theme ---- */

/* Try dir/name.yaml; on a miss, note dir in the list of places looked. */
static char *try_dir(const char *dir, const char *name, struct buf *looked)
{
	struct buf b = BUF_INIT;
	buf_printf(&b, "%s/%s.yaml", dir, name);
	if (access(b.data, R_OK) == 0)
		return buf_steal(&b);
	buf_free(&b);
	buf_printf(looked, "%s%s/", looked->len ? ", " : "", dir);
	return NULL;
}

static bool is_path(const char *s)
{
	size_t n = strlen(s);
	return strchr(s, '/') || (n >= 5 && strcmp(s + n - 5, ".yaml") == 0);
}

static char *find_path(const char *path)
{
	struct buf b = BUF_INIT;
	const char *home = getenv("HOME");
	/* A config file says "~/themes/x.yaml" and no shell expands it. */
	if (strncmp(path, "~/", 2) == 0 && home && *home)
		buf_printf(&b, "%s/%s", home, path + 2);
	else
		buf_adds(&b, path);
	if (access(b.data, R_OK) != 0) {
		err_set("theme %s: %s", b.data, strerror(errno));
		buf_free(&b);
		return NULL;
	}
	return buf_steal(&b);
}

char *theme_find(const char *name_or_path)
{
	const char *name = name_or_path;
	if (!name || !*name) {
		err_set("no theme given: a name (default, light, mono...) or a path");
		return NULL;
	}
	if (is_path(name))
		return find_path(name);
	struct buf looked = BUF_INIT, dir = BUF_INIT;
	char *found = NULL;
	const char *env = getenv("BRIEF_THEMES_DIR");
	if (env && *env)
		found = try_dir(env, name, &looked);
	char *config = found ? NULL : paths_config_dir();
	if (config) {
		buf_printf(&dir, "%s/themes", config);
		found = try_dir(dir.data, name, &looked);
		free(config);
	}
	/* beside the program: themes/ of the source tree, share/brief/themes
	 * of an install */
	char *program = found ? NULL : paths_program_dir();
	for (int i = 0; program && !found && i < 2; i++) {
		buf_reset(&dir);
		buf_printf(&dir, "%s/../%s", program, i ? "share/brief/themes" : "themes");
		found = try_dir(dir.data, name, &looked);
	}
	free(program);
	if (!found)
		found = try_dir(BRIEF_DATADIR "/themes", name, &looked);
	if (!found)
		err_set("theme '%s' not found (looked in %s)", name, looked.data);
	buf_free(&looked);
	buf_free(&dir);
	return found;
}
