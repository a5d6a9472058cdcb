/* Help: the keys, and "help now" (112 and the 24/7 crisis line) from anywhere. */
#include <config.h>

#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "text/help_now.h"
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

/* Help now is one document (tui/text/help_now.c); the screen only adds how to go back. */
void
help_now_doc(struct app *app, const struct view *view, struct doc *doc)
{
	(void)view;
	help_now_build(doc, app->content, lang_current());
	doc_add(doc, DOC_NOTE, _("Press Left to go back to where you were."));
}

void
notice_doc(struct app *app, const struct view *view, struct doc *doc)
{
	(void)view;
	doc_add(doc, DOC_TITLE, _("A note"));
	doc_add(doc, DOC_PARAGRAPH, app->notice);
	doc_add(doc, DOC_NOTE, _("Press Left to close this note."));
}
