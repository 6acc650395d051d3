/* theme.h - colours and attributes of every screen element, from YAML
 * themes (the themes folder and $XDG_CONFIG_HOME/brief/themes/), degraded to
 * what the terminal offers. */
#ifndef BRIEF_THEME_H
#define BRIEF_THEME_H

#include <stdbool.h>

enum theme_element {
	EL_NORMAL,          /* text */
	EL_TITLE,           /* article title in the reader */
	EL_SELECTED,        /* selected row of the focused pane */
	EL_SELECTED_IDLE,   /* selected row of a pane without focus */
	EL_HEADING,         /* sub-heading in the reader */
	EL_CAPTION,         /* photo caption in the reader */
	EL_PERSON,          /* actor kinds, in lists and highlighted in text */
	EL_ORGANIZATION,
	EL_COUNTRY,
	EL_PLACE,
	EL_MEDIA,
	EL_DATE,            /* dates in lists and date expressions in text */
	EL_BORDER,          /* pane borders and titles */
	EL_BORDER_FOCUSED,  /* the focused pane's border and title */
	EL_STATUS,          /* the status line */
	EL_ERROR,           /* error messages in the status line */
	EL_SEARCH_HIT,      /* search matches */
	EL_TAB,             /* tab line of the narrow layout */
	EL_TAB_ACTIVE,
	EL_DIM,             /* secondary text: sources, counts, hints */
	EL_UNREAD,          /* an article not read yet, in the lists */
	EL_COUNT
};

/* A colour as written in the theme: the terminal default, one of the 256
 * indexed colours (names black..white are 0-7, bright-black..bright-white
 * 8-15, colorN is N), or a 24-bit #rrggbb. */
struct theme_color {
	enum { COLOR_DEFAULT_KIND, COLOR_INDEX_KIND, COLOR_RGB_KIND } kind;
	int value; /* index 0-255, or 0xRRGGBB */
};

enum {
	THEME_BOLD = 1 << 0,
	THEME_DIM = 1 << 1,
	THEME_UNDERLINE = 1 << 2,
	THEME_REVERSE = 1 << 3,
	THEME_ITALIC = 1 << 4,
	THEME_STANDOUT = 1 << 5,
};

struct theme_style {
	struct theme_color fg, bg;
	unsigned attrs; /* THEME_* flags */
};

struct theme {
	struct theme_style el[EL_COUNT];
};

/* The YAML key of an element ("selected", "search_hit", "person"...), and
 * back; EL_COUNT when unknown. */
const char *theme_element_name(enum theme_element el);
enum theme_element theme_element_from_name(const char *name);

/* The compiled-in dark theme, which themes/default.yaml also spells out. */
void theme_defaults(struct theme *t);

/* Overlay a theme file on t: each element named in the file replaces its
 * style.  A bad file sets the error "file:line:column: message" and leaves t
 * as it was. */
int theme_load_file(struct theme *t, const char *path);

/* The file of a theme given by name or path: a value with '/' or ending in
 * ".yaml" is a path; a name is looked up in $XDG_CONFIG_HOME/brief/themes/
 * then in the project's themes/ folder.  Returns a new string, or NULL with
 * the error set. */
char *theme_find(const char *name_or_path);

/* The colour the terminal will show for c when it has `colors` colours
 * (256, 16, 8, or 0 for none): the nearest by RGB distance.  Returns an
 * index, or -1 for the terminal default (and always -1 when colors is 0). */
int theme_color_for(struct theme_color c, int colors);

#endif
