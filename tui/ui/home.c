/* The home menu: five sections, numbered the same in every language. */
#include <config.h>

#include <curses.h>
#include <stdio.h>

#include "sys/i18n.h"
#include "app.h"
#include "draw.h"
#include "keys.h"

#define HOME_ITEMS 5

/* Item n (0-based) of the home menu, as shown: "1  You are not alone". */
static const char *
home_item_title(int n)
{
	switch (n) {
	case 0: return _(section_title(SECTION_REASSURANCE));
	case 1: return _(section_title(SECTION_COPING));
	/* TRANSLATORS: home menu item 3, at most 34 columns. */
	case 2: return _("Steps to protect yourself");
	/* TRANSLATORS: home menu item 4, at most 34 columns. */
	case 3: return _("Helplines and support");
	default: return _(section_title(SECTION_ABOUT));
	}
}

void
app_open_home_item(struct app *app, int n)
{
	switch (n) {
	case 0:
		section_open(app, SECTION_REASSURANCE);
		break;
	case 1:
		section_open(app, SECTION_COPING);
		break;
	case 2:
		/* The plan's optional questions come first, once per session. */
		if (app->session->plan_asked)
			app_push(app, &steps_screen, NULL);
		else
			plan_open(app, false, 0);
		break;
	case 3:
		app_push(app, &directory_screen, NULL);
		break;
	default:
		section_open(app, SECTION_ABOUT);
		break;
	}
}

/* For someone coming back: their marks are still here, and how to remove them. */
static const char *
kept_marks_text(void)
{
	/* TRANSLATORS: the home screen, for someone whose marks were kept from
	 * an earlier session; the same words in plain mode. */
	return _("Your marks from last time were kept. To remove them, choose 5 and then "
	    "Delete my saved marks.");
}

static void
home_draw(struct app *app, struct view *view)
{
	char items[HOME_ITEMS][160];
	const char *ptrs[HOME_ITEMS];
	int top;

	/* TRANSLATORS: the title of the home screen. */
	draw_frame(_("tuki \xe2\x80\x94 support after a data leak"), false);
	top = draw_paragraph(2, 1, _("You can take this at your own pace. Choose with the "
	    "arrow keys and Enter, or press a number.")) + 1;
	if (session_kept_marks(app->session))
		top = draw_paragraph(top, 1, kept_marks_text()) + 1;
	for (int i = 0; i < HOME_ITEMS; i++) {
		snprintf(items[i], sizeof items[i], "%d  %s", i + 1, home_item_title(i));
		ptrs[i] = items[i];
	}
	draw_list(view, ptrs, HOME_ITEMS, top);
}

static bool
home_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct key_binding *b = keys_find(KEYS_HOME, key, function_key);

	if (b != NULL && b->action == ACT_NUMBER && key - b->key < HOME_ITEMS) {
		view->selected = (int)(key - b->key);
		app_open_home_item(app, view->selected);
		return true;
	}
	if (is_open_key(key, function_key)) {
		app_open_home_item(app, view->selected);
		return true;
	}
	return list_key(view, HOME_ITEMS, key, function_key);
}

const struct screen home_screen = {
	.draw = home_draw,
	.key = home_key,
};
