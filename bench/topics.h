/* topics.h - what gencorpus.c's stories are about.
 *
 * Each topic is a set of '|'-separated lists:
 *   head   noun phrases for headlines, in title case
 *   nouns  noun phrases for running text
 *   verbs  verb phrases in the base form ("would ...", "agreed to ...")
 *   events clauses in the past tense
 *   quotes what people say, lower case, no final stop
 *   qty    clauses with a number: the letter before ':' is its scale
 *          (s small, m hundreds to thousands, l tens of thousands, M
 *          millions, $ money, % a share) and '#' is where it goes
 *   subs   sub-headings
 *   scenes photo captions, without place and date
 *   objs   the one thing a developing story is about
 * In them @C and @D are countries of the story, @A the first one's
 * adjective, @Y its city, @O an organisation, @x the story's thing; in
 * objs, @P is the surname of the story's first person and @B a brand.
 * No list holds a word a date reader would take for a date ("week",
 * "season", "May"): the dates of a story are put where they are meant. */
#ifndef GENCORPUS_TOPICS_H
#define GENCORPUS_TOPICS_H

#include "sectors.h"

struct topic {
	const char *name;
	enum sector sector;
	const char *head, *nouns, *verbs, *events, *quotes, *qty, *subs, *scenes, *objs;
};

#include "topics_world.h"
#include "topics_economy.h"

#endif
