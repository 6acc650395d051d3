/* support.c - helpers of the fuzz harnesses. */
#include <string.h>
#include <unistd.h>

#include "brief/mem.h"
#include "brief/utf8.h"
#include "fuzz.h"

char *fuzz_string(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1);
	if (size)
		memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

const char *fuzz_file(const uint8_t *data, size_t size, const char *suffix)
{
	static char path[256];
	if (!path[0]) {
		const char *dir = getenv("TMPDIR");
		snprintf(path, sizeof path, "%s/brief-fuzz-%ld%s", dir && *dir ? dir : "/tmp", (long)getpid(),
			 suffix);
	}
	FILE *f = fopen(path, "wb");
	if (!f || (size && fwrite(data, 1, size, f) != size) || fclose(f) != 0) {
		perror(path);
		abort();
	}
	return path;
}

int fuzz_text_is_clean(const char *s, size_t n, int keep_lines)
{
	size_t i = 0;
	while (i < n) {
		uint32_t cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (!len)
			return 0;
		if (utf8_is_control(cp) && !(keep_lines && (cp == '\n' || cp == '\t')))
			return 0;
		i += len;
	}
	return 1;
}

char *fuzz_src_path(const char *relative)
{
	const char *top = getenv("BRIEF_SRC");
	struct buf b = BUF_INIT;
	buf_printf(&b, "%s/%s", top && *top ? top : ".", relative);
	return buf_steal(&b);
}
