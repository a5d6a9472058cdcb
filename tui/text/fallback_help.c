#include <config.h>

#include <stdlib.h>

#include "sys/i18n.h"
#include "model/xalloc.h"
#include "text/fallback_help.h"

const char *
fallback_help(enum lang lang)
{
	/* Formatted once per language; the numbers are not in the msgid. */
	static char **texts;

	if (lang < 0 || lang >= lang_count())
		lang = lang_source();
	if (texts == NULL)
		texts = xcalloc((size_t)lang_count(), sizeof *texts);
	if (texts[lang] == NULL)
		/* TRANSLATORS: shown when something failed to load, so it must
		 * stand alone.  The first %s is the emergency number, the
		 * second MIELI's crisis line, which answers in Finnish. */
		texts[lang] = xasprintf(lang_gettext(lang, N_("If you need help now: in an "
		    "emergency, call %s. MIELI's Crisis Helpline, %s, answers in Finnish day "
		    "and night.")), FALLBACK_EMERGENCY_NUMBER, FALLBACK_CRISIS_NUMBER);
	return texts[lang];
}
