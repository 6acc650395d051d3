/* support.c - shared test helpers. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "brief/decode.h"
#include "brief/gazetteer.h"
#include "brief/mem.h"
#include "brief/segment.h"
#include "brief/tagger.h"
#include "brief/utf8.h"
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

struct child {
	pid_t pid;
	int out, err;
};

struct child *run_start(char *const argv[], const struct run_options *o)
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
		if (o->stdout_path) {
			int fd = open(o->stdout_path, O_WRONLY);
			if (fd < 0)
				_exit(127);
			dup2(fd, 1);
		}
		if (o->home) {
			setenv("HOME", o->home, 1);
			unsetenv("XDG_DATA_HOME");
			unsetenv("XDG_CONFIG_HOME");
			unsetenv("BRIEF_DB");
		}
		setenv("LANG", "C.UTF-8", 1);
		setenv("TZ", "UTC", 1);
		if (o->file_size_limit > 0) {
			struct rlimit r = {(rlim_t)o->file_size_limit, (rlim_t)o->file_size_limit};
			if (setrlimit(RLIMIT_FSIZE, &r) != 0)
				_exit(127);
		}
		if (o->as_nobody && geteuid() == 0) {
			struct passwd *pw = getpwnam("nobody");
			if (!pw || setgid(pw->pw_gid) != 0 || setuid(pw->pw_uid) != 0)
				_exit(127);
		}
		/* no test waits forever on a program that hangs: it dies of
		 * SIGALRM, which the test sees as its status */
		alarm(RUN_TIMEOUT_SECONDS);
		execv(argv[0], argv);
		_exit(127);
	}
	close(out[1]), close(err[1]);
	struct child *c = xcalloc(1, sizeof *c);
	*c = (struct child){pid, out[0], err[0]};
	return c;
}

struct run run_finish(struct child *c)
{
	struct buf ob = BUF_INIT, eb = BUF_INIT;
	bool out_open = true, err_open = true;
	while (out_open || err_open) {
		struct pollfd p[2] = {{out_open ? c->out : -1, POLLIN, 0}, {err_open ? c->err : -1, POLLIN, 0}};
		if (poll(p, 2, -1) < 0 && errno != EINTR)
			break;
		if (p[0].revents)
			drain(c->out, &ob, &out_open);
		if (p[1].revents)
			drain(c->err, &eb, &err_open);
	}
	close(c->out), close(c->err);
	int status;
	waitpid(c->pid, &status, 0);
	struct run r;
	r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	r.out = buf_steal(&ob);
	r.err = buf_steal(&eb);
	free(c);
	return r;
}

void run_signal(const struct child *c, int sig)
{
	kill(c->pid, sig);
}

struct run run_program(char *const argv[], const char *home, bool as_nobody)
{
	struct run_options o = {.home = home, .as_nobody = as_nobody};
	return run_finish(run_start(argv, &o));
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

int extraction_setup(void **state)
{
	struct extraction *x = xcalloc(1, sizeof *x);
	char *g = src_path("data/actors.yaml"), *m = src_path("data/ner.model");
	int rc = gazetteer_load(&x->g, g) == BRIEF_OK && model_load(&x->models.names, m, &tagger_model_kind) == BRIEF_OK
		 ? 0 : -1;
	if (rc)
		fprintf(stderr, "%s\n", err_get());
	free(g), free(m);
	*state = x;
	return rc;
}

int extraction_teardown(void **state)
{
	struct extraction *x = *state;
	gazetteer_free(&x->g);
	model_free(&x->models.names);
	free(x);
	return 0;
}

int gazetteer_teardown(void **state)
{
	gazetteer_free(*state);
	free(*state);
	return 0;
}

int64_t db_query_int(const char *db, const char *sql)
{
	sqlite3 *h;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_open_v2(db, &h, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	int64_t v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(h);
	return v;
}

bool built_with_sanitizer(void)
{
#if defined(__SANITIZE_ADDRESS__)
	return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
	return true;
#else
	return false;
#endif
#else
	return false;
#endif
}

/* ---- a strict JSON reader (RFC 8259), to check what export writes ---- */

struct json_in {
	const char *s, *end;
};

static void json_ws(struct json_in *j)
{
	while (j->s < j->end && (*j->s == ' ' || *j->s == '\t' || *j->s == '\n' || *j->s == '\r'))
		j->s++;
}

static bool json_value(struct json_in *j, int depth);

static bool json_str(struct json_in *j)
{
	if (j->s >= j->end || *j->s != '"')
		return false;
	j->s++;
	while (j->s < j->end && *j->s != '"') {
		unsigned char c = (unsigned char)*j->s;
		if (c < 0x20)
			return false;
		if (c == '\\') {
			j->s++;
			if (j->s >= j->end)
				return false;
			if (*j->s == 'u') {
				for (int i = 1; i <= 4; i++)
					if (j->s + i >= j->end || !strchr("0123456789abcdefABCDEF", j->s[i]) || !j->s[i])
						return false;
				j->s += 5;
			} else if (strchr("\"\\/bfnrt", *j->s) && *j->s) {
				j->s++;
			} else {
				return false;
			}
			continue;
		}
		uint32_t cp;
		size_t len = utf8_decode(j->s, (size_t)(j->end - j->s), &cp);
		if (!len)
			return false;
		j->s += len;
	}
	if (j->s >= j->end)
		return false;
	j->s++;
	return true;
}

static bool json_number(struct json_in *j)
{
	const char *start = j->s;
	if (j->s < j->end && *j->s == '-')
		j->s++;
	if (j->s < j->end && *j->s == '0')
		j->s++;
	else if (j->s < j->end && *j->s >= '1' && *j->s <= '9')
		while (j->s < j->end && *j->s >= '0' && *j->s <= '9')
			j->s++;
	else
		return false;
	if (j->s < j->end && *j->s == '.') {
		j->s++;
		if (j->s >= j->end || *j->s < '0' || *j->s > '9')
			return false;
		while (j->s < j->end && *j->s >= '0' && *j->s <= '9')
			j->s++;
	}
	if (j->s < j->end && (*j->s == 'e' || *j->s == 'E')) {
		j->s++;
		if (j->s < j->end && (*j->s == '+' || *j->s == '-'))
			j->s++;
		if (j->s >= j->end || *j->s < '0' || *j->s > '9')
			return false;
		while (j->s < j->end && *j->s >= '0' && *j->s <= '9')
			j->s++;
	}
	return j->s > start;
}

static bool json_word(struct json_in *j, const char *w)
{
	size_t n = strlen(w);
	if ((size_t)(j->end - j->s) < n || memcmp(j->s, w, n) != 0)
		return false;
	j->s += n;
	return true;
}

static bool json_list(struct json_in *j, int depth, char close, bool members)
{
	j->s++;
	json_ws(j);
	if (j->s < j->end && *j->s == close) {
		j->s++;
		return true;
	}
	for (;;) {
		json_ws(j);
		if (members) {
			if (!json_str(j))
				return false;
			json_ws(j);
			if (j->s >= j->end || *j->s++ != ':')
				return false;
		}
		if (!json_value(j, depth + 1))
			return false;
		json_ws(j);
		if (j->s < j->end && *j->s == ',') {
			j->s++;
			continue;
		}
		if (j->s < j->end && *j->s == close) {
			j->s++;
			return true;
		}
		return false;
	}
}

static bool json_value(struct json_in *j, int depth)
{
	json_ws(j);
	if (depth > 64 || j->s >= j->end)
		return false;
	switch (*j->s) {
	case '{': return json_list(j, depth, '}', true);
	case '[': return json_list(j, depth, ']', false);
	case '"': return json_str(j);
	case 't': return json_word(j, "true");
	case 'f': return json_word(j, "false");
	case 'n': return json_word(j, "null");
	default: return json_number(j);
	}
}

bool json_valid(const char *s, size_t n)
{
	struct json_in j = {s, s + n};
	if (!json_value(&j, 0))
		return false;
	json_ws(&j);
	return j.s == j.end;
}

/* The length of a dump command's head (":dump ", ":cells ELEMENT "), so
 * that what follows is the dump's name; 0 for any other line. */
static size_t dump_head(const char *p, size_t len)
{
	if (len > 6 && strncmp(p, ":dump ", 6) == 0)
		return 6;
	if (len > 7 && strncmp(p, ":cells ", 7) == 0) {
		const char *space = memchr(p + 7, ' ', len - 7);
		return space ? (size_t)(space - p) + 1 : 0;
	}
	return 0;
}

char *screens_run(const char *brief, const char *dir, const char *db, int cols, int rows, const char *script)
{
	static int counter;
	char name[64], size[32];
	snprintf(name, sizeof name, "screens%d.txt", ++counter);
	struct buf text = BUF_INIT, dumps = BUF_INIT;
	for (const char *p = script; *p;) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p), head = dump_head(p, len);
		if (head)
			buf_printf(&text, "%.*s%s/%.*s\n", (int)head, p, dir, (int)(len - head), p + head);
		else
			buf_printf(&text, "%.*s\n", (int)len, p);
		p += len + (eol ? 1 : 0);
	}
	char *path = file_write_str(dir, name, text.data);
	snprintf(size, sizeof size, "%d", cols);
	setenv("COLUMNS", size, 1);
	snprintf(size, sizeof size, "%d", rows);
	setenv("LINES", size, 1);
	setenv("TERM", "xterm-256color", 1);
	char *argv[] = {(char *)brief, "--db", (char *)db, "--script", path, "--no-display", NULL};
	struct run r = run_program(argv, dir, false);
	assert_int_equal(r.status, 0);
	run_free(&r);
	for (const char *p = script; *p;) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p), head = dump_head(p, len);
		if (head) {
			char *file = xstrndup(p + head, len - head), *at = path_join(dir, file);
			char *content = file_read(at, NULL);
			assert_non_null(content);
			buf_printf(&dumps, "== %s\n%s", file, content);
			free(content), free(at), free(file);
		}
		p += len + (eol ? 1 : 0);
	}
	buf_free(&text);
	free(path);
	return buf_steal(&dumps);
}
