/* The reader's language, the locale set-up, and switching at run time.
 * A language is an index into the generated list (sys/lang_list.h). */
#ifndef TUKI_LANG_H
#define TUKI_LANG_H

#include <stdbool.h>
#include <stddef.h>

#include "lang_list.h"

enum lang { LANG_NONE = -1, LANG_FIRST = 0 };

/* Calls setlocale() once; a C, non-UTF-8 or missing locale becomes C.UTF-8.
 * Binds the catalogs from localedir. */
void locale_init(const char *localedir);

/* A code on the list ("fi"), also as "fi_FI.UTF-8"; LANG_NONE otherwise. */
enum lang lang_parse(const char *value);

/* LANGUAGE, LC_ALL, LC_MESSAGES, LANG: the first that names a language on the list. */
enum lang lang_from_environment(void);

/* Makes gettext answer in lang from now on (flushes the catalog cache),
 * then tells the listener, if one is set.  When lang's catalog cannot be
 * read, English is used instead and this returns false; lang_missing()
 * then says which one. */
bool lang_activate(enum lang lang);

/* The one listener for language changes, called with the new language
 * (enum lang's order): the model's local texts register themselves
 * (model/local_text.c), so sys/ needs nothing from model/. */
void lang_on_change(void (*listener)(int language));
enum lang lang_current(void);

/* The language whose catalog was not found at the last switch, or LANG_NONE. */
enum lang lang_missing(void);
/* A calm sentence for it, for a screen or stderr; NULL when all is well. */
const char *lang_missing_text(void);

/* How many languages, and English, the source. */
int lang_count(void);
enum lang lang_source(void);

const char *lang_code(enum lang lang);
/* The language's name in itself: "Suomi", "Svenska", "English". */
const char *lang_native_name(enum lang lang);

/* msgid in lang, without switching to it: for screens that speak every
 * language before one is chosen.  The text stays valid. */
const char *lang_gettext(enum lang lang, const char *msgid) __attribute__((format_arg(2)));

/* msgid in each of the n languages langs (all of them when langs is
 * NULL), joined by " · ", into out. */
void lang_join(const enum lang *langs, int n, const char *msgid, char *out, size_t size);

#endif
