/* fuzz_gazetteer.c - a user's actors.yaml, then a lookup of every word
 * start of a sentence. */
#include <string.h>

#include "brief/gazetteer.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct gazetteer g = {0};
	if (gazetteer_load(&g, fuzz_file(data, size, ".yaml")) == BRIEF_OK) {
		static const char text[] = "The United Nations and Beijing met the EU in Tokyo on Monday";
		for (size_t i = 0; i < sizeof text - 1; i++) {
			if (i && text[i - 1] != ' ')
				continue;
			size_t entry;
			size_t len = gazetteer_match(&g, text + i, sizeof text - 1 - i, &entry);
			FUZZ_CHECK(len <= sizeof text - 1 - i);
			if (len)
				FUZZ_CHECK(entry < g.n);
		}
		for (size_t e = 0; e < g.n; e++)
			FUZZ_CHECK(g.entries[e].name != NULL);
	}
	gazetteer_free(&g);
	return 0;
}
