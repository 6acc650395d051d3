/* support.h - what the tests share: temporary folders, files, and running
 * the real programs with their output captured. */
#ifndef BRIEF_TEST_SUPPORT_H
#define BRIEF_TEST_SUPPORT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "brief/article.h"
#include "brief/gazetteer.h"
#include "brief/model.h"

struct run {
	int status;   /* exit status, or 128 + signal */
	char *out;    /* standard output */
	char *err;    /* standard error */
};

/* A fresh folder under $TMPDIR (or /tmp), removed by tmp_remove. */
char *tmp_make(void);
void tmp_remove(char *dir);

/* dir/name, created with its parent folders; returns the path (caller frees). */
char *file_write(const char *dir, const char *name, const void *data, size_t len);
char *file_write_str(const char *dir, const char *name, const char *text);
char *file_read(const char *path, size_t *len);
char *path_join(const char *dir, const char *name);

/* Path of a program in the build folder ($BRIEF_BUILD, default "build"). */
char *bin_path(const char *program);
/* A file of the source tree, relative to the top ("tests/fixtures/..."). */
char *src_path(const char *relative);
/* The seeds folder ($BRIEF_SEEDS), or NULL when it is not there. */
const char *seeds_dir(void);

/* Run argv (NULL-terminated) with HOME and XDG folders inside home, so no
 * test touches the user's files.  With as_nobody and when root, the
 * program runs as user nobody (so file permissions apply). */
struct run run_program(char *const argv[], const char *home, bool as_nobody);
void run_free(struct run *r);

/* A program that outlives this is killed (SIGALRM), so a hang fails the
 * test instead of stopping the suite. */
#define RUN_TIMEOUT_SECONDS 120

struct run_options {
	const char *home;        /* as for run_program; NULL keeps the environment */
	bool as_nobody;
	const char *stdout_path; /* standard output goes there (/dev/full) */
	long long file_size_limit; /* bytes, as `ulimit -f` sets it; 0: none */
};

/* A program started in the background, and its end. */
struct child;
struct child *run_start(char *const argv[], const struct run_options *o);
struct run run_finish(struct child *c);
/* Send a signal to it (SIGINT is Ctrl-C). */
void run_signal(const struct child *c, int sig);

/* Decode and segment text the way brief-import does. */
void segment_string(const char *text, size_t len, struct article_list *out);

/* cmocka group setup and teardown: *state is the project's gazetteer. */
int gazetteer_setup(void **state);
int gazetteer_teardown(void **state);

/* What actor recognition reads: the gazetteer and the name model, loaded
 * from data/ as brief-import loads them; *state is a struct extraction. */
struct extraction {
	struct gazetteer g;
	struct models models;
};
int extraction_setup(void **state);
int extraction_teardown(void **state);

/* The programs were built with AddressSanitizer (make SANITIZE=...): it
 * checks memory itself, and valgrind cannot run them. */
bool built_with_sanitizer(void);

/* s[0..n) is one JSON value, as a strict reader (RFC 8259) takes it:
 * well-formed UTF-8, no raw control characters, nothing after it. */
bool json_valid(const char *s, size_t n);

/* The one number a query of the SQLite file db returns (the query must
 * return a row). */
int64_t db_query_int(const char *db, const char *sql);

/* Run the reader brief on db in script mode at cols x rows, in the
 * folder dir (its HOME): each ":dump NAME" line of script is a screen
 * dumped to dir/NAME.  Returns the dumps in order, each after a line
 * "== NAME" (caller frees); the reader must exit with 0. */
char *screens_run(const char *brief, const char *dir, const char *db, int cols, int rows, const char *script);

/* Count lines of s that contain needle. */
int count_lines_with(const char *s, const char *needle);

#endif
