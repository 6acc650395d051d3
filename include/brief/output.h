/* output.h - what the plain commands print.  A failed write is caught
 * where it happens, so the command stops there and says why, once
 * ("standard output: No space left on device"). */
#ifndef BRIEF_OUTPUT_H
#define BRIEF_OUTPUT_H

#include <stddef.h>
#include <stdio.h>

/* Write n bytes to out; BRIEF_ERR with the error set when they were not
 * all written. */
int output_write(FILE *out, const void *data, size_t n);
int output_puts(FILE *out, const char *s);

/* Flush standard output at the end of a command and report a write that
 * failed there, unless output_write already told it.  BRIEF_ERR then. */
int output_close(void);

#endif
