/* genshape.c - one file of a given shape and size, to show that import time
 * and cache size grow linearly with the input whatever its shape.
 *
 *   genshape SHAPE BYTES FILE
 *
 * Shapes are the pathological texts scraped folders do hold: prose with no
 * sentence end, a run of capitalised names, a list of dates, thousands of
 * one-word lines, one line repeated, a word with no space, a punctuation
 * run, and many one-sentence paragraphs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long state = 0x2545F4914F6CDD1DULL;

static unsigned pick(unsigned n)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (unsigned)(state % n);
}

static const char *const words[] = {"the", "minister", "said", "on", "Monday", "that", "talks", "in",
				    "Geneva", "would", "resume", "with", "officials", "from", "France",
				    "and", "Japan", "while", "council", "met", "again", "next", "week"};
static const char *const names[] = {"Antony", "Blinken", "Maria", "Santos", "United", "Nations",
				    "Council", "Tiziano", "Lugli", "Hong", "Kong", "Ben", "Chan",
				    "Frederick", "Fung", "Deseret", "News", "Ministry", "Defence"};
static const char *const months[] = {"January", "March", "May", "July", "September", "November"};

#define COUNT(a) (sizeof a / sizeof *a)

static const char *const shapes[] = {"prose", "names", "dates", "short-lines", "repeated",
				     "no-space", "punctuation", "paragraphs"};

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: genshape SHAPE BYTES FILE\nshapes:");
		for (size_t i = 0; i < COUNT(shapes); i++)
			fprintf(stderr, " %s", shapes[i]);
		fputc('\n', stderr);
		return 2;
	}
	const char *shape = argv[1];
	long bytes = atol(argv[2]);
	FILE *f = fopen(argv[3], "w");
	if (!f) {
		perror(argv[3]);
		return 1;
	}
	long n = fprintf(f, "A Headline For The Shape Of This File\n\n");
	while (n < bytes) {
		if (strcmp(shape, "prose") == 0)
			n += fprintf(f, "%s ", words[pick(COUNT(words))]);
		else if (strcmp(shape, "names") == 0)
			n += fprintf(f, "%s ", names[pick(COUNT(names))]);
		else if (strcmp(shape, "dates") == 0)
			n += fprintf(f, "on %u %s %u, ", 1 + pick(28), months[pick(COUNT(months))], 1990 + pick(35));
		else if (strcmp(shape, "short-lines") == 0)
			n += fprintf(f, "%s\n", names[pick(COUNT(names))]);
		else if (strcmp(shape, "repeated") == 0)
			n += fprintf(f, "Officials met in Geneva on Monday. (Photo: Reuters)\n");
		else if (strcmp(shape, "no-space") == 0)
			n += fprintf(f, "%s", words[pick(COUNT(words))]);
		else if (strcmp(shape, "punctuation") == 0)
			n += fprintf(f, "!?.");
		else if (strcmp(shape, "paragraphs") == 0)
			n += fprintf(f, "The %s met %s on %u %s.\n\n", words[pick(COUNT(words))],
				     names[pick(COUNT(names))], 1 + pick(28), months[pick(COUNT(months))]);
		else {
			fprintf(stderr, "genshape: unknown shape '%s'\n", shape);
			return 2;
		}
	}
	fputc('\n', f);
	return fclose(f) == 0 ? 0 : 1;
}
