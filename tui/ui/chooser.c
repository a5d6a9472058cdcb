/* The language chooser: each language named in itself. */
#include <config.h>

#include <curses.h>

#include "sys/lang.h"
#include "app.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"

static void
chooser_draw(struct app *app, struct view *view)
{
	const char *items[LANG_COUNT];

	(void)app;
	for (int i = 0; i < LANG_COUNT; i++)
		items[i] = lang_native_name((enum lang)i);
	/* Shown before a language is known, so it speaks all three. */
	draw_frame("Valitse kieli \xc2\xb7 V\xc3\xa4lj spr\xc3\xa5k \xc2\xb7 Choose a language",
	    app->depth > 1 && lang_current() != LANG_NONE);
	draw_list(view, items, LANG_COUNT, LIST_TOP_UNDER_TITLE);
}

static bool
chooser_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	if (is_open_key(key, function_key)) {
		lang_activate((enum lang)view->selected);
		app_pop(app);
		return true;
	}
	const struct key_binding *b = keys_find(KEYS_CHOOSER, key, function_key);

	if (b != NULL && b->action == ACT_NUMBER && key - b->key < LANG_COUNT) {
		lang_activate((enum lang)(key - b->key));
		app_pop(app);
		return true;
	}
	/* A lone Esc closes it, as it cancels every prompt, once there is
	 * somewhere to go back to. */
	if (is_cancel_key(key, function_key) && lang_current() != LANG_NONE && app->depth > 1) {
		app_pop(app);
		return true;
	}
	/* Until a language is chosen there is nothing to go back to. */
	if (lang_current() == LANG_NONE && is_back_key(key, function_key))
		return true;
	return list_key(view, LANG_COUNT, key, function_key);
}

const struct screen chooser_screen = {
	.draw = chooser_draw,
	.key = chooser_key,
};
