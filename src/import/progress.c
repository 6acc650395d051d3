/* progress.c - files done/total, articles and rate, on one line of stderr. */
#include <time.h>
#include <unistd.h>

#include "brief/progress.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void progress_start(struct progress *p, FILE *out, size_t total)
{
	p->out = out && isatty(fileno(out)) ? out : NULL;
	p->total = total;
	p->start = now();
	p->last = 0;
	p->shown = false;
}

void progress_update(struct progress *p, size_t done, size_t articles)
{
	if (!p->out)
		return;
	double t = now();
	if (t - p->last < 0.1 && done != p->total)
		return;
	p->last = t;
	double elapsed = t - p->start;
	double rate = elapsed > 0 ? (double)done / elapsed : 0;
	fprintf(p->out, "\r\033[K%zu/%zu files, %zu articles, %.0f files/s", done, p->total, articles,
		rate);
	fflush(p->out);
	p->shown = true;
}

void progress_clear(struct progress *p)
{
	if (p->out && p->shown) {
		fputs("\r\033[K", p->out);
		fflush(p->out);
	}
	p->shown = false;
}
