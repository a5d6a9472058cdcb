/* The three languages, the locale set-up, and switching at run time. */
#ifndef TUKI_LANG_H
#define TUKI_LANG_H

enum lang { LANG_NONE = -1, LANG_FI, LANG_SV, LANG_EN, LANG_COUNT };

/* Calls setlocale() once; a C, non-UTF-8 or missing locale becomes C.UTF-8.
 * Binds the catalogs from localedir. */
void locale_init(const char *localedir);

/* "fi", "sv" or "en" (also "fi_FI.UTF-8" style values); LANG_NONE otherwise. */
enum lang lang_parse(const char *value);

/* LANGUAGE, LC_ALL, LC_MESSAGES, LANG: the first that names fi, sv or en. */
enum lang lang_from_environment(void);

/* Makes gettext answer in lang from now on (flushes the catalog cache),
 * then tells the listener, if one is set. */
void lang_activate(enum lang lang);

/* The one listener for language changes, called with the new language
 * (enum lang's order): the model's local texts register themselves
 * (model/local_text.c), so sys/ needs nothing from model/. */
void lang_on_change(void (*listener)(int language));
enum lang lang_current(void);

const char *lang_code(enum lang lang);
/* The language's name in itself: "Suomi", "Svenska", "English". */
const char *lang_native_name(enum lang lang);

#endif
