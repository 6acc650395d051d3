/* gazetteer.c - loading data/actors.yaml (libyaml) and longest-match lookup. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/error.h"
#include "brief/gazetteer.h"
#include "brief/mem.h"
#include "brief/yamldoc.h"

const char *actor_kind_name(enum actor_kind kind)
{
	switch (kind) {
	case ACTOR_PERSON: return "person";
	case ACTOR_ORGANIZATION: return "organization";
	case ACTOR_COUNTRY: return "country";
	case ACTOR_PLACE: return "place";
	case ACTOR_MEDIA: return "media";
	}
	return "organization";
}

/* Where in the file a node starts, for messages that point at it. */
struct loader {
	struct gazetteer *g;
	const struct yamldoc *doc;
};

static size_t entry_for(struct gazetteer *g, enum actor_kind kind, const char *name)
{
	struct buf key = BUF_INIT;
	buf_printf(&key, "%d:%s", (int)kind, name);
	int found;
	size_t index;
	if (strmap_get(&g->names, key.data, key.len, &found)) {
		index = (size_t)found;
	} else {
		g->entries = xgrow(g->entries, &g->cap, g->n + 1, sizeof *g->entries);
		index = g->n++;
		g->entries[index] = (struct gaz_entry){xstrdup(name), kind, NULL, NULL};
		strmap_put(&g->names, key.data, key.len, (int)index);
	}
	buf_free(&key);
	return index;
}

/* Can a match end before s[0]?  At the end, a space, punctuation, a hyphen,
 * or a curly quote or dash (UTF-8 E2 80 xx); not inside a word. */
static bool ends_word(const char *s, size_t n)
{
	if (n == 0)
		return true;
	unsigned char c = (unsigned char)s[0];
	if (c < 0x80)
		return !isalnum(c);
	return n >= 3 && c == 0xE2 && (unsigned char)s[1] == 0x80;
}

/* "the Kremlin" is found at "Kremlin": a leading article is not part of a
 * surface, since text says "the Kremlin" and "The Kremlin" alike. */
static void add_surface(struct gazetteer *g, const char *s, size_t entry, enum gaz_form form)
{
	if (strncmp(s, "the ", 4) == 0 || strncmp(s, "The ", 4) == 0)
		s += 4;
	size_t len = strlen(s);
	if (len == 0)
		return;
	strmap_put(&g->surfaces, s, len, (int)entry);
	strmap_put(&g->forms, s, len, (int)form);
	/* every way the surface can be cut at a word's end, so a lookup can
	 * stop as soon as the text leaves all of them */
	for (size_t e = 1; e <= len; e++)
		if (ends_word(s + e, len - e))
			strmap_put(&g->prefixes, s, e, 1);
	strmap_put(&g->heads, s, len < GAZ_HEAD ? len : GAZ_HEAD, 1);
	if (len > g->max_len)
		g->max_len = len;
}

static void set_field(char **field, const char *value)
{
	if (!value || !*value)
		return;
	free(*field);
	*field = xstrdup(value);
}

static enum gaz_form form_of_list(const char *list)
{
	static const struct {
		const char *list;
		enum gaz_form form;
	} forms[] = {{"aliases", GAZ_ALIAS}, {"acronyms", GAZ_ACRONYM}, {"adjectives", GAZ_ADJECTIVE},
		     {"demonyms", GAZ_DEMONYM}, {"seats", GAZ_SEAT}};
	for (size_t i = 0; list && i < sizeof forms / sizeof *forms; i++)
		if (strcmp(list, forms[i].list) == 0)
			return forms[i].form;
	return GAZ_ALIAS;
}

/* A field of an entry: a single value, or a list of names. */
static int check_field(const struct loader *ld, const struct ynode *k, const struct ynode *v)
{
	static const char *const lists[] = {"aliases", "acronyms", "adjectives", "demonyms", "seats"};
	static const char *const fields[] = {"name", "code", "type", "country"};
	const char *key = ynode_text(k);
	for (size_t i = 0; key && i < sizeof fields / sizeof *fields; i++)
		if (strcmp(key, fields[i]) == 0)
			return ynode_text(v) ? BRIEF_OK : yamldoc_fail(ld->doc, v, "expected a single value");
	for (size_t i = 0; key && i < sizeof lists / sizeof *lists; i++)
		if (strcmp(key, lists[i]) == 0)
			return yamldoc_want_list(ld->doc, v, "expected a list of names, like [a, b]");
	return yamldoc_fail(ld->doc, k, "unknown field '%s'", key ? key : "?");
}

/* The names of an entry's lists, each in its form. */
static int load_surfaces(struct loader *ld, const struct ynode *item, size_t e)
{
	const struct ynode *k, *v, *s;
	for (size_t p = 0; yamldoc_pair(ld->doc, item, p, &k, &v); p++) {
		const char *list = ynode_text(k);
		for (size_t i = 0; yamldoc_item(ld->doc, v, i, &s); i++) {
			const char *surface;
			if (yamldoc_want_text(ld->doc, s, "expected a name", &surface) != BRIEF_OK)
				return BRIEF_ERR;
			add_surface(ld->g, surface, e, form_of_list(list));
			if (list && strcmp(list, "seats") == 0) {
				if (strncmp(surface, "the ", 4) == 0 || strncmp(surface, "The ", 4) == 0)
					surface += 4;
				strmap_put(&ld->g->seats, surface, strlen(surface), (int)e);
			}
		}
	}
	return BRIEF_OK;
}

static int load_entry(struct loader *ld, const struct ynode *item, enum actor_kind kind)
{
	if (yamldoc_want_map(ld->doc, item, "expected an entry (name: ...)") != BRIEF_OK)
		return BRIEF_ERR;
	const char *name = NULL, *type = NULL, *code = NULL;
	const struct ynode *k, *v;
	for (size_t p = 0; yamldoc_pair(ld->doc, item, p, &k, &v); p++) {
		if (check_field(ld, k, v) != BRIEF_OK)
			return BRIEF_ERR;
		const char *key = ynode_text(k);
		if (strcmp(key, "name") == 0)
			name = ynode_text(v);
		else if (strcmp(key, "type") == 0)
			type = ynode_text(v);
		else if (strcmp(key, "code") == 0 || (strcmp(key, "country") == 0 && !code))
			code = ynode_text(v);
	}
	if (!name || !*name)
		return yamldoc_fail(ld->doc, item, "entry without a name");
	if (kind == ACTOR_ORGANIZATION && type && strcmp(type, "media") == 0)
		kind = ACTOR_MEDIA;
	size_t e = entry_for(ld->g, kind, name);
	set_field(&ld->g->entries[e].code, code);
	set_field(&ld->g->entries[e].type, type);
	add_surface(ld->g, name, e, GAZ_NAME);
	return load_surfaces(ld, item, e);
}

static int load_root(struct loader *ld, const struct ynode *root)
{
	static const struct {
		const char *key;
		enum actor_kind kind;
	} sections[] = {
		{"countries", ACTOR_COUNTRY},
		{"organizations", ACTOR_ORGANIZATION},
		{"places", ACTOR_PLACE},
		{"people", ACTOR_PERSON},
	};
	if (yamldoc_want_map(ld->doc, root, "expected sections: countries, organizations, places, people") != BRIEF_OK)
		return BRIEF_ERR;
	const struct ynode *k, *v, *item;
	for (size_t p = 0; yamldoc_pair(ld->doc, root, p, &k, &v); p++) {
		const char *key = ynode_text(k);
		if (key && strcmp(key, "version") == 0)
			continue;
		size_t s = 0;
		while (s < sizeof sections / sizeof *sections && !(key && strcmp(key, sections[s].key) == 0))
			s++;
		if (s == sizeof sections / sizeof *sections)
			return yamldoc_fail(ld->doc, k, "unknown section (countries, organizations, places, people)");
		if (ynode_is_empty(v))
			continue; /* an empty section */
		if (yamldoc_want_list(ld->doc, v, "expected a list of entries") != BRIEF_OK)
			return BRIEF_ERR;
		for (size_t i = 0; yamldoc_item(ld->doc, v, i, &item); i++)
			if (load_entry(ld, item, sections[s].kind) != BRIEF_OK)
				return BRIEF_ERR;
	}
	return BRIEF_OK;
}

int gazetteer_load(struct gazetteer *g, const char *path)
{
	struct yamldoc *doc;
	int rc = yamldoc_open(path, false, &doc);
	if (rc == BRIEF_OK && yamldoc_root(doc)) {
		struct loader ld = {g, doc};
		rc = load_root(&ld, yamldoc_root(doc));
	}
	yamldoc_close(doc);
	return rc;
}

void gazetteer_free(struct gazetteer *g)
{
	for (size_t i = 0; i < g->n; i++) {
		free(g->entries[i].name);
		free(g->entries[i].code);
		free(g->entries[i].type);
	}
	free(g->entries);
	strmap_free(&g->surfaces);
	strmap_free(&g->names);
	strmap_free(&g->heads);
	strmap_free(&g->seats);
	strmap_free(&g->forms);
	strmap_free(&g->prefixes);
	memset(g, 0, sizeof *g);
}

size_t gazetteer_match(const struct gazetteer *g, const char *s, size_t n, size_t *entry)
{
	size_t best = 0, limit = n < g->max_len ? n : g->max_len;
	int found;
	bool head = false;
	for (size_t h = 1; h <= GAZ_HEAD && h <= n && !head; h++)
		head = strmap_get(&g->heads, s, h, &found);
	if (!head)
		return 0;
	for (size_t e = 1; e <= limit; e++) {
		if (!ends_word(s + e, n - e))
			continue;
		if (!strmap_get(&g->prefixes, s, e, &found))
			break; /* no surface goes on from here */
		if (strmap_get(&g->surfaces, s, e, &found)) {
			best = e;
			*entry = (size_t)found;
		}
	}
	return best;
}

enum gaz_form gazetteer_form(const struct gazetteer *g, const char *s, size_t n)
{
	int form;
	return strmap_get(&g->forms, s, n, &form) ? (enum gaz_form)form : GAZ_NAME;
}

bool gazetteer_is_seat(const struct gazetteer *g, const char *s, size_t n)
{
	int entry;
	return strmap_get(&g->seats, s, n, &entry);
}
