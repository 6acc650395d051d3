/* paths.h - where brief keeps its files (XDG base directories). */
#ifndef BRIEF_PATHS_H
#define BRIEF_PATHS_H

#include <stdbool.h>

/* The cache file: the explicit path (--db) if given, else $BRIEF_DB, else
 * $XDG_DATA_HOME/brief/cache.db, else ~/.local/share/brief/cache.db.
 * Returns a new string, or NULL (error set) when no home is known. */
char *paths_cache(const char *explicit_path);

/* True when the cache is in its default place: neither --db nor $BRIEF_DB
 * gives it.  Only there are missing folders created. */
bool paths_cache_default(const char *explicit_path);
/* Create the folders above path (mode 0700) that do not exist yet. */
int paths_make_parents(const char *path);

/* A file of what brief remembers between sessions (the search history):
 * $XDG_STATE_HOME/brief/name, else ~/.local/state/brief/name; NULL when
 * no home is known. */
char *paths_state_file(const char *name);

/* $XDG_CONFIG_HOME/brief, else ~/.config/brief; NULL when no home is known. */
char *paths_config_dir(void);

/* How the program was started (argv[0]): its folder is found from it, as
 * the shell found the program, so that a build finds its data before it is
 * installed. */
void paths_set_program(const char *argv0);

/* The folder of the running program, or NULL when it cannot be told. */
char *paths_program_dir(void);

/* A data file of brief (e.g. "actors.yaml"): in $BRIEF_DATA_DIR when set,
 * else in the data/ folder beside the build folder of the running program
 * (so a build works before it is installed), or in share/brief beside the
 * bin/ folder it is installed in, else in the configured data folder.  Returns a new string, or NULL (error set) when none exists. */
char *paths_data_file(const char *name);

#endif
