/* A section of the home menu: the list of its pages. */
#include <config.h>

#include <curses.h>
#include <stdlib.h>

#include "../i18n.h"
#include "app.h"
#include "draw.h"

static void
page_doc(struct app *app, const struct view *view, struct doc *doc)
{
	doc_page(doc, app->content, view->item);
}

/* The pages of a section, in file order; returns how many. */
static size_t
section_pages(const struct content *c, int section, const struct page **out)
{
	size_t n = 0;

	for (size_t i = 0; i < c->npages; i++)
		if ((int)c->pages[i].section == section)
			out[n++] = &c->pages[i];
	return n;
}

static void
section_draw(struct app *app, struct view *view)
{
	const struct content *c = app->content;
	const struct page **pages = malloc((c->npages + 1) * sizeof *pages);
	const char **titles = malloc((c->npages + 1) * sizeof *titles);
	size_t n = section_pages(c, view->section, pages);

	for (size_t i = 0; i < n; i++)
		titles[i] = gettext(pages[i]->title.msgid);
	draw_frame(_(section_title((enum section)view->section)), true);
	draw_list(view, titles, (int)n, 3);
	free(pages);
	free(titles);
}

static bool
section_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct content *c = app->content;
	const struct page **pages;
	size_t n;
	bool handled = true;

	pages = malloc((c->npages + 1) * sizeof *pages);
	n = section_pages(c, view->section, pages);
	if (is_open_key(key, function_key) && n > 0)
		app_open_reader(app, page_doc, pages[view->selected]);
	else
		handled = list_key(view, (int)n, key, function_key);
	free(pages);
	return handled;
}

const struct screen section_screen = {
	.draw = section_draw,
	.key = section_key,
};
