/* segment.h - from the clean text of one file to its articles.
 *
 * Judged line by line like a reader would: boilerplate is dropped, repeated
 * headlines and captions are kept once, a short headline line starts a new
 * article only where what follows opens one (a date line, a dateline, the
 * headline again, repeated captions and a lede) or a wide gap sets it off,
 * sub-headings stay headings, and the date comes from the dateline, else a
 * date line, else a caption, else the caller's fallback. */
#ifndef BRIEF_SEGMENT_H
#define BRIEF_SEGMENT_H

#include <stddef.h>

#include "brief/article.h"

struct segment_options {
	struct date_value fallback_date; /* --date; DATE_NONE when not given */
};

/* Segment UTF-8 text (LF line ends, as text_decode leaves it) and append
 * the articles to out.  A text with no article leaves out empty. */
void segment_text(const char *text, size_t n, const struct segment_options *opt,
		  struct article_list *out);

/* A title for an article without a headline: its first sentence, shortened
 * at a word boundary to about max_cols columns with "…". */
char *segment_short_title(const char *text, size_t n, int max_cols);

#endif
