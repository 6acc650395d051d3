/* walk.h - the files named on a command line, folders walked recursively.
 *
 * Entries of a folder are visited in byte order of their names, so an import
 * is reproducible; hidden entries are skipped and a symbolic link that leads
 * back into a folder being walked is reported instead of followed. */
#ifndef BRIEF_WALK_H
#define BRIEF_WALK_H

#include <signal.h>
#include <stdbool.h>

struct walker {
	/* A file to take.  Named files are always passed; inside folders only
	 * text files by name (*.txt, *.text, or no extension). */
	void (*on_file)(const char *path, void *ud);
	/* A path that cannot be walked, with the reason. */
	void (*on_error)(const char *path, const char *reason, void *ud);
	void *ud;
	volatile sig_atomic_t *stop; /* checked between entries */
};

void walk_paths(const struct walker *w, char *const *paths, int count);

/* Would a file of this name be taken from inside a folder? */
bool walk_wants_name(const char *name);

#endif
