/* --check-content beyond loading: stale facts and broken translations. */
#ifndef TUKI_CONTENT_CHECK_H
#define TUKI_CONTENT_CHECK_H

#include <stdio.h>
#include <time.h>

#include "model/content.h"

/*
 * Warns (to warn) about facts verified more than 12 months before now, and
 * reports translations in fi and sv that drop or change a placeholder of
 * their msgid.  Returns the number of broken translations (an error).
 */
int content_check(const struct content *c, time_t now, FILE *warn);

#endif
