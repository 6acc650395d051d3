/* actor_set.c - the actors of one article as the finder collects them:
 * each once by kind and name, its names and mentions, its role, and the
 * acronyms the article defines ("the Health Security Committee (HSC)"). */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "actors_internal.h"
#include "brief/mem.h"
#include "brief/names.h"
#include "brief/tagger.h"
#include "brief/words.h"

/* ---- actors and mentions ------------------------------------------------ */

static void actor_key(struct buf *key, enum actor_kind kind, const char *name, size_t len)
{
	buf_printf(key, "%d:%.*s", (int)kind, (int)len, name);
}

size_t actor_known(const struct finder *f, enum actor_kind kind, const char *name, size_t len)
{
	struct buf key = BUF_INIT;
	actor_key(&key, kind, name, len);
	int found;
	bool known = strmap_get(&f->index, key.data, key.len, &found);
	buf_free(&key);
	return known ? (size_t)found : SIZE_MAX;
}

size_t actor_for(struct finder *f, enum actor_kind kind, const char *name, size_t len)
{
	size_t a = actor_known(f, kind, name, len);
	if (a != SIZE_MAX)
		return a;
	struct actor_set *s = f->out;
	s->v = xgrow(s->v, &s->cap, s->n + 1, sizeof *s->v);
	a = s->n++;
	s->v[a] = (struct actor){.name = xstrndup(name, len), .kind = kind};
	struct buf key = BUF_INIT;
	actor_key(&key, kind, name, len);
	strmap_put(&f->index, key.data, key.len, (int)a);
	buf_free(&key);
	return a;
}

void actor_add_alias(struct actor *a, const char *s, size_t len)
{
	for (size_t i = 0; i < a->naliases; i++)
		if (strlen(a->aliases[i]) == len && memcmp(a->aliases[i], s, len) == 0)
			return;
	a->aliases = xgrow(a->aliases, &a->acap, a->naliases + 1, sizeof *a->aliases);
	a->aliases[a->naliases++] = xstrndup(s, len);
}

void actor_mention(struct finder *f, size_t actor, size_t start, size_t end)
{
	struct actor_set *s = f->out;
	s->m = xgrow(s->m, &s->mcap, s->nm + 1, sizeof *s->m);
	s->m[s->nm++] = (struct mention){f->para, start, end, actor};
	s->v[actor].mentions++;
	actor_add_alias(&s->v[actor], f->text + start, end - start);
}

void set_role(struct actor *a, const char *role, size_t len)
{
	if (!a->role && role && len)
		a->role = xstrndup(role, len);
}

/* ---- acronyms ----------------------------------------------------------- */

bool is_acronym(const char *s, size_t len)
{
	if (len < 2 || len > 10)
		return false;
	for (size_t k = 0; k < len; k++)
		if (!isupper((unsigned char)s[k]) && !(k && isdigit((unsigned char)s[k])))
			return false;
	return true;
}

/* "Harbour Safety Council (HSC)": an acronym in parentheses right after an
 * organization's name becomes one of its names for the rest of the article.
 * end is where the name ends; returns the end of what was taken. */
size_t take_acronym(struct finder *f, size_t end, size_t actor)
{
	const char *t = f->text;
	size_t i = end;
	while (t[i] == ' ')
		i++;
	if (t[i] != '(')
		return end;
	size_t s = i + 1, e = s;
	while (t[e] && t[e] != ')' && t[e] != ' ')
		e++;
	if (t[e] != ')' || !is_acronym(t + s, e - s))
		return end;
	strmap_put(&f->acronyms, t + s, e - s, (int)actor);
	actor_mention(f, actor, s, e);
	return e + 1;
}


void actor_set_free(struct actor_set *s)
{
	for (size_t a = 0; a < s->n; a++) {
		for (size_t k = 0; k < s->v[a].naliases; k++)
			free(s->v[a].aliases[k]);
		free(s->v[a].aliases);
		free(s->v[a].name);
		free(s->v[a].role);
	}
	free(s->v);
	free(s->m);
	memset(s, 0, sizeof *s);
}
