/*
 * A section of the home menu: its pages, plus what belongs with them
 * (the guided breathing pause under coping, deleting saved marks under
 * about).
 */
#include <config.h>

#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "app.h"
#include "reader.h"
#include "draw.h"
#include "model/xalloc.h"
#include "text/mode_page.h"
#include "keys.h"
#include "layout.h"

/* What a page's link opens, as the reader sees it. */
static const char *
link_title(enum page_link link)
{
	switch (link) {
	case SEE_COPING: return _(section_title(SECTION_COPING));
	case SEE_STEPS: return _("Steps to protect yourself");
	case SEE_HELPLINES: return _("Helplines and support");
	default: return _("Start a guided breathing pause");
	}
}

/* The page, then its links numbered from 1 and how to turn the page. */
static void
page_doc(struct app *app, const void *item, struct doc *doc)
{
	const struct page *p = item;

	doc_page_for_mode(doc, app->content, p, app->kiosk != NULL ? PAGE_KIOSK : PAGE_SCREEN);
	if (p->nsee > 0) {
		/* TRANSLATORS: a heading at the end of a page, above numbered links. */
		doc_add(doc, DOC_HEADING, _("See also"));
		for (size_t i = 0; i < p->nsee; i++)
			doc_addf(doc, DOC_LABEL, "%zu  %s", i + 1, link_title(p->see[i]));
	}
	/* TRANSLATORS: at the end of a page; n and b are the keys, in every language. */
	doc_add(doc, DOC_NOTE, p->nsee > 0 ? _("Press a number to open it. n: the next page, "
	    "b: the page before.") : _("n: the next page, b: the page before."));
}

/* The extra item at the end of a section, or NULL (a kiosk keeps no marks to delete). */
static const char *
section_extra(const struct app *app, int section)
{
	if (section == SECTION_COPING)
		return _("Start a guided breathing pause");
	if (section == SECTION_ABOUT && app->kiosk == NULL)
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

/* A section view's own state: which section it lists. */
struct section_state {
	enum section section;
};

static const struct screen page_screen;

static void
section_draw(struct app *app, struct view *view)
{
	const struct content *c = app->content;
	const struct page **pages = xmalloc((c->npages + 1) * sizeof *pages);
	const char **titles = xmalloc((c->npages + 2) * sizeof *titles);
	enum section section = ((const struct section_state *)view->state)->section;
	size_t n = section_pages(c, (int)section, pages);

	for (size_t i = 0; i < n; i++)
		titles[i] = gettext(pages[i]->title.msgid);
	if (section_extra(app, (int)section) != NULL)
		titles[n++] = section_extra(app, (int)section);
	draw_frame(_(section_title(section)), true);
	draw_list(view, titles, (int)n, LIST_TOP_UNDER_TITLE);
	free(pages);
	free(titles);
}

static bool
section_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct content *c = app->content;
	const struct page **pages = xmalloc((c->npages + 1) * sizeof *pages);
	enum section section = ((const struct section_state *)view->state)->section;
	size_t n = section_pages(c, (int)section, pages);
	size_t count = n + (section_extra(app, (int)section) != NULL);
	bool handled = true;

	if (is_open_key(key, function_key) && (size_t)view->selected < n)
		reader_open(app, &page_screen, page_doc, pages[view->selected]);
	else if (is_open_key(key, function_key) && section == SECTION_COPING)
		breathing_open(app);
	else if (is_open_key(key, function_key) && section == SECTION_ABOUT)
		forget_open(app);
	else
		handled = list_key(view, (int)count, key, function_key);
	free(pages);
	return handled;
}

static const struct screen section_screen = {
	.draw = section_draw,
	.key = section_key,
	.state_size = sizeof(struct section_state),
};

void
section_open(struct app *app, enum section section)
{
	app_push(app, &section_screen, &(struct section_state){ section });
}

/* Opens what a page's link points to. */
static void
open_link(struct app *app, enum page_link link)
{
	switch (link) {
	case SEE_COPING: app_open_home_item(app, 1); break;
	case SEE_STEPS: app_open_home_item(app, 2); break;
	case SEE_HELPLINES: app_open_home_item(app, 3); break;
	default:
		breathing_open(app);
		break;
	}
}

/* A page: digits open its links, n and b turn to the next page of the section or back. */
static bool
page_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct content *c = app->content;
	struct reader_state *r = view->state;
	const struct page *p = r->item;
	const struct key_binding *b = keys_find(KEYS_PAGE, key, function_key);
	enum key_action a = b != NULL ? b->action : ACT_NONE;
	struct view *below;

	if (a == ACT_NUMBER && (size_t)(key - b->key) < p->nsee) {
		open_link(app, p->see[key - b->key]);
		return true;
	}
	if (a == ACT_NEXT_PAGE || a == ACT_PREVIOUS_PAGE) {
		const struct page **pages = xmalloc((c->npages + 1) * sizeof *pages);
		size_t n = section_pages(c, (int)p->section, pages), at = 0;

		for (size_t i = 0; i < n; i++)
			if (pages[i] == p)
				at = i;
		if (a == ACT_NEXT_PAGE && at + 1 < n)
			at++;
		else if (a == ACT_PREVIOUS_PAGE && at > 0)
			at--;
		if (pages[at] != p) {
			r->item = pages[at];
			view->scroll = 0;
		}
		free(pages);
		/* The list below follows, so Left lands on the page last read. */
		below = app_view_below(app);
		if (below != NULL && below->screen == &section_screen)
			below->selected = (int)at;
		return true;
	}
	return reader_key(app, view, key, function_key);
}

/* A page reads as the reader does, with its own keys. */
static const struct screen page_screen = {
	.draw = reader_draw,
	.key = page_key,
	.state_size = sizeof(struct reader_state),
};
