/* fuzz_theme.c - a theme file.  Bad input is refused with a message and
 * leaves the theme as it was. */
#include <string.h>

#include "brief/theme.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct theme t, before;
	theme_defaults(&t);
	before = t;
	if (theme_load_file(&t, fuzz_file(data, size, ".yaml")) != BRIEF_OK) {
		FUZZ_CHECK(memcmp(&t, &before, sizeof t) == 0);
		FUZZ_CHECK(strlen(err_get()) > 0);
	}
	for (int el = 0; el < EL_COUNT; el++)
		for (int colors = 0; colors <= 256; colors += colors ? colors : 8) {
			int c = theme_color_for(t.el[el].fg, colors);
			FUZZ_CHECK(c >= -1 && c < (colors ? colors : 1));
		}
	return 0;
}
