/* Help now, one document for every mode. A line that answers only in
 * another language is never shown without saying so. */
#include <config.h>

#include <string.h>

#include "sys/i18n.h"
#include "text/contact_text.h"
#include "text/help_now.h"
#include "text/hours_text.h"
#include "text/origin_text.h"

static bool
contact_speaks(const struct contact *k, const char *code)
{
	for (size_t i = 0; i < k->nlanguages; i++)
		if (strcmp(k->languages[i]->code, code) == 0)
			return true;
	return false;
}

/* The phone contact of h that answers in code, or NULL. */
static const struct contact *
phone_in(const struct helpline *h, const char *code)
{
	for (size_t i = 0; i < h->ncontacts; i++)
		if (h->contacts[i].kind == CONTACT_PHONE && contact_speaks(&h->contacts[i], code))
			return &h->contacts[i];
	return NULL;
}

/* The first phone contact of h that is open day and night, or NULL. */
static const struct contact *
phone_always(const struct helpline *h)
{
	for (size_t i = 0; i < h->ncontacts; i++)
		if (h->contacts[i].kind == CONTACT_PHONE && h->contacts[i].hours.kind == HOURS_ALWAYS)
			return &h->contacts[i];
	return NULL;
}

/* The emergency number: its name (which holds the number) and, unless
 * only_name, when to call it and the interpreter. */
static void
add_emergency(struct doc *doc, const struct content *c, enum lang lang, bool only_name,
    bool only_advice)
{
	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];
		const struct contact *phone = helpline_contact(h, CONTACT_PHONE);

		if (!h->emergency || phone == NULL)
			continue;
		if (!only_advice)
			doc_add_msgid(doc, DOC_HEADING, c, h->name.msgid);
		if (only_name)
			continue;
		doc_addf(doc, DOC_LABEL, _("Call %s if you or someone else is in "
		    "immediate danger."), phone->value);
		if (phone_in(h, lang_code(lang)) == NULL)
			doc_add(doc, DOC_LABEL, _("If you do not speak Finnish or Swedish, say so "
			    "in English: an interpreter can be arranged."));
	}
}

/* The first crisis line open day and night, with the contact for the
 * reader's language where it has one. */
static void
add_crisis_line(struct doc *doc, const struct content *c, enum lang lang)
{
	const char *code = lang_code(lang);

	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];
		const struct contact *always = phone_always(h);
		const struct contact *own;

		/* A centre's own entry is listed on its own below, if it serves people in crisis. */
		if (h->emergency || always == NULL || h->origin == ORIGIN_ADDED)
			continue;
		own = phone_in(h, code);
		doc_add_msgid(doc, DOC_HEADING, c, h->name.msgid);
		if (own == always) {
			doc_addf(doc, DOC_LABEL, _("Call %s \xe2\x80\x94 open day and night."),
			    always->value);
		} else {
			if (own != NULL) {
				doc_addf(doc, DOC_LABEL, _("Call %s to talk in your own language."),
				    own->value);
				if (own->note.msgid != NULL)
					doc_add_msgid(doc, DOC_LABEL, c, own->note.msgid);
			}
			if (contact_speaks(always, "fi"))
				doc_addf(doc, DOC_LABEL, _("Day and night: %s. This line answers "
				    "in Finnish."), always->value);
			else
				doc_addf(doc, DOC_LABEL, _("Call %s \xe2\x80\x94 open day and "
				    "night."), always->value);
		}
		doc_add_msgid(doc, DOC_PARAGRAPH, c, h->description.msgid);
		return;
	}
}

static void
add_hours(const char *line, void *doc)
{
	doc_addf(doc, DOC_LABEL, "    %s", line);
}

/* The centre's own crisis services (local.d entries with "crisis": true). */
static void
add_local_crisis(struct doc *doc, const struct content *c, enum lang lang)
{
	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];
		const struct contact *phone = phone_in(h, lang_code(lang));
		bool serves = phone != NULL;

		if (h->origin != ORIGIN_ADDED || !h->crisis)
			continue;
		if (phone == NULL && (phone = helpline_contact(h, CONTACT_PHONE)) == NULL)
			continue;
		doc_add_msgid(doc, DOC_HEADING, c, h->name.msgid);
		doc_add(doc, DOC_LABEL, helpline_origin_label(h));
		if (serves)
			/* TRANSLATORS: Help now, a crisis service the centre added itself. */
			doc_addf(doc, DOC_LABEL, _("Call %s."), phone->value);
		else
			/* TRANSLATORS: Help now: number, then "answers in Finnish" or the like. */
			doc_addf(doc, DOC_LABEL, _("Call %s (%s)."), phone->value,
			    contact_answers_in(h, phone));
		hours_lines(&phone->hours, add_hours, doc);
	}
}

void
help_now_build(struct doc *doc, const struct content *c, enum lang lang)
{
	doc_add(doc, DOC_TITLE, _("Help now"));
	/* A listener hears both numbers first, and when to call 112 after them. */
	add_emergency(doc, c, lang, doc->spoken, false);
	add_crisis_line(doc, c, lang);
	if (doc->spoken)
		add_emergency(doc, c, lang, false, true);
	add_local_crisis(doc, c, lang);
	doc_add(doc, DOC_PARAGRAPH, _("Whatever you are going through, you do not have "
	    "to face it alone."));
}

void
help_now_crisis(struct doc *doc, const struct content *c, enum lang lang)
{
	add_crisis_line(doc, c, lang);
}
