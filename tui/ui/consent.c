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

/* The reader's letters for yes and no, from "k/e"; y and n if it is broken. */
static void
answer_letters(wchar_t *yes, wchar_t *no)
{
	/* TRANSLATORS: the letters that answer yes and no in a two-choice
	 * question, as "yes/no": Finnish "k/e", Swedish "j/n".  y and n always
	 * work as well.  One lowercase letter on each side of the slash, and
	 * not q, h or l, which work on every screen. */
	const char *pair = _("y/n");
	mbstate_t st;
	size_t n;

	*yes = L'y';
	*no = L'n';
	memset(&st, 0, sizeof st);
	/* One character (1 to 4 bytes), a slash, one character; "- 1 > 3" in
	 * size_t also refuses 0 (an empty side) and the error returns. */
	n = mbrtowc(yes, pair, strlen(pair), &st);
	if (n - 1 > 3 || pair[n] != '/' ||
	    mbrtowc(no, pair + n + 1, strlen(pair + n + 1), &st) - 1 > 3) {
		*yes = L'y';
		*no = L'n';
	}
}

static void
draw_question(struct view *view, const char *title, const char *const *paragraphs,
    int nparagraphs, const char *yes, const char *no)
{
	const char *items[2] = { yes, no };
	char keys[2][16], hint[256];
	wchar_t letter[2];

	/* First drawing: the focus starts on "no", which changes nothing. */
	if (view->phase == 0) {
		view->selected = 1;
		view->phase = 1;
	}
	answer_letters(&letter[0], &letter[1]);
	for (int i = 0; i < 2; i++) {
		if (letter[i] == (i == 0 ? L'y' : L'n'))
			snprintf(keys[i], sizeof keys[i], "%lc", (wint_t)letter[i]);
		else
			snprintf(keys[i], sizeof keys[i], "%lc, %c", (wint_t)letter[i],
			    i == 0 ? 'y' : 'n');
	}
	draw_frame(title, false);
	/* TRANSLATORS: the hint under a yes/no question; the first %s is the
	 * letters for yes ("k, y"), the second those for no ("e, n").  At most
	 * 78 columns; on a narrow window it wraps between entries, which are
	 * three spaces apart. */
	snprintf(hint, sizeof hint, _("%s: yes   %s: no   Up, Down and Enter: choose"),
	    keys[0], keys[1]);
	/* A low window keeps the two answers and the hint; the text scrolls. */
	question_draw(view, paragraphs, nparagraphs, items, 2, hint);
}

/*
 * Returns 1 for yes, 0 for no, -1 for a key that does not answer.  Letters
 * answer or do nothing; only the arrow keys (and Home, End) move.
 */
static int
answer_key(struct view *view, wint_t key, bool function_key)
{
	wchar_t yes, no;

	if (question_key(view, key, function_key))
		return -1;
	answer_letters(&yes, &no);
	if (!function_key && (key == L'y' || key == L'Y' || key == (wint_t)yes ||
	    key == (wint_t)towupper(yes)))
		return 1;
	if (!function_key && (key == L'n' || key == L'N' || key == (wint_t)no ||
	    key == (wint_t)towupper(no)))
		return 0;
	/* Enter only: Right, which opens elsewhere, is no answer here. */
	if ((function_key && key == KEY_ENTER) || (!function_key && (key == L'\r' || key == L'\n')))
		return view->selected == 0;
	if (function_key)
		list_key(view, 2, key, function_key);
	return -1;
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
