/* walk.c - recursive walk over files and folders. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "brief/mem.h"
#include "brief/walk.h"

/* The folders on the way down, to notice a link that loops back. */
struct ancestor {
	dev_t dev;
	ino_t ino;
	const struct ancestor *up;
};

bool walk_wants_name(const char *name)
{
	const char *dot = strrchr(name, '.');
	if (!dot || dot == name)
		return true;
	return strcasecmp(dot, ".txt") == 0 || strcasecmp(dot, ".text") == 0;
}

static const char *reason_of(int err)
{
	switch (err) {
	case ENOENT: return "no such file or directory";
	case EACCES: return "permission denied";
	case ELOOP: return "too many levels of symbolic links";
	case ENOTDIR: return "not a directory";
	default: return strerror(err);
	}
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk_one(const struct walker *w, const char *path, const struct ancestor *up, bool named);

static void walk_dir(const struct walker *w, const char *path, const struct stat *st,
		     const struct ancestor *up)
{
	for (const struct ancestor *a = up; a; a = a->up)
		if (a->dev == st->st_dev && a->ino == st->st_ino) {
			w->on_error(path, "symbolic link loop, not followed", w->ud);
			return;
		}
	DIR *dir = opendir(path);
	if (!dir) {
		w->on_error(path, reason_of(errno), w->ud);
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(dir))) {
		if (e->d_name[0] == '.')
			continue; /* hidden, and . and .. */
		names = xgrow(names, &cap, n + 1, sizeof *names);
		names[n++] = xstrdup(e->d_name);
	}
	closedir(dir);
	if (n > 1)
		qsort(names, n, sizeof *names, by_name);
	struct ancestor self = {st->st_dev, st->st_ino, up};
	struct buf child = BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		if (!(w->stop && *w->stop)) {
			buf_reset(&child);
			size_t len = strlen(path);
			buf_add(&child, path, len);
			if (len == 0 || path[len - 1] != '/')
				buf_addc(&child, '/');
			buf_adds(&child, names[i]);
			walk_one(w, child.data, &self, false);
		}
		free(names[i]);
	}
	buf_free(&child);
	free(names);
}

static void walk_one(const struct walker *w, const char *path, const struct ancestor *up, bool named)
{
	struct stat st;
	if (stat(path, &st) != 0) {
		w->on_error(path, reason_of(errno), w->ud);
		return;
	}
	if (S_ISDIR(st.st_mode)) {
		walk_dir(w, path, &st, up);
		return;
	}
	if (!named) {
		const char *base = strrchr(path, '/');
		if (!S_ISREG(st.st_mode) || !walk_wants_name(base ? base + 1 : path))
			return;
	}
	w->on_file(path, w->ud);
}

void walk_paths(const struct walker *w, char *const *paths, int count)
{
	for (int i = 0; i < count && !(w->stop && *w->stop); i++)
		walk_one(w, paths[i], NULL, true);
}
