#include <config.h>

#include "text/fallback_help.h"

/* Written out per language, not taken from the catalogs: this is shown
 * exactly when something may have failed to load. */
static const char *const sentences[LANG_COUNT] = {
	[LANG_FI] = "Jos tarvitset apua heti: h\xc3\xa4t\xc3\xa4tilanteessa soita "
	    FALLBACK_EMERGENCY_NUMBER ". MIELI ry:n kriisipuhelin " FALLBACK_CRISIS_NUMBER
	    " p\xc3\xa4ivyst\xc3\xa4\xc3\xa4 ymp\xc3\xa4ri vuorokauden.",
	[LANG_SV] = "Beh\xc3\xb6ver du hj\xc3\xa4lp genast? Ring " FALLBACK_EMERGENCY_NUMBER
	    " i en n\xc3\xb6" "dsituation. MIELI:s kristelefon p\xc3\xa5 finska, "
	    FALLBACK_CRISIS_NUMBER ", \xc3\xa4r \xc3\xb6ppen dygnet runt.",
	[LANG_EN] = "If you need help now: in an emergency, call " FALLBACK_EMERGENCY_NUMBER
	    ". MIELI's Crisis Helpline, " FALLBACK_CRISIS_NUMBER ", answers in Finnish "
	    "day and night.",
};

const char *
fallback_help(enum lang lang)
{
	return lang >= 0 && lang < LANG_COUNT ? sentences[lang] : sentences[LANG_EN];
}
