/* strmap.h - a hash map from strings to integers (open addressing). */
#ifndef BRIEF_STRMAP_H
#define BRIEF_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

struct strmap {
	struct strmap_slot {
		char *key; /* owned; NULL when free */
		size_t len;
		int value;
	} *slots;
	size_t cap, used;
};

/* Set key (len bytes, need not be NUL-terminated) to value, replacing. */
void strmap_put(struct strmap *m, const char *key, size_t len, int value);
/* The value of key, or false when absent. */
bool strmap_get(const struct strmap *m, const char *key, size_t len, int *value);
void strmap_free(struct strmap *m);

#endif
