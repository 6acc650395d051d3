/* external.c - the open article handed to other programs, and yanked. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "brief/draw.h"
#include "brief/error.h"
#include "brief/external.h"
#include "brief/paths.h"
#include "brief/utf8.h"
#include "brief/view_reader.h"

/* The article as Markdown: title, date and source, its paragraphs. */
static void article_markdown(const struct article_doc *d, struct buf *b)
{
	buf_printf(b, "# %s\n\n*%s \xC2\xB7 %s*\n", d->title ? d->title : "", d->date ? d->date : "undated",
		   d->source ? d->source : "");
	for (int i = 0; i < d->npara; i++) {
		const char *kind = d->paras[i].kind ? d->paras[i].kind : "body";
		buf_adds(b, "\n");
		if (strcmp(kind, "heading") == 0)
			buf_adds(b, "## ");
		else if (strcmp(kind, "caption") == 0)
			buf_adds(b, "> ");
		buf_adds(b, d->paras[i].text ? d->paras[i].text : "");
		buf_adds(b, "\n");
	}
}

static const struct article_doc *open_doc(struct app *a)
{
	const struct article_doc *d = reader_doc(&a->views[PANE_READER]);
	if (!d)
		app_message(a, false, "open an article first");
	return d;
}

/* The program of an environment variable (it may hold arguments, as
 * "less -R" does) run on path, the screen given back to the terminal
 * meanwhile; path is an argument, never part of the command's text. */
static int run_on(struct app *a, const char *var, const char *fallback, const char *path)
{
	const char *program = getenv(var);
	if (!program || !*program)
		program = fallback;
	if (a->terminal) {
		def_prog_mode();
		endwin();
	}
	pid_t pid = fork();
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", "exec $0 \"$1\"", program, path, (char *)NULL);
		_exit(127);
	}
	int status = -1;
	if (pid > 0)
		waitpid(pid, &status, 0);
	if (a->terminal) {
		reset_prog_mode();
		clearok(curscr, TRUE);
		refresh();
	}
	if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) == 127) {
		app_message(a, true, "cannot run %s (set $%s)", program, var);
		return BRIEF_ERR;
	}
	return BRIEF_OK;
}

/* The article's text in a file of its own, read-only; the caller removes
 * it. */
static char *text_file(struct app *a, const struct article_doc *d)
{
	char *path = xstrdup("/tmp/brief-article-XXXXXX");
	int fd = mkstemp(path);
	if (fd < 0) {
		app_message(a, true, "cannot write a temporary file");
		free(path);
		return NULL;
	}
	struct buf md = BUF_INIT;
	article_markdown(d, &md);
	bool ok = write(fd, md.data, md.len) == (ssize_t)md.len;
	close(fd);
	buf_free(&md);
	chmod(path, 0444);
	if (!ok) {
		unlink(path);
		free(path);
		app_message(a, true, "cannot write a temporary file");
		return NULL;
	}
	return path;
}

void external_page(struct app *a)
{
	const struct article_doc *d = open_doc(a);
	if (!d)
		return;
	/* the file as it was scraped; its text when the file is gone */
	if (d->source && access(d->source, R_OK) == 0) {
		run_on(a, "PAGER", "less", d->source);
		return;
	}
	char *path = text_file(a, d);
	if (path && run_on(a, "PAGER", "less", path) == BRIEF_OK)
		app_message(a, false, "the source file is gone: its text was shown");
	if (path)
		unlink(path);
	free(path);
}

void external_edit(struct app *a)
{
	const struct article_doc *d = open_doc(a);
	char *path = d ? text_file(a, d) : NULL;
	if (path)
		run_on(a, "EDITOR", "vi", path);
	if (path)
		unlink(path);
	free(path);
}

static void base64(const char *s, size_t n, struct buf *out)
{
	static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < n; i += 3) {
		unsigned v = (unsigned char)s[i] << 16 | (i + 1 < n ? (unsigned char)s[i + 1] << 8 : 0) |
			     (i + 2 < n ? (unsigned char)s[i + 2] : 0);
		buf_addc(out, digits[v >> 18 & 63]);
		buf_addc(out, digits[v >> 12 & 63]);
		buf_addc(out, i + 1 < n ? digits[v >> 6 & 63] : '=');
		buf_addc(out, i + 2 < n ? digits[v & 63] : '=');
	}
}

void external_yank(struct app *a)
{
	const struct article_doc *d = open_doc(a);
	if (!d)
		return;
	struct buf md = BUF_INIT;
	article_markdown(d, &md);
	/* a file always; the clipboard through the terminal when there is one
	 * (OSC 52: xterm, tmux, kitty, foot and others pass it on) */
	char *path = paths_state_file("yank.md");
	FILE *f = path && paths_make_parents(path) == BRIEF_OK ? fopen(path, "w") : NULL;
	bool saved = f && fwrite(md.data, 1, md.len, f) == md.len;
	if (f && fclose(f) != 0)
		saved = false;
	if (a->terminal) {
		struct buf seq = BUF_INIT;
		buf_adds(&seq, "\x1b]52;c;");
		base64(md.data, md.len, &seq);
		buf_adds(&seq, "\x07");
		fwrite(seq.data, 1, seq.len, stdout);
		fflush(stdout);
		buf_free(&seq);
	}
	if (saved)
		app_message(a, false, "%s %s", a->terminal ? "yanked to the clipboard and to" : "yanked to", path);
	else
		app_message(a, true, "cannot write %s", path ? path : "the yank file");
	free(path);
	buf_free(&md);
}
