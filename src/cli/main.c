/* main.c - brief: read the briefing in the cache. */
#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "brief/cache.h"
#include "brief/commands.h"
#include "brief/error.h"
#include "brief/output.h"
#include "brief/paths.h"
#include "brief/ui.h"

#ifndef BRIEF_VERSION
#define BRIEF_VERSION "0.0"
#endif

enum { EXIT_USAGE = 2 };

static void usage(FILE *out)
{
	fputs("usage: brief [--db PATH] [--theme NAME|PATH] [COMMAND]\n"
	      "\n"
	      "Read the briefing that brief-import put in the cache.  Without a\n"
	      "command, brief opens the reader (press ? there for the keys); when\n"
	      "its output is not a terminal it prints the list instead.\n"
	      "\n"
	      "Commands:\n"
	      "  list                       the articles, newest first\n"
	      "  actors                     every actor with its number of stories\n"
	      "  timeline [--actor NAME]    dated events in order, of one actor if given\n"
	      "  threads                    story threads, newest activity first\n"
	      "  export [--format json]     every article as one JSON object per line,\n"
	      "                             with its actors, events and related stories\n"
	      "  export --format markdown   a readable briefing: timeline, articles, actors\n"
	      "\n"
	      "Options:\n"
	      "  --db PATH      cache file (default $BRIEF_DB, else\n"
	      "                 $XDG_DATA_HOME/brief/cache.db)\n"
	      "  --theme NAME   colours: default, light, mono, high-contrast, or a\n"
	      "                 theme file (also: theme in config.yaml)\n"
	      "  --script FILE  read keys from FILE (tests; also $BRIEF_SCRIPT)\n"
	      "  --no-display   draw to nowhere (with --script)\n"
	      "  -h, --help     this help\n"
	      "  -V, --version  the version\n",
	      out);
}

static int terminal_width(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option options[] = {
		{"db", required_argument, NULL, 'd'},
		{"format", required_argument, NULL, 'f'},
		{"actor", required_argument, NULL, 'a'},
		{"theme", required_argument, NULL, 't'},
		{"script", required_argument, NULL, 's'},
		{"no-display", no_argument, NULL, 'n'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	const char *db_arg = NULL, *format = NULL, *actor = NULL;
	struct ui_options ui = {0};

	setlocale(LC_ALL, "");
	err_set_program("brief");
	int opt;
	while ((opt = getopt_long(argc, argv, "hV", options, NULL)) != -1) {
		switch (opt) {
		case 'd': db_arg = optarg; break;
		case 'f': format = optarg; break;
		case 'a': actor = optarg; break;
		case 't': ui.theme = optarg; break;
		case 's': ui.script = optarg; break;
		case 'n': ui.no_display = true; break;
		case 'h': usage(stdout); return output_close() == BRIEF_OK ? 0 : 1;
		case 'V':
			printf("brief %s\n", BRIEF_VERSION);
			return output_close() == BRIEF_OK ? 0 : 1;
		default: usage(stderr); return EXIT_USAGE;
		}
	}
	if (!ui.script && getenv("BRIEF_SCRIPT") && *getenv("BRIEF_SCRIPT"))
		ui.script = getenv("BRIEF_SCRIPT");
	bool reader = optind >= argc && (ui.script || (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)));
	const char *command = optind < argc ? argv[optind++] : reader ? "reader" : "list";
	if (optind < argc) {
		err_report("%s: unexpected argument '%s'", command, argv[optind]);
		return EXIT_USAGE;
	}
	enum export_format fmt = EXPORT_JSON;
	if (strcmp(command, "export") == 0) {
		if (format && strcmp(format, "markdown") == 0) {
			fmt = EXPORT_MARKDOWN;
		} else if (format && strcmp(format, "json") != 0) {
			err_report("export: unknown format '%s' (json, markdown)", format);
			return EXIT_USAGE;
		}
	} else if (strcmp(command, "list") != 0 && strcmp(command, "actors") != 0 &&
		   strcmp(command, "timeline") != 0 && strcmp(command, "threads") != 0 &&
		   strcmp(command, "reader") != 0) {
		err_report("unknown command '%s'; see brief --help", command);
		return EXIT_USAGE;
	} else if (format) {
		err_report("--format is for export");
		return EXIT_USAGE;
	}
	if (actor && strcmp(command, "timeline") != 0) {
		err_report("--actor is for timeline");
		return EXIT_USAGE;
	}

	char *db = paths_cache(db_arg);
	struct cache *cache = NULL;
	if (!db || cache_open(db, CACHE_READ, &cache) != BRIEF_OK) {
		err_report("%s", err_get());
		free(db);
		return 1;
	}
	int rc;
	if (strcmp(command, "reader") == 0) {
		int status = ui_run(cache, &ui);
		cache_close(cache);
		free(db);
		return status;
	}
	if (strcmp(command, "export") == 0)
		rc = cmd_export(cache, stdout, fmt);
	else if (strcmp(command, "actors") == 0)
		rc = cmd_actors(cache, stdout);
	else if (strcmp(command, "timeline") == 0)
		rc = cmd_timeline(cache, stdout, actor);
	else if (strcmp(command, "threads") == 0)
		rc = cmd_threads(cache, stdout);
	else
		rc = cmd_list(cache, stdout, terminal_width());
	if (rc != BRIEF_OK)
		err_report("%s", err_get());
	cache_close(cache);
	free(db);
	if (output_close() != BRIEF_OK)
		return 1;
	return rc == BRIEF_OK ? 0 : 1;
}
