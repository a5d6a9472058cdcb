/* Translation macros, defined once for the whole program. */
#ifndef TUKI_I18N_H
#define TUKI_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
/* Marks a msgid with a context, for the extractor only (model/lang_list.c). */
#define NC_(context, s) (s)
#define P_(singular, plural, n) ngettext((singular), (plural), (n))

#endif
