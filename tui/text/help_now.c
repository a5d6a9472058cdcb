/* Help now, one document for every mode. A line that answers only in
 * another language is never shown without saying so. */
#include <config.h>

#include <string.h>

#include "model/clock.h"
#include "sys/i18n.h"
#include "model/contact_choice.h"
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

/* Whether k lists a language the content has an "in …" phrase for. */
static bool
speaks_named(const struct contact *k)
{
	for (size_t i = 0; i < k->nlanguages; i++)
		if (k->languages[i]->in.msgid != NULL)
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

/*
 * What the crisis line says to a reader whose language it does not answer
 * in day and night: its line in that language and whether it is open.  At
 * an instant it says plainly that none is open when that is known (the
 * line is closed, or there is none); a line whose hours are not confirmed
 * is shown with its note, which says where to check them.  Without an
 * instant (a printed handout) the line is shown as it is.  True when no
 * line in the language is known to be open.
 */
static bool
add_own_line(struct doc *doc, const struct content *c, const struct contact *own,
    const time_t *now)
{
	char status[128];

	if (own != NULL && (now == NULL || own->hours.kind != HOURS_WEEKLY ||
	    hours_open_at(&own->hours, *now))) {
		doc_addf(doc, DOC_LABEL, _("Call %s to talk in your own language."), own->value);
		/* On screen its status, as the directory shows it (the note on
		 * unconfirmed hours says more than the badge). */
		if (now != NULL && !(own->hours.kind == HOURS_UNKNOWN && own->note.msgid != NULL)) {
			contact_status_text(own, *now, status, sizeof status);
			doc_add(doc, DOC_LABEL, status);
		}
		/* On screen the note is an aside, which a window too small for
		 * everything leaves out before 112's line; on paper it stays in
		 * the box. */
		if (own->note.msgid != NULL)
			doc_add_msgid(doc, now != NULL ? DOC_NOTE : DOC_LABEL, c, own->note.msgid);
		return false;
	}
	/* On paper, with no line in the language at all, "right now" would
	 * date the page: the next line says which language the line speaks. */
	if (own == NULL && now == NULL)
		return true;
	if (own != NULL) {
		contact_status_text(own, *now, status, sizeof status);
		/* TRANSLATORS: Help now: the number in the reader's language, then
		 * its status such as "closed · opens Fri 09:00". */
		doc_addf(doc, DOC_LABEL, _("In your language: %s (%s)."), own->value, status);
	}
	doc_add(doc, DOC_LABEL, _("No crisis line in your language is open right now."));
	return true;
}

/* "In immediate danger, call 112: it answers in your language", when it does. */
static void
add_emergency_in_language(struct doc *doc, const struct content *c, const char *code)
{
	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct contact *phone;

		if (!c->helplines[i].emergency || (phone = phone_in(&c->helplines[i], code)) == NULL)
			continue;
		doc_addf(doc, DOC_LABEL, _("In immediate danger, call %s: it answers in "
		    "your language."), phone->value);
		return;
	}
}

/* The first crisis line open day and night, with the contact for the
 * reader's language where it has one: the one the directory shows them,
 * with its status on the screen; now is NULL on paper (no status). */
static void
add_crisis_line(struct doc *doc, const struct content *c, enum lang lang, const time_t *now)
{
	const struct language *language = content_reader_language(c, lang_code(lang));

	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];
		const struct contact *always = phone_always(h);
		const struct contact *own;

		/* A centre's own entry is listed on its own below, if it serves people in crisis. */
		if (h->emergency || always == NULL || h->origin == ORIGIN_ADDED)
			continue;
		{
			struct contact_choice k = helpline_contact_for(h, language,
			    now != NULL ? *now : time(NULL));

			own = k.serves && k.contact != NULL && k.contact->kind == CONTACT_PHONE
			    ? k.contact : NULL;
		}
		doc_add_msgid(doc, DOC_HEADING, c, h->name.msgid);
		if (own == always) {
			doc_addf(doc, DOC_LABEL, _("Call %s \xe2\x80\x94 open day and night."),
			    always->value);
		} else {
			bool none_open = add_own_line(doc, c, own, now);

			/* Which language it answers in, as the content says it
			 * ("in Finnish"), so the reader knows before calling. */
			if (speaks_named(always))
				/* TRANSLATORS: the second %s is a phrase such as "in
				 * Finnish" ("suomeksi", "på finska"). */
				doc_addf(doc, DOC_LABEL, _("Day and night: %s. This line answers "
				    "%s."), always->value, contact_answers_in(h, always));
			else
				doc_addf(doc, DOC_LABEL, _("Call %s \xe2\x80\x94 open day and "
				    "night."), always->value);
			if (none_open)
				add_emergency_in_language(doc, c, lang_code(lang));
		}
		doc_add_msgid(doc, DOC_PARAGRAPH, c, h->description.msgid);
		return;
	}
}

static bool
has_topic(const struct helpline *h, const char *id)
{
	for (size_t i = 0; i < h->ntopics; i++)
		if (strcmp(h->topics[i]->id, id) == 0)
			return true;
	return false;
}

/*
 * For someone threatened or asked for money: the first shipped line for
 * victims of crime that also takes people in crisis (Victim Support
 * Finland), with the contact and status the directory shows the reader.
 */
static void
add_victim_support(struct doc *doc, const struct content *c, enum lang lang, time_t now)
{
	const struct language *language = content_reader_language(c, lang_code(lang));

	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];
		struct contact_choice k;
		char status[128];

		if (h->emergency || h->origin == ORIGIN_ADDED || !has_topic(h, "crime-victims") ||
		    !has_topic(h, "crisis"))
			continue;
		k = helpline_contact_for(h, language, now);
		if (k.contact == NULL || k.contact->kind != CONTACT_PHONE)
			continue;
		doc_add_msgid(doc, DOC_HEADING, c, h->name.msgid);
		if (k.serves)
			/* TRANSLATORS: Help now, above Victim Support Finland's number. */
			doc_addf(doc, DOC_LABEL, _("If someone threatens you or asks you for money, "
			    "call %s."), k.contact->value);
		else
			/* TRANSLATORS: the same, with "answers in Finnish" or the like. */
			doc_addf(doc, DOC_LABEL, _("If someone threatens you or asks you for money, "
			    "call %s (%s)."), k.contact->value, contact_answers_in(h, k.contact));
		/* The contact's own note on unconfirmed hours says more than the badge. */
		if (!(k.contact->hours.kind == HOURS_UNKNOWN && k.contact->note.msgid != NULL)) {
			contact_status_text(k.contact, now, status, sizeof status);
			doc_add(doc, DOC_LABEL, status);
		}
		if (k.contact->note.msgid != NULL)
			doc_add_msgid(doc, DOC_PARAGRAPH, c, k.contact->note.msgid);
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
help_now_build(struct doc *doc, const struct content *c, enum lang lang, time_t now)
{
	doc_add(doc, DOC_TITLE, _("Help now"));
	/* A listener hears both numbers first, and when to call 112 after them. */
	add_emergency(doc, c, lang, doc->spoken, false);
	add_crisis_line(doc, c, lang, &now);
	if (doc->spoken)
		add_emergency(doc, c, lang, false, true);
	/* The centre's own crisis service is nearer than a national line. */
	add_local_crisis(doc, c, lang);
	add_victim_support(doc, c, lang, now);
	doc_add(doc, DOC_PARAGRAPH, _("Whatever you are going through, you do not have "
	    "to face it alone."));
}

void
help_now_small(struct doc *doc, const struct content *c, enum lang lang)
{
	doc_add(doc, DOC_TITLE, _("Help now"));
	time_t now = clock_now(false);

	add_emergency(doc, c, lang, false, false);
	/* On screen: the note on the reader's line is an aside, which the small
	 * window leaves out before 112's line. */
	add_crisis_line(doc, c, lang, &now);
	add_local_crisis(doc, c, lang);
}

void
help_now_crisis(struct doc *doc, const struct content *c, enum lang lang)
{
	add_crisis_line(doc, c, lang, NULL);
}
