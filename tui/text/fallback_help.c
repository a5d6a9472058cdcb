#include <config.h>

#include "text/fallback_help.h"

/* Written out per language, not taken from the catalogs: this is shown
 * exactly when something may have failed to load. */
static const char *const sentences[LANG_COUNT] = {
	[LANG_FI] = "Tarvitsetko apua heti? H\xc3\xa4t\xc3\xa4tilanteessa soita "
	    FALLBACK_EMERGENCY_NUMBER ". MIELI Kriisipuhelin p\xc3\xa4ivyst\xc3\xa4\xc3\xa4 "
	    "suomeksi ymp\xc3\xa4ri vuorokauden numerossa " FALLBACK_CRISIS_NUMBER ".",
	[LANG_SV] = "Beh\xc3\xb6ver du hj\xc3\xa4lp nu? Ring " FALLBACK_EMERGENCY_NUMBER
	    " i en n\xc3\xb6" "dsituation. MIELI rf:s kristelefon svarar p\xc3\xa5 finska "
	    "dygnet runt p\xc3\xa5 " FALLBACK_CRISIS_NUMBER ".",
	[LANG_EN] = "If you need help now: in an emergency, call " FALLBACK_EMERGENCY_NUMBER
	    ". MIELI's Crisis Helpline, " FALLBACK_CRISIS_NUMBER ", answers in Finnish "
	    "day and night.",
};

const char *
fallback_help(enum lang lang)
{
	return lang >= 0 && lang < LANG_COUNT ? sentences[lang] : sentences[LANG_EN];
}
