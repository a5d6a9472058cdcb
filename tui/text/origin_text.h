/* How a centre's own entry (local.d) is labelled wherever it is listed. */
#ifndef TUKI_TEXT_ORIGIN_TEXT_H
#define TUKI_TEXT_ORIGIN_TEXT_H

#include "model/content.h"

/* "added by this centre", "corrected by this centre", or NULL for shipped entries. */
const char *helpline_origin_label(const struct helpline *h);

/* The same, short enough for a directory row beside the name ("this centre"). */
const char *helpline_origin_tag(const struct helpline *h);

#endif
