/* templates.h - the sentence and headline shapes of gencorpus.c.
 *
 * Slots: @S the sentence's subject (any actor), @P a person, @R a person
 * named again (surname), @O an organisation, @C and @D two countries, @A
 * the first one's adjective, @Y the story's city, @M a news agency, @h he
 * or she for the last person named; from the topic @n a noun phrase, @v a
 * verb phrase, @e a past event, @q a quote, @u a clause with a number, @m
 * a sum of money, @x the story's thing, @t a trailing phrase, @k one of
 * the story's particulars (details.h), @g its region; @Q and @E
 * open and close a quote.  Dates: @T one in the past, @F one to come, @K
 * "since ...", @w a weekday between subject and verb ("X on Tuesday
 * rejected ..."), @s the recent day someone spoke ("said on Tuesday"
 * rather than "said in the 1990s").  A sentence that is to carry a date takes the first date
 * slot; one that is not drops them all, so every shape reads either way. */
#ifndef GENCORPUS_TEMPLATES_H
#define GENCORPUS_TEMPLATES_H

enum kind { K_LEDE, K_STATEMENT, K_QUOTE, K_BACKGROUND, K_NUMBERS, K_FUTURE, K_REACTION, NKINDS };

static const char *const lede_t[] = {
	"@S said@s that @C would @v, @t.",
	"@S@w agreed to @v, @t.",
	"@e@T, @S said, @t.",
	"@S warned@T that @n could worsen unless @C moved to @v.",
	"@S@w called on @D to @v, @t.",
	"@S vowed@T to @v, @t.",
	"@S said@s that @C planned to @v, the latest turn in @x.",
	"@S@w urged @D to @v, saying @n had reached a critical point.",
	"@e@T, officials said, @t.",
	"@S said@s that @C was ready to @v as talks on @x stalled.",
};

static const char *const statement_t[] = {
	"@S said@s that @C would @v.",
	"@S said @C was ready to @v@F.",
	"@R told reporters in @Y@T that talks on @n had made some progress.",
	"According to @O, @e@T.",
	"@S has repeatedly urged @D to @v.",
	"@R said @n remained the main obstacle to a deal.",
	"@S@w accused @D of failing to @v.",
	"@S@w rejected calls to @v.",
	"@S plans to @v@F, according to a draft of the plan.",
	"It was not immediately clear whether @C would @v.",
	"@S is under growing pressure to @v.",
	"@R, speaking@T in @Y, said the government would @v.",
	"Under the proposal, @C would @v@F.",
	"@R met @P in @Y@T to discuss @n.",
	"@O said@s it had asked @D to @v.",
	"@C and @D agreed@T to @v.",
	"@R said @h would @v@F.",
	"@O said@s it would @v.",
	"Officials in @Y said@s that @e.",
	"In a statement@T, @O said @e and urged @C to @v.",
	"@S said@s that @x would go ahead as planned.",
	"@R and @P had spoken by telephone@T, diplomats said.",
	"@S said@s that @n would top the agenda when ministers meet in @Y.",
	"@P, who has led the talks on @n, said@s that both sides wanted to @v.",
	"@S said the priority was to @v, not to @v.",
	"@S@w asked @O to help @v.",
	"@S said@s that @k would be hit hardest.",
	"@R said the plan would also cover @k.",
	"Officials in @g said@s that @k had been affected.",
	"@S said@s that @k would be discussed in @Y.",
	"@R visited @g@T to hear concerns about @k.",
	"@S pledged@T to protect @k.",
};

static const char *const quote_t[] = {
	"@Q@q,@E @R said@s.",
	"@Q@q,@E said @P.",
	"@Q@q. @q,@E @R told reporters in @Y@s.",
	"@R said@s: @Q@q.@E",
	"@Q@q,@E @R said in a statement@s, adding that @C would @v.",
	"@Q@q,@E @R said@s. @Q@q.@E",
	"@R told @M@s: @Q@q.@E",
	"@Q@q,@E @R said after meeting @P in @Y@s.",
	"@Q@q,@E said @P, speaking to reporters@s.",
};

static const char *const background_t[] = {
	"@e@T.",
	"The move comes after @e@T.",
	"@C and @D have been at odds over @n@K.",
	"Tensions over @n have been building@K.",
	"@e@T, according to @O.",
	"Talks on @n first began@T.",
	"Critics say the plan does little to address @n.",
	"@O has long pressed @C to @v.",
	"Analysts say @n could cost @C as much as @m.",
	"@n came up at a meeting in @Y@T.",
	"@x has been a source of friction between @C and @D@K.",
	"@C has spent @m on @n@K, according to @O.",
	"The dispute over @n flared@T, when @e.",
	"@e, and @n dominated the debate that followed.",
	"The measures also affect @k.",
	"Concern about @k has grown@K.",
	"Much of the debate has focused on @k.",
	"Residents of @g complained@T about @k.",
	"@g, home to @k, has been at the centre of the dispute@K.",
	"The row has also drawn attention to @k and @k.",
	"In @g, @e@T.",
};

/* The date goes with the saying, not with the figure, which may be to
 * come ("will cost"). */
static const char *const numbers_t[] = {
	"@u, @S said@s.",
	"@S said@s that @u.",
	"Figures published@T by @O showed that @u.",
	"@u, according to figures released@T by @O.",
	"Officials estimate that @u.",
	"@S said@s that @u, more than expected.",
};

static const char *const future_t[] = {
	"@C is due to @v@F.",
	"A decision on @n is expected@F.",
	"@S will travel to @Y@F for further talks on @n.",
	"Talks are set to resume@F in @Y.",
	"@O is scheduled to publish a report on @n@F.",
	"@R said a final agreement could be signed@F.",
	"@S is expected to @v@F, officials said.",
	"Ministers from @C and @D will meet in @Y@F to @v.",
	"@O said it hoped to @v@F.",
};

static const char *const reaction_t[] = {
	"@S did not respond to a request for comment.",
	"@S has denied any wrongdoing.",
	"@S@w dismissed the criticism as politically motivated.",
	"@O welcomed the decision@T, but said more was needed to @v.",
	"@S@w condemned the move and urged @C to @v.",
	"A spokesperson for @O declined to comment@T.",
	"@D has not commented publicly on @n.",
	"@O said@s that it would study the proposal.",
};

static const char *const *const kind_t[NKINDS] = {
	lede_t, statement_t, quote_t, background_t, numbers_t, future_t, reaction_t,
};
static const int kind_n[NKINDS] = {
	sizeof lede_t / sizeof *lede_t,	  sizeof statement_t / sizeof *statement_t,
	sizeof quote_t / sizeof *quote_t, sizeof background_t / sizeof *background_t,
	sizeof numbers_t / sizeof *numbers_t, sizeof future_t / sizeof *future_t,
	sizeof reaction_t / sizeof *reaction_t,
};

/* What anyone in any story might say; @n keeps it on the story. */
static const char generic_quotes[] =
	"we will not accept any delay on @n|this is a matter of national interest|"
	"we have made our position very clear|the door to dialogue remains open|"
	"nobody should be surprised by this|we are studying the details carefully|"
	"it is too early to say what this means|we expect our partners to keep their word|"
	"@n will be a test for all of us|this is not the end of the road|"
	"we are ready to sit down and talk|there is no time to lose|"
	"people are tired of promises|the facts speak for themselves|"
	"we will do whatever it takes|this decision was not taken lightly|"
	"we have been warning about @n for a long time|nobody wants another crisis|"
	"our priority is the safety of our citizens|words must now be matched by action|"
	"we were not consulted|this sends the wrong message|we hope common sense prevails|"
	"there are still many questions to answer|we owe it to the families|"
	"the pressure is on the other side now|we cannot go on like this|"
	"this is a good first step, but only a first step";

/* Clauses that lengthen a sentence, each with its comma or word. */
static const char clauses[] =
	", according to @O| as @e| amid concern over @n| after @e|, officials said|"
	", a move criticised by @O|, despite warnings from @O| as part of efforts to @v|"
	", with @k among the first to be affected|, in a region where feelings over @n run high|"
	" following a request from @D|, although details were scarce| in a bid to @v|"
	", according to people familiar with the matter|, two officials said|"
	", saying the situation in @g remained tense| as @C and @D traded accusations|"
	", in comments carried by local media|, a position shared by @O|"
	" as pressure grew on @C to @v|, and @k would not be forgotten|"
	", the second such move by @C|, the first sign of progress on @n";

static const char tails[] =
	"raising pressure on @D|as concern grows over @n|in a move that could ease @n|"
	"despite objections from @D|the latest turn in @x|amid a dispute over @n|"
	"a step welcomed by @O|as pressure mounts over @n|in a blow to @O|"
	"with @k likely to be hit hardest|a worry for @k in @g";

/* Headlines: @C @D countries, @R a surname, @O an organisation, @H and @G
 * the topic's headline nouns, @V a verb for one, @W for two, @I for a
 * thing, @Y a city, @A an adjective. */
static const char *const headline_t[] = {
	"@C @V @H", "@C @V @H as @G @I", "@R @V @H", "@R @V @H Amid @G", "@C, @D @W @H",
	"@H @I as @C @V @G", "@O @V @H in @Y", "@C @V @H After Talks in @Y",
	"@R Says @C Will Not Back Down on @H", "@H: @C @V @G", "In @Y, @H @I",
	"@A Officials @W @H", "@C and @D @W @H", "@H @I, @R Says", "@O @V @H as @G @I",
};

static const char head_verbs[] =
	"Agrees to End|Warns Over|Seeks Talks on|Rejects Calls for|Moves to Ease|Vows to Tackle|"
	"Delays Decision on|Faces Pressure Over|Signs Deal on|Steps Up Efforts on|"
	"Pledges Support on|Cracks Down on|Braces for|Unveils Plan on|Weighs Options on|"
	"Says No Deal Yet on|Pushes Back on|Defends Stance on|Calls for Action on";
static const char head_verbs_pl[] =
	"Agree to End|Clash Over|Hold Talks on|Sign Deal on|Trade Blame Over|Vow to Resolve|"
	"Fail to Agree on|Resume Talks on|Seek Common Ground on";
static const char head_verbs_thing[] =
	"Deepens|Escalates|Eases|Stalls|Widens|Drags On|Tops Agenda|Sparks Anger|"
	"Draws Criticism|Hits Record|Raises Fears|Takes Toll";

static const char generic_subs[] =
	"What Comes Next|Background|Reaction|The Stakes|Next Steps|Pressure Builds|"
	"A Long Dispute|Questions Remain";

/* What a person in a caption is doing. */
static const char caption_acts[] =
	"speaks during a news conference|arrives for a meeting|attends a session|"
	"gestures while speaking|talks to reporters|leaves after talks|"
	"looks on during a ceremony|addresses supporters";

#endif
