/* The fact-check sheet, built once for every renderer. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/clock.h"
#include "model/contact_choice.h"
#include "model/facts.h"
#include "model/local_load.h"
#include "model/utf8.h"
#include "model/xalloc.h"
#include "sys/i18n.h"
#include "text/doc.h"
#include "text/fact_sheet.h"
#include "text/handout_doc.h"
#include "text/hours_text.h"
#include "text/origin_text.h"

/* An entry's lines: a contact's hours and note, or an organisation's steps. */
#define FACT_LINES_MAX 96

/* A sanitized copy of text in the arena (allocated to fit, never cut). */
static const char *
keep(struct arena *a, const char *text)
{
	char *clean = sanitize_dup(text);
	const char *kept = arena_strdup(a, clean);

	free(clean);
	return kept;
}

static const char *
keepf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static const char *
keepf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	char *text;
	const char *kept;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	kept = keep(a, text);
	free(text);
	return kept;
}

static const char *
keep_msgid(struct arena *a, const struct content *c, const char *msgid)
{
	char *text = content_text_dup(c, msgid);
	const char *kept = keep(a, text);

	free(text);
	return kept;
}

/* An entry's lines while it is built. */
struct lines {
	struct arena *arena;
	struct fact_line line[FACT_LINES_MAX];
	size_t n;
};

static void
add_line(struct lines *l, enum fact_line_kind kind, const char *text)
{
	if (l->n < FACT_LINES_MAX)
		l->line[l->n++] = (struct fact_line){ kind, keep(l->arena, text), NULL, NULL };
}

/* A web address: never broken into words, followed by its language when it has one. */
static void
add_address(struct lines *l, const char *label, const char *url, const char *tag)
{
	if (l->n < FACT_LINES_MAX && url != NULL)
		l->line[l->n++] = (struct fact_line){ FACT_LINE_ADDRESS, keep(l->arena, label),
		    keep(l->arena, url), tag != NULL ? keep(l->arena, tag) : NULL };
}

static void
add_item(const char *line, void *data)
{
	add_line(data, FACT_LINE_ITEM, line);
}

static const char *
contact_label(enum contact_kind kind)
{
	switch (kind) {
	case CONTACT_PHONE: return _("Phone");
	case CONTACT_CHAT: return _("Chat");
	default: return _("Web");
	}
}

/* "in Finnish" for any language's page, the reader's own too: the sheet
 * lists every language's page, so each says which it is. */
static const char *
page_tag(const struct web_address *a, int lang)
{
	if (a->same)
		return NULL;
	return address_tag((struct address_choice){ web_address_url(a, lang), lang, false });
}

/* The line that says which contact: its number, or its page for the reader. */
static void
add_contact_name(struct lines *l, const struct contact *ct, enum lang lang)
{
	if (ct->kind == CONTACT_PHONE) {
		char *line = xasprintf("%s %s", contact_label(ct->kind), ct->value);

		add_line(l, FACT_LINE_TEXT, line);
		free(line);
	} else {
		struct address_choice k = web_address_for(&ct->address, (int)lang);

		add_address(l, contact_label(ct->kind), k.url != NULL ? k.url : ct->value,
		    address_tag(k));
	}
}

static void
add_hours(struct lines *l, const struct contact *ct)
{
	/* TRANSLATORS: a small heading on the fact-check sheet, over a contact's hours. */
	add_line(l, FACT_LINE_HEADING, _("Opening hours"));
	hours_lines(&ct->hours, add_item, l);
}

/* A contact's own facts: which it is, languages, hours (unless read on
 * another page), its note, whether it is anonymous and what it costs. */
static void
contact_lines(struct lines *l, const struct content *c, const struct helpline *h,
    const struct contact *ct, enum lang lang)
{
	char langs[512] = "";
	char *terms;

	add_contact_name(l, ct, lang);
	if (ct->kind != CONTACT_WEB) {
		for (size_t k = 0; k < ct->nlanguages; k++) {
			if (k > 0)
				strncat(langs, ", ", sizeof langs - strlen(langs) - 1);
			strncat(langs, gettext(ct->languages[k]->name.msgid),
			    sizeof langs - strlen(langs) - 1);
		}
		terms = xasprintf(_("Languages: %s"), langs);
		add_line(l, FACT_LINE_TEXT, terms);
		free(terms);
		if (ct->hours_checked.source == NULL)
			add_hours(l, ct);
	}
	if (ct->note.msgid != NULL) {
		char *note = content_text_dup(c, ct->note.msgid);

		add_line(l, FACT_LINE_ITEM, note);
		free(note);
	}
	terms = xasprintf("%s %s", h->anonymous == ANONYMOUS_YES ? _("Anonymous.")
	    : h->anonymous == ANONYMOUS_NO ? _("Not anonymous.") : _("Anonymity not known."),
	    h->cost == COST_FREE ? _("Free of charge.")
	    : h->cost == COST_CALL_PRICE ? _("Normal call charge.") : _("Cost not confirmed."));
	add_line(l, FACT_LINE_TEXT, terms);
	free(terms);
}

/* An organisation: its phone, its one address, and each step it is for,
 * with what the step says to do. */
static void
agency_lines(struct lines *l, const struct content *c, const struct agency *a)
{
	if (a->phone != NULL) {
		char *line = xasprintf(_("Phone: %s"), a->phone);

		add_line(l, FACT_LINE_TEXT, line);
		free(line);
	}
	if (a->web.same)
		add_address(l, _("Web"), web_address_url(&a->web, 0), NULL);
	for (size_t i = 0; i < c->nsteps; i++) {
		const struct step *s = &c->steps[i];
		char *title, *line;

		if (s->agency != a)
			continue;
		title = content_text_dup(c, s->title.msgid);
		/* TRANSLATORS: on the fact-check sheet, before a step's title; what
		 * the step says to do follows under it. */
		line = xasprintf(_("Step: %s"), title);
		add_line(l, FACT_LINE_HEADING, line);
		free(line);
		free(title);
		for (size_t k = 0; k < s->nhow; k++) {
			char *how = content_text_dup(c, s->how[k].msgid);

			add_line(l, FACT_LINE_ITEM, how);
			free(how);
		}
	}
}

struct build {
	struct fact_sheet *sheet;
	const struct content *c;
	struct date today;
	enum lang lang;
	size_t cap;
};

static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}

static void
add_fact(const struct fact_ref *r, void *data)
{
	struct build *b = data;
	struct fact_sheet *s = b->sheet;
	struct arena *a = &s->arena;
	struct lines *l;
	struct fact_entry *e;
	char date[64];

	/* A "read more" page is not shown to anyone yet: nothing to act on. */
	if (r->kind == FACT_FURTHER_READING)
		return;
	XGROW(s->entries, s->nentries, b->cap, 64);
	e = &s->entries[s->nentries];
	memset(e, 0, sizeof *e);
	e->order = s->nentries++;
	l = xcalloc(1, sizeof *l);
	l->arena = a;
	if (r->helpline != NULL) {
		e->name = keep_msgid(a, b->c, r->helpline->name.msgid);
		if (helpline_origin_label(r->helpline) != NULL)
			e->origin = keep(a, helpline_origin_label(r->helpline));
	} else {
		e->name = keep_msgid(a, b->c, r->agency->name.msgid);
	}
	switch (r->kind) {
	case FACT_CONTACT:
		contact_lines(l, b->c, r->helpline, r->contact, b->lang);
		break;
	case FACT_HOURS:
		add_contact_name(l, r->contact, b->lang);
		add_hours(l, r->contact);
		break;
	case FACT_CONTACT_PAGE:
		add_address(l, contact_label(r->contact->kind), web_address_url(r->address, r->lang),
		    page_tag(r->address, r->lang));
		break;
	case FACT_WHAT_HAPPENS:
		add_line(l, FACT_LINE_HEADING, _("What happens when you get in touch"));
		if (r->helpline->what_happens.msgid != NULL) {
			char *text = content_text_dup(b->c, r->helpline->what_happens.msgid);

			add_line(l, FACT_LINE_ITEM, text);
			free(text);
		}
		break;
	case FACT_AGENCY:
		agency_lines(l, b->c, r->agency);
		break;
	case FACT_AGENCY_PAGE:
		add_address(l, _("Web"), web_address_url(r->address, r->lang), page_tag(r->address, r->lang));
		break;
	default:
		break;
	}
	e->lines = arena_alloc(a, (l->n + 1) * sizeof *e->lines);
	memcpy(e->lines, l->line, l->n * sizeof *l->line);
	e->nlines = l->n;
	free(l);
	e->date = r->p->checked;
	date_text(r->p->checked, date, sizeof date);
	e->checked = keepf(a, _("Checked on %s"), date);
	if (date_days_between(r->p->checked, b->today) > FACTS_STALE_DAYS) {
		/* TRANSLATORS: on the fact-check sheet, after "Checked on 22.11.2025". */
		e->stale = keep(a, _("more than 12 months ago"));
		s->nstale++;
	}
	e->source = keep(a, r->p->source);
	/* TRANSLATORS: on the fact-check sheet: the file, the entry's id and
	 * the field (left in English, as in the file) where the fact is. */
	e->where = keepf(a, _("In the file: %1$s, \"%2$s\", %3$s"), base_name(r->file), r->id,
	    r->field);
}

/* Oldest check first; facts checked on the same day keep the files' order. */
static int
by_date(const void *x, const void *y)
{
	const struct fact_entry *e = x, *f = y;
	int days = date_days_between(f->date, e->date);

	if (days != 0)
		return days;
	return (e->order > f->order) - (e->order < f->order);
}

static void
add_how(struct fact_sheet *s, size_t *cap, bool command, const char *text)
{
	if (s->nhow == *cap) {
		*cap = *cap ? *cap * 2 : 8;
		s->how = xrealloc(s->how, *cap * sizeof *s->how);
		s->how_command = xrealloc(s->how_command, *cap * sizeof *s->how_command);
	}
	s->how[s->nhow] = keep(&s->arena, text);
	s->how_command[s->nhow++] = command;
}

/* How a centre corrects a fact (content/README.md says the same at length). */
static void
how_to_correct(struct fact_sheet *s, const struct content *c)
{
	const char *helplines = base_name(c->file_names[FILE_HELPLINES]);
	size_t cap = 0;
	char *text;

	/* TRANSLATORS: the heading of the end of the fact-check sheet. */
	s->how_title = keep(&s->arena, _("How to correct a fact"));
	/* The folder on a line of its own, so the sentences read the same
	 * wherever tuki is installed. */
	add_how(s, &cap, false, _("A centre's own corrections and services are files in this "
	    "folder:"));
	add_how(s, &cap, true, LOCAL_DIR_DEFAULT);
	/* TRANSLATORS: %s is helplines.json; "id", "replaces", "checked" and
	 * "source" are written in the file as they are. */
	text = xasprintf(_("To correct a service's number, address, hours, languages or cost, "
	    "copy the service from %s into a file of your own in that folder. Keep its \"id\", "
	    "add \"replaces\" with the same id, correct the fact, and give it a new \"checked\" "
	    "date and \"source\". tuki then shows the service as corrected by this centre."),
	    helplines);
	add_how(s, &cap, false, text);
	free(text);
	text = xasprintf(_("A service marked \"%s\" is the centre's own: correct it in its "
	    "file in that folder."), _("added by this centre"));
	add_how(s, &cap, false, text);
	free(text);
	add_how(s, &cap, false, _("An organisation in the steps, and what a step says to do, "
	    "come with tuki itself and cannot be replaced in local.d. Write the correct fact "
	    "and its source on this sheet and send it to whoever looks after tuki for your "
	    "centre, so that the next release corrects it."));
	add_how(s, &cap, false, _("Then check the file. While you write it in a folder of "
	    "your own, this shows any mistake with the file and the line:"));
	add_how(s, &cap, true, "tuki --check-content --local-dir DIR");
	add_how(s, &cap, false, _("Once it is in the centre's folder, check it as the kiosk "
	    "will read it, and restart the kiosk when both say nothing is wrong:"));
	add_how(s, &cap, true, "tuki --check-content");
	add_how(s, &cap, true, "tuki --check-config");
	/* TRANSLATORS: %1$s is a section's English title, %2$s and %3$s the
	 * names of documents (content/README.md, tuki.conf(5)). */
	text = xasprintf(_("The section \"%1$s\" of %2$s, and %3$s, describe the file step "
	    "by step."), "For a support centre", "content/README.md", "tuki.conf(5)");
	add_how(s, &cap, false, text);
	free(text);
}

void
fact_sheet_build(struct fact_sheet *out, const struct content *c, time_t now, enum lang lang)
{
	struct build b = { .sheet = out, .c = c, .today = clock_today(now), .lang = lang };
	struct arena *a = &out->arena;

	memset(out, 0, sizeof *out);
	/* TRANSLATORS: the title of a printout for a centre's staff: every fact
	 * in tuki with its source, to check and correct. */
	out->heading = keep(a, _("Fact-check sheet"));
	out->title = handout_title(a, out->heading);
	out->meta = handout_printed_line(a, now);
	out->intro = keep(a, _("Every fact a person can act on in tuki, with the page it was "
	    "read on and the day, the oldest check first. Read each source again: tick the box "
	    "when everything in the entry is still right, or write the new value on the line."));
	content_each_fact(c, add_fact, &b);
	if (out->nentries > 0)
		qsort(out->entries, out->nentries, sizeof *out->entries, by_date);
	/* TRANSLATORS: the plural follows the number of facts. */
	out->count = keepf(a, P_("This sheet lists %zu fact.", "This sheet lists %zu facts.",
	    out->nentries), out->nentries);
	if (out->nstale > 0)
		/* TRANSLATORS: the plural follows the number of facts. */
		out->stale_count = keepf(a, P_("%zu of them was last checked more than 12 months "
		    "ago: it is marked, and comes first.", "%zu of them were last checked more than "
		    "12 months ago: they are marked, and come first.", out->nstale), out->nstale);
	else
		out->stale_count = keep(a, _("Every fact was checked within the last year."));
	/* TRANSLATORS: on the fact-check sheet, before a fact's source page. */
	out->source_label = keep(a, _("Source:"));
	/* TRANSLATORS: beside a box to tick on the fact-check sheet; keep it short. */
	out->still_right = keep(a, _("Still right"));
	/* TRANSLATORS: before a line to write a corrected fact on; keep it short. */
	out->new_value = keep(a, _("New value"));
	how_to_correct(out, c);
}

void
fact_sheet_free(struct fact_sheet *s)
{
	free(s->entries);
	free(s->how);
	free(s->how_command);
	arena_free(&s->arena);
	memset(s, 0, sizeof *s);
}
