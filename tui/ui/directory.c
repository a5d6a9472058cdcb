/* The helpline directory: who to call or chat with. */
#include <config.h>

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "../i18n.h"
#include "app.h"
#include "draw.h"

static void
helpline_doc(struct app *app, const struct view *view, struct doc *doc)
{
	doc_helpline(doc, app->content, view->item);
}

static void
directory_draw(struct app *app, struct view *view)
{
	const struct content *c = app->content;
	char (*labels)[256] = malloc((c->nhelplines + 1) * sizeof *labels);
	const char **items = malloc((c->nhelplines + 1) * sizeof *items);
	char title[256];

	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct contact *phone = helpline_contact(&c->helplines[i], CONTACT_PHONE);

		snprintf(labels[i], sizeof labels[i], "%-40s %s", gettext(c->helplines[i].name.msgid),
		    phone != NULL ? phone->value : "");
		items[i] = labels[i];
	}
	/* TRANSLATORS: the directory's title with how many are listed of how many. */
	snprintf(title, sizeof title, _("Helplines and support (%zu of %zu)"),
	    c->nhelplines, c->nhelplines);
	draw_frame(title, true);
	draw_list(view, items, (int)c->nhelplines, 3);
	free(labels);
	free(items);
}

static bool
directory_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	if (is_open_key(key, function_key)) {
		app_open_reader(app, helpline_doc, &app->content->helplines[view->selected]);
		return true;
	}
	return list_key(view, (int)app->content->nhelplines, key, function_key);
}

const struct screen directory_screen = {
	.draw = directory_draw,
	.key = directory_key,
};
