/* boiler.h - judging one line of scraped text: keep it, drop it as
 * boilerplate, or keep it as a photo caption without its credit. */
#ifndef BRIEF_BOILER_H
#define BRIEF_BOILER_H

#include <stdbool.h>
#include <stddef.h>

enum boiler_class {
	BOILER_TEXT,    /* ordinary text */
	BOILER_DROP,    /* boilerplate: credit, stray token, trailer, advert... */
	BOILER_CAPTION, /* a photo caption ending with a credit */
};

/* Classify a trimmed line.  A line is a caption when it ends with a credit
 * ("... in 2017. Image: Twitter / Barack Obama.", "... (Getty Images)");
 * after a label ("Photo:", "Video:", "Credit:") the credit must be names,
 * not a sentence, so body text keeps its "Photo:".  For BOILER_CAPTION,
 * *keep is the length of the caption without its credit (trailing spaces
 * removed). */
enum boiler_class boiler_classify(const char *line, size_t n, size_t *keep);

/* Is s[0..n) a photo credit on its own ("REUTERS/Issei Kato", "(AFP)",
 * "Photo: Jane Doe/Reuters", "AP Photo/Eugene Hoshiko")? */
bool boiler_is_credit(const char *s, size_t n);

#endif
