/* datelabel.h - a timeline value as a reader reads it: TIMEX3 writes the
 * 1990s "199" and summer 2024 "2024-SU"; lists show "1990s" and
 * "2024 summer".  Other values are shown as written. */
#ifndef BRIEF_DATELABEL_H
#define BRIEF_DATELABEL_H

enum { DATE_LABEL_MAX = 16 };

/* The label of value (NULL: "undated"), in out or a static string. */
const char *date_label(const char *value, char out[DATE_LABEL_MAX]);

#endif
