#include <config.h>

#include <stdio.h>
#include <string.h>

#include "sys/i18n.h"
#include "text/filter_text.h"

/*
 * The language's own phrase from the content ("in Finnish": "suomeksi",
 * "på finska"): Finnish cannot put a language name into a template
 * ("kielellä suomi").
 */
void
filter_language_text(const struct language *l, char *out, size_t size)
{
	if (l->in.msgid != NULL) {
		snprintf(out, size, "%s", gettext(l->in.msgid));
		return;
	}
	/* TRANSLATORS: the language filter for a language without a phrase of
	 * its own: "language: Estonian" (the name is a nominative). */
	snprintf(out, size, _("language: %s"), gettext(l->name.msgid));
}

void
filter_parts_text(const struct helpline_filter *f, const char *sep, char *out, size_t size)
{
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
		filter_language_text(f->language, language, sizeof language);
		parts[n++] = language;
	}
	if (f->search != NULL && f->search[0] != '\0') {
		snprintf(search, sizeof search, _("search: %s"), f->search);
		parts[n++] = search;
	}
	out[0] = '\0';
	for (int i = 0; i < n; i++)
		snprintf(out + strlen(out), size - strlen(out), "%s%s", i ? sep : "", parts[i]);
}
