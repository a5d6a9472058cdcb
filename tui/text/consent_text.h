/* The question whether to keep marks, the same words on the screen and in
 * plain mode (what is kept, where to delete it, shared computers). */
#ifndef TUKI_TEXT_CONSENT_TEXT_H
#define TUKI_TEXT_CONSENT_TEXT_H

#include <stddef.h>

enum { CONSENT_PARAGRAPHS = 3 };

/* Msgids: pass each through gettext. */
extern const char *const consent_paragraphs[CONSENT_PARAGRAPHS];

#endif
