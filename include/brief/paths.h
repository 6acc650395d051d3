/* paths.h - where brief keeps its files (XDG base directories). */
#ifndef BRIEF_PATHS_H
#define BRIEF_PATHS_H

/* The cache file: the explicit path (--db) if given, else $BRIEF_DB, else
 * $XDG_DATA_HOME/brief/cache.db, else ~/.local/share/brief/cache.db.
 * Returns a new string, or NULL (error set) when no home is known. */
char *paths_cache(const char *explicit_path);

/* $XDG_CONFIG_HOME/brief, else ~/.config/brief; NULL when no home is known. */
char *paths_config_dir(void);

#endif
