/* importer.h - one file into the cache: read, decode, segment, store. */
#ifndef BRIEF_IMPORTER_H
#define BRIEF_IMPORTER_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

#include "brief/cache.h"
#include "brief/gazetteer.h"
#include "brief/progress.h"
#include "brief/segment.h"

/* Files larger than this are not news articles; refusing them keeps memory bounded. */
#define IMPORT_MAX_BYTES (64u * 1024 * 1024)

struct import_stats {
	size_t files;     /* files looked at */
	size_t articles;  /* articles stored */
	size_t unchanged; /* files skipped because their content is already in */
	size_t replaced;  /* files whose earlier articles were replaced */
	size_t failed;    /* files that could not be imported */
};

struct importer {
	struct cache *cache;
	const struct gazetteer *gazetteer;
	const struct models *models; /* the taggers' */
	struct segment_options seg;
	struct import_stats stats;
	struct progress progress;
	bool batch; /* inside one transaction for the whole run (re-extraction) */
	/* Files are stored in transactions of several (a savepoint each): the
	 * pages they share are written once, and a file is in whole or not at
	 * all.  The open transaction keeps its files until it commits, to
	 * store them again one by one if the cache fails first. */
	struct batch *open;
	/* set (by a signal, or here when the cache itself fails) to stop the run */
	volatile sig_atomic_t *stop;
	bool broken; /* the cache failed (a full disk, damage): the run stopped */
};

struct prepared;
struct prepare_context;

/* Import one file.  Every failure is reported as one line on stderr
 * ("path: reason") and counted; nothing of a failed file is stored. */
void import_file(struct importer *im, const char *path);

/* The same for a file prepare_file read and extracted (the pipeline's);
 * it may take p's contents, leaving p empty. */
void import_store(struct importer *im, struct prepared *p);

/* Commit the files stored so far: after the last file, and before the
 * run stops.  A failure is reported, and the run stops. */
void import_flush(struct importer *im);

/* What prepare needs of the importer, with a connection to look with. */
struct prepare_context import_context(const struct importer *im, struct cache *look);

/* Extract every stored source again from its kept bytes, in one
 * transaction: articles, actors, events and related stories are rebuilt
 * after the rules or the gazetteer changed.  Each source keeps the --date
 * it was imported with unless override is given.  Any failure leaves the
 * cache as it was. */
int import_reextract(struct importer *im, const struct date_value *override);

/* Report a path that could not even be walked, counted as a failed file. */
void import_fail(struct importer *im, const char *path, const char *reason);

/* The project's gazetteer with the user's own ($XDG_CONFIG_HOME/brief/actors.yaml)
 * merged on top. */
int import_load_gazetteer(struct gazetteer *g);

/* The models the extraction reads: the name tagger's (data/ner.model) and
 * the part-of-speech tagger's (data/pos.model), whose verbs give the
 * timeline its tenses. */
struct models;
int import_load_models(struct models *m);

/* "12 files: 15 articles imported, 2 unchanged, 1 failed" */
void import_summary(const struct import_stats *s, char *out, size_t size);

#endif
