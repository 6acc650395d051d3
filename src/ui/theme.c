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
#include <yaml.h>

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

int theme_color_for(struct theme_color c, int colors)
{
	if (colors <= 0 || c.kind == COLOR_DEFAULT_KIND)
		return -1;
	if (c.kind == COLOR_INDEX_KIND && c.value >= 0 && c.value < colors)
		return c.value;
	int rgb = c.kind == COLOR_INDEX_KIND ? palette_rgb(c.value & 0xff) : c.value;
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
	yaml_document_t *doc;
	const char *path;
};

static bool empty(const yaml_node_t *node)
{
	return yamldoc_scalar(node) && !*yamldoc_scalar(node);
}

static int load_color(const struct loader *ld, yaml_node_t *v, struct theme_color *out)
{
	const char *s = yamldoc_scalar(v);
	if (!s)
		return yamldoc_fail(ld->path, v, "expected a colour (a name, colorN or #rrggbb)");
	switch (parse_color(s, out)) {
	case COLOR_OK:
		return BRIEF_OK;
	case COLOR_RANGE:
		return yamldoc_fail(ld->path, v, "colour '%s' out of range (color0..color255)", s);
	case COLOR_BAD_HEX:
		return yamldoc_fail(ld->path, v, "bad colour '%s' (expected #rrggbb)", s);
	case COLOR_UNKNOWN:
		break;
	}
	return yamldoc_fail(ld->path, v, "unknown colour '%s' (default, black..white, bright-black..bright-white, "
		       "colorN, #rrggbb)", s);
}

static int load_attr(const struct loader *ld, yaml_node_t *v, unsigned *attrs)
{
	static const struct {
		const char *name;
		unsigned flag;
	} names[] = {
		{"bold", THEME_BOLD}, {"dim", THEME_DIM}, {"underline", THEME_UNDERLINE},
		{"reverse", THEME_REVERSE}, {"italic", THEME_ITALIC}, {"standout", THEME_STANDOUT},
	};
	const char *s = yamldoc_scalar(v);
	if (!s)
		return yamldoc_fail(ld->path, v, "expected an attribute");
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (strcasecmp(s, names[i].name) == 0) {
			*attrs |= names[i].flag;
			return BRIEF_OK;
		}
	return yamldoc_fail(ld->path, v, "unknown attribute '%s' (bold, dim, underline, reverse, italic, standout)", s);
}

static int load_attrs(const struct loader *ld, yaml_node_t *v, unsigned *attrs)
{
	*attrs = 0;
	if (empty(v))
		return BRIEF_OK;
	if (v->type == YAML_SCALAR_NODE)
		return load_attr(ld, v, attrs);
	if (v->type != YAML_SEQUENCE_NODE)
		return yamldoc_fail(ld->path, v, "expected an attribute or a list of them, like [bold, underline]");
	for (yaml_node_item_t *i = v->data.sequence.items.start; i < v->data.sequence.items.top; i++)
		if (load_attr(ld, yaml_document_get_node(ld->doc, *i), attrs) != BRIEF_OK)
			return BRIEF_ERR;
	return BRIEF_OK;
}

/* What the file says is the whole style: fields it leaves out are reset. */
static int load_style(const struct loader *ld, yaml_node_t *v, struct theme_style *st)
{
	*st = (struct theme_style){{COLOR_DEFAULT_KIND, 0}, {COLOR_DEFAULT_KIND, 0}, 0};
	if (empty(v))
		return BRIEF_OK;
	if (v->type != YAML_MAPPING_NODE)
		return yamldoc_fail(ld->path, v, "expected a style, like {fg: yellow, bg: default, attrs: [bold]}");
	for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(ld->doc, p->key);
		yaml_node_t *val = yaml_document_get_node(ld->doc, p->value);
		const char *key = yamldoc_scalar(k);
		int rc;
		if (key && strcmp(key, "fg") == 0)
			rc = load_color(ld, val, &st->fg);
		else if (key && strcmp(key, "bg") == 0)
			rc = load_color(ld, val, &st->bg);
		else if (key && strcmp(key, "attrs") == 0)
			rc = load_attrs(ld, val, &st->attrs);
		else
			rc = yamldoc_fail(ld->path, k, "unknown field '%s' (fg, bg, attrs)", key ? key : "?");
		if (rc != BRIEF_OK)
			return rc;
	}
	return BRIEF_OK;
}

static int load_elements(const struct loader *ld, yaml_node_t *v, struct theme *t)
{
	if (empty(v))
		return BRIEF_OK;
	if (v->type != YAML_MAPPING_NODE)
		return yamldoc_fail(ld->path, v, "expected elements and their styles, like title: {fg: white}");
	for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(ld->doc, p->key);
		enum theme_element el = theme_element_from_name(yamldoc_scalar(k));
		if (el == EL_COUNT)
			return yamldoc_fail(ld->path, k, "unknown element '%s' (themes/default.yaml lists them all)",
				       yamldoc_scalar(k) ? yamldoc_scalar(k) : "?");
		if (load_style(ld, yaml_document_get_node(ld->doc, p->value), &t->el[el]) != BRIEF_OK)
			return BRIEF_ERR;
	}
	return BRIEF_OK;
}

static int load_root(const struct loader *ld, yaml_node_t *root, struct theme *t)
{
	if (empty(root))
		return BRIEF_OK;
	if (root->type != YAML_MAPPING_NODE)
		return yamldoc_fail(ld->path, root, "expected a theme: name and elements");
	for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
		yaml_node_t *k = yaml_document_get_node(ld->doc, p->key);
		yaml_node_t *v = yaml_document_get_node(ld->doc, p->value);
		const char *key = yamldoc_scalar(k);
		if (key && strcmp(key, "name") == 0) {
			if (!yamldoc_scalar(v))
				return yamldoc_fail(ld->path, v, "expected the theme's name");
		} else if (key && strcmp(key, "elements") == 0) {
			if (load_elements(ld, v, t) != BRIEF_OK)
				return BRIEF_ERR;
		} else {
			return yamldoc_fail(ld->path, k, "unknown key '%s' (name, elements)", key ? key : "?");
		}
	}
	return BRIEF_OK;
}

int theme_load_file(struct theme *t, const char *path)
{
	struct yamldoc yd;
	yaml_node_t *root;
	/* loaded into a copy, so a mistake halfway leaves t untouched */
	struct theme copy = *t;
	int rc = yamldoc_open(&yd, path, false, &root);
	if (rc == BRIEF_OK && root) {
		struct loader ld = {&yd.doc, path};
		rc = load_root(&ld, root, &copy);
	}
	yamldoc_close(&yd);
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
	char exe[4096];
	ssize_t n = found ? -1 : readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			buf_reset(&dir);
			buf_printf(&dir, "%s/../themes", exe);
			found = try_dir(dir.data, name, &looked);
		}
	}
	if (!found)
		found = try_dir(BRIEF_DATADIR "/themes", name, &looked);
	if (!found)
		err_set("theme '%s' not found (looked in %s)", name, looked.data);
	buf_free(&looked);
	buf_free(&dir);
	return found;
}
