/*
 * One person's session: the content, their step marks and whether they
 * chose to keep them, the directory's filters, and a calm notice to show.
 * Shared by the curses screens and plain mode; no curses here.
 */
#ifndef TUKI_SESSION_H
#define TUKI_SESSION_H

#include <stdbool.h>
#include <time.h>

#include "model/content.h"
#include "model/filter.h"
#include "model/plan_answers.h"
#include "model/progress.h"

enum consent { CONSENT_UNASKED, CONSENT_YES, CONSENT_NO };

struct session {
	const struct content *content;
	bool kiosk;                 /* nothing is ever written */
	struct progress progress;
	char *progress_dir;         /* NULL: there is nowhere to save */
	enum consent consent;
	struct helpline_filter filter;
	char search[128];
	/* The plan's answers: in memory only, never saved, gone on reset. */
	struct plan_answers plan;
	bool plan_asked;            /* the questions come once per session */
	bool breathing_still;       /* the breathing pause without bar or countdown */
	char *notice;               /* shown once, then freed; NULL: none */
	bool marks_from_before;     /* marks were read from the progress file at start */
};

void session_init(struct session *s, const struct content *c, bool kiosk);
void session_free(struct session *s);

time_t session_now(const struct session *s);

/* A calm notice to show once; replaces any notice not yet shown. */
void session_set_notice(struct session *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The notice, now the caller's to free, or NULL if there is none. */
char *session_take_notice(struct session *s);

/* True while marks kept from an earlier session are still kept: the home
 * screen says so, and how to remove them. */
bool session_kept_marks(const struct session *s);

/* Sets a step's state; true if the person must first be asked about saving. */
bool session_mark(struct session *s, const struct step *step, enum step_state state);

/* Records the answer to "keep your marks on this computer?" and saves if yes. */
void session_answer_consent(struct session *s, bool keep);

/* Deletes every saved mark (file, moved-aside copies, temp files); notice says how it went. */
void session_forget(struct session *s);

/* Wipes everything the person did: marks, filters, notice (kiosk reset). */
void session_reset(struct session *s);

#endif
