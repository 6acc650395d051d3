/* fuzz_timex.c - date expressions in a sentence and their resolution
 * against an anchor taken from the first bytes.  Spans are in order and
 * inside the sentence; a value is an ISO-like string of its precision. */
#include <string.h>

#include "brief/timex.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct date_value anchor = {0, 0, 0, DATE_NONE};
	if (size >= 4) {
		static const enum date_precision precisions[] = {DATE_NONE, DATE_YEAR, DATE_MONTH, DATE_DAY};
		anchor.year = 1900 + data[0] % 200;
		anchor.month = 1 + data[1] % 12;
		anchor.day = 1 + data[2] % 31;
		anchor.precision = precisions[data[3] % 4];
		data += 4;
		size -= 4;
	}
	struct timex *tx = NULL;
	size_t cap = 0, n = timex_find((const char *)data, size, &anchor, &tx, &cap);
	size_t last = 0;
	for (size_t i = 0; i < n; i++) {
		FUZZ_CHECK(tx[i].start >= last && tx[i].start < tx[i].end && tx[i].end <= size);
		last = tx[i].end;
		FUZZ_CHECK(memchr(tx[i].value, '\0', sizeof tx[i].value));
		FUZZ_CHECK((tx[i].precision == TIMEX_NONE) == (tx[i].value[0] == '\0'));
		if (tx[i].precision != TIMEX_NONE) {
			FUZZ_CHECK(strlen(tx[i].first_day) == 10 && strlen(tx[i].last_day) == 10);
			FUZZ_CHECK(strcmp(tx[i].first_day, tx[i].last_day) <= 0);
		}
	}
	free(tx);
	/* the full dates of datelines and --date */
	char *s = fuzz_string(data, size);
	struct date_value v;
	if (date_parse_iso(s, &v))
		FUZZ_CHECK(v.precision != DATE_NONE);
	free(s);
	return 0;
}
