/* The language chooser: each language named in itself. */
#include <config.h>

#include <curses.h>

#include "sys/i18n.h"

#include "sys/lang.h"
#include "app.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"

static void
chooser_draw(struct app *app, struct view *view)
{
	int n = lang_count();
	const char *items[LANG_LIST_MAX];
	char title[512];

	for (int i = 0; i < n; i++)
		items[i] = lang_native_name((enum lang)i);
	/* Shown before a language is known, so it speaks every language. */
	lang_join(NULL, n, N_("Choose a language"), title, sizeof title);
	draw_frame(title, app->depth > 1 && lang_current() != LANG_NONE);
	draw_list(view, items, n, LIST_TOP_UNDER_TITLE);
}

static bool
chooser_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	if (is_open_key(key, function_key)) {
		app_set_language(app, (enum lang)view->selected);
		app_pop(app);
		return true;
	}
	const struct key_binding *b = keys_find(KEYS_CHOOSER, key, function_key);

	if (b != NULL && b->action == ACT_NUMBER && key - b->key < (wint_t)lang_count()) {
		app_set_language(app, (enum lang)(key - b->key));
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
	return list_key(view, lang_count(), key, function_key);
}

const struct screen chooser_screen = {
	.draw = chooser_draw,
	.key = chooser_key,
};
