/*
 * The step tracker's marks, and the one file they may be kept in:
 * $XDG_STATE_HOME/tuki/progress.json (default ~/.local/state/tuki/),
 * directory 0700, file 0600, written atomically.  Only step ids, states
 * and dates: no names, no free text.  Ids unknown to the content are kept.
 */
#ifndef TUKI_MODEL_PROGRESS_H
#define TUKI_MODEL_PROGRESS_H

#include <stdbool.h>
#include <stddef.h>

#include "content.h"
#include "error.h"

enum step_state { STEP_TO_DO, STEP_DONE, STEP_NOT_APPLICABLE, STEP_STATE_COUNT };

struct progress_mark {
	char id[64];
	enum step_state state;
	struct date date;           /* when it was last changed */
	bool changed;               /* set in this session, not read from the file */
};

struct progress {
	struct progress_mark *marks;
	size_t n, cap;
};

/* What happened when loading, for a calm message on screen. */
enum progress_load_result {
	PROGRESS_NONE,              /* no file: nothing saved yet */
	PROGRESS_LOADED,
	PROGRESS_MOVED_ASIDE,       /* corrupt: kept as progress.json.corrupt-DATE */
	PROGRESS_UNREADABLE,        /* could not be read or moved: left untouched */
};

/* The directory for the file, or NULL if neither XDG_STATE_HOME nor HOME is usable. */
char *progress_dir(void);

/*
 * Loads dir/progress.json into p.  A corrupt file is renamed aside, never
 * dropped; moved_to (if not NULL, PATH_MAX bytes) receives its new name.
 */
enum progress_load_result progress_load(struct progress *p, const char *dir, char *moved_to,
    size_t moved_size);

/* Parses the file's text (the fuzzers' entry point); false if it is not valid. */
bool progress_parse(struct progress *p, const char *name, const char *text, size_t len);

/*
 * Saves p so that nothing is lost when two sessions save at once: under a
 * lock on dir, stale temp files of a killed save are removed, the file is
 * read again, the marks this session changed go on top, and that is
 * written atomically (temp file, fsync, rename, fsync dir).  p becomes
 * what was written.  A file damaged since it was loaded is set aside and
 * p written whole; moved_to (if not NULL) then receives the copy's name,
 * else "".  0 or -1 with err.
 */
int progress_save(struct progress *p, const char *dir, char *moved_to, size_t moved_size,
    struct tuki_error *err);

/* Removes the file, moved-aside copies, stale temp files and the empty dir.
 * Returns how many files were removed, or -1 with err. */
int progress_forget(const char *dir, struct tuki_error *err);

bool progress_file_exists(const char *dir);

enum step_state progress_state(const struct progress *p, const char *id);
void progress_set(struct progress *p, const char *id, enum step_state state, struct date today);
enum step_state step_state_next(enum step_state s);

/* Done steps and steps that apply (not "does not apply") among the content's steps. */
void progress_count(const struct progress *p, const struct content *c, size_t *done,
    size_t *applicable, size_t *marked);

void progress_clear(struct progress *p);

#endif
