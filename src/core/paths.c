/* paths.c - XDG base directories. */
#include <stdlib.h>

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
