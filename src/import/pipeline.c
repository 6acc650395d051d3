/* pipeline.c - a ring of files in import order (see pipeline.h).
 *
 * The writer pushes at the tail and takes at the head; a worker prepares
 * the oldest queued slot it finds.  The ring holds a few files per worker:
 * enough that a worker always has one to prepare while the writer stores,
 * few enough that memory stays bounded by the largest files. */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "brief/cache.h"
#include "brief/mem.h"
#include "brief/pipeline.h"

enum { MAX_WORKERS = 8, PER_WORKER = 3 };

enum slot_state { SLOT_QUEUED, SLOT_WORKING, SLOT_READY };

struct slot {
	char *path;
	enum slot_state state;
	struct prepared prepared;
};

struct worker {
	struct pipeline *p;
	pthread_t thread;
	struct prepare_context ctx;
};

struct pipeline {
	pthread_mutex_t lock;
	pthread_cond_t changed;
	struct slot *ring;
	size_t size, head, count; /* slots [head, head + count) are in use */
	bool closing, taken;
	struct worker workers[MAX_WORKERS];
	int nworkers;
};

static struct slot *slot_at(struct pipeline *p, size_t k)
{
	return &p->ring[(p->head + k) % p->size];
}

static void *work(void *arg)
{
	struct worker *w = arg;
	struct pipeline *p = w->p;
	pthread_mutex_lock(&p->lock);
	for (;;) {
		struct slot *s = NULL;
		for (size_t k = 0; k < p->count && !s; k++)
			if (slot_at(p, k)->state == SLOT_QUEUED)
				s = slot_at(p, k);
		if (!s) {
			if (p->closing)
				break;
			pthread_cond_wait(&p->changed, &p->lock);
			continue;
		}
		s->state = SLOT_WORKING;
		pthread_mutex_unlock(&p->lock);
		prepare_file(&w->ctx, s->path, &s->prepared);
		pthread_mutex_lock(&p->lock);
		s->state = SLOT_READY;
		pthread_cond_broadcast(&p->changed);
	}
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

int pipeline_workers(void)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	long n = cores > 1 ? cores - 1 : 1;
	return (int)(n > MAX_WORKERS ? MAX_WORKERS : n);
}

struct pipeline *pipeline_start(const struct prepare_context *ctx, const char *db, int workers)
{
	struct pipeline *p = xcalloc(1, sizeof *p);
	if (workers > MAX_WORKERS)
		workers = MAX_WORKERS;
	p->size = (size_t)(workers > 0 ? workers : 1) * PER_WORKER + 1;
	p->ring = xcalloc(p->size, sizeof *p->ring);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->changed, NULL);
	/* signals are the writer's: it decides where the run stops */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	for (int i = 0; i < workers; i++) {
		struct worker *w = &p->workers[p->nworkers];
		w->p = p;
		w->ctx = *ctx;
		/* without its own connection a worker still prepares; the writer
		 * then finds unchanged files itself */
		if (cache_open(db, CACHE_READ, &w->ctx.look) != BRIEF_OK)
			w->ctx.look = NULL;
		if (pthread_create(&w->thread, NULL, work, w) != 0) {
			cache_close(w->ctx.look);
			break;
		}
		p->nworkers++;
	}
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (!p->nworkers) {
		pipeline_stop(p);
		return NULL;
	}
	return p;
}

bool pipeline_push(struct pipeline *p, const char *path)
{
	pthread_mutex_lock(&p->lock);
	bool room = p->count < p->size;
	if (room) {
		struct slot *s = slot_at(p, p->count++);
		s->path = xstrdup(path);
		s->state = SLOT_QUEUED;
		pthread_cond_broadcast(&p->changed);
	}
	pthread_mutex_unlock(&p->lock);
	return room;
}

struct prepared *pipeline_take(struct pipeline *p)
{
	pthread_mutex_lock(&p->lock);
	struct slot *s = p->count ? slot_at(p, 0) : NULL;
	while (s && s->state != SLOT_READY)
		pthread_cond_wait(&p->changed, &p->lock);
	pthread_mutex_unlock(&p->lock);
	p->taken = s != NULL;
	return s ? &s->prepared : NULL;
}

void pipeline_done(struct pipeline *p)
{
	if (!p->taken)
		return;
	pthread_mutex_lock(&p->lock);
	struct slot *s = slot_at(p, 0);
	prepared_free(&s->prepared);
	free(s->path);
	s->path = NULL;
	p->head = (p->head + 1) % p->size;
	p->count--;
	p->taken = false;
	pthread_mutex_unlock(&p->lock);
}

void pipeline_stop(struct pipeline *p)
{
	if (!p)
		return;
	pthread_mutex_lock(&p->lock);
	p->closing = true;
	/* what is queued and not yet started is dropped, not prepared */
	for (size_t k = 0; k < p->count; k++)
		if (slot_at(p, k)->state == SLOT_QUEUED)
			slot_at(p, k)->state = SLOT_READY;
	pthread_cond_broadcast(&p->changed);
	pthread_mutex_unlock(&p->lock);
	for (int i = 0; i < p->nworkers; i++) {
		pthread_join(p->workers[i].thread, NULL);
		cache_close(p->workers[i].ctx.look);
	}
	for (size_t k = 0; k < p->count; k++) {
		prepared_free(&slot_at(p, k)->prepared);
		free(slot_at(p, k)->path);
	}
	pthread_cond_destroy(&p->changed);
	pthread_mutex_destroy(&p->lock);
	free(p->ring);
	free(p);
}
