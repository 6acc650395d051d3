/* replay.c - run a fuzz harness over its kept inputs, as a test of
 * `make check`: every seed and every input that once crashed it, listed in
 * tests/fuzz/NAME.inputs (files and folders, one a line, from the top of
 * the tree).  Prints TAP, one line an input; a crash ends the run, and the
 * inputs it did not reach count as failed. */
#include <dirent.h>
#include <string.h>
#include <sys/stat.h>

#include "brief/mem.h"
#include "fuzz.h"

#ifndef FUZZ_NAME
#error "FUZZ_NAME names the harness"
#endif

struct inputs {
	char **paths;
	size_t n, cap;
};

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add(struct inputs *in, const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return;
	if (S_ISREG(st.st_mode)) {
		in->paths = xgrow(in->paths, &in->cap, in->n + 1, sizeof *in->paths);
		in->paths[in->n++] = xstrdup(path);
		return;
	}
	DIR *d = S_ISDIR(st.st_mode) ? opendir(path) : NULL;
	if (!d)
		return;
	struct dirent *e;
	size_t first = in->n;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		struct buf p = BUF_INIT;
		buf_printf(&p, "%s/%s", path, e->d_name);
		add(in, p.data);
		buf_free(&p);
	}
	closedir(d);
	qsort(in->paths + first, in->n - first, sizeof *in->paths, by_name);
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	struct buf b = BUF_INIT;
	char chunk[65536];
	size_t n;
	while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	if (f)
		fclose(f);
	*len = b.len;
	return buf_steal(&b);
}

int main(int argc, char **argv)
{
	struct inputs in = {0};
	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			add(&in, argv[i]);
	} else {
		char *list = fuzz_src_path("tests/fuzz/" FUZZ_NAME ".inputs");
		size_t len;
		char *text = slurp(list, &len);
		for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
			if (line[0] == '#')
				continue;
			char *path = fuzz_src_path(line);
			add(&in, path);
			free(path);
		}
		free(text);
		free(list);
	}
	printf("1..%zu\n", in.n ? in.n : 1);
	if (!in.n)
		printf("not ok 1 - no inputs for %s\n", FUZZ_NAME);
	for (size_t i = 0; i < in.n; i++) {
		size_t len;
		char *data = slurp(in.paths[i], &len);
		fflush(stdout);
		LLVMFuzzerTestOneInput((const uint8_t *)data, len);
		printf("ok %zu - %s\n", i + 1, in.paths[i]);
		free(data);
		free(in.paths[i]);
	}
	free(in.paths);
	return in.n ? 0 : 1;
}
