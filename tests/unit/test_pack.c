/* test_pack.c - a source's bytes kept deflated come back the same, and
 * damaged ones are refused rather than read. */
#include <string.h>

#include "support.h"

#include "brief/mem.h"
#include "brief/pack.h"

static void news(struct buf *b)
{
	for (int i = 0; i < 40; i++)
		buf_printf(b, "Paragraph %d: the ministers met in Geneva on Monday and agreed to meet again.\n\n", i);
}

static void test_text_comes_back_the_same_and_smaller(void **state)
{
	(void)state;
	struct buf text = BUF_INIT, packed = BUF_INIT, back = BUF_INIT;
	news(&text);
	assert_true(pack_bytes(text.data, text.len, &packed));
	assert_true(packed.len < text.len / 3);
	assert_true(unpack_bytes(packed.data, packed.len, text.len, &back));
	assert_int_equal(back.len, text.len);
	assert_memory_equal(back.data, text.data, text.len);
	buf_free(&text), buf_free(&packed), buf_free(&back);
}

static void test_what_would_not_shrink_is_kept_as_it_is(void **state)
{
	(void)state;
	struct buf packed = BUF_INIT;
	assert_false(pack_bytes("Short note.", 11, &packed));
	assert_int_equal(packed.len, 0);
	/* bytes with no repetition to find */
	char noise[256];
	unsigned x = 12345;
	for (size_t i = 0; i < sizeof noise; i++)
		noise[i] = (char)((x = x * 1103515245u + 12345u) >> 16);
	assert_false(pack_bytes(noise, sizeof noise, &packed));
	buf_free(&packed);
}

static void test_damaged_or_misdescribed_bytes_are_refused(void **state)
{
	(void)state;
	struct buf text = BUF_INIT, packed = BUF_INIT, back = BUF_INIT;
	news(&text);
	assert_true(pack_bytes(text.data, text.len, &packed));
	/* the wrong length, as from a row changed by hand */
	assert_false(unpack_bytes(packed.data, packed.len, text.len + 1, &back));
	assert_false(unpack_bytes(packed.data, packed.len, text.len - 1, &back));
	/* cut short, and one byte changed */
	assert_false(unpack_bytes(packed.data, packed.len / 2, text.len, &back));
	packed.data[packed.len / 2] ^= 0x55;
	assert_false(unpack_bytes(packed.data, packed.len, text.len, &back));
	assert_int_equal(back.len, 0);
	buf_free(&text), buf_free(&packed), buf_free(&back);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_comes_back_the_same_and_smaller),
		cmocka_unit_test(test_what_would_not_shrink_is_kept_as_it_is),
		cmocka_unit_test(test_damaged_or_misdescribed_bytes_are_refused),
	};
	return cmocka_run_group_tests_name("pack", tests, NULL, NULL);
}
