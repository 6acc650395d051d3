/* test_sha256.c - content hashes match the FIPS 180-4 test vectors. */
#include <stdlib.h>
#include <string.h>

#include "support.h"

#include "brief/sha256.h"

static void hash_once(const void *data, size_t n, char out[65])
{
	struct sha256 c;
	sha256_init(&c);
	sha256_update(&c, data, n);
	sha256_hex(&c, out);
}

static char *repeat_a(size_t n)
{
	char *s = malloc(n + 1);
	assert_non_null(s);
	memset(s, 'a', n);
	s[n] = '\0';
	return s;
}

static void test_empty_input_digest(void **state)
{
	char hex[65];
	struct sha256 c;
	sha256_init(&c);
	sha256_hex(&c, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	hash_once("", 0, hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void test_abc_digest(void **state)
{
	char hex[65];
	hash_once("abc", 3, hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	assert_int_equal(strlen(hex), 64);
}

static void test_56_byte_two_block_digest(void **state)
{
	static const char msg[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	char hex[65];
	assert_int_equal(sizeof msg - 1, 56);
	hash_once(msg, sizeof msg - 1, hex);
	assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_112_byte_digest(void **state)
{
	static const char msg[] = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
				  "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
	char hex[65];
	assert_int_equal(sizeof msg - 1, 112);
	hash_once(msg, sizeof msg - 1, hex);
	assert_string_equal(hex, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

/* Lengths around the padding boundaries (55/56 bytes, one and two blocks),
 * checked against sha256sum. */
static void test_lengths_around_block_boundaries(void **state)
{
	static const struct {
		size_t n;
		const char *hex;
	} cases[] = {
		{55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
		{56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
		{63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
		{64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
		{65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
		{119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
		{120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
		{127, "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a"},
		{128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char *s = repeat_a(cases[i].n);
		char hex[65];
		hash_once(s, cases[i].n, hex);
		free(s);
		assert_string_equal(hex, cases[i].hex);
	}
}

static void test_million_a_in_uneven_chunks_equals_at_once(void **state)
{
	const size_t n = 1000000;
	char *s = repeat_a(n);
	char whole[65], chunked[65];
	hash_once(s, n, whole);

	struct sha256 c;
	sha256_init(&c);
	size_t off = 0, step = 0;
	while (off < n) {
		/* 0, 1, 2, ... 130 bytes, then again: crosses every block offset */
		size_t take = step % 131;
		if (take > n - off)
			take = n - off;
		sha256_update(&c, s + off, take);
		off += take;
		step++;
	}
	sha256_hex(&c, chunked);
	free(s);
	assert_string_equal(whole, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	assert_string_equal(chunked, whole);
}

static void test_text_in_uneven_chunks_equals_at_once(void **state)
{
	static const char text[] =
		"In response to growing concern over the threat presented by China and its ties to "
		"Russia, the US and Japan announced plans to enhance defense cooperation on land, at "
		"sea, and in space.\nUS-Japan Ties\nJapan\xE2\x80\x99s space assets.\n";
	static const size_t chunks[] = {1, 63, 2, 64, 7, 65, 0, 13};
	const size_t n = sizeof text - 1;
	char whole[65], chunked[65];
	hash_once(text, n, whole);

	struct sha256 c;
	sha256_init(&c);
	size_t off = 0;
	for (size_t i = 0; off < n; i++) {
		size_t take = chunks[i % (sizeof chunks / sizeof *chunks)];
		if (take > n - off)
			take = n - off;
		sha256_update(&c, text + off, take);
		off += take;
	}
	sha256_hex(&c, chunked);
	assert_string_equal(chunked, whole);
	/* and a different text gives a different digest */
	hash_once(text, n - 1, chunked);
	assert_string_not_equal(chunked, whole);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_input_digest),
		cmocka_unit_test(test_abc_digest),
		cmocka_unit_test(test_56_byte_two_block_digest),
		cmocka_unit_test(test_112_byte_digest),
		cmocka_unit_test(test_lengths_around_block_boundaries),
		cmocka_unit_test(test_million_a_in_uneven_chunks_equals_at_once),
		cmocka_unit_test(test_text_in_uneven_chunks_equals_at_once),
	};
	return cmocka_run_group_tests_name("sha256", tests, NULL, NULL);
}
