/* error.c - error state and user-facing messages. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/error.h"
#include "brief/mem.h"

static const char *program = "brief";
static char message[1024];
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
	va_list ap;
	va_start(ap, fmt);
	if (deferred) {
		buf_printf(&pending, "%s: ", program);
		buf_vprintf(&pending, fmt, ap);
		buf_addc(&pending, '\n');
	} else {
		fprintf(stderr, "%s: ", program);
		vfprintf(stderr, fmt, ap);
		fputc('\n', stderr);
	}
	va_end(ap);
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
