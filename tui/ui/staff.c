/*
 * The kiosk's staff screen, after the right PIN: end the kiosk, see the
 * facts that need checking, or print the fact-check sheet (on the
 * configured printer, made in memory, as every kiosk printout).  Left or Esc goes back to the welcome
 * screen, so the kiosk never stays in the staff's hands.
 */
#include <config.h>

#include <curses.h>

#include "sys/i18n.h"
#include "text/stale_facts.h"
#include "app.h"
#include "kiosk.h"
#include "print_prompt.h"
#include "reader.h"
#include "draw.h"
#include "keys.h"

enum { STAFF_END, STAFF_FACTS, STAFF_PRINT_FACTS, STAFF_COUNT };

static void
stale_doc(struct app *app, const void *item, struct doc *doc)
{
	(void)item;
	doc_stale_facts(doc, app->content, session_now(app->session));
}

static void
staff_draw(struct app *app, struct view *view)
{
	char labels[STAFF_COUNT][128];
	const char *items[STAFF_COUNT];

	(void)app;
	/* TRANSLATORS: the kiosk's staff screen, after the PIN; at most 40 columns each. */
	snprintf(labels[STAFF_END], sizeof labels[0], "1  %s", _("End the kiosk"));
	snprintf(labels[STAFF_FACTS], sizeof labels[0], "2  %s", _("See facts that need checking"));
	snprintf(labels[STAFF_PRINT_FACTS], sizeof labels[0], "3  %s",
	    _("Print the fact-check sheet"));
	for (int i = 0; i < STAFF_COUNT; i++)
		items[i] = labels[i];
	draw_frame(_("Staff"), true);
	draw_list(view, items, STAFF_COUNT, 3);
}

static bool
staff_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	int choice = -1;

	if (is_open_key(key, function_key))
		choice = view->selected;
	else if (!function_key && key >= L'1' && key < L'1' + STAFF_COUNT)
		choice = (int)(key - L'1');
	else if (is_cancel_key(key, function_key) || (function_key && key == KEY_LEFT)) {
		/* As q does in the kiosk (its app_mode): start over. */
		app->mode->leave(app);
		return true;
	}
	if (choice == STAFF_END) {
		app->running = false;
		app->status = 0;
	} else if (choice == STAFF_FACTS) {
		app_open_reader(app, stale_doc, NULL);
	} else if (choice == STAFF_PRINT_FACTS) {
		print_prompt_open(app, PRINT_FACTS);
	} else {
		/* Help now and the other global keys still work here. */
		return list_key(view, STAFF_COUNT, key, function_key);
	}
	return true;
}

static const struct screen staff_screen = {
	.draw = staff_draw,
	.key = staff_key,
	.for_staff = true,
};

void
staff_open(struct app *app)
{
	app_push(app, &staff_screen, NULL);
}
