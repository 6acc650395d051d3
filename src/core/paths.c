/* paths.c - XDG base directories. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
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

bool paths_cache_default(const char *explicit_path)
{
	const char *env = getenv("BRIEF_DB");
	return !(explicit_path && explicit_path[0]) && !(env && env[0]);
}

int paths_make_parents(const char *path)
{
	char *dir = xstrdup(path);
	int rc = BRIEF_OK;
	for (char *p = dir + 1; *p && rc == BRIEF_OK; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		struct stat st;
		if (mkdir(dir, 0700) != 0 && errno != EEXIST)
			rc = err_set("%s: cannot create the folder %s: %s", path, dir, strerror(errno));
		else if (stat(dir, &st) == 0 && !S_ISDIR(st.st_mode))
			rc = err_set("%s: cannot create the cache: %s is a file, not a folder", path, dir);
		*p = '/';
	}
	free(dir);
	return rc;
}

char *paths_state_file(const char *name)
{
	struct buf leaf = BUF_INIT;
	buf_printf(&leaf, "brief/%s", name);
	char *path = xdg_path("XDG_STATE_HOME", ".local/state", leaf.data);
	buf_free(&leaf);
	return path;
}

char *paths_config_dir(void)
{
	return xdg_path("XDG_CONFIG_HOME", ".config", "brief");
}

#ifndef BRIEF_DATADIR
#define BRIEF_DATADIR "/usr/local/share/brief"
#endif

static const char *program = NULL;

void paths_set_program(const char *argv0)
{
	program = argv0;
}

/* Where the shell would find a command without a slash: the first
 * executable of that name along $PATH. */
static char *search_path(const char *name)
{
	const char *path = getenv("PATH");
	struct buf b = BUF_INIT;
	for (const char *p = path; p && *p;) {
		size_t n = strcspn(p, ":");
		buf_reset(&b);
		buf_printf(&b, "%.*s/%s", (int)n, n ? p : ".", name);
		if (access(b.data, X_OK) == 0)
			return buf_steal(&b);
		p += n + (p[n] == ':');
	}
	buf_free(&b);
	return NULL;
}

char *paths_program_dir(void)
{
	if (!program || !*program)
		return NULL;
	char *found = strchr(program, '/') ? xstrdup(program) : search_path(program);
	char *real = found ? realpath(found, NULL) : NULL;
	free(found);
	char *slash = real ? strrchr(real, '/') : NULL;
	if (!slash) {
		free(real);
		return NULL;
	}
	*slash = '\0';
	return real;
}

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
	/* beside the program: data/ of a build, share/brief of an install */
	char *dir_of_program = paths_program_dir();
	for (int i = 0; dir_of_program && i < 2; i++) {
		buf_printf(&b, "%s/../%s/%s", dir_of_program, i ? "share/brief" : "data", name);
		if ((found = existing(&b))) {
			free(dir_of_program);
			return found;
		}
	}
	free(dir_of_program);
	buf_printf(&b, "%s/%s", BRIEF_DATADIR, name);
	if ((found = existing(&b)))
		return found;
	err_set("cannot find %s (looked in $BRIEF_DATA_DIR, beside the program and in %s); "
		"set BRIEF_DATA_DIR to the folder that has it", name, BRIEF_DATADIR);
	return NULL;
}
