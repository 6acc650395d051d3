/* article.c - the article model shared by segmentation and the cache. */
#include <stdlib.h>

#include "brief/article.h"
#include "brief/mem.h"

const char *para_kind_name(enum para_kind kind)
{
	switch (kind) {
	case PARA_BODY: return "body";
	case PARA_HEADING: return "heading";
	case PARA_CAPTION: return "caption";
	}
	return "body";
}

void article_add_para(struct article *a, enum para_kind kind, char *text, size_t line)
{
	a->paras = xgrow(a->paras, &a->cap, a->npara + 1, sizeof *a->paras);
	a->paras[a->npara++] = (struct paragraph){kind, text, line};
}

void article_list_free(struct article_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		struct article *a = &list->items[i];
		for (size_t j = 0; j < a->npara; j++)
			free(a->paras[j].text);
		free(a->paras);
		free(a->title);
	}
	free(list->items);
	list->items = NULL;
	list->n = list->cap = 0;
}
