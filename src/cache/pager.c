/* pager.c - a list read a window at a time by its sort key.
 *
 * A window keeps the keys of the rows it last read, so the next window is
 * found by seeking in the list's index from one of them ("the rows after
 * this key"), not by walking past every row above it: the cost of a move
 * does not grow with the list, and rows added while paging neither repeat
 * nor hide the rows already listed.  A key of several columns in mixed
 * directions is sought in segments: the rows after (k1, k2, k3) are those
 * with k1, k2 equal and k3 beyond, then k1 equal and k2 beyond, then k1
 * beyond; each segment is a range of the index in its own order.  Only a
 * jump to a place no window holds (the middle of a long list) walks, from
 * the nearer end. */
#include <stdlib.h>
#include <string.h>

#include "brief/error.h"
#include "brief/mem.h"
#include "brief/pager.h"
#include "cache_internal.h"

/* ?1 is the scope, ?2.. the key, then the limit and the offset */
enum { PARAM_KEY = 2, PARAM_LIMIT = 20, PARAM_OFFSET = 21 };

struct pager {
	const struct pager_list *list;
	struct pager_scope scope;
	long offset;            /* of the first row read */
	int n;                  /* rows read */
	sqlite3_value **keys;   /* n * list->nkeys */
};

struct pager *pager_new(void)
{
	return xcalloc(1, sizeof(struct pager));
}

void pager_reset(struct pager *p)
{
	if (!p)
		return;
	int nkeys = p->list ? p->list->nkeys : 0;
	for (int i = 0; i < p->n * nkeys; i++)
		sqlite3_value_free(p->keys[i]);
	p->n = 0;
	p->list = NULL;
	free(p->scope.text);
	p->scope.text = NULL;
}

void pager_free(struct pager *p)
{
	if (!p)
		return;
	pager_reset(p);
	free(p->keys);
	free(p);
}

/* A window read for another list, or another actor's, holds no key of
 * this one. */
static bool same_list(const struct pager *p, const struct pager_list *l, const struct pager_scope *s)
{
	if (p->list != l || p->scope.id != s->id || !p->scope.text != !s->text)
		return false;
	return !s->text || strcmp(p->scope.text, s->text) == 0;
}

enum seek {
	SEEK_FIRST,  /* from the first row */
	SEEK_LAST,   /* back from the last row */
	SEEK_AFTER,  /* the rows after a key */
	SEEK_FROM,   /* the row of a key and those after it */
	SEEK_BEFORE, /* back from the row before a key */
};

/* The condition of segment j: keys 0..j-1 equal to the key's (bound
 * from ?2), key j beyond it in the list's order (or before it, back), or
 * at it too (from). */
static void beyond(struct buf *sql, const struct pager_list *l, bool back, int j, bool from)
{
	for (int k = 0; k < j; k++)
		buf_printf(sql, " AND (%s) IS ?%d", l->key[k], PARAM_KEY + k);
	bool up = l->desc[j] == back; /* the rows beyond are the greater */
	buf_printf(sql, " AND (%s) %s%s ?%d", l->key[j], up ? ">" : "<", from ? "=" : "", PARAM_KEY + j);
}

static void bind_scope(sqlite3_stmt *st, const struct pager_scope *scope)
{
	if (scope->text)
		sqlite3_bind_text(st, 1, scope->text, -1, SQLITE_STATIC);
	else
		sqlite3_bind_int64(st, 1, scope->id);
}

struct reading {
	struct cache *c;
	const struct pager_list *l;
	const char *columns;
	const struct pager_scope *scope;
	char *rows;  /* the caller's rows, of size bytes each */
	size_t size;
	pager_row_fn row;
	sqlite3_value **keys; /* read keys, limit * nkeys */
	int n, limit;
};

/* The statement of one segment: keys 0..j-1 equal to the key's, key j
 * beyond it (or at it, from), in the list's order or against it. */
static sqlite3_stmt *segment(const struct reading *r, bool back, int j, bool from, bool keyed)
{
	const struct pager_list *l = r->l;
	struct buf sql = BUF_INIT;
	buf_printf(&sql, "SELECT %s", r->columns);
	for (int k = 0; k < l->nkeys; k++)
		buf_printf(&sql, ", %s", l->key[k]);
	buf_printf(&sql, " FROM %s WHERE %s", l->from, l->scope ? l->scope : "1");
	int first = 0;
	if (keyed) {
		beyond(&sql, l, back, j, from);
		first = j;
	}
	buf_adds(&sql, " ORDER BY ");
	for (int k = first; k < l->nkeys; k++)
		buf_printf(&sql, "%s%s %s", k > first ? ", " : "", l->key[k], l->desc[k] != back ? "DESC" : "ASC");
	buf_printf(&sql, " LIMIT ?%d OFFSET ?%d", PARAM_LIMIT, PARAM_OFFSET);
	sqlite3_stmt *st = cache_prepared(r->c, sql.data);
	buf_free(&sql);
	return st;
}


/* Step one statement into the reading until its limit. */
static int read_segment(struct reading *r, sqlite3_stmt *st, const sqlite3_value *const *key, int nbound, long skip)
{
	if (!st)
		return BRIEF_ERR;
	bind_scope(st, r->scope);
	for (int k = 0; k < nbound; k++)
		sqlite3_bind_value(st, PARAM_KEY + k, key[k]);
	sqlite3_bind_int(st, PARAM_LIMIT, r->limit - r->n);
	sqlite3_bind_int64(st, PARAM_OFFSET, skip);
	int ncol = sqlite3_column_count(st) - r->l->nkeys, rc;
	while (r->n < r->limit && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		r->row(st, r->rows + (size_t)r->n * r->size);
		for (int k = 0; k < r->l->nkeys; k++) {
			sqlite3_value *v = sqlite3_value_dup(sqlite3_column_value(st, ncol + k));
			if (!v)
				err_oom();
			r->keys[r->n * r->l->nkeys + k] = v;
		}
		r->n++;
	}
	if (r->n < r->limit && rc != SQLITE_DONE) {
		int status = r->l->fail ? r->l->fail(r->c) : cache_fail(r->c, "reading the cache");
		sqlite3_reset(st);
		return status;
	}
	sqlite3_reset(st);
	return BRIEF_OK;
}

/* Up to r->limit rows from a seek, in the direction it reads. */
static int seek_rows(struct reading *r, enum seek how, const sqlite3_value *const *key, long skip)
{
	const struct pager_list *l = r->l;
	bool back = how == SEEK_LAST || how == SEEK_BEFORE;
	if (how == SEEK_FIRST || how == SEEK_LAST)
		return read_segment(r, segment(r, back, 0, false, false), key, 0, skip);
	for (int j = l->nkeys - 1; j >= 0 && r->n < r->limit; j--) {
		bool from = how == SEEK_FROM && j == l->nkeys - 1;
		if (read_segment(r, segment(r, back, j, from, true), key, j + 1, 0) != BRIEF_OK)
			return BRIEF_ERR;
	}
	return BRIEF_OK;
}

/* Rows read backwards, put in the list's order. */
static void reverse(struct reading *r)
{
	char *tmp = xcalloc(1, r->size);
	int nkeys = r->l->nkeys;
	for (int i = 0, k = r->n - 1; i < k; i++, k--) {
		memcpy(tmp, r->rows + (size_t)i * r->size, r->size);
		memcpy(r->rows + (size_t)i * r->size, r->rows + (size_t)k * r->size, r->size);
		memcpy(r->rows + (size_t)k * r->size, tmp, r->size);
		for (int m = 0; m < nkeys; m++) {
			sqlite3_value *v = r->keys[i * nkeys + m];
			r->keys[i * nkeys + m] = r->keys[k * nkeys + m];
			r->keys[k * nkeys + m] = v;
		}
	}
	free(tmp);
}

/* The window's reading, chosen by where the new one lies from the old. */
static int read_window(struct reading *r, struct pager *p, long count, long offset)
{
	int nkeys = r->l->nkeys, limit = r->limit;
	long d = offset - p->offset;
	const sqlite3_value *const *key = (const sqlite3_value *const *)p->keys;
	if (offset == 0)
		return seek_rows(r, SEEK_FIRST, NULL, 0);
	if (p->n > 0 && d >= 0 && d <= p->n)
		return d < p->n ? seek_rows(r, SEEK_FROM, key + d * nkeys, 0)
				: seek_rows(r, SEEK_AFTER, key + (p->n - 1) * nkeys, 0);
	if (p->n > 0 && d < 0 && -d <= limit) {
		/* the rows above the old window, then the old window's own */
		r->limit = (int)-d;
		if (seek_rows(r, SEEK_BEFORE, key, 0) != BRIEF_OK)
			return BRIEF_ERR;
		reverse(r);
		r->limit = limit;
		return seek_rows(r, SEEK_FROM, key, 0);
	}
	if (offset >= count - limit || offset > count / 2) {
		long below = count - offset; /* rows from offset to the end */
		long skip = below > limit ? below - limit : 0;
		r->limit = below < limit ? (int)below : limit;
		if (r->limit <= 0)
			return BRIEF_OK;
		if (seek_rows(r, SEEK_LAST, NULL, skip) != BRIEF_OK)
			return BRIEF_ERR;
		reverse(r);
		r->limit = limit;
		return BRIEF_OK;
	}
	return seek_rows(r, SEEK_FIRST, NULL, offset);
}

int pager_read(struct cache *c, struct pager *p, const struct pager_list *l, const char *columns,
	       const struct pager_scope *scope, long count, long offset, int limit, void *rows, size_t size,
	       pager_row_fn row, int *n)
{
	*n = 0;
	if (!same_list(p, l, scope)) {
		pager_reset(p);
		p->list = l;
		p->scope.id = scope->id;
		p->scope.text = scope->text ? xstrdup(scope->text) : NULL;
	}
	if (limit <= 0 || offset < 0)
		return BRIEF_OK;
	struct reading r = {c, l, columns, scope, rows, size, row,
			    xcalloc((size_t)limit * (size_t)l->nkeys + 1, sizeof *r.keys), 0, limit};
	int status = read_window(&r, p, count, offset);
	/* the old keys go, the new ones stay for the next move */
	for (int i = 0; i < p->n * l->nkeys; i++)
		sqlite3_value_free(p->keys[i]);
	free(p->keys);
	p->keys = r.keys;
	p->n = r.n;
	p->offset = offset;
	*n = r.n;
	return status;
}

/* The rows before a key are the segments of a backward seek from it,
 * each counted in its range of the index. */
int pager_position(struct cache *c, const struct pager_list *l, const struct pager_scope *scope, int64_t id,
		   long *pos)
{
	struct buf sql = BUF_INIT;
	buf_adds(&sql, "SELECT ");
	for (int k = 0; k < l->nkeys; k++)
		buf_printf(&sql, "%s%s", k ? ", " : "", l->key[k]);
	buf_printf(&sql, " FROM %s WHERE %s AND %s = ?%d", l->core, l->scope ? l->scope : "1", l->id, PARAM_LIMIT);
	sqlite3_stmt *st = cache_prepared(c, sql.data);
	buf_free(&sql);
	*pos = -1;
	if (!st)
		return BRIEF_ERR;
	bind_scope(st, scope);
	sqlite3_bind_int64(st, PARAM_LIMIT, id);
	int rc = sqlite3_step(st);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(st);
		return rc == SQLITE_DONE ? BRIEF_OK : cache_fail(c, "reading the cache");
	}
	sqlite3_value *key[PAGER_KEYS];
	for (int k = 0; k < l->nkeys; k++)
		if (!(key[k] = sqlite3_value_dup(sqlite3_column_value(st, k))))
			err_oom();
	sqlite3_reset(st);
	long before = 0;
	int status = BRIEF_OK;
	for (int j = l->nkeys - 1; j >= 0 && status == BRIEF_OK; j--) {
		buf_printf(&sql, "SELECT count(*) FROM %s WHERE %s", l->core, l->scope ? l->scope : "1");
		beyond(&sql, l, true, j, false);
		st = cache_prepared(c, sql.data);
		buf_free(&sql);
		if (!st) {
			status = BRIEF_ERR;
			break;
		}
		bind_scope(st, scope);
		for (int k = 0; k <= j; k++)
			sqlite3_bind_value(st, PARAM_KEY + k, key[k]);
		if ((rc = sqlite3_step(st)) == SQLITE_ROW)
			before += (long)sqlite3_column_int64(st, 0);
		else
			status = cache_fail(c, "reading the cache");
		sqlite3_reset(st);
	}
	for (int k = 0; k < l->nkeys; k++)
		sqlite3_value_free(key[k]);
	if (status == BRIEF_OK)
		*pos = before;
	return status;
}
