/* fuzz_segment.c - a whole file: decoding, then segmentation into
 * articles.  Whatever the bytes, the articles hold clean UTF-8 without a
 * control character. */
#include <string.h>

#include "brief/decode.h"
#include "brief/segment.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf text = BUF_INIT;
	struct decode_result res;
	if (text_decode((const char *)data, size, &text, &res) == DECODE_OK) {
		FUZZ_CHECK(fuzz_text_is_clean(buf_str(&text), text.len, 1));
		struct segment_options opt = {.fallback_date = {2024, 3, 1, DATE_DAY}};
		struct article_list list = {0};
		segment_text(buf_str(&text), text.len, &opt, &list);
		for (size_t i = 0; i < list.n; i++) {
			const struct article *a = &list.items[i];
			FUZZ_CHECK(a->title && fuzz_text_is_clean(a->title, strlen(a->title), 0));
			FUZZ_CHECK(a->npara > 0);
			for (size_t p = 0; p < a->npara; p++)
				FUZZ_CHECK(fuzz_text_is_clean(a->paras[p].text, strlen(a->paras[p].text), 1));
		}
		article_list_free(&list);
	}
	buf_free(&text);
	return 0;
}
