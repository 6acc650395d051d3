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

/* Decode and segment text the way brief-import does. */
void segment_string(const char *text, size_t len, struct article_list *out);

/* cmocka group setup and teardown: *state is the project's gazetteer. */
int gazetteer_setup(void **state);
int gazetteer_teardown(void **state);

/* Count lines of s that contain needle. */
int count_lines_with(const char *s, const char *needle);

#endif
