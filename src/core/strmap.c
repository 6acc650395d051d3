/* strmap.c - string keys to integers, open addressing with linear probing. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "brief/mem.h"
#include "brief/strmap.h"

static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static struct strmap_slot *find(const struct strmap *m, const char *key, size_t len)
{
	size_t i = hash_bytes(key, len) & (m->cap - 1);
	while (m->slots[i].key) {
		if (m->slots[i].len == len && memcmp(m->slots[i].key, key, len) == 0)
			return &m->slots[i];
		i = (i + 1) & (m->cap - 1);
	}
	return &m->slots[i];
}

static void grow(struct strmap *m)
{
	struct strmap bigger = {xcalloc(m->cap ? m->cap * 2 : 64, sizeof *m->slots),
				m->cap ? m->cap * 2 : 64, m->used};
	for (size_t i = 0; i < m->cap; i++)
		if (m->slots[i].key)
			*find(&bigger, m->slots[i].key, m->slots[i].len) = m->slots[i];
	free(m->slots);
	*m = bigger;
}

void strmap_put(struct strmap *m, const char *key, size_t len, int value)
{
	/* at most half full: linear probing's chains stay short, and the
	 * importer asks thousands of times per story */
	if ((m->used + 1) * 2 > m->cap)
		grow(m);
	struct strmap_slot *s = find(m, key, len);
	if (!s->key) {
		s->key = xstrndup(key, len);
		s->len = len;
		m->used++;
	}
	s->value = value;
}

bool strmap_get(const struct strmap *m, const char *key, size_t len, int *value)
{
	if (!m->cap)
		return false;
	const struct strmap_slot *s = find(m, key, len);
	if (!s->key)
		return false;
	*value = s->value;
	return true;
}

void strmap_free(struct strmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	m->slots = NULL;
	m->cap = m->used = 0;
}
