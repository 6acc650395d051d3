/* fuzz_search.c - text typed at the search prompt, run against a small
 * cache as the reader runs it: the query, its count and a page of results
 * with snippets.  A query is either accepted or refused with a message. */
#include <string.h>
#include <unistd.h>

#include "brief/browse.h"
#include "brief/cache_write.h"
#include "brief/records.h"
#include "brief/search.h"
#include "brief/segment.h"
#include "fuzz.h"

static struct cache *cache;

static const char *const stories[] = {
	"Japan and Philippines Sign Defence Pact\n\nMANILA, March 3, 2024 (Reuters) - Japan and the "
	"Philippines signed a reciprocal access agreement on Monday, officials said.\n",
	"WHO Warns of Measles Rise\n\nGENEVA, May 5, 2024 - The World Health Organization warned of a "
	"rise in measles cases in Europe. \"C++\" and café were mentioned.\n",
};

static void open_cache(void)
{
	if (cache)
		return;
	char path[256];
	const char *dir = getenv("TMPDIR");
	snprintf(path, sizeof path, "%s/brief-fuzz-search-%ld.db", dir && *dir ? dir : "/tmp", (long)getpid());
	unlink(path);
	if (cache_open(path, CACHE_WRITE, &cache) != BRIEF_OK || cache_begin(cache) != BRIEF_OK)
		abort();
	for (size_t i = 0; i < sizeof stories / sizeof *stories; i++) {
		struct article_list list = {0};
		struct segment_options opt = {.fallback_date = {0, 0, 0, DATE_NONE}};
		segment_text(stories[i], strlen(stories[i]), &opt, &list);
		char real[32];
		snprintf(real, sizeof real, "/story%zu", i);
		struct source_info src = {.path = real, .realpath = real, .hash = real, .encoding = "utf-8",
					  .raw = stories[i], .raw_len = strlen(stories[i])};
		int64_t source_id, id;
		if (cache_source_put(cache, &src, &source_id) != BRIEF_OK)
			abort();
		for (size_t k = 0; k < list.n; k++) {
			struct article_records r;
			records_make(&r, &list.items[k], NULL, NULL);
			if (cache_article_put(cache, source_id, (int)k + 1, &r.article, &id) != BRIEF_OK)
				abort();
			records_free(&r);
		}
		article_list_free(&list);
	}
	if (cache_commit(cache) != BRIEF_OK)
		abort();
	unlink(path); /* the open connection keeps it for the run */
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	open_cache();
	char *typed = fuzz_string(data, size);
	char *plain = search_plain_words(typed);
	FUZZ_CHECK(!strchr(plain, '\n') || strchr(typed, '\n'));
	free(plain);
	char *query;
	long count;
	if (search_query(cache, typed, &query, &count) == BRIEF_OK) {
		FUZZ_CHECK(count >= 0 && count <= 2);
		struct browse_filter f = {.kind = BROWSE_SEARCH, .query = query};
		struct browse_row rows[4];
		int n;
		FUZZ_CHECK(browse_page(cache, &f, NULL, 4, 0, 4, rows, &n) == BRIEF_OK);
		FUZZ_CHECK(n == count);
		browse_rows_free(rows, n);
		free(query);
	} else {
		FUZZ_CHECK(strncmp(err_get(), "search: ", 8) == 0);
	}
	free(typed);
	return 0;
}
