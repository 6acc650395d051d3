/* fuzz_sentence.c - sentence boundaries: spans in order, inside the text,
 * never empty, never longer than the bound. */
#include "brief/sentence.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct span *sp = NULL;
	size_t cap = 0, n = sentence_split(s, size, &sp, &cap);
	size_t last = 0;
	for (size_t i = 0; i < n; i++) {
		FUZZ_CHECK(sp[i].start >= last && sp[i].start < sp[i].end && sp[i].end <= size);
		FUZZ_CHECK(sp[i].end - sp[i].start <= SENTENCE_MAX_BYTES);
		last = sp[i].end;
	}
	FUZZ_CHECK(sentence_first_len(s, size) <= size);
	free(sp);
	return 0;
}
