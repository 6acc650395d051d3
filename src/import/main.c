/* main.c - brief-import: text files and folders into the brief cache. */
#include <errno.h>
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "brief/error.h"
#include "brief/output.h"
#include "brief/importer.h"
#include "brief/mem.h"
#include "brief/model.h"
#include "brief/paths.h"
#include "brief/pipeline.h"
#include "brief/walk.h"

#ifndef BRIEF_VERSION
#define BRIEF_VERSION "0.0"
#endif

enum { EXIT_USAGE = 2 };

/* interrupted: by the user; stop: the run ends after the file in hand,
 * either way (the importer sets it too when the cache itself fails). */
static volatile sig_atomic_t interrupted, stop;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
	stop = 1;
}

/* Finish the file in hand, then stop: its transaction commits or rolls
 * back whole, and the summary still tells what was done.  A write beyond
 * `ulimit -f` fails like a full disk instead of killing the process. */
static int catch_signals(void)
{
	struct sigaction sa = {0};
	sa.sa_handler = on_signal;
	struct sigaction ignore = {0};
	ignore.sa_handler = SIG_IGN;
	if (sigaction(SIGINT, &sa, NULL) != 0 || sigaction(SIGTERM, &sa, NULL) != 0 ||
	    sigaction(SIGXFSZ, &ignore, NULL) != 0)
		return err_set("cannot set up signal handling: %s", strerror(errno));
	return BRIEF_OK;
}

static void notice_wait(const char *path, void *ud)
{
	struct importer *im = ud;
	progress_clear(&im->progress);
	err_report("waiting for another import into %s to finish (Ctrl-C stops)", path);
}

static void usage(FILE *out)
{
	fputs("usage: brief-import [--db PATH] [--date YYYY-MM-DD] [-j N] [-q] FILE|DIR...\n"
	      "       brief-import [--db PATH] [--date YYYY-MM-DD] [-q] --reextract\n"
	      "\n"
	      "Read scraped news text files into the brief cache: clean articles with\n"
	      "their headline, date and paragraphs.  Folders are walked recursively\n"
	      "(*.txt, *.text and files without an extension; hidden entries skipped).\n"
	      "A file whose content is already in the cache is skipped; a changed file\n"
	      "has its articles replaced.\n"
	      "\n"
	      "  --db PATH          cache file (default $BRIEF_DB, else\n"
	      "                     $XDG_DATA_HOME/brief/cache.db)\n"
	      "  --date YYYY-MM-DD  date for articles that carry none\n"
	      "  -j, --jobs N       threads that read and extract files while this one\n"
	      "                     stores them (default: one fewer than the cores, at\n"
	      "                     least 1; 0 does everything in one thread)\n"
	      "  -q, --quiet        no progress and no summary; failures still reported\n"
	      "  --reextract        extract every stored source again (after the rules or\n"
	      "                     the gazetteer changed), without the original files,\n"
	      "                     in one transaction\n"
	      "  -h, --help         this help\n"
	      "  -V, --version      the version\n"
	      "\n"
	      "Exit status: 0 when every file was imported or unchanged, 1 when any\n"
	      "file failed, 2 for a usage error.\n",
	      out);
}

struct counter {
	size_t files;
};

static void count_file(const char *path, void *ud)
{
	(void)path;
	((struct counter *)ud)->files++;
}

static void count_error(const char *path, const char *reason, void *ud)
{
	(void)path, (void)reason;
	((struct counter *)ud)->files++;
}

/* The walk feeds the pipeline (or, without one, imports each file in
 * turn); files are stored in the order they were walked. */
struct run {
	struct importer *im;
	struct pipeline *pipe;
};

/* Store the oldest prepared file; false when none is queued.  After a stop
 * the files prepared but not stored are dropped: they are not in the
 * cache, and a rerun imports them. */
static bool store_oldest(struct run *r)
{
	struct prepared *p = pipeline_take(r->pipe);
	if (!p)
		return false;
	if (!stop)
		import_store(r->im, p);
	pipeline_done(r->pipe);
	progress_update(&r->im->progress, r->im->stats.files, r->im->stats.articles);
	return true;
}

static void take_file(const char *path, void *ud)
{
	struct run *r = ud;
	if (!r->pipe) {
		import_file(r->im, path);
		progress_update(&r->im->progress, r->im->stats.files, r->im->stats.articles);
		return;
	}
	while (!pipeline_push(r->pipe, path))
		store_oldest(r);
}

static void take_error(const char *path, const char *reason, void *ud)
{
	struct run *r = ud;
	while (r->pipe && store_oldest(r))
		;
	import_fail(r->im, path, reason);
}

/* Walk the paths, preparing on jobs threads (none: in this one). */
static void import_paths(struct importer *im, const char *db, char **paths, int n, int jobs, bool progress)
{
	struct counter counter = {0};
	if (progress) {
		struct walker count = {count_file, count_error, &counter, &stop};
		walk_paths(&count, paths, n);
	}
	progress_start(&im->progress, progress ? stderr : NULL, counter.files);
	struct prepare_context ctx = import_context(im, NULL);
	struct run run = {im, jobs > 0 ? pipeline_start(&ctx, db, jobs) : NULL};
	struct walker walker = {take_file, take_error, &run, &stop};
	walk_paths(&walker, paths, n);
	while (run.pipe && store_oldest(&run))
		;
	import_flush(im);
	pipeline_stop(run.pipe);
	progress_clear(&im->progress);
}

static void free_models(struct models *m)
{
	model_free(&m->pos);
	model_free(&m->names);
}

struct session {
	const char *db_arg;
	bool quiet, reextract;
	int jobs;
	struct importer im;
	struct gazetteer gazetteer;
	struct models models;
	char *db;
};

/* The options into r; -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, struct session *r)
{
	static const struct option options[] = {
		{"db", required_argument, NULL, 'd'},
		{"date", required_argument, NULL, 't'},
		{"quiet", no_argument, NULL, 'q'},
		{"reextract", no_argument, NULL, 'r'},
		{"jobs", required_argument, NULL, 'j'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	char *end;
	int opt;
	opterr = 0; /* its messages name the program by its path */
	while ((opt = getopt_long(argc, argv, ":j:qhV", options, NULL)) != -1) {
		switch (opt) {
		case 'd': r->db_arg = optarg; break;
		case 't':
			if (!date_parse_iso(optarg, &r->im.seg.fallback_date) ||
			    r->im.seg.fallback_date.precision != DATE_DAY) {
				err_report("--date: expected YYYY-MM-DD, got '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'j':
			r->jobs = (int)strtol(optarg, &end, 10);
			if (*end || !*optarg || r->jobs < 0 || r->jobs > 64) {
				err_report("--jobs: expected a number of threads from 0 to 64, got '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'q': r->quiet = true; break;
		case 'r': r->reextract = true; break;
		case 'h': usage(stdout); return output_close() == BRIEF_OK ? 0 : 1;
		case 'V':
			printf("brief-import %s\n", BRIEF_VERSION);
			return output_close() == BRIEF_OK ? 0 : 1;
		case ':': return err_usage(argv, optind, optopt, true, "usage: brief-import [--db PATH] [--date YYYY-MM-DD] [-j N] [-q] FILE|DIR... | --reextract");
		default: return err_usage(argv, optind, optopt, false, "usage: brief-import [--db PATH] [--date YYYY-MM-DD] [-j N] [-q] FILE|DIR... | --reextract");
		}
	}
	if (r->reextract && optind < argc) {
		err_report("--reextract works on the cache alone; give no FILE or DIR");
		return EXIT_USAGE;
	}
	if (!r->reextract && optind >= argc) {
		err_report("no FILE or DIR to import");
		usage(stderr);
		return EXIT_USAGE;
	}
	return -1;
}

/* The gazetteer, the models and the cache, or a message. */
static int open_run(struct session *r)
{
	if (catch_signals() != BRIEF_OK || import_load_gazetteer(&r->gazetteer) != BRIEF_OK ||
	    import_load_models(&r->models) != BRIEF_OK)
		return BRIEF_ERR;
	r->im.gazetteer = &r->gazetteer;
	r->im.models = &r->models;
	r->db = paths_cache(r->db_arg);
	/* the default place is made; a path the user gave must exist */
	if (!r->db || (paths_cache_default(r->db_arg) && paths_make_parents(r->db) != BRIEF_OK) ||
	    cache_open(r->db, CACHE_WRITE, &r->im.cache) != BRIEF_OK)
		return BRIEF_ERR;
	r->im.stop = &stop;
	cache_set_wait(r->im.cache, &(struct cache_wait){notice_wait, &r->im, &stop});
	return BRIEF_OK;
}

static void close_run(struct session *r)
{
	cache_close(r->im.cache);
	gazetteer_free(&r->gazetteer);
	free_models(&r->models);
	free(r->db);
}

static int run_reextract(struct session *r)
{
	struct importer *im = &r->im;
	progress_start(&im->progress, !r->quiet ? stderr : NULL, 0);
	int rc = import_reextract(im, &im->seg.fallback_date);
	progress_clear(&im->progress);
	if (rc != BRIEF_OK && !(interrupted && !im->broken))
		err_report("%s", err_get());
	else if (rc == BRIEF_OK && !r->quiet)
		printf("%zu %s: %zu %s extracted again\n", im->stats.files, im->stats.files == 1 ? "source" : "sources",
		       im->stats.articles, im->stats.articles == 1 ? "article" : "articles");
	return rc == BRIEF_OK ? 0 : interrupted ? 130 : 1;
}

static int run_import(struct session *r, char **paths, int npaths)
{
	struct importer *im = &r->im;
	import_paths(im, r->db, paths, npaths, r->jobs, !r->quiet && isatty(STDERR_FILENO));
	if (!r->quiet) {
		char line[200];
		import_summary(&im->stats, line, sizeof line);
		printf("%s%s\n", line, im->broken ? " (stopped: the cache cannot be written)"
				      : interrupted ? " (interrupted)" : "");
	}
	if (interrupted)
		return 130;
	return im->stats.failed || im->broken ? 1 : 0;
}

int main(int argc, char **argv)
{
	struct session r = {.jobs = pipeline_workers()};
	r.im.seg.fallback_date.precision = DATE_NONE;
	setlocale(LC_ALL, "");
	err_set_program("brief-import");
	paths_set_program(argv[0]);
	int status = parse_options(argc, argv, &r);
	if (status >= 0)
		return status;
	if (open_run(&r) != BRIEF_OK) {
		err_report("%s", err_get());
		close_run(&r);
		return 1;
	}
	status = r.reextract ? run_reextract(&r) : run_import(&r, argv + optind, argc - optind);
	close_run(&r);
	if (output_close() != BRIEF_OK)
		return 1;
	return status;
}
