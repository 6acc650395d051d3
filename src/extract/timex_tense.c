/* timex_tense.c - the tense around a date expression, which decides
 * whether "Friday" or "March 12" is the one before the anchor or the one
 * after.
 *
 * The tense is the clause's, not the sentence's: in "A spokesman said
 * Thursday that the troops will remain", "said" governs "Thursday" and
 * "will" the troops.  So the cue nearest to the expression wins, looked for
 * within its clause (bounded by ";", ":", a dash, brackets, quotes and
 * words that open a new clause such as "that", "which", "but"; after the
 * expression, a comma too, unless the expression opens the sentence) and
 * at most TENSE_WINDOW words away on either side.  Cues:
 * - future markers: "will", "'ll", "shall", "is/are going to",
 *   "is/are expected to", "is/are due to", "plans/planned/intends/aims
 *   to", "set to", "set for", "slated to/for", "scheduled" and "planned"
 *   (not after "was"), "next", "upcoming";
 * - verbs as the part-of-speech tagger read them (past "said", "began";
 *   present "says"), when the caller has them;
 * - without them, the words alone: the common past forms ("was", "said",
 *   "had", "met") and lower-case words in "-ed".
 * An infinitive between ("had work to do before May") leaves the date to
 * the nearest unless a future marker governs it ("plans to meet in May").
 * The expression's own words ("next week", "two years later") are no cue
 * for it. */
#include <ctype.h>
#include <string.h>

#include "timex_internal.h"

enum { TENSE_WINDOW = 12 };

/* "is", "are", "'s" ... before "going to", "expected to", "due to": without
 * them "were expected to" is past and "due to the rain" a cause. */
static bool is_be(const struct tx_ctx *c, struct tx_tok w)
{
	static const char *const be[] = {"is", "are", "am", "s", "re", NULL};
	return tx_tok_index(c, w, be) >= 0;
}

/* ' or U+2019, the typographic apostrophe */
static bool after_apostrophe(const struct tx_ctx *c, size_t i)
{
	const unsigned char *s = (const unsigned char *)c->s;
	return (i >= 1 && s[i - 1] == '\'') ||
	       (i >= 3 && s[i - 3] == 0xE2 && s[i - 2] == 0x80 && s[i - 1] == 0x99);
}

static bool future_marker(const struct tx_ctx *c, struct tx_tok w2, struct tx_tok w1,
			  struct tx_tok w)
{
	static const char *const words[] = {"shall", "next", "upcoming", NULL};
	static const char *const before_for[] = {"set", "scheduled", "slated", NULL};
	static const char *const before_to[] = {"set", "plans", "plan", "planned", "slated", "intends",
						"aims", NULL};
	static const char *const arranged[] = {"scheduled", "planned", NULL};
	static const char *const past_be[] = {"was", "were", "had", NULL};
	/* "has scheduled a news conference Thursday"; "was scheduled" is past */
	if (tx_tok_index(c, w, arranged) >= 0 && tx_tok_index(c, w1, past_be) < 0)
		return true;
	static const char *const be_before_to[] = {"going", "expected", "due", "scheduled", NULL};
	/* "Will" inside a sentence is a name; at its start, a question */
	if (tx_tok_is(c, w, "will") && (c->s[w.start] == 'w' || w1.end == 0))
		return true;
	if (tx_tok_index(c, w, words) >= 0)
		return true;
	if (tx_tok_is(c, w, "ll") && after_apostrophe(c, w.start))
		return true;
	if (tx_tok_is(c, w, "for"))
		return tx_tok_index(c, w1, before_for) >= 0;
	if (!tx_tok_is(c, w, "to"))
		return false;
	return tx_tok_index(c, w1, before_to) >= 0 ||
	       (tx_tok_index(c, w1, be_before_to) >= 0 && is_be(c, w2));
}

/* Past forms a news sentence uses most, for text without the tagger's
 * verbs; "-ed" words are read apart. */
static bool past_word(const struct tx_ctx *c, struct tx_tok w, bool listed_only)
{
	static const char *const words[] = {
		"was", "were", "had", "did", "said", "told", "met", "came", "went", "began",
		"took", "gave", "made", "held", "saw", "found", "left", "won", "lost", "fell",
		"rose", "sent", "got", "led", "ran", "spoke", "wrote", "became", "broke",
		"struck", "hit", "killed", "has", "have", "ago", NULL,
	};
	static const char *const not_past[] = {
		"speed", "breed", "creed", "greed", "indeed", "hundred", "naked", "wicked",
		"sacred", "embed", "proceed", "succeed", "exceed", "need", "feed", "seed", NULL,
	};
	if (tx_tok_index(c, w, words) >= 0)
		return true;
	if (listed_only)
		return false;
	size_t len = w.end - w.start;
	return len >= 5 && c->s[w.end - 2] == 'e' && c->s[w.end - 1] == 'd' &&
	       islower((unsigned char)c->s[w.start]) && tx_tok_index(c, w, not_past) < 0;
}

/* Without the tagger, "to" and a lower-case word that is no determiner
 * reads as an infinitive ("decided to admit"). */
static bool infinitive_word(const struct tx_ctx *c, struct tx_tok to, struct tx_tok w)
{
	static const char *const not_verbs[] = {
		"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
		"these", "those", "death", "date", NULL,
	};
	return tx_tok_is(c, to, "to") && islower((unsigned char)c->s[w.start]) &&
	       !isdigit((unsigned char)c->s[w.start]) && tx_tok_index(c, w, not_verbs) < 0;
}

static bool present_word(const struct tx_ctx *c, struct tx_tok w)
{
	static const char *const words[] = {"is", "are", "am", "says", "say", NULL};
	return tx_tok_index(c, w, words) >= 0;
}

/* Words that open a new clause, and marks that end one. */
static bool clause_word(const struct tx_ctx *c, struct tx_tok w)
{
	static const char *const words[] = {
		"that", "which", "who", "whom", "because", "but", "while", "although",
		"though", "whereas", "whether", NULL,
	};
	return tx_tok_index(c, w, words) >= 0;
}

static bool clause_mark(const struct tx_ctx *c, size_t from, size_t to)
{
	for (size_t k = from; k < to; k++) {
		unsigned char ch = (unsigned char)c->s[k];
		if (ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '"' || ch == '`' ||
		    (ch == '\'' && k + 1 < to && c->s[k + 1] == '\''))
			return true;
		/* an em or en dash, U+2014 and U+2013 */
		if (ch == 0xE2 && k + 2 < to && (unsigned char)c->s[k + 1] == 0x80 &&
		    ((unsigned char)c->s[k + 2] == 0x94 || (unsigned char)c->s[k + 2] == 0x93))
			return true;
	}
	return false;
}

/* The words of s[from, to): at most max of them, from the start. */
static size_t words_in(const struct tx_ctx *c, size_t from, size_t to, struct tx_tok *out,
		       size_t max)
{
	size_t n = 0;
	for (size_t i = from; i < to && n < max;) {
		struct tx_tok w;
		if (tx_tok_at(c, i, &w) && (i == 0 || !isalnum((unsigned char)c->s[i - 1]))) {
			out[n++] = w;
			i = w.end;
		} else {
			i++;
		}
	}
	return n;
}

/* Whether the tagger read word w as a verb, and its tense. */
static bool verb_tense(const struct tx_ctx *c, struct tx_tok w, enum timex_tense *t)
{
	for (size_t k = 0; k < c->tags->n; k++)
		if (c->tags->v[k].start <= w.start && w.start < c->tags->v[k].end) {
			*t = c->tags->v[k].tense;
			return true;
		}
	*t = TENSE_NONE;
	return false;
}

/* "was planned for March", "were scheduled to meet": a plan whose time is
 * its own, before or after the anchor. */
static bool past_plan(const struct tx_ctx *c, struct tx_tok w1, struct tx_tok w)
{
	static const char *const arranged[] = {"scheduled", "planned", "expected", "due", NULL};
	static const char *const past_be[] = {"was", "were", NULL};
	return tx_tok_index(c, w, arranged) >= 0 && tx_tok_index(c, w1, past_be) >= 0;
}

static enum timex_tense cue(const struct tx_ctx *c, const struct tx_tok *w, size_t k)
{
	struct tx_tok none = {0, 0};
	if (future_marker(c, k >= 2 ? w[k - 2] : none, k >= 1 ? w[k - 1] : none, w[k]))
		return TENSE_FUTURE;
	if (k >= 1 && past_plan(c, w[k - 1], w[k]))
		return TENSE_INFINITIVE;
	/* the tagger first; a verb it did not read as one ("said" as a
	 * participle after a misread name) by the list */
	enum timex_tense t;
	if (c->tags->v && verb_tense(c, w[k], &t))
		return t;
	if (!c->tags->v && k >= 1 && infinitive_word(c, w[k - 1], w[k]))
		return TENSE_INFINITIVE;
	if (past_word(c, w[k], c->tags->v != NULL))
		return TENSE_PAST;
	return !c->tags->v && present_word(c, w[k]) ? TENSE_PRESENT : TENSE_NONE;
}

/* "on Saturday and were planning to drive": "and" with a verb after it
 * opens another clause. */
static bool joins_a_verb(const struct tx_ctx *c, struct tx_tok and, struct tx_tok w)
{
	enum timex_tense t;
	if (!tx_tok_is(c, and, "and") && !tx_tok_is(c, and, "or") && !tx_tok_is(c, and, "but"))
		return false;
	if (c->tags->v)
		return verb_tense(c, w, &t);
	return past_word(c, w, true) || present_word(c, w) || tx_tok_is(c, w, "will");
}

/* After the expression a verb comes before the words that make it future:
 * "on Friday he is expected to", "in March it plans to". */
static enum timex_tense cue_right(const struct tx_ctx *c, const struct tx_tok *w, size_t n, size_t d)
{
	struct tx_tok none = {0, 0};
	for (size_t k = d; k < n && k <= d + 2; k++)
		if (future_marker(c, k >= d + 2 ? w[k - 2] : none, k >= d + 1 ? w[k - 1] : none, w[k]) &&
		    (k == d || tx_tok_is(c, w[k], "to") || tx_tok_is(c, w[k], "for")))
			return TENSE_FUTURE;
	/* the tagger first; a verb it did not read as one ("said" as a
	 * participle after a misread name) by the list */
	enum timex_tense t;
	if (c->tags->v && verb_tense(c, w[d], &t))
		return t;
	if (past_word(c, w[d], c->tags->v != NULL))
		return TENSE_PAST;
	return !c->tags->v && present_word(c, w[d]) ? TENSE_PRESENT : TENSE_NONE;
}

enum timex_tense tx_tense_around(const struct tx_ctx *c, size_t start, size_t end)
{
	struct tx_tags *tags = c->tags;
	if (!tags->asked) {
		tags->asked = true;
		if (tags->source)
			tags->n = tags->source->tag(tags->source->arg, &tags->v);
	}
	/* The words before, nearest last: a window's worth back from start. */
	struct tx_tok before[TENSE_WINDOW + 2], after[TENSE_WINDOW + 2];
	size_t from = start, nb = 0;
	for (size_t seen = 0; from > 0 && seen <= TENSE_WINDOW + 2; from--)
		if (isalnum((unsigned char)c->s[from - 1]) &&
		    (from == 1 || !isalnum((unsigned char)c->s[from - 2])))
			seen++;
	nb = words_in(c, from, start, before, TENSE_WINDOW + 2);
	size_t na = words_in(c, end, c->n, after, TENSE_WINDOW);
	/* Walk outwards, one word on each side at a time; the left side
	 * first, since a verb before its date is the common order. */
	bool left_open = true, right_open = true, infinitive = false;
	/* "... as soon as Tuesday, Castro said": what follows a comma is
	 * another clause (a reporting one, often), unless the expression
	 * opens the sentence ("On Friday, the government said") */
	bool comma_stops = nb > 2;
	for (size_t d = 0; d < TENSE_WINDOW && (left_open || right_open); d++) {
		if (left_open && d < nb) {
			size_t k = nb - 1 - d;
			size_t next = d == 0 ? start : before[k + 1].start;
			if (clause_mark(c, before[k].end, next))
				left_open = false;
			else if (clause_word(c, before[k]))
				left_open = false;
			else {
				enum timex_tense t = cue(c, before, k);
				/* "had work to do before May": the infinitive's time is
				 * its own, unless "plans to" makes it future */
				if (t == TENSE_INFINITIVE)
					infinitive = true;
				else if (t == TENSE_FUTURE || (t != TENSE_NONE && !infinitive))
					return t;
				else if (t != TENSE_NONE)
					return TENSE_NONE;
			}
		} else {
			left_open = false;
		}
		if (right_open && d < na) {
			size_t prev = d == 0 ? end : after[d - 1].end;
			if (clause_mark(c, prev, after[d].start) || clause_word(c, after[d]) ||
			    (comma_stops && memchr(c->s + prev, ',', after[d].start - prev)) ||
			    (d + 1 < na && joins_a_verb(c, after[d], after[d + 1])))
				right_open = false;
			else {
				enum timex_tense t = cue_right(c, after, na, d);
				if (t == TENSE_INFINITIVE)
					right_open = false;
				else if (t != TENSE_NONE)
					return infinitive && t != TENSE_FUTURE ? TENSE_NONE : t;
			}
		} else {
			right_open = false;
		}
	}
	return TENSE_NONE;
}
