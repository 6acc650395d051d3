/* fuzz.h - what the fuzz harnesses share.  Each harness is one libFuzzer
 * entry point; `make fuzz` links it with libFuzzer, and `make check` with
 * replay.c, which feeds it every kept input (seeds and past crashes). */
#ifndef BRIEF_FUZZ_H
#define BRIEF_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "brief/error.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A broken promise of the code under test: report and abort, so libFuzzer
 * keeps the input and replay counts a failure. */
#define FUZZ_CHECK(cond)                                                                   \
	do {                                                                               \
		if (!(cond)) {                                                             \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
			abort();                                                           \
		}                                                                          \
	} while (0)

/* The input as a NUL-terminated string (caller frees); NUL bytes inside
 * are kept, so the string may look shorter than size. */
char *fuzz_string(const uint8_t *data, size_t size);

/* Write the input to a private temporary file and return its path (the
 * same path on every call): for loaders that read files. */
const char *fuzz_file(const uint8_t *data, size_t size, const char *suffix);

/* Every code point of s[0..n) is well-formed UTF-8 and none is a control
 * character (tab and newline are allowed when keep_lines). */
int fuzz_text_is_clean(const char *s, size_t n, int keep_lines);

/* A file of the source tree, found from $BRIEF_SRC or the working folder. */
char *fuzz_src_path(const char *relative);

#endif
