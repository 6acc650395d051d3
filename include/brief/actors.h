/* actors.h - who an article is about: people, organizations, countries,
 * places and media, with their surface names, roles and mention counts. */
#ifndef BRIEF_ACTORS_H
#define BRIEF_ACTORS_H

#include <stddef.h>

#include "brief/article.h"
#include "brief/gazetteer.h"

struct actor {
	char *name;            /* canonical: gazetteer name or fullest person name */
	enum actor_kind kind;
	char *role;            /* "Secretary of State"; NULL when none was seen */
	char **aliases;        /* distinct surfaces seen in the article, name first */
	size_t naliases, acap;
	size_t mentions;
};

/* One occurrence: paragraph index (SIZE_MAX for the title) and byte span. */
struct mention {
	size_t para;
	size_t start, end;
	size_t actor;
};

struct actor_set {
	struct actor *v;
	size_t n, cap;
	struct mention *m;
	size_t nm, mcap;
};

#define MENTION_TITLE ((size_t)-1)

struct models;

/* Find the actors of an article: the names the models tag (models may be
 * NULL: the gazetteer and the title rules alone), given canonical names,
 * kinds and roles.  Linear in the text. */
void actors_find(const struct gazetteer *g, const struct models *models, const struct article *a,
		 struct actor_set *out);
void actor_set_free(struct actor_set *s);

#endif
