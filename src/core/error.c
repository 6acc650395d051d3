/* error.c - error state and user-facing messages. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "brief/utf8.h"

static const char *program = "brief";
/* each thread its own: files are prepared on several at once */
static _Thread_local char message[1024];
static bool deferred;
static struct buf pending = BUF_INIT;

void err_set_program(const char *name)
{
	const char *slash = strrchr(name, '/');
	program = slash ? slash + 1 : name;
}

const char *err_program(void)
{
	return program;
}

int err_set(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(message, sizeof message, fmt, ap);
	va_end(ap);
	return BRIEF_ERR;
}

const char *err_get(void)
{
	return message[0] ? message : "unknown error";
}

void err_report(const char *fmt, ...)
{
	/* Messages name files, and a file name may hold an escape sequence or
	 * a newline: the line is shown as the reader shows text. */
	struct buf raw = BUF_INIT, line = BUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	buf_vprintf(&raw, fmt, ap);
	va_end(ap);
	buf_printf(&line, "%s: ", program);
	utf8_add_shown(&line, buf_str(&raw), raw.len);
	buf_addc(&line, '\n');
	if (deferred)
		buf_add(&pending, line.data, line.len);
	else
		fputs(line.data, stderr);
	buf_free(&raw);
	buf_free(&line);
}

void err_defer(bool on)
{
	deferred = on;
}

void err_flush(void)
{
	if (pending.len)
		fputs(pending.data, stderr);
	buf_free(&pending);
}

_Noreturn void err_oom(void)
{
	/* No allocation here: the message is static. */
	fputs("out of memory\n", stderr);
	abort();
}

int err_usage(char *const argv[], int optind, int optopt, bool missing_value, const char *usage_line)
{
	const char *bad = optind > 0 ? argv[optind - 1] : "?";
	char shortopt[3] = {'-', (char)optopt, '\0'};
	if (optopt && !(bad[0] == '-' && bad[1] == '-'))
		bad = shortopt; /* "-xq": the x */
	err_report(missing_value ? "%s needs a value" : "unknown option %s", bad);
	fprintf(stderr, "%s\nSee %s --help for more.\n", usage_line, err_program());
	return 2;
}
