/* Help now: 112 and the crisis line for the reader's language, built once
 * for the curses screen and plain mode alike. */
#ifndef TUKI_TEXT_HELP_NOW_H
#define TUKI_TEXT_HELP_NOW_H

#include <time.h>

#include "model/content.h"
#include "sys/lang.h"
#include "text/doc.h"

/* Adds the title, the emergency number, the crisis line and the line for
 * someone threatened to doc, in the current catalog language; lang picks
 * the contact that answers in it, now its status. */
void help_now_build(struct doc *doc, const struct content *c, enum lang lang, time_t now);

/* Help now for a window too small for the rest: the title, the emergency
 * number, the crisis line and the centre's own, nothing after them. */
void help_now_small(struct doc *doc, const struct content *c, enum lang lang);

/* Only the crisis line open day and night (a DOC_HEADING name, DOC_LABEL
 * lines, a DOC_PARAGRAPH about it), for the box on a printed handout. */
void help_now_crisis(struct doc *doc, const struct content *c, enum lang lang);

#endif
