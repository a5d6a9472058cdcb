/*
 * How to get help now, for a person who meets a failure: the content may
 * not have loaded, so the two numbers are built in (the words are in the
 * catalog; a missing catalog shows them in English).  tests/unit/test_contact_choice checks that
 * the numbers still match content/helplines.json.
 */
#ifndef TUKI_TEXT_FALLBACK_HELP_H
#define TUKI_TEXT_FALLBACK_HELP_H

#include "sys/lang.h"

#define FALLBACK_EMERGENCY_NUMBER "112"
#define FALLBACK_CRISIS_NUMBER "09 2525 0111"   /* MIELI, in Finnish, day and night */

/* One sentence in lang (English for LANG_NONE). */
const char *fallback_help(enum lang lang);

#endif
