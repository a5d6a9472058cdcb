#include <config.h>

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "model/clock.h"
#include "model/xalloc.h"
#include "model/session.h"

static const char *
translate(const char *msgid)
{
	return gettext(msgid);
}

void
session_init(struct session *s, const struct content *c, bool kiosk)
{
	char moved[PATH_MAX + 64];  /* the set-aside file's path, whole */

	memset(s, 0, sizeof *s);
	s->content = c;
	s->kiosk = kiosk;
	s->filter.translate = translate;
	s->filter.search = s->search;
	if (kiosk)
		return;
	s->progress_dir = progress_dir();
	if (s->progress_dir == NULL)
		return;
	switch (progress_load(&s->progress, s->progress_dir, moved, sizeof moved)) {
	case PROGRESS_LOADED:
		s->consent = CONSENT_YES;   /* they chose to keep marks before */
		s->marks_from_before = s->progress.n > 0;
		break;
	case PROGRESS_MOVED_ASIDE:
		s->consent = CONSENT_YES;
		session_set_notice(s, _("Your saved marks could not be read, so "
		    "tuki set the file aside as %s and started a fresh list. Nothing else "
		    "was changed."), moved);
		break;
	case PROGRESS_UNREADABLE:
		session_set_notice(s, _("Your saved marks in %s could not be "
		    "read. They were left as they are; from now on, your marks are kept "
		    "only for this session."), s->progress_dir);
		s->consent = CONSENT_NO;
		break;
	case PROGRESS_NONE:
		break;
	}
}

void
session_free(struct session *s)
{
	progress_clear(&s->progress);
	free(s->progress_dir);
	free(s->notice);
	memset(s, 0, sizeof *s);
}

void
session_set_notice(struct session *s, const char *fmt, ...)
{
	va_list ap;

	free(s->notice);
	va_start(ap, fmt);
	s->notice = xvasprintf(fmt, ap);
	va_end(ap);
}

char *
session_take_notice(struct session *s)
{
	char *notice = s->notice;

	s->notice = NULL;
	return notice;
}

time_t
session_now(const struct session *s)
{
	return clock_now(s->kiosk);
}

static void
session_save(struct session *s)
{
	struct tuki_error err = { 0 };
	char moved[PATH_MAX + 64];

	if (s->kiosk || s->consent != CONSENT_YES || s->progress_dir == NULL)
		return;
	if (progress_save(&s->progress, s->progress_dir, moved, sizeof moved, &err) != 0) {
		session_set_notice(s, "%s %s", err.message,
		    _("Your marks are kept only for this session."));
		s->consent = CONSENT_NO;
	} else if (moved[0] != '\0') {
		session_set_notice(s, _("The file with your saved marks had been damaged, so "
		    "tuki set it aside as %s and saved a new one with all the marks you see "
		    "here. Nothing was lost."), moved);
	}
}

bool
session_kept_marks(const struct session *s)
{
	return s->marks_from_before && !s->kiosk && s->consent == CONSENT_YES && s->progress.n > 0;
}

bool
session_mark(struct session *s, const struct step *step, enum step_state state)
{
	progress_set(&s->progress, step->id, state, clock_today(session_now(s)));
	if (s->kiosk)
		return false;
	/* Nowhere to keep them (no HOME): said once, like any mark not saved. */
	if (s->progress_dir == NULL) {
		if (s->consent == CONSENT_UNASKED)
			session_set_notice(s, "%s", _("Your marks cannot be kept on this computer "
			    "(no home directory is set). Your marks are kept only for this session."));
		s->consent = CONSENT_NO;
		return false;
	}
	if (s->consent == CONSENT_UNASKED)
		return true;
	session_save(s);
	return false;
}

void
session_answer_consent(struct session *s, bool keep)
{
	s->consent = keep ? CONSENT_YES : CONSENT_NO;
	session_save(s);
}

void
session_forget(struct session *s)
{
	struct tuki_error err = { 0 };

	progress_clear(&s->progress);
	s->marks_from_before = false;
	if (s->kiosk || s->progress_dir == NULL) {
		session_set_notice(s, "%s", _("Your marks were cleared."));
		return;
	}
	if (progress_forget(s->progress_dir, &err) < 0)
		session_set_notice(s, "%s", err.message);
	else
		session_set_notice(s, "%s",
		    _("Your saved marks were deleted from this computer."));
	s->consent = CONSENT_UNASKED;
}

void
session_reset(struct session *s)
{
	progress_clear(&s->progress);
	s->marks_from_before = false;
	memset(&s->filter, 0, sizeof s->filter);
	s->filter.translate = translate;
	s->filter.search = s->search;
	s->search[0] = '\0';
	free(s->notice);
	s->notice = NULL;
	s->consent = CONSENT_UNASKED;
	memset(&s->plan, 0, sizeof s->plan);
	s->plan_asked = false;
	s->breathing_still = false;
}
