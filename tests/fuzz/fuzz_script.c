/* fuzz_script.c - lines of a reader script: every line parses to a step,
 * and a bad line is kept to be named. */
#include <string.h>

#include "brief/script_parse.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *text = fuzz_string(data, size);
	for (char *line = text, *next; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		struct script_step step;
		script_parse_line(line, &step);
		switch (step.command) {
		case SCRIPT_BAD: case SCRIPT_DUMP: FUZZ_CHECK(step.text != NULL); break;
		case SCRIPT_TIME: FUZZ_CHECK(step.text != NULL && strlen(step.text) < 64); break;
		case SCRIPT_RESIZE:
			FUZZ_CHECK(step.a >= 1 && step.a <= SCRIPT_MAX_COLS && step.b >= 1 && step.b <= SCRIPT_MAX_ROWS);
			break;
		case SCRIPT_SLEEP: FUZZ_CHECK(step.a >= 0 && step.a <= SCRIPT_MAX_SLEEP_MS); break;
		case SCRIPT_KEYS: FUZZ_CHECK(step.nkeys <= strlen(line)); break;
		default: break;
		}
		script_step_free(&step);
	}
	free(text);
	return 0;
}
