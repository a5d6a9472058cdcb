/*
 * The helpline directory: 112 first, then every helpline with its main
 * number and whether it is open now.  a: anonymous only, o: open now,
 * t: topic, l: language served, /: search as you type, c: clear filters.
 */
#include <config.h>

#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/contact_choice.h"
#include "text/contact_text.h"
#include "text/origin_text.h"
#include "text/hours_text.h"
#include "sys/i18n.h"
#include "sys/lang.h"
#include "../model/utf8.h"
#include "../model/wrap.h"
#include "app.h"
#include "draw.h"
#include "keys.h"
#include "model/xalloc.h"
#include "layout.h"

enum { BROWSING, SEARCHING };

static void
helpline_doc(struct app *app, const struct view *view, struct doc *doc)
{
	doc_helpline(doc, app->content, view->item, session_now(app->session));
}

void
app_open_helpline(struct app *app, const struct helpline *h)
{
	app_open_reader(app, helpline_doc, h);
}

/* The helplines the filters let through, emergency first; returns how many. */
static size_t
listed(struct app *app, const struct helpline **out)
{
	app->session->filter.now = session_now(app->session);
	return helplines_listed(app->content, &app->session->filter, out);
}

/*
 * "in Swedish" as one phrase per language ("ruotsiksi", "på svenska"):
 * Finnish cannot put a language name into a template ("kielellä suomi").
 */
static void
language_filter_text(const struct language *l, char *out, size_t size)
{
	static const struct { const char *code, *words; } phrases[] = {
		/* TRANSLATORS: the language filter in the directory's header,
		 * "Showing: in Finnish"; Finnish "suomeksi", Swedish "på finska". */
		{ "fi", N_("in Finnish") }, { "sv", N_("in Swedish") }, { "en", N_("in English") },
		{ "ar", N_("in Arabic") }, { "uk", N_("in Ukrainian") }, { "ru", N_("in Russian") },
	};

	for (size_t i = 0; i < sizeof phrases / sizeof phrases[0]; i++) {
		if (strcmp(l->code, phrases[i].code) == 0) {
			snprintf(out, size, "%s", _(phrases[i].words));
			return;
		}
	}
	/* TRANSLATORS: the language filter for a language without a phrase of
	 * its own: "language: Estonian" (the name is a nominative). */
	snprintf(out, size, _("language: %s"), gettext(l->name.msgid));
}

/* "anonymous only · open now · Crisis support · search: riku" */
static void
filter_summary(struct app *app, char *out, size_t size)
{
	const struct helpline_filter *f = &app->session->filter;
	const char *parts[6];
	int n = 0;
	char search[160], language[96];

	if (f->anonymous_only)
		parts[n++] = _("anonymous only");
	if (f->open_now)
		parts[n++] = _("open now");
	if (f->topic != NULL)
		parts[n++] = gettext(f->topic->label.msgid);
	if (f->language != NULL) {
		language_filter_text(f->language, language, sizeof language);
		parts[n++] = language;
	}
	if (f->search != NULL && f->search[0] != '\0') {
		snprintf(search, sizeof search, _("search: %s"), f->search);
		parts[n++] = search;
	}
	out[0] = '\0';
	if (n == 0) {
		/* TRANSLATORS: the directory's filter keys, at most 78 columns. */
		snprintf(out, size, "%s", _("a anonymous  o open now  t topic  l language  / search  p print"));
		return;
	}
	snprintf(out, size, "%s ", _("Showing:"));
	for (int i = 0; i < n; i++)
		snprintf(out + strlen(out), size - strlen(out), "%s%s", i ? " \xc2\xb7 " : "", parts[i]);
	snprintf(out + strlen(out), size - strlen(out), "   %s", _("(c clears)"));
}

/* Cuts name to cols columns, ending it with "…" when anything was cut. */
static void
fit_name(char *name, size_t size, int cols)
{
	int used;
	size_t fit;

	if (text_width(name) <= cols)
		return;
	fit = text_fit(name, cols > 1 ? cols - 1 : 0, &used);
	snprintf(name + fit, size - fit, "%s", "\xe2\x80\xa6");
}

static void
directory_draw(struct app *app, struct view *view)
{
	const struct content *c = app->content;
	const struct helpline **shown = xmalloc((c->nhelplines + 1) * sizeof *shown);
	char (*labels)[512] = xmalloc((c->nhelplines + 1) * sizeof *labels);
	const char **items = xmalloc((c->nhelplines + 1) * sizeof *items);
	size_t n = listed(app, shown);
	time_t now = session_now(app->session);
	char title[256], filters[512];

	/* A row shows the contact for the filter's language, or the reader's. */
	const struct language *language = app->session->filter.language != NULL
	    ? app->session->filter.language : content_language(c, lang_code(lang_current()));

	for (size_t i = 0; i < n; i++) {
		struct contact_choice choice = helpline_contact_for(shown[i], language, now);
		char status[128], name[256], value[64] = "";
		/* Name, number and badge share the row; the badge ("closed · opens
		 * Tue 09:00" in any language) gets 28 columns, a number 16. */
		int name_cols = COLS - 4 - 17 - 29;
		int used;

		status[0] = '\0';
		if (choice.contact != NULL) {
			contact_status_text(choice.contact, now, status, sizeof status);
			/* Only a number fits the column; a chat or a site is in the detail. */
			if (choice.contact->kind == CONTACT_PHONE)
				snprintf(value, sizeof value, "%s", choice.contact->value);
		}
		sanitize_text(gettext(shown[i]->name.msgid), name, sizeof name);
		if ((choice.contact != NULL && !choice.serves && !shown[i]->emergency) ||
		    helpline_origin_tag(shown[i]) != NULL) {
			/* The language it answers in stays whole; the name gives way.
			 * (112 arranges an interpreter: Help now and the detail say so.)
			 * So does "added by this centre". */
			const char *in = choice.contact != NULL && !choice.serves &&
			    !shown[i]->emergency ? contact_answers_in(shown[i], choice.contact) : NULL;
			const char *origin = helpline_origin_tag(shown[i]);
			char tail[160];

			snprintf(tail, sizeof tail, "%s%s%s%s", in ? " \xc2\xb7 " : "", in ? in : "",
			    origin ? " \xc2\xb7 " : "", origin ? origin : "");
			fit_name(name, sizeof name, name_cols - text_width(tail));
			snprintf(name + strlen(name), sizeof name - strlen(name), "%s", tail);
		} else {
			fit_name(name, sizeof name, name_cols);
		}
		used = text_width(name);
		snprintf(labels[i], sizeof labels[i], "%s%*s %-16s %s", name,
		    name_cols - used > 0 ? name_cols - used : 0, "", value, status);
		items[i] = labels[i];
	}
	/* TRANSLATORS: the directory's title with how many are listed of how many. */
	snprintf(title, sizeof title, _("Helplines and support (%zu of %zu)"), n, c->nhelplines);
	draw_frame(title, true);
	filter_summary(app, filters, sizeof filters);
	draw_text(2, 1, COLS - 2, filters);
	if (n <= 1 && !filter_is_empty(&app->session->filter))
		draw_text(HINT_ROW, 1, COLS - 2, _("Nothing else matches. Press c to clear the filters."));
	draw_list(view, items, (int)n, LIST_TOP);
	if (view->phase == SEARCHING) {
		/* The prompt replaces the hint line; the cursor waits at its end. */
		int x = 1;

		/* A full search says so instead of dropping keys without a word. */
		if (strlen(app->session->search) + MB_LEN_MAX >= sizeof app->session->search)
			draw_text(LIST_TOP - 1, 1, COLS - 2, _("That is as long as a search can be."));
		move(HINT_ROW, 0);
		clrtoeol();
		x += draw_text(HINT_ROW, x, COLS - 2, _("Search:"));
		x += 1 + draw_text(HINT_ROW, x + 1, COLS - x - 2, app->session->search);
		move(HINT_ROW, x + 1 > COLS - 1 ? COLS - 1 : x + 1);
	}
	free(shown);
	free(labels);
	free(items);
}

/* Cycles through no topic, then each topic in turn. */
static void
next_topic(struct app *app)
{
	const struct content *c = app->content;
	struct helpline_filter *f = &app->session->filter;
	size_t i = f->topic == NULL ? 0 : (size_t)(f->topic - c->topics) + 1;

	f->topic = i < c->ntopics ? &c->topics[i] : NULL;
}

/* Cycles: any language, the current language, then the others in file order. */
static void
next_language(struct app *app)
{
	const struct content *c = app->content;
	struct helpline_filter *f = &app->session->filter;
	const struct language *current = content_language(c, lang_code(lang_current()));
	const struct language **order = xmalloc((c->nlanguages + 2) * sizeof *order);
	size_t n = 0, at = 0;

	order[n++] = NULL;
	if (current != NULL)
		order[n++] = current;
	for (size_t i = 0; i < c->nlanguages; i++)
		if (&c->languages[i] != current)
			order[n++] = &c->languages[i];
	for (size_t i = 0; i < n; i++)
		if (order[i] == f->language)
			at = i;
	f->language = order[(at + 1) % n];
	free(order);
}

/* Search as you type: Enter keeps the search, Esc drops it, arrows still move. */
static bool
search_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	if (is_cancel_key(key, function_key)) {
		app->session->search[0] = '\0';
		view->phase = BROWSING;
		view->selected = 0;
	} else if (is_open_key(key, function_key)) {
		view->phase = BROWSING;
	} else if (text_edit_key(app->session->search, sizeof app->session->search, key,
	    function_key)) {
		view->selected = 0;     /* the list changed under the selection */
	} else if (function_key) {
		const struct helpline **shown = xmalloc((app->content->nhelplines + 1) * sizeof *shown);

		list_key(view, (int)listed(app, shown), key, function_key);
		free(shown);
	}
	return true;
}

static bool
directory_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	struct helpline_filter *f = &app->session->filter;
	const struct content *c = app->content;
	const struct helpline **shown;
	size_t n;
	bool handled = true;

	if (view->phase == SEARCHING)
		return search_key(app, view, key, function_key);
	shown = xmalloc((c->nhelplines + 1) * sizeof *shown);
	n = listed(app, shown);
	if (is_open_key(key, function_key) && n > 0) {
		/* The list may have shrunk since it was drawn ("open now" and a
		 * service that just closed): never past its end. */
		if (view->selected >= (int)n)
			view->selected = (int)n - 1;
		app_open_helpline(app, shown[view->selected]);
	} else {
		switch (keys_action(KEYS_DIRECTORY, key, function_key)) {
		case ACT_ANONYMOUS: f->anonymous_only = !f->anonymous_only; break;
		case ACT_OPEN_NOW: f->open_now = !f->open_now; break;
		case ACT_TOPIC: next_topic(app); break;
		case ACT_SERVED_LANGUAGE: next_language(app); break;
		case ACT_SEARCH: view->phase = SEARCHING; break;
		case ACT_PRINT: app_print(app, 0); break;
		case ACT_CLEAR:
			f->anonymous_only = f->open_now = false;
			f->topic = NULL;
			f->language = NULL;
			app->session->search[0] = '\0';
			break;
		default:
			handled = list_key(view, (int)n, key, function_key);
			break;
		}
	}
	free(shown);
	return handled;
}

const struct screen directory_screen = {
	.draw = directory_draw,
	.key = directory_key,
};
