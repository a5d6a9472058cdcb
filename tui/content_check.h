/* --check-content beyond loading: stale facts and broken translations. */
#ifndef TUKI_CONTENT_CHECK_H
#define TUKI_CONTENT_CHECK_H

#include <stdio.h>
#include <time.h>

#include "model/content.h"

/*
 * Warns (to warn) about facts checked more than 12 months before now;
 * reports checked dates in the future and translations in fi and sv that
 * drop or change a placeholder of their msgid; warns about a centre's
 * added entry that has a shipped helpline's name.  Returns the number of
 * those errors.
 */
int content_check(const struct content *c, time_t now, FILE *warn);

#endif
