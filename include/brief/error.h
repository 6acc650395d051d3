/* error.h - one place for error state and for messages to the user.
 *
 * Functions return BRIEF_OK or BRIEF_ERR and leave the reason in a per-process
 * message buffer (err_set), so callers decide how and where to report it. */
#ifndef BRIEF_ERROR_H
#define BRIEF_ERROR_H

#include <stdbool.h>

enum { BRIEF_OK = 0, BRIEF_ERR = -1 };

#if defined(__GNUC__)
#define BRIEF_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define BRIEF_PRINTF(a, b)
#endif

/* Program name used as the prefix of every message ("brief-import: ..."). */
void err_set_program(const char *name);
const char *err_program(void);

/* Record the reason of the current failure; always returns BRIEF_ERR so a
 * caller can write `return err_set(...)`. */
int err_set(const char *fmt, ...) BRIEF_PRINTF(1, 2);
const char *err_get(void);

/* Report a message to the user, prefixed with the program name.  While the
 * screen belongs to curses (err_defer(true)) messages are kept and written to
 * stderr by err_flush(), after the screen is restored. */
void err_report(const char *fmt, ...) BRIEF_PRINTF(1, 2);
void err_defer(bool on);
void err_flush(void);

/* A command line getopt refused (opterr = 0 and ':' first in its option
 * string, so getopt said nothing and returned ':' for an option without
 * its value): the option named, the one-line usage, and where the rest is.  Returns the
 * exit status of a usage error, 2. */
int err_usage(char *const argv[], int optind, int optopt, bool missing_value, const char *usage_line);

/* Allocation failure: no sensible recovery in a reader or importer. */
_Noreturn void err_oom(void);

#endif
