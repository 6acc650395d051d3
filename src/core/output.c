/* output.c - writes to standard output that notice a full disk or a closed
 * pipe at once. */
#include <errno.h>
#include <string.h>

#include "brief/error.h"
#include "brief/output.h"

static bool failed;

int output_write(FILE *out, const void *data, size_t n)
{
	if (!n || fwrite(data, 1, n, out) == n)
		return BRIEF_OK;
	/* errno is the write's own only now: a later flush may have none */
	failed = true;
	return err_set("standard output: %s", errno ? strerror(errno) : "write error");
}

int output_puts(FILE *out, const char *s)
{
	return output_write(out, s, strlen(s));
}

int output_close(void)
{
	int had = ferror(stdout);
	errno = 0;
	if (fflush(stdout) == 0 && !had)
		return BRIEF_OK;
	if (!failed)
		err_report("standard output: %s", errno ? strerror(errno) : "write error");
	return BRIEF_ERR;
}
