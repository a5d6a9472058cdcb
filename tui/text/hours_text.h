/* Opening hours in words, in the current language (formats come from the catalog). */
#ifndef TUKI_HOURS_TEXT_H
#define TUKI_HOURS_TEXT_H

#include <stddef.h>
#include <time.h>

#include "model/content.h"

/* "ma", "mån", "Mon": weekday 0 = Monday. */
const char *weekday_short(int weekday);

/* "9.00", "kl. 9.00", "09:00". */
void clock_text(int minute, char *out, size_t size);

/* "open now", "closed · opens Tue 09:00", "check the hours" for a helpline. */
void helpline_status_text(const struct helpline *h, time_t now, char *out, size_t size);

/* The same badge for one contact (the one a directory row shows). */
void contact_status_text(const struct contact *k, time_t now, char *out, size_t size);

/*
 * The week as lines such as "Mon–Fri 09:00–20:00" (equal days grouped),
 * "Every day, around the clock" or "We could not confirm the hours: check
 * them on the service's own site".  Calls fn once per line.
 */
void hours_lines(const struct week_hours *h, void (*fn)(const char *line, void *data),
    void *data);

/* "22.11.2026" / "2026-11-22" etc. from the catalog. */
void date_text(struct date d, char *out, size_t size);

/*
 * The same facts as a voice should read them, for plain mode: full day
 * names, the language's word for "to" ("Monday to Friday, 9 to 20",
 * "maanantaista perjantaihin kello 9 ja 20 välillä"), a whole hour without
 * ":00", and dates with the month's name ("2 December 2026").
 */
void hours_lines_spoken(const struct week_hours *h, void (*fn)(const char *line, void *data),
    void *data);
void date_spoken(struct date d, char *out, size_t size);
/* The badges, with "closed, opens on Monday at 17" in words. */
void helpline_status_spoken(const struct helpline *h, time_t now, char *out, size_t size);
void contact_status_spoken(const struct contact *k, time_t now, char *out, size_t size);

#endif
