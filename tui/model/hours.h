/*
 * Opening hours of one contact, in Europe/Helsinki local time, and whether
 * it is open at a given instant.  The Helsinki rule is applied here only;
 * the process time zone is never touched and no tzdata is needed.
 */
#ifndef TUKI_MODEL_HOURS_H
#define TUKI_MODEL_HOURS_H

#include <stdbool.h>
#include <time.h>

#define HOURS_MAX_RANGES 4

enum hours_kind {
	HOURS_UNKNOWN,   /* not confirmed: the person is sent to the service's site */
	HOURS_ALWAYS,    /* 24/7 */
	HOURS_WEEKLY,
};

/* Minutes after midnight; end <= start means the range runs past midnight. */
struct time_range {
	short start, end;
};

struct week_hours {
	enum hours_kind kind;
	unsigned char nranges[7];                     /* 0 = Monday */
	struct time_range ranges[7][HOURS_MAX_RANGES];
};

/* Helsinki wall-clock time of an instant. */
struct local_time {
	int year, month, day;
	int weekday;        /* 0 = Monday */
	int minute;         /* minutes after midnight */
};

struct local_time helsinki_time(time_t t);

/* Parses "HH:MM" (00:00-24:00) into minutes; -1 if malformed. */
int hours_parse_clock(const char *s);

bool hours_open_at(const struct week_hours *h, time_t t);

/*
 * When h next opens after t (within a week): weekday (0 = Monday) and minute.
 * False if it never opens or its hours are unknown.
 */
bool hours_next_opening(const struct week_hours *h, time_t t, int *weekday, int *minute);

#endif
