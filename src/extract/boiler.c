/* boiler.c - boilerplate lines and photo credits.
 *
 * Like jusText, each line is judged on its own: scraped pages leave short
 * lines with no sentence in them (credits, "TT", "Advertisement") and trailers
 * that are about the page rather than the story. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "brief/boiler.h"
#include "brief/utf8.h"

/* Whole lines that are page furniture (compared without case, a final ':'
 * ignored). */
static const char *const noise_lines[] = {
	"advertisement", "advertisements", "advertising", "sponsored", "sponsored content",
	"story continues below", "story continues below advertisement",
	"scroll to continue with content", "continue reading", "share", "share this",
	"share this article", "share this story", "subscribe", "subscribe now", "sign up",
	"related", "related articles", "related stories", "related content", "most read",
	"most popular", "listen to this article", "skip to content", "skip to main content",
	"print", "email", "comments", "follow us", "top stories", "recommended",
};

/* Line openings that mark a trailer, a teaser for another story or a notice. */
static const char *const noise_prefixes[] = {
	"read more:", "read more ", "read also:", "also read:", "see also:", "related:",
	"recommended:", "sign up for ", "click here", "follow us on ", "subscribe to ",
	"copyright \xC2\xA9", "copyright (c)", "\xC2\xA9", "all rights reserved", "watch:", "video:", "listen:",
	"(reporting by ", "(additional reporting by ", "(writing by ", "(editing by ",
	"(compiled by ", "(reporting and writing by ", "(this story has been ",
	"reporting by ", "additional reporting by ", "writing by ", "editing by ",
	"(c) ",
};

/* Agencies and picture desks that sign photo credits. */
static const char *const credit_words[] = {
	"AFP", "Reuters", "REUTERS", "AP", "EPA", "EPA-EFE", "Getty", "Xinhua", "Kyodo",
	"Yonhap", "Anadolu", "Bloomberg", "Photo", "photo", "Photos", "Courtesy", "File",
	"ANSA", "dpa", "TASS", "Sputnik", "AAP", "PA", "Shutterstock", "Handout", "HANDOUT",
	"Pool", "POOL", "TT", "NTB", "Ritzau", "Lehtikuva", "Jiji", "UPI", "Imago",
};

static bool has_prefix_nocase(const char *s, size_t n, const char *prefix)
{
	size_t p = strlen(prefix);
	return n >= p && strncasecmp(s, prefix, p) == 0;
}

static size_t count_words(const char *s, size_t n)
{
	size_t words = 0;
	bool in = false;
	for (size_t i = 0; i < n; i++) {
		bool space = s[i] == ' ' || s[i] == '\t';
		if (!space && !in)
			words++;
		in = !space;
	}
	return words;
}

static bool is_credit_word(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof credit_words / sizeof *credit_words; i++)
		if (strlen(credit_words[i]) == n && memcmp(credit_words[i], w, n) == 0)
			return true;
	return false;
}

/* A word that names a picture agency or desk: listed, or in capitals. */
static bool is_agency_word(const char *w, size_t n)
{
	if (n == 0)
		return false;
	if (is_credit_word(w, n))
		return true;
	for (size_t i = 0; i < n; i++)
		if (!isupper((unsigned char)w[i]) && w[i] != '-')
			return false;
	return n >= 2;
}

/* Walk the words of s[0..n) (split at spaces and slashes): each must be
 * capitalized (or, with digits, a number), an agency or one of the small
 * words.  Returns how many words there are, or 0 when one is none of
 * these; *named counts those that are more than a small word. */
static size_t name_words(const char *s, size_t n, bool digits, const char *const *small,
			 size_t nsmall, size_t *named)
{
	size_t words = 0, i = 0;
	*named = 0;
	while (i < n) {
		while (i < n && (s[i] == ' ' || s[i] == '/'))
			i++;
		size_t w = i;
		while (i < n && s[i] != ' ' && s[i] != '/')
			i++;
		if (i == w)
			break;
		words++;
		unsigned char c = (unsigned char)s[w];
		bool ok = isupper(c) || (digits && isdigit(c)) || c >= 0xC3 || is_credit_word(s + w, i - w);
		*named += ok;
		for (size_t k = 0; !ok && k < nsmall; k++)
			ok = strlen(small[k]) == i - w && strncasecmp(small[k], s + w, i - w) == 0;
		if (!ok)
			return 0;
	}
	return words;
}

/* Every word is capitalized, a connector, or an agency: a name-like run. */
static bool name_like(const char *s, size_t n, size_t max_words)
{
	static const char *const connectors[] = {"via", "for", "of", "and", "de", "van", "von", "-", "by"};
	size_t named, words = name_words(s, n, false, connectors, sizeof connectors / sizeof *connectors,
					 &named);
	return words > 0 && words <= max_words;
}

static bool mentions_agency(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		while (i < n && !isalpha((unsigned char)s[i]))
			i++;
		size_t w = i;
		while (i < n && (isalpha((unsigned char)s[i]) || s[i] == '-'))
			i++;
		if (i > w && is_credit_word(s + w, i - w))
			return true;
	}
	return false;
}

/* The labels that open a credit: "Photo: AP", "Image: Twitter / Barack Obama". */
static const char *const credit_labels[] = {
	"photo:", "photo by ", "photograph:", "photos:", "picture:", "image:", "video:", "credit:",
	"photo credit:", "file photo:", "pictured:",
};

static size_t credit_label_len(const char *s, size_t n)
{
	for (size_t i = 0; i < sizeof credit_labels / sizeof *credit_labels; i++)
		if (has_prefix_nocase(s, n, credit_labels[i]))
			return strlen(credit_labels[i]);
	return 0;
}

/* What a label is followed by at the end of a caption: names, agencies and
 * licences ("Jane Doe for The Guardian", "Miharris & Acphillips",
 * "Wikimedia Commons / CC BY-SA 4.0."), never a sentence ("the new wing
 * opens next week"), so a label in body text does not make it a caption. */
static bool credit_names(const char *s, size_t n)
{
	static const char *const small[] = {"via", "for", "of", "and", "de", "van", "von", "by",
					    "the", "courtesy", "&", "-", "|"};
	while (n && (s[n - 1] == '.' || s[n - 1] == ' '))
		n--;
	size_t named, words = name_words(s, n, true, small, sizeof small / sizeof *small, &named);
	return named && words <= 12;
}

/* A credit on its own line, or (trailing) one that ends a caption: there a
 * labelled credit must name someone, as the line's text is otherwise kept. */
static bool is_credit(const char *s, size_t n, bool trailing)
{
	while (n && s[n - 1] == ' ')
		n--;
	while (n && *s == ' ')
		s++, n--;
	if (n == 0)
		return false;
	if (s[0] == '(' && s[n - 1] == ')') {
		/* "(AFP)", "(AP Photo/Eugene Hoshiko)", "(Photo by X/AFP via Getty Images)" */
		const char *in = s + 1;
		size_t m = n - 2;
		size_t label = credit_label_len(in, m);
		if (label)
			return trailing ? credit_names(in + label, m - label) : count_words(in, m) <= 12;
		return (memchr(in, '/', m) || mentions_agency(in, m)) && name_like(in, m, 8);
	}
	size_t label = credit_label_len(s, n);
	if (label)
		return trailing ? credit_names(s + label, n - label) : count_words(s, n) <= 12;
	if (n >= 12 && memcmp(s + n - 12, "Getty Images", 12) == 0)
		return name_like(s, n, 8);
	/* "REUTERS/Issei Kato", "AP Photo/Eugene Hoshiko", "Kyodo/via REUTERS" */
	if (memchr(s, '/', n) && name_like(s, n, 8)) {
		const char *slash = memchr(s, '/', n);
		const char *last = slash, *more;
		while ((more = memchr(last + 1, '/', n - (size_t)(last + 1 - s))) != NULL)
			last = more;
		/* "Reuters/Ipsos Poll Shows Biden Lead" is a headline: after the
		 * last slash a credit has a name or an agency, a few words at most. */
		if (count_words(last + 1, n - (size_t)(last + 1 - s)) > 4)
			return false;
		return mentions_agency(s, (size_t)(slash - s) + 1) || mentions_agency(slash, n - (size_t)(slash - s));
	}
	return count_words(s, n) == 1 && is_credit_word(s, n);
}

bool boiler_is_credit(const char *s, size_t n)
{
	return is_credit(s, n, false);
}

/* "Copyright 2024 Reuters": the word followed by a year. */
static bool is_copyright_notice(const char *s, size_t n)
{
	return has_prefix_nocase(s, n, "copyright ") && n > 10 && isdigit((unsigned char)s[10]);
}

static bool is_noise_line(const char *s, size_t n)
{
	if (is_copyright_notice(s, n))
		return true;
	size_t m = n;
	if (m && s[m - 1] == ':')
		m--;
	for (size_t i = 0; i < sizeof noise_lines / sizeof *noise_lines; i++)
		if (strlen(noise_lines[i]) == m && strncasecmp(noise_lines[i], s, m) == 0)
			return true;
	for (size_t i = 0; i < sizeof noise_prefixes / sizeof *noise_prefixes; i++)
		if (has_prefix_nocase(s, n, noise_prefixes[i]))
			return true;
	return false;
}

/* Letters and digits beyond ASCII: everything from U+00C0 except the
 * punctuation and symbol blocks (bullets, dashes, arrows, shapes, CJK marks). */
static bool is_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return isalnum((int)cp);
	if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7)
		return false;
	if ((cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
	    (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0x1F000 && cp <= 0x1FAFF))
		return false;
	return true;
}

/* A line of neither letters nor digits ("***", "• • •", "———"), or a stray
 * token of up to three characters ("TT"). */
static bool is_stray(const char *s, size_t n)
{
	bool word = false;
	for (size_t i = 0; i < n && !word;) {
		uint32_t cp;
		size_t len = utf8_decode(s + i, n - i, &cp);
		if (!len) {
			i++;
			continue;
		}
		word = is_word_cp(cp);
		i += len;
	}
	if (!word)
		return true;
	return n <= 3 && !memchr(s, ' ', n);
}

/* "By Jane Doe", "By Jane Doe and John Roe, Reuters" */
static bool is_byline(const char *s, size_t n)
{
	if (!has_prefix_nocase(s, n, "by ") || n > 80)
		return false;
	/* "By The Numbers", "By A Landslide": a heading, not a name */
	if (has_prefix_nocase(s + 3, n - 3, "the ") || has_prefix_nocase(s + 3, n - 3, "a ") ||
	    has_prefix_nocase(s + 3, n - 3, "an ") || has_prefix_nocase(s + 3, n - 3, "our "))
		return false;
	for (size_t i = 0; i < n; i++)
		if (isdigit((unsigned char)s[i]) || s[i] == '.')
			return false;
	for (size_t i = 3; i < n; i++)
		if (s[i] == ',')
			n = i; /* ", Reuters" or ", Staff writer" */
	return name_like(s + 3, n - 3, 7);
}

/* Where a caption's credit begins: after the last sentence end, at the last
 * opening parenthesis, or at the agency words before the last slash. */
static size_t credit_start(const char *s, size_t n)
{
	/* Credits are short: only the last 160 bytes can hold one. */
	for (size_t i = n; i-- > 1 && n - i < 160;) {
		if (s[i] == ' ' && (s[i - 1] == '.' || s[i - 1] == ')' ||
				    ((unsigned char)s[i - 1] == 0x9D && i >= 3)))
			if (is_credit(s + i + 1, n - i - 1, true))
				return i + 1;
	}
	if (s[n - 1] == ')') {
		for (size_t i = n; i-- > 0;)
			if (s[i] == '(') {
				if (i > 0 && is_credit(s + i, n - i, true))
					return i;
				break;
			}
	}
	/* "REUTERS/Name", "AP Photo/Name", "Kyodo/via REUTERS": agency words run
	 * back from the first slash of the tail; "Jane Doe/Reuters": the
	 * photographer's first name is one word before it. */
	size_t from = n > 160 ? n - 160 : 0;
	const char *slash = memchr(s + from, '/', n - from);
	if (slash) {
		size_t w = (size_t)(slash - s);
		while (w > 0 && s[w - 1] != ' ')
			w--;
		size_t start = w;
		if (is_agency_word(s + w, (size_t)(slash - s) - w)) {
			while (start > 1) {
				size_t end_prev = start - 1, k = end_prev;
				while (k > 0 && s[k - 1] != ' ')
					k--;
				if (!is_agency_word(s + k, end_prev - k))
					break;
				start = k;
			}
		} else if (start > 1) {
			size_t k = start - 1;
			while (k > 0 && s[k - 1] != ' ')
				k--;
			if (isupper((unsigned char)s[k]))
				start = k;
		}
		if (start > 0 && is_credit(s + start, n - start, true))
			return start;
	}
	return n;
}

enum boiler_class boiler_classify(const char *s, size_t n, size_t *keep)
{
	*keep = n;
	if (n == 0 || is_stray(s, n) || is_noise_line(s, n) || is_byline(s, n) ||
	    boiler_is_credit(s, n))
		return BOILER_DROP;
	size_t c = credit_start(s, n);
	if (c == n)
		return BOILER_TEXT;
	while (c > 0 && s[c - 1] == ' ')
		c--;
	if (count_words(s, c) < 3)
		return BOILER_DROP;
	*keep = c;
	return BOILER_CAPTION;
}
