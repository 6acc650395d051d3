/* words.c - splitting a sentence into words and the word lists of the actor
 * rules (kept here so each rule reads as a sentence). */
#include <ctype.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <strings.h>

#include "brief/mem.h"
#include "brief/strmap.h"
#include "brief/words.h"

static const char *const stopwords[] = {
	"The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And", "Or",
	"This", "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "My", "Your", "After",
	"Before", "During", "While", "When", "Where", "As", "According", "Prior", "Including", "With",
	"Without", "Instead", "Lately", "However", "Also", "If", "Although", "Though", "Since",
	"Because", "For", "From", "To", "By", "Of", "Under", "Over", "Now", "Then", "There", "Here",
	"What", "Who", "Why", "How", "Last", "Next", "Some", "Many", "More", "Most", "Other", "Both",
	"Each", "All", "No", "Not", "Yes", "Such", "Any", "Every", "One", "Two", "Three", "Several",
	"Officials", "Delegates", "Ministers", "Activists", "Experts", "Analysts", "Residents",
	"Meanwhile", "Still", "Yet", "Once", "Only", "Even", "Just", "So", "Thus", "Earlier", "Later",
	"January", "February", "March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday", "Sunday", "Today", "Tomorrow", "Yesterday", "Article", "Chapter", "Section",
};

static const char *const role_nouns[] = {
	"Minister", "Secretary", "President", "Ambassador", "Director-General", "Secretary-General",
	"Chancellor", "Spokesman", "Spokeswoman", "Spokesperson", "General", "Admiral", "Governor",
	"Senator", "Chairman", "Chairwoman", "Chair", "Commissioner", "Mayor", "King", "Queen",
	"Prince", "Emir", "Pope", "Premier", "Envoy", "Representative", "Director", "Commander",
	"Judge", "Leader", "Chief", "Colonel", "Captain", "Lieutenant", "Official", "Negotiator",
	"Co-chair", "Coordinator", "Counterpart", "Head", "Manager", "Editor", "Publisher", "Founder", "Officer",
	"Professor", "Dean", "Principal", "Coach", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Sheikh",
	"Sultan", "Emperor", "Empress", "Speaker", "Inspector", "Superintendent", "Sergeant", "Marshal",
	"Attorney", "Prosecutor", "Councillor", "Councilman", "Councilwoman", "Congressman", "Congresswoman",
	"Lawmaker", "Vice-President", "Treasurer", "Adviser", "Advisor", "Aide", "Consul", "Correspondent",
};

static const char *const role_modifiers[] = {
	"Foreign", "Defense", "Defence", "Deputy", "Vice", "Prime", "Finance", "Health", "Trade",
	"Interior", "Home", "Chief", "Special", "Executive", "Senior", "Economy", "Justice",
	"Environment", "Energy", "Agriculture", "Education", "Former", "Acting", "Assistant",
	"Under", "Permanent", "Regional", "Affairs", "Security", "Navy", "Army", "Coast", "Guard", "Managing",
	"Editorial", "Associate", "Founding",
};

static const char *const org_words[] = {
	"Ministry", "Agency", "Committee", "Council", "Command", "Campaign", "Party", "Bank", "Forces",
	"Force", "Commission", "Organization", "Organisation", "Office", "Department", "Court", "Union",
	"Association", "Institute", "Foundation", "Group", "Army", "Navy", "Guard", "Service",
	"Services", "Authority", "Fund", "Program", "Programme", "Assembly", "Parliament", "Congress",
	"Senate", "Secretariat", "Corporation", "Company", "Bureau", "Board", "Alliance", "Federation",
	"Coalition", "Movement", "Network", "Centre", "Center", "University", "Monitor", "Regiment",
	"Headquarters", "Administration", "Cabinet", "Government", "Body", "Summit", "Forum", "Club",
	"Society", "Trust", "Airlines", "Airways", "Holdings", "Partners", "College", "School", "Academy",
	"Hospital", "Museum", "Library", "Orchestra", "Church", "Laboratory", "Lab", "Studios", "Systems",
	"Technologies", "Industries", "Motors", "League", "Tribunal",
};

static const char *const connectors[] = {"of", "to", "for", "and", "the", "de"};
/* Capitalized words that end a person's name: things, places and events. */
static const char *const non_name_words[] = {
	"Treaty", "Agreement", "Accord", "Convention", "Act", "Protocol", "Pact", "Charter",
	"Declaration", "Strategy", "Initiative", "Plan", "Law", "Bill", "Island", "Islands", "Sea",
	"Province", "City", "Street", "House", "Hall", "Talks", "Summit", "Conference", "Meeting",
	"War", "Deal", "Framework", "Report", "Day", "Week", "Year", "Fund", "Shoal", "Strait",
};

static const char *const place_prepositions[] = {
	"in", "at", "near", "outside", "from", "to", "into", "across", "around", "via", "In", "At",
};

static const char *const honorifics[] = {"Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Dame"};
static const char *const reporting_verbs[] = {
	"said", "says", "told", "added", "stated", "noted", "wrote",
	"announced", "warned", "urged", "argued", "explained", "insisted", "asked", "recalled",
	"confirmed", "stressed", "declared",
};

/* Occupations written before a name, in lower case: "musician Tiziano
 * Lugli", "biologist Nick Bos". */
static const char *const occupations[] = {
	"musician", "biologist", "scientist", "physicist", "chemist", "professor", "researcher", "economist",
	"analyst", "journalist", "reporter", "writer", "author", "novelist", "poet", "actor", "actress",
	"singer", "artist", "painter", "director", "producer", "composer", "lawyer", "attorney", "activist",
	"historian", "philosopher", "linguist", "astronomer", "astronaut", "engineer", "architect",
	"photographer", "designer", "diplomat", "politician", "legislator", "lawmaker", "candidate",
	"businessman", "businesswoman", "entrepreneur", "investor", "banker", "coach", "player",
	"striker", "goalkeeper", "midfielder", "defender", "athlete", "runner", "cyclist", "boxer",
	"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "founder", "owner",
	"chef", "doctor", "surgeon", "nurse", "teacher", "student", "priest", "cleric", "imam",
	"rabbi", "bishop", "judge", "prosecutor", "detective", "officer", "soldier", "general",
	"commander", "colonel", "captain", "meteorologist", "geologist", "psychologist", "sociologist",
	"anthropologist", "archaeologist", "mathematician", "comedian", "filmmaker", "columnist",
	"editor", "blogger", "cartoonist", "magician", "dancer", "drummer", "guitarist", "pianist",
	"rapper", "presenter", "host", "commentator", "critic", "curator", "mayor", "senator", "governor",
};

/* Words through which a country acts: "Chinese officials", "the Japanese
 * government", "Russian troops". */
static const char *const state_words[] = {
	"government", "governments", "officials", "official", "authorities", "ministry", "military", "army",
	"navy", "forces", "troops", "embassy", "delegation", "diplomats", "diplomat", "leaders", "leader",
	"state", "regime", "administration", "parliament", "police", "coast", "negotiators", "envoy",
	"spokesman", "spokeswoman", "media", "warships", "ships", "aircraft", "jets", "vessels",
	"Government", "Ministry", "Embassy", "Army", "Navy", "Air", "Coast", "Parliament",
};

/* Words that end the name of a thing, not of an actor: documents, events,
 * prizes ("Mutual Defense Treaty", "International Health Regulations",
 * "Communist Manifesto", "Nobel Prize"). */
static const char *const thing_words[] = {
	"Treaty", "Agreement", "Accord", "Accords", "Convention", "Act", "Protocol", "Pact", "Charter",
	"Declaration", "Strategy", "Initiative", "Plan", "Law", "Bill", "Talks", "Summit", "Conference",
	"War", "Deal", "Framework", "Report", "Regulations", "Rules", "Resolution", "Doctrine", "Manifesto",
	"Index", "Award", "Awards", "Prize", "Cup", "Games", "Olympics", "Championship", "Championships",
	"Festival", "Tournament", "Expo", "Exhibition", "Crisis", "Revolution", "Mission", "License", "Licence",
	"Constitution", "Code", "Directive", "Reform", "Regulation", "Guidelines",
};

/* Nouns after which "of X" names a place: "the city of Mosul", "the Melbourne
 * suburb of Preston". */
static const char *const place_nouns[] = {
	"city", "town", "village", "suburb", "province", "state", "region", "district", "county", "island",
	"islands", "port", "capital", "municipality", "prefecture", "governorate", "neighbourhood",
	"neighborhood", "kingdom", "republic", "emirate", "territory", "department", "commune", "oblast",
};

/* Creeds, peoples' adjectives, beliefs and tongues: named alone ("a
 * devout Catholic", "in English") they are no actor, as a people in the
 * plural may be ("Kurds protested"); in a longer name they may be too
 * ("Catholic Church"). */
static const char *const creed_words[] = {
	"Catholic", "Protestant", "Christian", "Muslim", "Moslem", "Jewish", "Jew", "Hindu", "Buddhist", "Sikh",
	"Sunni", "Shia", "Shiite", "Shi'ite", "Orthodox", "Anglican", "Evangelical", "Lutheran", "Methodist",
	"Baptist", "Mormon", "Catholicism", "Christianity", "Islam", "Judaism", "Hinduism", "Buddhism",
	"Protestantism", "Freemasonry", "Arab", "Kurd", "Kurdish", "Latino", "Hispanic", "Scottish", "English",
	"Welsh", "Basque", "Catalan", "Flemish", "Tamil", "Pashtun", "Uighur", "Uyghur", "Rohingya",
	"Yazidi", "Druze", "Alawite", "Maori", "Aboriginal", "Indigenous", "Roman", "Latin", "Esperanto",
	"Western", "Eastern", "Northern", "Southern", "Asian", "African", "European", "Jihadist", "Islamist",
	"Zionist", "Marxist", "Communist", "Nazi", "Ottoman", "Soviet", "Byzantine",
};

/* The parts of the world that come before a people's adjective ("East
 * Asian", "Latin American"). */
static const char *const compass_words[] = {
	"North", "South", "East", "West", "Central", "Northeast", "Northwest", "Southeast", "Southwest", "Latin",
	"Sub-Saharan", "Middle",
};

/* Each list as a hash set, made at its first use and kept for the run:
 * the rules ask about every word, many times.  Files are extracted on
 * several threads at once: the first use builds under a lock, and a set
 * is read only once it is whole. */
struct word_set {
	const char *const *list;
	size_t n;
	bool nocase;
	atomic_bool built;
	struct strmap map;
};

static pthread_mutex_t building = PTHREAD_MUTEX_INITIALIZER;

static bool in_set(struct word_set *set, const char *text, const struct word *w)
{
	size_t len = w->end - w->start;
	char low[64];
	if (len == 0 || len >= sizeof low)
		return false;
	if (!atomic_load_explicit(&set->built, memory_order_acquire)) {
		pthread_mutex_lock(&building);
		for (size_t i = 0; !atomic_load_explicit(&set->built, memory_order_relaxed) && i < set->n; i++) {
			size_t n = strlen(set->list[i]);
			char key[64];
			for (size_t k = 0; k < n && k < sizeof key; k++)
				key[k] = set->nocase ? (char)tolower((unsigned char)set->list[i][k]) : set->list[i][k];
			strmap_put(&set->map, key, n < sizeof key ? n : sizeof key, 1);
		}
		atomic_store_explicit(&set->built, true, memory_order_release);
		pthread_mutex_unlock(&building);
	}
	for (size_t k = 0; k < len; k++)
		low[k] = set->nocase ? (char)tolower((unsigned char)text[w->start + k]) : text[w->start + k];
	int one;
	return strmap_get(&set->map, low, len, &one);
}

/* A word_is_ function over one list; cond must hold too. */
#define WORD_SET(fn, list, nocase, cond)                                                         \
	bool fn(const char *text, const struct word *w)                                           \
	{                                                                                         \
		static struct word_set set = {list, sizeof list / sizeof *list, nocase, false, {0}}; \
		return (cond) && in_set(&set, text, w);                                           \
	}

bool word_is(const char *text, const struct word *w, const char *s)
{
	return strlen(s) == w->end - w->start && strncmp(s, text + w->start, w->end - w->start) == 0;
}

WORD_SET(word_is_stopword, stopwords, false, true)
WORD_SET(word_is_role_noun, role_nouns, true, true)
WORD_SET(word_is_role_modifier, role_modifiers, false, w->cap)
WORD_SET(word_is_org_word, org_words, false, w->cap)
WORD_SET(word_is_connector, connectors, false, true)
WORD_SET(word_is_honorific, honorifics, false, true)
WORD_SET(word_is_non_name, non_name_words, false, true)
WORD_SET(word_is_place_preposition, place_prepositions, false, true)
WORD_SET(word_is_reporting_verb, reporting_verbs, false, true)
WORD_SET(word_is_occupation, occupations, false, true)
WORD_SET(word_is_state_word, state_words, false, true)
WORD_SET(word_is_thing_word, thing_words, false, true)
WORD_SET(word_is_place_noun, place_nouns, false, true)
WORD_SET(word_is_creed, creed_words, false, true)
WORD_SET(word_is_compass, compass_words, false, true)

/* Opening quotes and brackets: “ ‘ " ' ( [ */
static size_t opener_len(const char *s, size_t n)
{
	if (n >= 1 && (s[0] == '"' || s[0] == '\'' || s[0] == '(' || s[0] == '['))
		return 1;
	if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    ((unsigned char)s[2] == 0x9C || (unsigned char)s[2] == 0x98))
		return 3;
	return 0;
}

/* Closing quotes, brackets and punctuation at the end of a token. */
static size_t closer_len(const char *s, size_t end, size_t start)
{
	if (end > start) {
		char c = s[end - 1];
		if (strchr("\"')],;:.!?", c))
			return 1;
	}
	if (end >= start + 3 && (unsigned char)s[end - 3] == 0xE2 && (unsigned char)s[end - 2] == 0x80 &&
	    ((unsigned char)s[end - 1] == 0x9D || (unsigned char)s[end - 1] == 0x99))
		return 3;
	return 0;
}

static bool is_cap(const char *s, size_t n)
{
	unsigned char c = (unsigned char)s[0];
	if (isupper(c))
		return true;
	/* Latin-1 capitals À..Þ */
	return n >= 2 && c == 0xC3 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9E;
}

static void push(struct words *out, const char *text, size_t s, size_t e, bool initial)
{
	size_t k;
	struct word w = {.start = s, .end = e, .initial = initial};
	/* trailing punctuation tells where a name run must stop */
	while ((k = closer_len(text, w.end, w.start)) > 0) {
		char c = text[w.end - 1];
		/* "U.S." keeps its dots, and "Jr." is part of a name */
		if (c == '.' && w.end - w.start >= 2 && memchr(text + w.start, '.', w.end - w.start - 1))
			break;
		if (c == '.' && w.end - w.start == 3 &&
		    (memcmp(text + w.start, "Jr", 2) == 0 || memcmp(text + w.start, "Sr", 2) == 0))
			break;
		if (c == ',' || c == ';' || c == ':')
			w.comma = true;
		if (c == '.' || c == '!' || c == '?')
			w.stop = true;
		w.end -= k;
	}
	/* possessive: Japan's, Japan’s */
	if (w.end - w.start > 2 && text[w.end - 2] == '\'' && text[w.end - 1] == 's')
		w.end -= 2;
	else if (w.end - w.start > 4 && memcmp(text + w.end - 4, "\xE2\x80\x99s", 4) == 0)
		w.end -= 4;
	if (w.end <= w.start)
		return;
	w.cap = is_cap(text + w.start, w.end - w.start);
	out->v = xgrow(out->v, &out->cap, out->n + 1, sizeof *out->v);
	out->v[out->n++] = w;
}

void words_split(const char *text, size_t start, size_t end, struct words *out)
{
	size_t i = start;
	bool initial = true;
	while (i < end) {
		while (i < end && text[i] == ' ')
			i++;
		size_t s = i;
		while (i < end && text[i] != ' ')
			i++;
		if (s == i)
			break;
		size_t o;
		bool quoted = false;
		while ((o = opener_len(text + s, i - s)) > 0 && s + o < i) {
			s += o;
			quoted = true;
		}
		/* "US-Japan": two words when both sides are capitalized */
		size_t h = s;
		struct word whole = {.start = s, .end = i};
		while (whole.end > whole.start && strchr(",;:.", text[whole.end - 1]))
			whole.end--;
		bool keep_whole = word_is_role_noun(text, &whole);
		for (size_t k = s + 1; !keep_whole && k + 1 < i; k++)
			if (text[k] == '-' && is_cap(text + k + 1, i - k - 1) && is_cap(text + h, k - h)) {
				push(out, text, h, k, initial || quoted);
				initial = quoted = false;
				h = k + 1;
			}
		push(out, text, h, i, initial || quoted);
		initial = false;
	}
}
