/* The current instant, which tests can fix through TUKI_NOW. */
#ifndef TUKI_MODEL_CLOCK_H
#define TUKI_MODEL_CLOCK_H

#include <stdbool.h>
#include <time.h>

#include "content.h"

/*
 * Parses ISO 8601 "YYYY-MM-DDTHH:MM[:SS]" followed by "Z", "+HH:MM" or
 * "-HH:MM"; without an offset the time is Helsinki wall-clock time.
 */
bool clock_parse_iso(const char *s, time_t *out);

/* TUKI_NOW if set and valid (never in kiosk mode), else the real time. */
time_t clock_now(bool kiosk);

/* Today's date in Helsinki. */
struct date clock_today(time_t now);

/* Whole days from a to b (b later is positive). */
long date_days_between(struct date a, struct date b);

#endif
