/* Translation macros, defined once for the whole program. */
#ifndef TUKI_I18N_H
#define TUKI_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)
/* Marks a msgid with a context, for the extractor only (sys/lang_list.c). */
#define NC_(context, s) (s)
#define P_(singular, plural, n) ngettext((singular), (plural), (n))

/* A msgid with a context, for two texts that are the same in English but
 * not in every language ("Monday" after "from" and after "to"). */
static inline const char *
context_gettext(const char *context_and_msgid, const char *msgid)
{
	const char *t = gettext(context_and_msgid);

	return t == context_and_msgid ? msgid : t;
}
#define C_(context, s) context_gettext(context "\004" s, s)
#define NC_(context, s) (s)

#endif
