/* The steps to protect yourself, grouped first / next / when you can. */
#include <config.h>

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>

#include "../i18n.h"
#include "app.h"
#include "draw.h"

static void
step_doc(struct app *app, const struct view *view, struct doc *doc)
{
	doc_step(doc, app->content, view->item);
}

/* Steps in display order: by group, then file order. */
static size_t
ordered_steps(const struct content *c, const struct step **out)
{
	size_t n = 0;

	for (int g = 0; g < GROUP_COUNT; g++)
		for (size_t i = 0; i < c->nsteps; i++)
			if ((int)c->steps[i].group == g)
				out[n++] = &c->steps[i];
	return n;
}

static void
steps_draw(struct app *app, struct view *view)
{
	const struct content *c = app->content;
	const struct step **steps = malloc((c->nsteps + 1) * sizeof *steps);
	char (*labels)[256] = malloc((c->nsteps + 1) * sizeof *labels);
	const char **items = malloc((c->nsteps + 1) * sizeof *items);
	size_t n = ordered_steps(c, steps);

	for (size_t i = 0; i < n; i++) {
		snprintf(labels[i], sizeof labels[i], "%s: %s",
		    _(step_group_title(steps[i]->group)), gettext(steps[i]->title.msgid));
		items[i] = labels[i];
	}
	draw_frame(_("Steps to protect yourself"), true);
	draw_list(view, items, (int)n, 3);
	free(steps);
	free(labels);
	free(items);
}

static bool
steps_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct content *c = app->content;
	const struct step **steps = malloc((c->nsteps + 1) * sizeof *steps);
	size_t n = ordered_steps(c, steps);
	bool handled = true;

	if (is_open_key(key, function_key) && n > 0)
		app_open_reader(app, step_doc, steps[view->selected]);
	else
		handled = list_key(view, (int)n, key, function_key);
	free(steps);
	return handled;
}

const struct screen steps_screen = {
	.draw = steps_draw,
	.key = steps_key,
};
