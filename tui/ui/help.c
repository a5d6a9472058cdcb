/* Help: the keys, and "help now" (112 and the 24/7 crisis line) from anywhere. */
#include <config.h>

#include <string.h>

#include "sys/i18n.h"
#include "app.h"

void
help_keys_doc(struct app *app, const struct view *view, struct doc *doc)
{
	(void)app;
	(void)view;
	doc_add(doc, DOC_TITLE, _("Keys"));
	doc_add(doc, DOC_LABEL, _("Up, Down, j, k: move"));
	doc_add(doc, DOC_LABEL, _("PgUp, PgDn, Home, End: scroll"));
	doc_add(doc, DOC_LABEL, _("Enter, Right: open"));
	doc_add(doc, DOC_LABEL, _("Left, Backspace: back"));
	doc_add(doc, DOC_LABEL, _("1 to 5: open a section from the home screen"));
	doc_add(doc, DOC_LABEL, _("h: help now, from any screen"));
	doc_add(doc, DOC_LABEL, _("L, F2: change language"));
	doc_add(doc, DOC_LABEL, _("?, F1: this help"));
	doc_add(doc, DOC_LABEL, _("q: quit"));
	doc_add(doc, DOC_LABEL, _("Esc Esc, F12: quick exit (clears the screen and leaves at once)"));
	doc_add(doc, DOC_PARAGRAPH, _("A single Esc does nothing on its own, so you cannot "
	    "leave by accident. Press it twice quickly to leave at once."));
}

/* The emergency number and the first helpline open around the clock. */
void
help_now_doc(struct app *app, const struct view *view, struct doc *doc)
{
	const struct content *c = app->content;
	char name[512];

	(void)view;
	doc_add(doc, DOC_TITLE, _("Help right now"));
	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];
		const struct contact *phone = helpline_contact(h, CONTACT_PHONE);

		if (h->emergency && phone != NULL) {
			content_text(c, h->name.msgid, name, sizeof name);
			doc_add(doc, DOC_HEADING, name);
			doc_addf(doc, DOC_LABEL, _("Call %s if you or someone else is in "
			    "immediate danger."), phone->value);
		}
	}
	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];
		const struct contact *phone = helpline_contact(h, CONTACT_PHONE);

		if (!h->emergency && phone != NULL && phone->hours.kind == HOURS_ALWAYS) {
			content_text(c, h->name.msgid, name, sizeof name);
			doc_add(doc, DOC_HEADING, name);
			doc_addf(doc, DOC_LABEL, _("Call %s \xe2\x80\x94 open day and night."),
			    phone->value);
			doc_add_msgid(doc, DOC_PARAGRAPH, c, h->description.msgid);
			break;
		}
	}
	doc_add(doc, DOC_PARAGRAPH, _("Whatever you are going through, you do not have "
	    "to face it alone. Press Left to go back to where you were."));
}

void
notice_doc(struct app *app, const struct view *view, struct doc *doc)
{
	(void)view;
	doc_add(doc, DOC_TITLE, _("A note"));
	doc_add(doc, DOC_PARAGRAPH, app->notice);
	doc_add(doc, DOC_NOTE, _("Press Left to go on."));
}
