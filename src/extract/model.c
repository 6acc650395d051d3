/* model.c - a tagger's model file: read, checked, written. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "brief/model.h"

enum { HEADER_BYTES = 8 + 4 * 4 + 4 + 8, MAX_BITS = 24 };

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t fnv(const unsigned char *p, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static int refuse(const char *path, const char *why)
{
	return err_set("%s: not a brief model (%s); run make model, or reinstall brief", path, why);
}

int model_load(struct model *m, const char *path, const struct model_kind *kind)
{
	memset(m, 0, sizeof *m);
	FILE *f = fopen(path, "rb");
	if (!f)
		return err_set("%s: cannot read the name model: %s", path, strerror(errno));
	unsigned char h[HEADER_BYTES];
	int rc = BRIEF_ERR;
	unsigned char *data = NULL;
	if (fread(h, 1, sizeof h, f) != sizeof h || memcmp(h, "BRIEF", 5) != 0) {
		refuse(path, "no model header");
		goto done;
	}
	uint32_t version = get32(h + 8), features = get32(h + 12), bits = get32(h + 16), labels = get32(h + 20);
	if (version != MODEL_VERSION) {
		refuse(path, "a format this brief does not read");
		goto done;
	}
	if (memcmp(h, kind->magic, sizeof kind->magic) != 0) {
		refuse(path, "a model for another tagger");
		goto done;
	}
	if (features != kind->features || labels != kind->labels || bits < 8 || bits > MAX_BITS) {
		refuse(path, "made for other features");
		goto done;
	}
	uint32_t scale_bits = get32(h + 24);
	float scale;
	memcpy(&scale, &scale_bits, sizeof scale);
	uint64_t sum = (uint64_t)get32(h + 28) | (uint64_t)get32(h + 32) << 32;
	size_t count = ((size_t)1 << bits) * labels, bytes = count * 2;
	data = xmalloc(bytes + 1);
	/* exactly the weights, nothing missing and nothing after */
	if (fread(data, 1, bytes + 1, f) != bytes) {
		refuse(path, "the file is cut short or too long");
		goto done;
	}
	if (fnv(data, bytes) != sum) {
		refuse(path, "the weights are damaged");
		goto done;
	}
	if (!(scale > 0) || scale > 1e6f) {
		refuse(path, "a bad scale");
		goto done;
	}
	m->bits = bits;
	m->labels = labels;
	m->scale = scale;
	m->w = xmalloc(count * sizeof *m->w);
	for (size_t i = 0; i < count; i++)
		m->w[i] = (int16_t)(uint16_t)(data[2 * i] | data[2 * i + 1] << 8);
	model_prepare(m);
	rc = BRIEF_OK;
done:
	free(data);
	fclose(f);
	return rc;
}

int model_save(const struct model *m, const char *path, const struct model_kind *kind)
{
	size_t count = ((size_t)1 << m->bits) * m->labels, bytes = count * 2;
	unsigned char *data = xmalloc(bytes);
	for (size_t i = 0; i < count; i++) {
		uint16_t v = (uint16_t)m->w[i];
		data[2 * i] = (unsigned char)(v & 0xFF);
		data[2 * i + 1] = (unsigned char)(v >> 8);
	}
	unsigned char h[HEADER_BYTES];
	memcpy(h, kind->magic, sizeof kind->magic);
	put32(h + 8, MODEL_VERSION);
	put32(h + 12, kind->features);
	put32(h + 16, m->bits);
	put32(h + 20, m->labels);
	uint32_t scale_bits;
	memcpy(&scale_bits, &m->scale, sizeof scale_bits);
	put32(h + 24, scale_bits);
	uint64_t sum = fnv(data, bytes);
	put32(h + 28, (uint32_t)sum);
	put32(h + 32, (uint32_t)(sum >> 32));
	FILE *f = fopen(path, "wb");
	int rc = BRIEF_OK;
	if (!f || fwrite(h, 1, sizeof h, f) != sizeof h || fwrite(data, 1, bytes, f) != bytes)
		rc = err_set("%s: cannot write the model: %s", path, strerror(errno));
	if (f && fclose(f) != 0 && rc == BRIEF_OK)
		rc = err_set("%s: cannot write the model: %s", path, strerror(errno));
	free(data);
	return rc;
}

void model_prepare(struct model *m)
{
	/* rows of up to eight labels are laid out eight wide for scoring */
	free(m->rows);
	m->stride = m->labels <= 8 ? 8 : m->labels;
	size_t rows = (size_t)1 << m->bits;
	m->rows = xcalloc(rows * m->stride, sizeof *m->rows);
	for (size_t r = 0; r < rows; r++)
		memcpy(m->rows + r * m->stride, m->w + r * m->labels, m->labels * sizeof *m->w);
}

void model_free(struct model *m)
{
	free(m->rows);
	free(m->w);
	memset(m, 0, sizeof *m);
}

void model_score(const void *weights, const uint64_t *features, size_t n, float *scores)
{
	const struct model *m = weights;
	uint64_t mask = ((uint64_t)1 << m->bits) - 1;
	uint32_t labels = m->labels, stride = m->stride;
	int32_t sum[MODEL_MAX_LABELS] = {0};
	if (stride == 8) {
		/* the name tagger's rows: eight lanes the compiler adds at once */
		int32_t s8[8] = {0};
		for (size_t i = 0; i < n; i++) {
			const int16_t *row = m->rows + (features[i] & mask) * 8;
			for (int l = 0; l < 8; l++)
				s8[l] += row[l];
		}
		memcpy(sum, s8, sizeof s8);
	} else {
		for (size_t i = 0; i < n; i++) {
			const int16_t *row = m->rows + (features[i] & mask) * stride;
			for (uint32_t l = 0; l < labels; l++)
				sum[l] += row[l];
		}
	}
	for (uint32_t l = 0; l < labels; l++)
		scores[l] = (float)sum[l] * m->scale;
}
