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
#include "text/filter_text.h"
#include "text/origin_text.h"
#include "text/hours_text.h"
#include "sys/i18n.h"
#include "sys/lang.h"
#include "../model/utf8.h"
#include "../model/wrap.h"
#include "app.h"
#include "reader.h"
#include "print_prompt.h"
#include "draw.h"
#include "keys.h"
#include "model/xalloc.h"
#include "layout.h"

/* A directory view's own state: whether it is taking a search. */
struct directory_state {
	bool searching;
};

static void
helpline_doc(struct app *app, const void *item, struct doc *doc)
{
	app->session->filter.reader = content_reader_language(app->content,
	    lang_code(lang_current()));
	doc_helpline(doc, app->content, item, contact_shown_language(&app->session->filter),
	    session_now(app->session));
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
	app->session->filter.reader = content_reader_language(app->content,
	    lang_code(lang_current()));
	return helplines_listed(app->content, &app->session->filter, out);
}

/* "anonymous only · open now · Crisis support · search: riku" */
static void
filter_summary(struct app *app, char *out, size_t size)
{
	struct helpline_filter f = app->session->filter;
	char parts[400];

	filter_parts_text(&f, " \xc2\xb7 ", parts, sizeof parts);
	out[0] = '\0';
	if (parts[0] == '\0') {
		/* TRANSLATORS: the directory's filter keys, at most 78 columns. */
		snprintf(out, size, "%s", _("a anonymous  o open now  t topic  l language  / search  p print"));
		return;
	}
	snprintf(out, size, "%s %s", _("Showing:"), parts);
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

/* A listed helpline's parts: name, "· in Finnish" when it answers in
 * another language, its number, and whether it is open. */
struct dir_row {
	char name[256], tail[192], value[64], status[128];
	char row[2][512];       /* the name's rows, from name_rows() */
	int name_rows;
};

static void
dir_row_fill(struct app *app, const struct helpline *h, const struct language *language,
    time_t now, struct dir_row *r)
{
	struct contact_choice choice = helpline_contact_for(h, language, now);

	r->status[0] = r->value[0] = r->tail[0] = '\0';
	if (choice.contact != NULL) {
		contact_status_text(choice.contact, now, r->status, sizeof r->status);
		/* Only a number fits the list; a chat or a site is in the detail. */
		if (choice.contact->kind == CONTACT_PHONE)
			snprintf(r->value, sizeof r->value, "%s", choice.contact->value);
	}
	/* The language it answers in stays whole; the name gives way.  (112
	 * arranges an interpreter: Help now and the detail say so.)  So does
	 * "added by this centre". */
	{
		const char *in = choice.contact != NULL && !choice.serves && !h->emergency
		    ? contact_answers_in(h, choice.contact) : NULL;
		const char *origin = helpline_origin_tag(h);

		snprintf(r->tail, sizeof r->tail, "%s%s%s%s", in ? " \xc2\xb7 " : "", in ? in : "",
		    origin ? " \xc2\xb7 " : "", origin ? origin : "");
	}
	(void)app;
	sanitize_text(gettext(h->name.msgid), r->name, sizeof r->name);
}

/* The name and its tail fitted to cols: the tail whole, the name ends with "…". */
static void
dir_name(const struct dir_row *r, int cols, char *out, size_t size)
{
	snprintf(out, size, "%s", r->name);
	fit_name(out, size, cols - text_width(r->tail));
	snprintf(out + strlen(out), size - strlen(out), "%s", r->tail);
}

/* The narrowest a name may get before the number and status move under it. */
#define DIR_NAME_MIN 22
/* The fewest letters of a name shown before its "· in Finnish" tail. */
#define DIR_NAME_SHOWN 16
/* A cut name keeps at least three quarters of itself, or it wraps. */
#define DIR_CUT_KEEPS_NUM 3
#define DIR_CUT_KEEPS_DEN 4

/* One line of the list: a need's heading, or line k of an item. */
struct dir_line {
	int item;       /* -1: a heading */
	int k;          /* the heading's need, or the item's line */
	int of;         /* how many lines the item has */
};

/* The name and its tail do not fit their column. */
static bool
name_cut(const struct dir_row *r, int name_cols)
{
	return text_width(r->name) + text_width(r->tail) > name_cols;
}

/* In columns: one line when the name fits, or when its cut keeps most of
 * it ("MIELI Crisis Helpli…" is still known); two, the number and status
 * under the name, when a cut would hide what the service is
 * ("Brottsofferjourens …" for its legal advice line). */
static int
name_fits(const struct dir_row *r, int name_cols)
{
	int shown = name_cols - text_width(r->tail);

	if (text_width(r->name) + text_width(r->tail) <= name_cols ||
	    (shown >= DIR_NAME_SHOWN && shown * DIR_CUT_KEEPS_DEN >= text_width(r->name) * DIR_CUT_KEEPS_NUM))
		return 1;
	return 2;
}

/*
 * On a narrow window a name too long for its row wraps onto a second,
 * indented one, rather than keeping only a few letters; the "· in Finnish"
 * tail stays whole and a name too long for both rows gives way ("…").
 */
static void
name_rows(struct dir_row *r, int avail)
{
	char full[sizeof r->name + sizeof r->tail];
	struct wrap_line w[2];
	struct dir_row rest;
	const char *p;

	snprintf(full, sizeof full, "%s%s", r->name, r->tail);
	r->name_rows = 1;
	if (text_width(full) <= avail) {
		snprintf(r->row[0], sizeof r->row[0], "%s", full);
		return;
	}
	r->name_rows = 2;
	if (wrap_text(full, avail, w, 2) == 2 && text_width(full + w[1].start) <= avail - 2) {
		snprintf(r->row[0], sizeof r->row[0], "%.*s", (int)w[0].len, full);
		snprintf(r->row[1], sizeof r->row[1], "  %s", full + w[1].start);
		return;
	}
	wrap_text(r->name, avail, w, 1);
	snprintf(r->row[0], sizeof r->row[0], "%.*s", (int)w[0].len, r->name);
	for (p = r->name + w[0].len; *p == ' '; p++)
		;
	rest = *r;
	snprintf(rest.name, sizeof rest.name, "%s", p);
	snprintf(r->row[1], sizeof r->row[1], "  ");
	dir_name(&rest, avail - 2, r->row[1] + 2, sizeof r->row[1] - 2);
}

/* On a narrow window: the name, then the number and status on one line
 * when they fit, else each on its own. */
static int
item_lines(struct dir_row *r, int avail)
{
	name_rows(r, avail);
	if (r->value[0] == '\0' || r->status[0] == '\0' ||
	    text_width(r->value) + 2 + text_width(r->status) <= avail - 2)
		return r->name_rows + 1;
	return r->name_rows + 2;
}

/*
 * Draws the list from row LIST_TOP: a heading per need, and each helpline
 * on one line (name, number, status in columns) or, when the window is
 * narrow, on two or three (the name, then the number and status under it).
 * Space runs out for the name first: the status stays whole, then the number.
 */
static void
draw_rows(struct view *view, const struct helpline **shown, struct dir_row *rows, int n)
{
	int avail = TEXT_COLS - 4, num_w = 0, status_w = 0, per_item, nlines = 0;
	int height = draw_list_rows(LIST_TOP), first = 0, focus_h = 1, cursor_y = LIST_TOP;
	bool more = false, roomy = false;
	struct dir_line *lines = xmalloc(((size_t)n * 4 + NEED_COUNT + 1) * sizeof *lines);

	for (int i = 0; i < n; i++) {
		if (text_width(rows[i].value) > num_w)
			num_w = text_width(rows[i].value);
		if (text_width(rows[i].status) > status_w)
			status_w = text_width(rows[i].status);
	}
	/* One line each when the name keeps room, else per item two or three. */
	per_item = avail - num_w - status_w - 3 >= DIR_NAME_MIN ? 1 : 0;
	/* A tall window has room for every name whole: a name its column
	 * would cut wraps then, with the number and status under it. */
	if (per_item == 1) {
		int total = 0;

		for (int i = 0; i < n; i++) {
			if (i == 0 || shown[i]->need != shown[i - 1]->need)
				total++;
			total += name_cut(&rows[i], avail - num_w - status_w - 3) ? 2 : 1;
		}
		roomy = total <= height;
	}
	for (int i = 0; i < n; i++) {
		int h = per_item == 1 ? (roomy && name_cut(&rows[i], avail - num_w - status_w - 3)
		    ? 2 : name_fits(&rows[i], avail - num_w - status_w - 3))
		    : item_lines(&rows[i], avail);

		/* A name its tail would squeeze wraps as on a narrow window. */
		if (per_item == 1 && h > 1) {
			name_rows(&rows[i], avail);
			h = rows[i].name_rows + 1;
		}

		if (i == 0 || shown[i]->need != shown[i - 1]->need)
			lines[nlines++] = (struct dir_line){ -1, (int)shown[i]->need, 0 };
		if (i == view->selected) {
			first = nlines;
			focus_h = h;
		}
		for (int k = 0; k < h; k++)
			lines[nlines++] = (struct dir_line){ i, k, h };
	}
	/* Keep the focused helpline whole in view, with its heading when it has one. */
	if (first - 1 < view->scroll)
		view->scroll = first > 0 && lines[first - 1].item < 0 ? first - 1 : first;
	if (first + focus_h > view->scroll + height)
		view->scroll = first + focus_h - height;
	if (view->scroll < 0)
		view->scroll = 0;
	/* The top row starts an item or a heading: never a number without its name. */
	while (view->scroll < first && lines[view->scroll].item >= 0 && lines[view->scroll].k > 0)
		view->scroll++;
	for (int l = view->scroll; l < nlines && l - view->scroll < height; l++) {
		int y = LIST_TOP + l - view->scroll, i = lines[l].item;
		const struct dir_row *r = i >= 0 ? &rows[i] : NULL;
		bool focus = i >= 0 && i == view->selected;
		char text[1024], name[512];

		/* Whole helplines only: never a name without its number under it. */
		if (i >= 0 && lines[l].k == 0 && l + lines[l].of > view->scroll + height && !focus) {
			more = true;
			break;
		}
		/* A heading only with its first helpline whole under it. */
		if (i < 0 && l + 1 < nlines && lines[l + 1].item != view->selected &&
		    l + 1 + lines[l + 1].of > view->scroll + height) {
			more = true;
			break;
		}
		if (i < 0) {
			attron(A_BOLD);
			draw_text(y, 1, TEXT_COLS - 2, _(need_title((enum need)lines[l].k)));
			attroff(A_BOLD);
			continue;
		}
		draw_row_item(y, i);
		if (lines[l].of == 1) {
			int name_cols = avail - num_w - status_w - 3;

			dir_name(r, name_cols, name, sizeof name);
			snprintf(text, sizeof text, "%s%*s %s%*s  %s", name,
			    name_cols - text_width(name), "", r->value,
			    num_w - text_width(r->value), "", r->status);
		} else if (lines[l].k < r->name_rows) {
			snprintf(text, sizeof text, "%s", r->row[lines[l].k]);
		} else if (lines[l].of - r->name_rows == 1) {
			snprintf(text, sizeof text, "  %s%s%s", r->value,
			    r->value[0] != '\0' ? "  " : "", r->status);
		} else {
			snprintf(text, sizeof text, "  %s",
			    lines[l].k == r->name_rows ? r->value : r->status);
		}
		/* The marker and reverse video both show the focus: never colour alone. */
		if (focus) {
			attron(A_REVERSE);
			mvaddstr(y, 1, lines[l].k == 0 ? "> " : "  ");
			if (lines[l].k == 0)
				cursor_y = y;
		}
		draw_text(y, 3, avail, text);
		if (focus)
			attroff(A_REVERSE);
	}
	if (more || nlines > view->scroll + height)
		draw_more_below();
	view->list_top = LIST_TOP;
	view->list_rows = 0;    /* list_key pages by the rows; clicks by draw_row_item */
	move(cursor_y, 3);
	free(lines);
}

static void
directory_draw(struct app *app, struct view *view)
{
	const struct content *c = app->content;
	const struct helpline **shown = xmalloc((c->nhelplines + 1) * sizeof *shown);
	struct dir_row *rows = xmalloc((c->nhelplines + 1) * sizeof *rows);
	size_t n = listed(app, shown);
	time_t now = session_now(app->session);
	char title[256], filters[512];
	/* A full search says so instead of dropping keys without a word. */
	struct directory_state *d = view->state;
	bool search_full = d->searching &&
	    strlen(app->session->search) + MB_LEN_MAX >= sizeof app->session->search;

	/* A row shows the contact for the filter's language, or the reader's. */
	const struct language *language = contact_shown_language(&app->session->filter);

	for (size_t i = 0; i < n; i++)
		dir_row_fill(app, shown[i], language, now, &rows[i]);
	/* TRANSLATORS: the directory's title with how many are listed of how many. */
	snprintf(title, sizeof title, _("Helplines and support (%zu of %zu)"), n, c->nhelplines);
	draw_frame_typing(title, true, d->searching);
	filter_summary(app, filters, sizeof filters);
	/* The keys, or what is shown and "(c clears)", take two lines on a
	 * narrow window rather than losing the last ones (a long search ends with "…"). */
	if (filter_is_empty(&app->session->filter))
		draw_entries_until(2, 1, filters, "  ", LIST_TOP);   /* "l language" stays whole */
	else if (search_full)
		draw_text(2, 1, TEXT_COLS - 2, filters);    /* the row under it says so */
	else
		draw_paragraph_until(2, 1, filters, LIST_TOP);
	if (n <= 1 && !filter_is_empty(&app->session->filter)) {
		/* Wrapped upwards from the hint row: the list above it holds only 112. */
		const char *none = _("Nothing else matches. Press c to clear the filters.");
		int h = (int)wrap_text(none, TEXT_COLS - 2, NULL, 0);

		draw_paragraph_until(HINT_ROW - (h > 2 ? 1 : h - 1), 1, none, HINT_ROW + 1);
	}
	if (view->selected >= (int)n)
		view->selected = (int)n - 1;
	if (view->selected < 0)
		view->selected = 0;
	draw_rows(view, shown, rows, (int)n);
	if (d->searching) {
		/* The prompt replaces the hint line; the cursor waits at its end. */
		int x = 1;

		if (search_full)
			draw_text(LIST_TOP - 1, 1, TEXT_COLS - 2, _("That is as long as a search can be."));
		move(HINT_ROW, 0);
		clrtoeol();
		x += draw_text(HINT_ROW, x, TEXT_COLS - 2, _("Search:"));
		x += 1 + draw_text(HINT_ROW, x + 1, TEXT_COLS - x - 2, app->session->search);
		/* Right after the last letter typed, where the next one goes. */
		move(HINT_ROW, x > TEXT_COLS - 1 ? TEXT_COLS - 1 : x);
	}
	free(shown);
	free(rows);
}

static void
next_topic(struct app *app)
{
	filter_next_topic(app->content, &app->session->filter);
}

static void
next_language(struct app *app)
{
	filter_next_language(app->content, &app->session->filter,
	    content_language(app->content, lang_code(lang_current())));
}

/* Search as you type: Enter keeps the search, Esc drops it, arrows still move. */
static bool
search_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	enum key_action global = function_key ? keys_action(KEYS_GLOBAL, key, true) : ACT_NONE;

	/* Letters are the search's, but F3 (help now), F12, F1 and F2 work as
	 * everywhere; Backspace stays the search's. */
	if (global != ACT_NONE && global != ACT_BACK)
		return false;
	if (is_cancel_key(key, function_key)) {
		app->session->search[0] = '\0';
		((struct directory_state *)view->state)->searching = false;
		view->selected = 0;
	} else if (is_open_key(key, function_key)) {
		((struct directory_state *)view->state)->searching = false;
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

	if (((struct directory_state *)view->state)->searching)
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
		case ACT_SEARCH: ((struct directory_state *)view->state)->searching = true; break;
		case ACT_PRINT: print_prompt_open(app, PRINT_HELPLINES); break;
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
	.state_size = sizeof(struct directory_state),
};
