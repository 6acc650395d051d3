/* gencorpus.c - write N scraped-looking article files for the benchmark.
 *
 * Deterministic (fixed seed): the same N gives the same files, so figures
 * from two runs compare.  Files carry the mess real input has: repeated
 * captions with credits, a stray "TT", datelines, sub-headings, trailers,
 * and one file in ten holds two articles. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static unsigned long long state = 0x9E3779B97F4A7C15ULL;

static unsigned pick(unsigned n)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (unsigned)(state % n);
}

static const char *const places[] = {"GENEVA", "TOKYO", "MANILA", "KYIV", "BRUSSELS", "NAIROBI",
				     "WASHINGTON", "PHNOM PENH", "SEOUL", "CANBERRA"};
static const char *const actors[] = {"the foreign minister", "the defence secretary", "NATO",
				     "the European Union", "the United Nations", "China", "Japan",
				     "the Philippines", "Ukraine", "the World Health Organization"};
static const char *const verbs[] = {"said", "announced", "warned", "agreed", "confirmed", "denied"};
static const char *const topics[] = {"maritime patrols", "landmine clearance", "pandemic preparedness",
				     "trade talks", "a new security pact", "grain exports",
				     "emergency funding", "border crossings"};
static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
				     "August", "September", "October", "November", "December"};

static void article(FILE *f, unsigned id, int part)
{
	const char *topic = topics[pick(8)];
	int month = (int)pick(12), day = 1 + (int)pick(28), year = 2024 + (int)pick(2);
	fprintf(f, "Officials Meet on %c%s in Round %u.%d\n\n", topic[0] - 32, topic + 1, id, part);
	fprintf(f, "Delegates arrive for talks on %s in %s, %s %d, %d. REUTERS/Jane Roe\n", topic,
		places[pick(10)], months[month], day, year);
	fprintf(f, "Delegates arrive for talks on %s in %s, %s %d, %d. REUTERS/Jane Roe\nTT\n\n", topic,
		places[pick(10)], months[month], day, year);
	fprintf(f, "%s, %s %d, %d (Reuters) - ", places[pick(10)], months[month], day, year);
	int paragraphs = 6 + (int)pick(10);
	for (int p = 0; p < paragraphs; p++) {
		if (p == paragraphs / 2)
			fprintf(f, "What Comes Next\n\n");
		int sentences = 2 + (int)pick(4);
		for (int s = 0; s < sentences; s++) {
			const char *who = actors[pick(10)];
			fprintf(f, "%s%c%s %s on Tuesday that %s would be discussed again next month, item %u-%d-%d.",
				s ? " " : "", who[0] == 't' ? 'T' : who[0], who + 1, verbs[pick(6)],
				topics[pick(8)], id, p, s);
		}
		fputs("\n\n", f);
		if (pick(12) == 0)
			fputs("Advertisement\n\n", f);
	}
	fputs("(Reporting by Jane Roe; Editing by John Doe)\n", f);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: gencorpus DIR COUNT\n");
		return 2;
	}
	const char *dir = argv[1];
	unsigned count = (unsigned)strtoul(argv[2], NULL, 10);
	if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
		perror(dir);
		return 1;
	}
	char path[4096];
	for (unsigned i = 0; i < count; i++) {
		/* a hundred files a folder, as people sort downloads by day */
		snprintf(path, sizeof path, "%s/d%03u", dir, i / 100);
		mkdir(path, 0755);
		snprintf(path, sizeof path, "%s/d%03u/a%06u.txt", dir, i / 100, i);
		FILE *f = fopen(path, "w");
		if (!f) {
			perror(path);
			return 1;
		}
		article(f, i, 1);
		if (i % 10 == 0) {
			fputs("\n\n\n", f);
			article(f, i, 2);
		}
		fclose(f);
	}
	return 0;
}
