/* progress.h - a one-line progress report on a terminal. */
#ifndef BRIEF_PROGRESS_H
#define BRIEF_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct progress {
	FILE *out;      /* NULL: silent */
	size_t total;   /* files to do, 0 when unknown */
	double start, last;
	bool shown;
};

/* Report on out only when it is a terminal. */
void progress_start(struct progress *p, FILE *out, size_t total);
/* Redrawn at most ten times a second, so a fast import is not slowed. */
void progress_update(struct progress *p, size_t done, size_t articles);
/* Clear the line before other output. */
void progress_clear(struct progress *p);

#endif
