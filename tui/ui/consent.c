/*
 * Two calm questions with two labelled choices each: whether to keep step
 * marks on this computer (asked once, the first time a step is marked),
 * and whether to delete the saved marks.  Arrows and Enter choose; y and n
 * work too.
 */
#include <config.h>

#include <curses.h>
#include <string.h>

#include "sys/i18n.h"
#include "app.h"
#include "draw.h"

static void
draw_question(struct view *view, const char *title, const char *const *paragraphs,
    int nparagraphs, const char *yes, const char *no)
{
	const char *items[2] = { yes, no };
	int y = 2;

	draw_frame(title, false);
	for (int i = 0; i < nparagraphs; i++)
		y = draw_paragraph(y, 2, paragraphs[i]) + 1;
	draw_list(view, items, 2, y);
}

/* Returns 1 for yes, 0 for no, -1 for a key that does not answer. */
static int
answer_key(struct view *view, wint_t key, bool function_key)
{
	if (!function_key && (key == L'y' || key == L'Y'))
		return 1;
	if (!function_key && (key == L'n' || key == L'N'))
		return 0;
	if (is_open_key(key, function_key))
		return view->selected == 0;
	list_key(view, 2, key, function_key);
	return -1;
}

static void
consent_draw(struct app *app, struct view *view)
{
	const char *paragraphs[] = {
		_("Would you like tuki to remember your marks on this computer, so they "
		    "are here next time?"),
		_("Only the marks are kept: which steps are done or do not apply, and when. "
		    "You can delete them at any time from the About page, or with "
		    "tuki --forget."),
		_("If someone else uses this computer, you may prefer not to keep them."),
	};

	(void)app;
	draw_question(view, _("Keep your marks?"), paragraphs, 3,
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
	answer = answer_key(view, key, function_key);
	if (answer >= 0) {
		session_answer_consent(app->session, answer == 1);
		app_pop(app);
		return true;
	}
	/* Back, quit and help stay available; other keys wait for an answer. */
	return !is_global_key(key, function_key);
}

const struct screen consent_screen = {
	.draw = consent_draw,
	.key = consent_key,
};

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
	answer = answer_key(view, key, function_key);
	if (answer < 0)
		return !is_global_key(key, function_key);
	app_pop(app);
	if (answer == 1)
		session_forget(app->session);
	return true;
}

const struct screen forget_screen = {
	.draw = forget_draw,
	.key = forget_key,
};
