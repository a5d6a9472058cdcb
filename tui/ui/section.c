/*
 * A section of the home menu: its pages, plus what belongs with them
 * (the guided breathing pause under coping, deleting saved marks under
 * about).
 */
#include <config.h>

#include <curses.h>
#include <stdlib.h>

#include "sys/i18n.h"
#include "app.h"
#include "draw.h"
#include "model/xalloc.h"
#include "layout.h"

static void
page_doc(struct app *app, const struct view *view, struct doc *doc)
{
	doc_page(doc, app->content, view->item);
}

/* The extra item at the end of a section, or NULL. */
static const char *
section_extra(int section)
{
	if (section == SECTION_COPING)
		return _("Start a guided breathing pause");
	if (section == SECTION_ABOUT)
		return _("Delete my saved marks");
	return NULL;
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
	const struct page **pages = xmalloc((c->npages + 1) * sizeof *pages);
	const char **titles = xmalloc((c->npages + 2) * sizeof *titles);
	size_t n = section_pages(c, view->section, pages);

	for (size_t i = 0; i < n; i++)
		titles[i] = gettext(pages[i]->title.msgid);
	if (section_extra(view->section) != NULL)
		titles[n++] = section_extra(view->section);
	draw_frame(_(section_title((enum section)view->section)), true);
	draw_list(view, titles, (int)n, LIST_TOP_UNDER_TITLE);
	free(pages);
	free(titles);
}

static bool
section_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct content *c = app->content;
	const struct page **pages = xmalloc((c->npages + 1) * sizeof *pages);
	size_t n = section_pages(c, view->section, pages);
	size_t count = n + (section_extra(view->section) != NULL);
	bool handled = true;

	if (is_open_key(key, function_key) && (size_t)view->selected < n)
		app_open_reader(app, page_doc, pages[view->selected]);
	else if (is_open_key(key, function_key) && view->section == SECTION_COPING)
		app_push(app, (struct view){ .screen = &breathing_screen, .started_ms = app_now_ms() });
	else if (is_open_key(key, function_key) && view->section == SECTION_ABOUT)
		app_push(app, (struct view){ .screen = &forget_screen, .selected = 1 });
	else
		handled = list_key(view, (int)count, key, function_key);
	free(pages);
	return handled;
}

const struct screen section_screen = {
	.draw = section_draw,
	.key = section_key,
};
