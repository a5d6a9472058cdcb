/* The list of languages, from the generated lang_list_gen.h (lang_list.h). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "sys/i18n.h"
#include "lang_list.h"
#include "sys/lang_list_gen.h"

static const char *const codes[] = LANG_LIST_CODES;
static const char *const names[] = LANG_LIST_NAMES;

_Static_assert(LANG_LIST_COUNT <= LANG_LIST_MAX, "lang_list.sh keeps the list short");

/* Never called: each catalog describes its own language here, and the
 * build reads these two entries from the .po files (lang_list.sh). */
static const char *const self_description[] __attribute__((unused)) = {
	/* TRANSLATORS: your language's name as its speakers write it, the way
	 * it starts a list of languages to choose from: "Suomi", "Svenska".
	 * Each language is shown in its own name, so this is never a
	 * translation of the word "English". */
	NC_("language name", "English"),
	/* TRANSLATORS: ltr if your language is written left to right, rtl if
	 * right to left.  Only these two letters, not a translation. */
	NC_("text direction", "ltr"),
};

int
lang_list_count(void)
{
	return LANG_LIST_COUNT;
}

int
lang_list_source(void)
{
	return LANG_LIST_SOURCE;
}

const char *
lang_list_code(int lang)
{
	return lang >= 0 && lang < LANG_LIST_COUNT ? codes[lang] : "";
}

const char *
lang_list_name(int lang)
{
	return lang >= 0 && lang < LANG_LIST_COUNT ? names[lang] : "";
}

int
lang_list_find(const char *code)
{
	for (int i = 0; code != NULL && i < LANG_LIST_COUNT; i++)
		if (strcmp(code, codes[i]) == 0)
			return i;
	return -1;
}

const char *
lang_list_codes_text(void)
{
	static char text[LANG_LIST_COUNT * (LANG_CODE_MAX + 4) + 8];

	if (text[0] == '\0') {
		size_t at = 0;

		for (int i = 0; i < LANG_LIST_COUNT; i++)
			at += (size_t)snprintf(text + at, sizeof text - at, "%s%s",
			    i == 0 ? "" : ", ", codes[i]);
	}
	return text;
}
