/* features.h - the hashing the taggers' features share: a template and a
 * value mixed into 64 bits (splitmix64's finalizer), so a model is a table
 * indexed by a hash's low bits and never holds a word. */
#ifndef BRIEF_FEATURES_H
#define BRIEF_FEATURES_H

#include <stddef.h>
#include <stdint.h>

static inline uint64_t feature_mix(uint64_t t, uint64_t v)
{
	uint64_t x = t * 0x9E3779B97F4A7C15ULL ^ v;
	x ^= x >> 30;
	x *= 0xBF58476D1CE4E5B9ULL;
	x ^= x >> 27;
	x *= 0x94D049BB133111EBULL;
	x ^= x >> 31;
	return x;
}

static inline uint64_t feature_mix2(uint64_t t, uint64_t a, uint64_t b)
{
	return feature_mix(feature_mix(t, a), b);
}

/* Beyond a sentence's ends, a word of its own on each side. */
static inline uint64_t feature_at(const uint64_t *col, size_t n, long i)
{
	return i < 0 || (size_t)i >= n ? 0x5A17ULL + (uint64_t)(i < 0) : col[i];
}

#endif
