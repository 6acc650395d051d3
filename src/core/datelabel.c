/* datelabel.c - timeline values as labels (see datelabel.h). */
#include <ctype.h>
#include <string.h>

#include "brief/datelabel.h"

const char *date_label(const char *value, char out[DATE_LABEL_MAX])
{
	static const char *const codes[] = {"SP", "SU", "FA", "WI"};
	static const char *const names[] = {"spring", "summer", "fall", "winter"};
	if (!value)
		return "undated";
	size_t n = strlen(value);
	if (n == 3 && isdigit((unsigned char)value[0]) && isdigit((unsigned char)value[1]) &&
	    isdigit((unsigned char)value[2])) {
		memcpy(out, value, 3);
		memcpy(out + 3, "0s", 3);
		return out;
	}
	for (int k = 0; n == 7 && value[4] == '-' && k < 4; k++)
		if (strcmp(value + 5, codes[k]) == 0) {
			memcpy(out, value, 4);
			out[4] = ' ';
			memcpy(out + 5, names[k], strlen(names[k]) + 1);
			return out;
		}
	return value;
}
