#include <config.h>

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"

static enum lang current = LANG_NONE;
/* A centre's inline texts follow the language (see lang_on_change). */
static void (*listener)(int language);

static const char *const codes[LANG_COUNT] = { "fi", "sv", "en" };
static const char *const native_names[LANG_COUNT] = { "Suomi", "Svenska", "English" };

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

enum lang
lang_parse(const char *value)
{
	if (value == NULL)
		return LANG_NONE;
	for (int i = 0; i < LANG_COUNT; i++) {
		size_t n = strlen(codes[i]);

		if (strncmp(value, codes[i], n) == 0 &&
		    (value[n] == '\0' || value[n] == '_' || value[n] == '.' || value[n] == '@'))
			return (enum lang)i;
	}
	return LANG_NONE;
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

void
lang_activate(enum lang lang)
{
	if (lang == LANG_NONE)
		return;
	current = lang;
	setenv("LANGUAGE", codes[lang], 1);
	/* Changing LANGUAGE is only noticed after the catalog cache is flushed. */
	textdomain(PACKAGE);
	if (listener != NULL)
		listener((int)lang);
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

const char *
lang_code(enum lang lang)
{
	return lang == LANG_NONE ? "" : codes[lang];
}

const char *
lang_native_name(enum lang lang)
{
	return lang == LANG_NONE ? "" : native_names[lang];
}
