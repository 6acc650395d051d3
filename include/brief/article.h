/* article.h - an article as segmentation produces it and the cache stores it. */
#ifndef BRIEF_ARTICLE_H
#define BRIEF_ARTICLE_H

#include <stddef.h>

#include "brief/dateparse.h"

enum para_kind {
	PARA_BODY,
	PARA_HEADING,
	PARA_CAPTION,
};

struct paragraph {
	enum para_kind kind;
	char *text;
	size_t line; /* 1-based line of the source file where it starts */
};

/* Where the article's date came from.  A date line or a dateline at the
 * top is a statement of the article itself, so the timeline shows it. */
enum date_source {
	DATE_FROM_NONE,     /* the importer's fallback (--date), or no date */
	DATE_FROM_LINE,     /* a line that only dates the article ("Friday, July 21, 2017") */
	DATE_FROM_DATELINE, /* the first paragraph's dateline ("BRUSSELS, March 3 (Reuters) -") */
	DATE_FROM_CAPTION,  /* a caption's date */
};

struct article {
	char *title;
	struct date_value date;
	enum date_source date_from;
	size_t line; /* first line of the article in its file */
	struct paragraph *paras;
	size_t npara, cap;
};

struct article_list {
	struct article *items;
	size_t n, cap;
};

const char *para_kind_name(enum para_kind kind);
void article_add_para(struct article *a, enum para_kind kind, char *text, size_t line);
void article_list_free(struct article_list *list);

#endif
