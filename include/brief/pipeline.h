/* pipeline.h - files prepared (read and extracted) on worker threads
 * while the importer's own thread stores the ones before them, in the
 * order they were given.  SQLite stays one writer: workers only read, each
 * through its own connection. */
#ifndef BRIEF_PIPELINE_H
#define BRIEF_PIPELINE_H

#include <stdbool.h>

#include "brief/prepare.h"

struct pipeline;

/* Start workers preparing with ctx (its look is not used: each worker
 * opens db for its own).  NULL when no thread could be started. */
struct pipeline *pipeline_start(const struct prepare_context *ctx, const char *db, int workers);

/* Queue a file; false when the queue is full (take the oldest first). */
bool pipeline_push(struct pipeline *p, const char *path);

/* The oldest queued file once it is prepared, or NULL when none is queued.
 * It stays the caller's until pipeline_done. */
struct prepared *pipeline_take(struct pipeline *p);
void pipeline_done(struct pipeline *p);

/* Stop the workers and drop what was queued but not taken. */
void pipeline_stop(struct pipeline *p);

/* Worker threads for this machine: one core writes, the others prepare
 * (at least one). */
int pipeline_workers(void);

#endif
