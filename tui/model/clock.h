/*
 * The current instant, which tests can fix through TUKI_NOW, and the
 * monotonic clock of the timers, which tests can speed up through
 * TUKI_TIME_SCALE.
 */
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

/*
 * TUKI_TIME_SCALE, a whole number from 1 to 100 (else 1): how many times
 * faster than real time the timers run, so a test sees a 60-second idle
 * reset in a second.  A testing aid, honoured in every mode (the kiosk's
 * tests need it); it only shortens waits, and the staff PIN's lock and the
 * Esc Esc window keep real time.
 */
int clock_time_scale(void);

/* Milliseconds on the timers' monotonic clock: real time times the scale. */
long long clock_monotonic_ms(void);

/* Milliseconds on the real monotonic clock, never scaled. */
long long clock_real_ms(void);

/* A duration on the timers' clock as real milliseconds to wait (at least 1
 * when ms > 0, so a wait is never a busy loop). */
long long clock_wait_ms(long long ms);

/* Today's date in Helsinki. */
struct date clock_today(time_t now);

/* Whole days from a to b (b later is positive). */
long date_days_between(struct date a, struct date b);

#endif
