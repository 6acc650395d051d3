/* sha256.h - content hash of imported files (FIPS 180-4). */
#ifndef BRIEF_SHA256_H
#define BRIEF_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256 {
	uint32_t h[8];
	uint64_t length;
	unsigned char block[64];
	size_t used;
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t n);
/* Lower-case hex digest: 64 characters and a NUL. */
void sha256_hex(struct sha256 *c, char out[65]);

#endif
