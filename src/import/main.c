/* main.c - brief-import: text files and folders into the brief cache. */
#include <getopt.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "brief/error.h"
#include "brief/importer.h"
#include "brief/mem.h"
#include "brief/paths.h"
#include "brief/walk.h"

#ifndef BRIEF_VERSION
#define BRIEF_VERSION "0.0"
#endif

enum { EXIT_USAGE = 2 };

static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
	(void)sig;
	interrupted = 1;
}

static void usage(FILE *out)
{
	fputs("usage: brief-import [--db PATH] [--date YYYY-MM-DD] [-q] FILE|DIR...\n"
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

static void take_file(const char *path, void *ud)
{
	struct importer *im = ud;
	import_file(im, path);
	progress_update(&im->progress, im->stats.files, im->stats.articles);
}

static void take_error(const char *path, const char *reason, void *ud)
{
	import_fail(ud, path, reason);
}

int main(int argc, char **argv)
{
	static const struct option options[] = {
		{"db", required_argument, NULL, 'd'},
		{"date", required_argument, NULL, 't'},
		{"quiet", no_argument, NULL, 'q'},
		{"reextract", no_argument, NULL, 'r'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	const char *db_arg = NULL;
	bool quiet = false, reextract = false;
	struct importer im = {0};
	im.seg.fallback_date.precision = DATE_NONE;

	setlocale(LC_ALL, "");
	err_set_program("brief-import");
	int opt;
	while ((opt = getopt_long(argc, argv, "qhV", options, NULL)) != -1) {
		switch (opt) {
		case 'd': db_arg = optarg; break;
		case 't':
			if (!date_parse_iso(optarg, &im.seg.fallback_date) ||
			    im.seg.fallback_date.precision != DATE_DAY) {
				err_report("--date: expected YYYY-MM-DD, got '%s'", optarg);
				return EXIT_USAGE;
			}
			break;
		case 'q': quiet = true; break;
		case 'r': reextract = true; break;
		case 'h': usage(stdout); return 0;
		case 'V': printf("brief-import %s\n", BRIEF_VERSION); return 0;
		default: usage(stderr); return EXIT_USAGE;
		}
	}
	if (reextract && optind < argc) {
		err_report("--reextract works on the cache alone; give no FILE or DIR");
		return EXIT_USAGE;
	}
	if (!reextract && optind >= argc) {
		err_report("no FILE or DIR to import");
		usage(stderr);
		return EXIT_USAGE;
	}

	struct gazetteer gazetteer = {0};
	if (import_load_gazetteer(&gazetteer) != BRIEF_OK) {
		err_report("%s", err_get());
		gazetteer_free(&gazetteer);
		return 1;
	}
	im.gazetteer = &gazetteer;
	char *db = paths_cache(db_arg);
	if (!db || cache_open(db, CACHE_WRITE, &im.cache) != BRIEF_OK) {
		err_report("%s", err_get());
		gazetteer_free(&gazetteer);
		free(db);
		return 1;
	}

	/* Finish the file in hand, then stop: its transaction commits or rolls
	 * back whole, and the summary still tells what was done. */
	struct sigaction sa = {0};
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);

	if (reextract) {
		progress_start(&im.progress, !quiet ? stderr : NULL, 0);
		int rc = import_reextract(&im, &im.seg.fallback_date);
		progress_clear(&im.progress);
		if (rc != BRIEF_OK)
			err_report("%s", err_get());
		else if (!quiet)
			printf("%zu %s: %zu %s extracted again\n", im.stats.files,
			       im.stats.files == 1 ? "source" : "sources", im.stats.articles,
			       im.stats.articles == 1 ? "article" : "articles");
		cache_close(im.cache);
		gazetteer_free(&gazetteer);
		free(db);
		return rc == BRIEF_OK ? 0 : 1;
	}

	struct counter counter = {0};
	bool show_progress = !quiet && isatty(STDERR_FILENO);
	if (show_progress) {
		struct walker count = {count_file, count_error, &counter, &interrupted};
		walk_paths(&count, argv + optind, argc - optind);
	}
	progress_start(&im.progress, show_progress ? stderr : NULL, counter.files);
	struct walker walker = {take_file, take_error, &im, &interrupted};
	walk_paths(&walker, argv + optind, argc - optind);
	progress_clear(&im.progress);

	if (!quiet) {
		char line[200];
		import_summary(&im.stats, line, sizeof line);
		printf("%s%s\n", line, interrupted ? " (interrupted)" : "");
	}
	cache_close(im.cache);
	gazetteer_free(&gazetteer);
	free(db);
	if (interrupted)
		return 130;
	return im.stats.failed ? 1 : 0;
}
