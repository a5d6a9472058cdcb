/* The directory's filters in words, for the screen's header, plain mode's
 * "Showing 8 of 15: open now, in Swedish" and a printout's caption. */
#ifndef TUKI_TEXT_FILTER_TEXT_H
#define TUKI_TEXT_FILTER_TEXT_H

#include <stddef.h>

#include "model/filter.h"

/* "in Swedish" ("ruotsiksi", "på svenska"): the language filter as one phrase. */
void filter_language_text(const struct language *l, char *out, size_t size);

/* The filters f applies, joined by sep ("anonymous only · open now ·
 * Crisis support · search: riku"); "" when none. */
void filter_parts_text(const struct helpline_filter *f, const char *sep, char *out, size_t size);

#endif
