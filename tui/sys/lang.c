#include <config.h>

#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"

static enum lang current = LANG_NONE;
/* A centre's inline texts follow the language (see lang_on_change). */
static void (*listener)(int language);
static enum lang missing = LANG_NONE;

void
locale_init(const char *localedir)
{
	const char *set = setlocale(LC_ALL, "");

	/* gettext ignores LANGUAGE under plain C, and ä/ö/å need UTF-8. */
	if (set == NULL || strcmp(nl_langinfo(CODESET), "UTF-8") != 0) {
		if (setlocale(LC_ALL, "C.UTF-8") == NULL)
			setlocale(LC_ALL, "C.utf8");
	}
	bindtextdomain(PACKAGE, localedir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
}

int
lang_count(void)
{
	return lang_list_count();
}

enum lang
lang_source(void)
{
	return (enum lang)lang_list_source();
}

enum lang
lang_parse(const char *value)
{
	enum lang best = LANG_NONE;
	size_t best_len = 0;

	if (value == NULL)
		return LANG_NONE;
	/* The longest code that starts the value: pt_BR before pt. */
	for (int i = 0; i < lang_list_count(); i++) {
		const char *code = lang_list_code(i);
		size_t n = strlen(code);

		if (strncmp(value, code, n) == 0 && n > best_len &&
		    (value[n] == '\0' || value[n] == '_' || value[n] == '.' || value[n] == '@')) {
			best = (enum lang)i;
			best_len = n;
		}
	}
	return best;
}

enum lang
lang_from_environment(void)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t v = 0; v < sizeof vars / sizeof vars[0]; v++) {
		const char *value = getenv(vars[v]);
		char list[256];

		if (value == NULL || value[0] == '\0')
			continue;
		/* LANGUAGE is a colon-separated list of preferences. */
		strncpy(list, value, sizeof list - 1);
		list[sizeof list - 1] = '\0';
		for (char *save = NULL, *item = strtok_r(list, ":", &save); item != NULL;
		    item = strtok_r(NULL, ":", &save)) {
			enum lang l = lang_parse(item);

			if (l != LANG_NONE)
				return l;
		}
	}
	return LANG_NONE;
}

/* Points gettext at lang's catalog; false when there is none to read
 * (gettext("") is the catalog's header, "" without one). */
static bool
use_catalog(enum lang lang)
{
	/* Not a literal, so the extractor does not take it for a msgid. */
	static const char header[] = "";

	setenv("LANGUAGE", lang_list_code(lang), 1);
	/* Changing LANGUAGE is only noticed after the catalog cache is flushed. */
	textdomain(PACKAGE);
	return lang == lang_source() || gettext(header)[0] != '\0';
}

bool
lang_activate(enum lang lang)
{
	bool found;

	if (lang == LANG_NONE)
		return true;
	found = use_catalog(lang);
	missing = found ? LANG_NONE : lang;
	if (!found) {
		lang = lang_source();
		use_catalog(lang);
	}
	current = lang;
	if (listener != NULL)
		listener((int)lang);
	return found;
}

void
lang_on_change(void (*fn)(int language))
{
	listener = fn;
}

enum lang
lang_current(void)
{
	return current;
}

enum lang
lang_missing(void)
{
	return missing;
}

const char *
lang_missing_text(void)
{
	static char text[256];

	if (missing == LANG_NONE)
		return NULL;
	/* TRANSLATORS: shown in English in practice: the reader's catalog
	 * could not be read.  %1$s is the language's own name ("Eesti"),
	 * %2$s its code ("et"). */
	snprintf(text, sizeof text, _("The texts in %1$s (%2$s) could not be found, so "
	    "this is in English. Please tell the staff."), lang_native_name(missing),
	    lang_code(missing));
	return text;
}

const char *
lang_code(enum lang lang)
{
	return lang_list_code((int)lang);
}

const char *
lang_native_name(enum lang lang)
{
	return lang_list_name((int)lang);
}

const char *
lang_gettext(enum lang lang, const char *msgid)
{
	const char *text;

	if (lang == current || lang == LANG_NONE)
		return gettext(msgid);
	if (lang == lang_source())
		return msgid;
	/* glibc keeps a catalog loaded once read, so the text stays valid
	 * after switching back. */
	text = use_catalog(lang) ? gettext(msgid) : msgid;
	if (current != LANG_NONE) {
		use_catalog(current);
	} else {
		unsetenv("LANGUAGE");
		textdomain(PACKAGE);
	}
	return text;
}

void
lang_join(const enum lang *langs, int n, const char *msgid, char *out, size_t size)
{
	size_t at = 0;

	if (size == 0)
		return;
	out[0] = '\0';
	if (langs == NULL)
		n = lang_count();
	for (int i = 0; i < n && at < size; i++) {
		enum lang l = langs != NULL ? langs[i] : (enum lang)i;
		const char *text = lang_gettext(l, msgid);
		bool again = false;

		/* Two languages that say it alike say it once. */
		for (int k = 0; k < i && !again; k++)
			again = strcmp(text, lang_gettext(langs != NULL ? langs[k] : (enum lang)k,
			    msgid)) == 0;
		if (!again)
			at += (size_t)snprintf(out + at, size - at, "%s%s",
			    at == 0 ? "" : " \xc2\xb7 ", text);
	}
}
