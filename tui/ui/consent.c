/*
 * Two calm questions with two labelled choices each: whether to keep step
 * marks on this computer (asked once, the first time a step is marked),
 * and whether to delete the saved marks.  Both start on the choice that
 * keeps things as they are.  The reader's own letters answer (k/e in
 * Finnish, j/n in Swedish), and y/n always; letters never move the
 * focus, since "j" and "k" are answers here.  Only the arrows move.
 */
#include <config.h>

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "text/consent_text.h"
#include "sys/i18n.h"
#include "app.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"
#include "question.h"

static void
draw_question(struct view *view, const char *title, const char *const *paragraphs,
    int nparagraphs, const char *yes, const char *no)
{
	const char *items[2] = { yes, no };
	char hint[256];

	draw_frame(title, false);
	question_answer_hint(hint, sizeof hint);
	/* A low window keeps the two answers and the hint; the text scrolls.
	 * Both screens' state is where the text is scrolled to. */
	question_draw(view, view->state, paragraphs, nparagraphs, items, 2, hint);
}

static void
consent_draw(struct app *app, struct view *view)
{
	const char *paragraphs[CONSENT_PARAGRAPHS];

	for (size_t i = 0; i < CONSENT_PARAGRAPHS; i++)
		paragraphs[i] = _(consent_paragraphs[i]);

	(void)app;
	draw_question(view, _("Keep your marks?"), paragraphs, CONSENT_PARAGRAPHS,
	    _("Yes, keep my marks on this computer (y)"),
	    _("No, only for this session (n)"));
}

static bool
consent_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	int answer;

	if (is_cancel_key(key, function_key)) {
		app_pop(app);   /* Esc: not now; nothing is saved */
		return true;
	}
	answer = question_answer_key(view, view->state, key, function_key);
	if (answer >= 0) {
		session_answer_consent(app->session, answer == 1);
		app_pop(app);
		return true;
	}
	/* Back, quit and help stay available; other keys wait for an answer. */
	return !is_global_key(key, function_key);
}

static const struct screen consent_screen = {
	.draw = consent_draw,
	.key = consent_key,
	.state_size = sizeof(struct question_scroll),
};

/* The focus starts on "no", which changes nothing. */
void
consent_open(struct app *app)
{
	app_push(app, &consent_screen, NULL)->selected = 1;
}

static void
forget_draw(struct app *app, struct view *view)
{
	const char *paragraphs[] = {
		_("This deletes the marks tuki keeps on this computer, and any copies it "
		    "set aside. Nothing else is touched."),
	};

	(void)app;
	draw_question(view, _("Delete your saved marks?"), paragraphs, 1,
	    _("Yes, delete them (y)"), _("No, keep them (n)"));
}

static bool
forget_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	int answer;

	if (is_cancel_key(key, function_key)) {
		app_pop(app);   /* Esc: nothing is deleted */
		return true;
	}
	answer = question_answer_key(view, view->state, key, function_key);
	if (answer < 0)
		return !is_global_key(key, function_key);
	app_pop(app);
	if (answer == 1)
		session_forget(app->session);
	return true;
}

static const struct screen forget_screen = {
	.draw = forget_draw,
	.key = forget_key,
	.state_size = sizeof(struct question_scroll),
};

void
forget_open(struct app *app)
{
	app_push(app, &forget_screen, NULL)->selected = 1;
}
