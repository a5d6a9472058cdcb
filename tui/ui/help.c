/* Help: the keys, and "help now" (112 and the 24/7 crisis line) from anywhere. */
#include <config.h>

#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "text/help_now.h"
#include "app.h"
#include "reader.h"
#include "keys.h"

/* The keys of this mode from the one table, one line per key group. */
void
help_keys_doc(struct app *app, const void *item, struct doc *doc)
{
	(void)app;
	(void)item;
	doc_add(doc, DOC_TITLE, _("Keys"));
	for (int i = 0; i < key_table_count; i++) {
		const struct key_binding *b = &key_table[i];
		bool shown = false;

		if (b->help == NULL || !(b->modes & keys_mode()))
			continue;
		for (int j = 0; j < i && !shown; j++)
			shown = key_table[j].help != NULL && (key_table[j].modes & keys_mode()) &&
			    strcmp(key_table[j].help, b->help) == 0;
		if (!shown)
			doc_add(doc, DOC_LABEL, _(b->help));
	}
	doc_add(doc, DOC_PARAGRAPH, _("A single Esc only cancels a prompt or a search, so you "
	    "cannot leave by accident. Press it twice quickly to leave at once."));
}

/* Help now is one document (tui/text/help_now.c); the screen only adds how to go back. */
void
help_now_doc(struct app *app, const void *item, struct doc *doc)
{
	enum lang langs[CONFIG_MAX_LANGUAGES] = { LANG_FIRST }, saved = lang_current();
	/* On the kiosk before a language is chosen: in each of its languages. */
	int n = app_languages_before_choice(app, langs);

	(void)item;
	if (n > 0) {
		for (int i = 0; i < n; i++) {
			lang_activate(langs[i]);
			help_now_build(doc, app->content, langs[i], session_now(app->session));
			doc_add(doc, DOC_NOTE, _("Press Left to go back to where you were."));
		}
		lang_activate(saved);
		return;
	}
	help_now_build(doc, app->content, lang_current(), session_now(app->session));
	doc_add(doc, DOC_NOTE, _("Press Left to go back to where you were."));
}

void
notice_doc(struct app *app, const void *item, struct doc *doc)
{
	(void)item;
	doc_add(doc, DOC_TITLE, _("A note"));
	doc_add(doc, DOC_PARAGRAPH, app->notice);
	doc_add(doc, DOC_NOTE, _("Press Left to close this note."));
}
