#include <config.h>

#include <stdio.h>
#include <string.h>

#include "sys/i18n.h"
#include "text/filter_text.h"

/*
 * One phrase per language ("ruotsiksi", "på svenska"): Finnish cannot put
 * a language name into a template ("kielellä suomi").
 */
void
filter_language_text(const struct language *l, char *out, size_t size)
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
