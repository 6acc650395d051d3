/* fuzz_config.c - config.yaml, and its key bindings applied to the key
 * table as the reader applies them. */
#include "brief/config.h"
#include "brief/keymap.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config c = {0};
	config_load(&c, fuzz_file(data, size, ".yaml"));
	struct keymap m;
	keymap_defaults(&m);
	for (size_t i = 0; i < c.nbindings; i++)
		keymap_bind(&m, c.bindings[i].action, c.bindings[i].keys, c.bindings[i].nkeys);
	for (int a = 0; a < ACT_COUNT; a++)
		FUZZ_CHECK(m.nkeys[a] >= 0 && m.nkeys[a] <= 4);
	config_free(&c);
	return 0;
}
