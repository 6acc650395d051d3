/* support.c - shared test helpers. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "brief/decode.h"
#include "brief/gazetteer.h"
#include "brief/mem.h"
#include "brief/segment.h"
#include "support.h"

char *tmp_make(void)
{
	const char *base = getenv("TMPDIR");
	struct buf b = BUF_INIT;
	buf_printf(&b, "%s/brief-test-XXXXXX", base && *base ? base : "/tmp");
	char *dir = buf_steal(&b);
	if (!mkdtemp(dir)) {
		fprintf(stderr, "mkdtemp: %s\n", strerror(errno));
		abort();
	}
	return dir;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	chmod(path, 0700);
	return remove(path);
}

void tmp_remove(char *dir)
{
	if (!dir)
		return;
	nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(dir);
}

char *path_join(const char *dir, const char *name)
{
	struct buf b = BUF_INIT;
	buf_printf(&b, "%s/%s", dir, name);
	return buf_steal(&b);
}

char *file_write(const char *dir, const char *name, const void *data, size_t len)
{
	char *path = path_join(dir, name);
	for (char *p = path + strlen(dir) + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(path, 0755);
			*p = '/';
		}
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
		fprintf(stderr, "cannot write %s\n", path);
		abort();
	}
	return path;
}

char *file_write_str(const char *dir, const char *name, const char *text)
{
	return file_write(dir, name, text, strlen(text));
}

char *file_read(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	struct buf b = BUF_INIT;
	char chunk[8192];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_add(&b, chunk, n);
	fclose(f);
	if (len)
		*len = b.len;
	return buf_steal(&b);
}

char *bin_path(const char *program)
{
	const char *build = getenv("BRIEF_BUILD");
	return path_join(build && *build ? build : "build", program);
}

char *src_path(const char *relative)
{
	const char *top = getenv("BRIEF_SRC");
	return path_join(top && *top ? top : ".", relative);
}

const char *seeds_dir(void)
{
	const char *seeds = getenv("BRIEF_SEEDS");
	struct stat st;
	if (!seeds || !*seeds || stat(seeds, &st) != 0 || !S_ISDIR(st.st_mode))
		return NULL;
	return seeds;
}

static void drain(int fd, struct buf *b, bool *open_flag)
{
	char chunk[4096];
	ssize_t n = read(fd, chunk, sizeof chunk);
	if (n > 0)
		buf_add(b, chunk, (size_t)n);
	else if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
		*open_flag = false;
}

struct run run_program(char *const argv[], const char *home, bool as_nobody)
{
	int out[2], err[2];
	if (pipe(out) != 0 || pipe(err) != 0)
		abort();
	pid_t pid = fork();
	if (pid < 0)
		abort();
	if (pid == 0) {
		dup2(out[1], 1);
		dup2(err[1], 2);
		close(out[0]), close(out[1]), close(err[0]), close(err[1]);
		int devnull = open("/dev/null", O_RDONLY);
		dup2(devnull, 0);
		if (home) {
			setenv("HOME", home, 1);
			unsetenv("XDG_DATA_HOME");
			unsetenv("XDG_CONFIG_HOME");
			unsetenv("BRIEF_DB");
		}
		setenv("LANG", "C.UTF-8", 1);
		setenv("TZ", "UTC", 1);
		if (as_nobody && geteuid() == 0) {
			struct passwd *pw = getpwnam("nobody");
			if (!pw || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0)
				_exit(127);
		}
		execv(argv[0], argv);
		_exit(127);
	}
	close(out[1]), close(err[1]);
	struct buf ob = BUF_INIT, eb = BUF_INIT;
	bool out_open = true, err_open = true;
	while (out_open || err_open) {
		struct pollfd p[2] = {{out_open ? out[0] : -1, POLLIN, 0}, {err_open ? err[0] : -1, POLLIN, 0}};
		if (poll(p, 2, -1) < 0 && errno != EINTR)
			break;
		if (p[0].revents)
			drain(out[0], &ob, &out_open);
		if (p[1].revents)
			drain(err[0], &eb, &err_open);
	}
	close(out[0]), close(err[0]);
	int status;
	waitpid(pid, &status, 0);
	struct run r;
	r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	r.out = buf_steal(&ob);
	r.err = buf_steal(&eb);
	return r;
}

void run_free(struct run *r)
{
	free(r->out);
	free(r->err);
	r->out = r->err = NULL;
}

void segment_string(const char *text, size_t len, struct article_list *out)
{
	struct buf clean = BUF_INIT;
	struct decode_result res;
	struct segment_options opt = {.fallback_date = {0, 0, 0, DATE_NONE}};
	if (text_decode(text, len, &clean, &res) == DECODE_OK)
		segment_text(buf_str(&clean), clean.len, &opt, out);
	buf_free(&clean);
}

int count_lines_with(const char *s, const char *needle)
{
	int n = 0;
	while (s && *s) {
		const char *eol = strchr(s, '\n');
		size_t len = eol ? (size_t)(eol - s) : strlen(s);
		char *line = xstrndup(s, len);
		if (strstr(line, needle))
			n++;
		free(line);
		s = eol ? eol + 1 : s + len;
	}
	return n;
}

int gazetteer_setup(void **state)
{
	struct gazetteer *g = xcalloc(1, sizeof *g);
	char *path = src_path("data/actors.yaml");
	int rc = gazetteer_load(g, path);
	free(path);
	*state = g;
	return rc == BRIEF_OK ? 0 : -1;
}

int gazetteer_teardown(void **state)
{
	gazetteer_free(*state);
	free(*state);
	return 0;
}
