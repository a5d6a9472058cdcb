/* The clock: the current instant (tests can fix it through TUKI_NOW), calendar
 * days, and the monotonic clock for pauses and time limits. */
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

/* Days since 1970-01-01 of a Gregorian date, months and days out of range
 * carried over as timegm does; and back (H. Hinnant's algorithms). */
long days_from_civil(long y, long m, long d);
void civil_from_days(long days, int *y, int *m, int *d);

/* Milliseconds of CLOCK_MONOTONIC: for pauses and time limits, which the
 * wall clock (TUKI_NOW, a changed system time) must not stretch. */
long long clock_monotonic_ms(void);

#endif
