#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/doc.h"
#include "text/contact_text.h"
#include "text/origin_text.h"
#include "text/hours_text.h"
#include "sys/lang.h"
#include "model/contact_choice.h"
#include "sys/i18n.h"
#include "model/clock.h"
#include "model/placeholder_fill.h"
#include "model/plan.h"
#include "model/utf8.h"
#include "model/xalloc.h"

/* Status lines and dates from hours_text.c: short, fixed formats. */
#define DOC_LINE_MAX 512

void
doc_add(struct doc *d, enum doc_style style, const char *text)
{
	XGROW(d->blocks, d->n, d->cap, 16);
	/* Allocated to fit, so a translator's long paragraph is never cut. */
	d->blocks[d->n].style = style;
	d->blocks[d->n].text = sanitize_dup(text);
	d->n++;
}

void
doc_addf(struct doc *d, enum doc_style style, const char *fmt, ...)
{
	va_list ap;
	char *text;

	va_start(ap, fmt);
	text = xvasprintf(fmt, ap);
	va_end(ap);
	doc_add(d, style, text);
	free(text);
}

void
content_text(const struct content *c, const char *msgid, char *out, size_t outsize)
{
	placeholder_expand(c, gettext(msgid), out, outsize);
}

char *
content_text_dup(const struct content *c, const char *msgid)
{
	return placeholder_expand_dup(c, gettext(msgid));
}

void
doc_add_msgid(struct doc *d, enum doc_style style, const struct content *c, const char *msgid)
{
	char *text = content_text_dup(c, msgid);

	doc_add(d, style, text);
	free(text);
}

void
doc_free(struct doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->blocks[i].text);
	free(d->blocks);
	memset(d, 0, sizeof *d);
}

const char *
agency_web(const struct agency *a, enum lang lang)
{
	return web_address_for(&a->web, (int)lang).url;
}

void
doc_page(struct doc *d, const struct content *c, const struct page *p)
{
	static const enum doc_style styles[] = {
		[BLOCK_PARAGRAPH] = DOC_PARAGRAPH,
		[BLOCK_ITEM] = DOC_ITEM,
		[BLOCK_HEADING] = DOC_HEADING,
	};

	doc_add_msgid(d, DOC_TITLE, c, p->title.msgid);
	if (p->heavy && d->spoken)
		/* TRANSLATORS: plain mode, above a page about hard things; 0 and h
		 * are typed as they are in every language. */
		doc_add(d, DOC_NOTE, _("This page talks about hard things. You can stop at any "
		    "time: type 0 to go back, or h to see where to get help right away."));
	else if (p->heavy)
		doc_add(d, DOC_NOTE, _("This page talks about hard things. You can stop "
		    "reading at any time: press Left to go back, or h to see where to get help "
		    "right away."));
	for (size_t i = 0; i < p->nblocks; i++)
		doc_add_msgid(d, styles[p->blocks[i].kind], c, p->blocks[i].text.msgid);
}

void
doc_step(struct doc *d, const struct content *c, const struct step *s, enum lang lang)
{
	doc_add_msgid(d, DOC_TITLE, c, s->title.msgid);
	doc_step_body(d, c, s, false, lang, NULL, time(NULL));
}

void
doc_step_notes(struct doc *d, const struct content *c, const struct step *s,
    const struct plan_answers *answers)
{
	for (size_t i = 0; i < s->nnotes; i++)
		if (plan_note_applies(answers, &s->notes[i].when,
		    s->notes[i].has_unless ? &s->notes[i].unless : NULL))
			doc_add_msgid(d, DOC_NOTE, c, s->notes[i].text.msgid);
}

void
doc_step_body(struct doc *d, const struct content *c, const struct step *s, bool numbered,
    enum lang lang, const struct plan_answers *answers, time_t now)
{
	doc_add(d, DOC_HEADING, _("Why it matters"));
	for (size_t i = 0; i < s->nwhy; i++)
		doc_add_msgid(d, DOC_PARAGRAPH, c, s->why[i].msgid);
	doc_add(d, DOC_HEADING, _("How to do it"));
	for (size_t i = 0; i < s->nhow; i++)
		doc_add_msgid(d, DOC_PARAGRAPH, c, s->how[i].msgid);
	if (s->agency != NULL) {
		doc_add(d, DOC_HEADING, _("More information"));
		doc_add_msgid(d, DOC_PARAGRAPH, c, s->agency->name.msgid);
		if (s->agency->phone != NULL)
			doc_addf(d, DOC_LABEL, _("Phone: %s"), s->agency->phone);
		if (agency_web(s->agency, lang) != NULL) {
			char web[1024];

			doc_addf(d, DOC_LABEL, _("Web: %s"), address_text(&s->agency->web, web,
			    sizeof web));
		}
	}
	if (s->nhelplines > 0) {
		doc_add(d, DOC_HEADING, _("Where to get help"));
		/* The line for the reader's language, saying so when it answers in
		 * another; the hour only breaks a tie between two such lines.  Its
		 * status is that line's, as in the directory's row (issue 34). */
		const struct language *language = content_reader_language(c, lang_code(lang));

		for (size_t i = 0; i < s->nhelplines; i++) {
			const struct helpline *h = s->helplines[i];
			struct contact_choice k = helpline_contact_for(h, language, now);
			char *name = content_text_dup(c, h->name.msgid);
			/* Numbered where a digit opens the helpline (the curses screen). */
			enum doc_style style = numbered ? DOC_LABEL : DOC_ITEM;
			char num[32] = "", status[160];

			if (numbered)
				snprintf(num, sizeof num, "%zu  ", i + 1);
			if (k.contact != NULL && d->spoken)
				contact_status_spoken(k.contact, now, status, sizeof status);
			else if (k.contact != NULL)
				contact_status_text(k.contact, now, status, sizeof status);
			else if (d->spoken)
				helpline_status_spoken(h, now, status, sizeof status);
			else
				helpline_status_text(h, now, status, sizeof status);
			if (k.contact == NULL || k.contact->kind != CONTACT_PHONE)
				doc_addf(d, style, "%s%s (%s)", num, name, status);
			else if (k.serves || h->emergency)
				doc_addf(d, style, "%s%s: %s (%s)", num, name, k.contact->value, status);
			else {
				char line[512], in[320];

				/* The status and the language in one bracket, as plain
				 * mode's directory row says them. */
				snprintf(in, sizeof in, "%s, %s", status, contact_answers_in(h, k.contact));
				/* TRANSLATORS: a helpline on a step's page: name, number, and
				 * its status and the language it answers in ("check the
				 * hours, in Finnish"). */
				snprintf(line, sizeof line, _("%s: %s (%s)"), name, k.contact->value, in);
				doc_addf(d, style, "%s%s", num, line);
			}
			free(name);
		}
	}
	if (s->you_could_say.msgid == NULL || answers == NULL || !plan_for_other(answers))
		doc_call_guide(d, c, NULL, s->you_could_say.msgid);
	else if (s->you_could_say_for_other.msgid != NULL)
		doc_call_guide(d, c, NULL, s->you_could_say_for_other.msgid);
	else {
		/* Someone helping: the person's own words, said by them. */
		/* TRANSLATORS: a heading on a step's page for someone helping
		 * another person; under it a sentence that person could say. */
		doc_add(d, DOC_HEADING, _("The person you are helping could begin like this"));
		doc_add_msgid(d, DOC_PARAGRAPH, c, s->you_could_say.msgid);
	}
}

void
doc_call_guide(struct doc *d, const struct content *c, const char *what_happens,
    const char *you_could_say)
{
	if (what_happens != NULL) {
		/* TRANSLATORS: a heading in a helpline's detail. */
		doc_add(d, DOC_HEADING, _("What happens when you get in touch"));
		doc_add_msgid(d, DOC_PARAGRAPH, c, what_happens);
	}
	if (you_could_say != NULL) {
		/* TRANSLATORS: a heading; under it a sentence a person could say as it is. */
		doc_add(d, DOC_HEADING, _("You could begin like this"));
		doc_add_msgid(d, DOC_PARAGRAPH, c, you_could_say);
	}
}

static const char *
cost_text(enum cost cost)
{
	switch (cost) {
	case COST_FREE:
		return _("Free of charge.");
	case COST_CALL_PRICE:
		return _("The service is free; you pay only your operator's normal call charge.");
	default:
		return _("Cost: check the service's own site.");
	}
}

static void
add_hours_line(const char *line, void *data)
{
	doc_addf(data, DOC_LABEL, "    %s", line);
}

/* When a contact was checked, and its hours where they were read on
 * another day (the pages are in the data, for editors and audits). */
static void
add_checked(struct doc *d, const struct contact *ct)
{
	struct date checked = ct->checked.checked;
	char date[64];

	/* A page per language: the date the page shown was found on. */
	if (ct->kind != CONTACT_PHONE && !ct->address.same) {
		struct address_choice k = web_address_current(&ct->address);

		if (k.lang >= 0)
			checked = ct->address.checked[k.lang].checked;
	}
	date_text(checked, date, sizeof date);
	/* TRANSLATORS: under one phone number, chat or web address: the date
	 * its details were read on the service's or an official page. */
	doc_addf(d, DOC_LABEL, _("Checked on %s"), date);
	if (ct->hours_checked.source != NULL &&
	    date_days_between(ct->hours_checked.checked, checked) != 0) {
		date_text(ct->hours_checked.checked, date, sizeof date);
		doc_addf(d, DOC_LABEL, _("Hours checked on %s"), date);
	}
}

/* For a voice, the dates once for the whole helpline: "Checked on 2
 * December 2026", or the oldest and newest when they differ. */
static void
add_checked_spoken(struct doc *d, const struct helpline *h)
{
	struct date oldest = { 0 }, newest = { 0 };
	char from[64], to[64];

	for (size_t i = 0; i < h->ncontacts; i++) {
		const struct provenance *dates[2] = { &h->contacts[i].checked,
			&h->contacts[i].hours_checked };

		for (int k = 0; k < 2; k++) {
			if (dates[k]->checked.year == 0)
				continue;
			if (oldest.year == 0 || date_days_between(dates[k]->checked, oldest) > 0)
				oldest = dates[k]->checked;
			if (newest.year == 0 || date_days_between(newest, dates[k]->checked) > 0)
				newest = dates[k]->checked;
		}
	}
	if (oldest.year == 0)
		return;
	date_spoken(oldest, from, sizeof from);
	date_spoken(newest, to, sizeof to);
	if (date_days_between(oldest, newest) == 0)
		doc_addf(d, DOC_LABEL, _("Checked on %s"), from);
	else
		/* TRANSLATORS: read aloud once under a helpline's numbers: the
		 * oldest and the newest date its details were read. */
		doc_addf(d, DOC_LABEL, _("Details checked between %s and %s"), from, to);
}

void
doc_helpline(struct doc *d, const struct content *c, const struct helpline *h,
    const struct language *language, time_t now)
{
	char buf[DOC_LINE_MAX];
	struct contact_choice shown = helpline_contact_for(h, language, now);

	doc_add_msgid(d, DOC_TITLE, c, h->name.msgid);
	if (helpline_origin_label(h) != NULL)
		doc_add(d, DOC_NOTE, helpline_origin_label(h));
	if (shown.contact != NULL)
		(d->spoken ? contact_status_spoken : contact_status_text)(shown.contact, now, buf,
		    sizeof buf);
	else
		(d->spoken ? helpline_status_spoken : helpline_status_text)(h, now, buf, sizeof buf);
	doc_add(d, DOC_NOTE, buf);
	/* A listener hears what happens when they call first: the list just
	 * named the service, and its numbers and hours are long to hear. */
	if (d->spoken)
		doc_call_guide(d, c, h->what_happens.msgid, h->you_could_say.msgid);
	doc_add_msgid(d, DOC_PARAGRAPH, c, h->description.msgid);
	if (h->audience.msgid != NULL)
		doc_add_msgid(d, DOC_PARAGRAPH, c, h->audience.msgid);
	/* The contact the header speaks of first, then the others in file order. */
	for (size_t n = 0; n < h->ncontacts; n++) {
		size_t first = shown.contact != NULL ? (size_t)(shown.contact - h->contacts) : 0;
		size_t i = n == 0 ? first : n <= first ? n - 1 : n;
		const struct contact *ct = &h->contacts[i];
		char langs[512] = "", web[1024];

		for (size_t k = 0; k < ct->nlanguages; k++) {
			if (k > 0)
				strncat(langs, ", ", sizeof langs - strlen(langs) - 1);
			strncat(langs, gettext(ct->languages[k]->name.msgid),
			    sizeof langs - strlen(langs) - 1);
		}
		switch (ct->kind) {
		case CONTACT_PHONE:
			doc_addf(d, DOC_HEADING, _("Phone %s"), ct->value);
			break;
		/* The reader's page, "(in English)" after one in another language. */
		case CONTACT_CHAT:
			doc_addf(d, DOC_HEADING, _("Chat %s"), address_text(&ct->address, web,
			    sizeof web));
			break;
		case CONTACT_WEB:
			doc_addf(d, DOC_HEADING, _("Web %s"), address_text(&ct->address, web,
			    sizeof web));
			break;
		}
		if (ct->kind != CONTACT_WEB) {
			doc_addf(d, DOC_LABEL, _("Languages: %s"), langs);
			/* A contact's own note on unconfirmed hours says it better
			 * than the general line, and the two in a row repeat. */
			if (!(ct->hours.kind == HOURS_UNKNOWN && ct->note.msgid != NULL))
				(d->spoken ? hours_lines_spoken : hours_lines)(&ct->hours,
				    add_hours_line, d);
			/* Only weekly hours change on holidays: a 24/7 line never
			 * does, and unconfirmed hours already say to check. */
			if (ct->hours.kind == HOURS_WEEKLY)
				doc_addf(d, DOC_LABEL, "    %s", _("Hours may differ on public holidays."));
		} else {
			/* TRANSLATORS: under a web address or form: it has no opening hours. */
			doc_addf(d, DOC_LABEL, "    %s", _("Online, any time"));
		}
		if (ct->note.msgid != NULL)
			doc_add_msgid(d, DOC_PARAGRAPH, c, ct->note.msgid);
		if (!d->spoken)
			add_checked(d, ct);
	}
	if (d->spoken)
		add_checked_spoken(d, h);
	if (!d->spoken)
		doc_call_guide(d, c, h->what_happens.msgid, h->you_could_say.msgid);
	doc_add(d, DOC_HEADING, _("Good to know"));
	/* "Not anonymous" could make someone in danger hesitate to call 112. */
	if (!(h->emergency && h->anonymous == ANONYMOUS_NO))
		doc_add(d, DOC_LABEL, h->anonymous == ANONYMOUS_YES ? _("You can stay anonymous.")
		    : h->anonymous == ANONYMOUS_NO ? _("This service is not anonymous.")
		    : _("Ask whether you can stay anonymous."));
	doc_add(d, DOC_LABEL, cost_text(h->cost));
}
