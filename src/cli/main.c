/* main.c - brief: read the briefing in the cache. */
#include <getopt.h>
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "brief/cache.h"
#include "brief/error.h"
#include "brief/export.h"
#include "brief/output.h"
#include "brief/paths.h"
#include "brief/tables.h"
#include "brief/ui.h"

#ifndef BRIEF_VERSION
#define BRIEF_VERSION "0.0"
#endif

enum { EXIT_USAGE = 2 };

/* What a command was given on the command line. */
struct invocation {
	const char *format, *actor;
	bool unread; /* list: only the unread articles */
	int width; /* of the terminal, 0 when output is not one */
};

enum takes { TAKES_FORMAT = 1, TAKES_ACTOR = 2, TAKES_UNREAD = 4 };

struct command {
	const char *name;
	const char *usage; /* its arguments, for --help */
	const char *help;  /* lines of at most 45 columns, '\n' between */
	unsigned takes;
	int (*run)(struct cache *c, const struct invocation *inv);
};

static int run_list(struct cache *c, const struct invocation *inv)
{
	return cmd_list(c, stdout, inv->width, inv->unread);
}

static int run_actors(struct cache *c, const struct invocation *inv)
{
	(void)inv;
	return cmd_actors(c, stdout);
}

static int run_timeline(struct cache *c, const struct invocation *inv)
{
	return cmd_timeline(c, stdout, inv->actor);
}

static int run_threads(struct cache *c, const struct invocation *inv)
{
	(void)inv;
	return cmd_threads(c, stdout);
}

static int run_export(struct cache *c, const struct invocation *inv)
{
	bool markdown = inv->format && strcmp(inv->format, "markdown") == 0;
	return cmd_export(c, stdout, markdown ? EXPORT_MARKDOWN : EXPORT_JSON);
}

/* The commands, as --help lists them; the reader (no run) is what runs
 * without one at a terminal. */
static const struct command commands[] = {
	{"list", "[--unread]", "the articles, newest first (the unread ones)", TAKES_UNREAD, run_list},
	{"actors", "", "every actor with its number of stories", 0, run_actors},
	{"timeline", "[--actor NAME]", "dated events in order, of one actor if given", TAKES_ACTOR, run_timeline},
	{"threads", "", "story threads, newest activity first", 0, run_threads},
	{"export", "[--format json]", "every article as one JSON object per line,\nwith its actors, events and related stories",
	 TAKES_FORMAT, run_export},
	{"export", "--format markdown", "a readable briefing: timeline, articles, actors", TAKES_FORMAT, run_export},
	{"reader", "", "the reader, as without a command at a terminal", 0, NULL},
};

static const struct command *command_named(const char *name)
{
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

static void usage(FILE *out)
{
	fputs("usage: brief [--db PATH] [--theme NAME|PATH] [COMMAND]\n"
	      "\n"
	      "Read the briefing that brief-import put in the cache.  Without a\n"
	      "command, brief opens the reader (press ? there for the keys); when\n"
	      "its output is not a terminal it prints the list instead.\n"
	      "\n"
	      "Commands:\n",
	      out);
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
		char head[40];
		snprintf(head, sizeof head, "%s%s%s", commands[i].name, *commands[i].usage ? " " : "",
			 commands[i].usage);
		const char *line = commands[i].help;
		for (bool first = true; *line; first = false) {
			size_t n = strcspn(line, "\n");
			fprintf(out, "  %-26s %.*s\n", first ? head : "", (int)n, line);
			line += n + (line[n] == '\n');
		}
	}
	fputs("\n"
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

/* The options a command does not take are refused by name. */
static bool options_fit(const struct command *cmd, const struct invocation *inv)
{
	if (inv->format && !(cmd->takes & TAKES_FORMAT)) {
		err_report("--format is for export");
		return false;
	}
	if (inv->format && strcmp(inv->format, "json") != 0 && strcmp(inv->format, "markdown") != 0) {
		err_report("export: unknown format '%s' (json, markdown)", inv->format);
		return false;
	}
	if (inv->actor && !(cmd->takes & TAKES_ACTOR)) {
		err_report("--actor is for timeline");
		return false;
	}
	if (inv->unread && !(cmd->takes & TAKES_UNREAD)) {
		err_report("--unread is for list");
		return false;
	}
	return true;
}

/* Parse the options into inv and ui; -1 to go on, else the exit status. */
static int parse_options(int argc, char **argv, const char **db_arg, struct invocation *inv, struct ui_options *ui)
{
	static const struct option options[] = {
		{"db", required_argument, NULL, 'd'},
		{"format", required_argument, NULL, 'f'},
		{"actor", required_argument, NULL, 'a'},
		{"unread", no_argument, NULL, 'u'},
		{"theme", required_argument, NULL, 't'},
		{"script", required_argument, NULL, 's'},
		{"no-display", no_argument, NULL, 'n'},
		{"help", no_argument, NULL, 'h'},
		{"version", no_argument, NULL, 'V'},
		{NULL, 0, NULL, 0},
	};
	int opt;
	opterr = 0; /* its messages name the program by its path */
	while ((opt = getopt_long(argc, argv, ":hV", options, NULL)) != -1) {
		switch (opt) {
		case 'd': *db_arg = optarg; break;
		case 'f': inv->format = optarg; break;
		case 'a': inv->actor = optarg; break;
		case 'u': inv->unread = true; break;
		case 't': ui->theme = optarg; break;
		case 's': ui->script = optarg; break;
		case 'n': ui->no_display = true; break;
		case 'h': usage(stdout); return output_close() == BRIEF_OK ? 0 : 1;
		case 'V':
			printf("brief %s\n", BRIEF_VERSION);
			return output_close() == BRIEF_OK ? 0 : 1;
		case ':': return err_usage(argv, optind, optopt, true, "usage: brief [--db PATH] [--theme NAME|PATH] [COMMAND]");
		default: return err_usage(argv, optind, optopt, false, "usage: brief [--db PATH] [--theme NAME|PATH] [COMMAND]");
		}
	}
	if (!ui->script && getenv("BRIEF_SCRIPT") && *getenv("BRIEF_SCRIPT"))
		ui->script = getenv("BRIEF_SCRIPT");
	return -1;
}

int main(int argc, char **argv)
{
	const char *db_arg = NULL;
	struct invocation inv = {0};
	struct ui_options ui = {0};
	setlocale(LC_ALL, "");
	err_set_program("brief");
	paths_set_program(argv[0]);
	int status = parse_options(argc, argv, &db_arg, &inv, &ui);
	if (status >= 0)
		return status;
	bool reader = optind >= argc && (ui.script || (isatty(STDIN_FILENO) && isatty(STDOUT_FILENO)));
	const char *name = optind < argc ? argv[optind++] : reader ? "reader" : "list";
	const struct command *cmd = command_named(name);
	if (optind < argc) {
		err_report("%s: unexpected argument '%s'", name, argv[optind]);
		return EXIT_USAGE;
	}
	if (!cmd) {
		err_report("unknown command '%s'; see brief --help", name);
		return EXIT_USAGE;
	}
	if (!options_fit(cmd, &inv))
		return EXIT_USAGE;

	char *db = paths_cache(db_arg);
	struct cache *cache = NULL;
	if (!db || cache_open(db, CACHE_READ, &cache) != BRIEF_OK) {
		err_report("%s", err_get());
		free(db);
		return 1;
	}
	if (!cmd->run) {
		status = ui_run(cache, &ui);
		cache_close(cache);
		free(db);
		return status;
	}
	inv.width = terminal_width();
	int rc = cmd->run(cache, &inv);
	if (rc != BRIEF_OK)
		err_report("%s", err_get());
	cache_close(cache);
	free(db);
	if (output_close() != BRIEF_OK)
		return 1;
	return rc == BRIEF_OK ? 0 : 1;
}
