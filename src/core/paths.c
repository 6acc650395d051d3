/* paths.c - XDG base directories. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "brief/paths.h"

/* $var/leaf when var is an absolute path (the XDG rule), else $HOME/fallback/leaf. */
static char *xdg_path(const char *var, const char *fallback, const char *leaf)
{
	struct buf b = BUF_INIT;
	const char *base = getenv(var);
	const char *home = getenv("HOME");
	if (base && base[0] == '/') {
		buf_printf(&b, "%s/%s", base, leaf);
	} else if (home && home[0]) {
		buf_printf(&b, "%s/%s/%s", home, fallback, leaf);
	} else {
		err_set("neither $%s nor $HOME is set; give the cache with --db PATH", var);
		return NULL;
	}
	return buf_steal(&b);
}

char *paths_cache(const char *explicit_path)
{
	if (explicit_path && explicit_path[0])
		return xstrdup(explicit_path);
	const char *env = getenv("BRIEF_DB");
	if (env && env[0])
		return xstrdup(env);
	return xdg_path("XDG_DATA_HOME", ".local/share", "brief/cache.db");
}

char *paths_config_dir(void)
{
	return xdg_path("XDG_CONFIG_HOME", ".config", "brief");
}

#ifndef BRIEF_DATADIR
#define BRIEF_DATADIR "/usr/local/share/brief"
#endif

static char *existing(struct buf *b)
{
	if (access(b->data, R_OK) == 0)
		return buf_steal(b);
	buf_free(b);
	return NULL;
}

char *paths_data_file(const char *name)
{
	struct buf b = BUF_INIT;
	char *found;
	const char *dir = getenv("BRIEF_DATA_DIR");
	if (dir && *dir) {
		buf_printf(&b, "%s/%s", dir, name);
		if ((found = existing(&b)))
			return found;
	}
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			buf_printf(&b, "%s/../data/%s", exe, name);
			if ((found = existing(&b)))
				return found;
		}
	}
	buf_printf(&b, "%s/%s", BRIEF_DATADIR, name);
	if ((found = existing(&b)))
		return found;
	err_set("cannot find %s (looked in $BRIEF_DATA_DIR, beside the program and in %s); "
		"set BRIEF_DATA_DIR to the folder that has it", name, BRIEF_DATADIR);
	return NULL;
}
