#include <config.h>

#include <string.h>

#include "clock.h"
#include "hours.h"

/* Day number of the last Sunday of a month. */
static long
last_sunday(int year, int month)
{
	long first_next = month == 12 ? days_from_civil(year + 1, 1, 1)
	    : days_from_civil(year, month + 1, 1);
	long last = first_next - 1;
	long weekday = ((last % 7) + 10) % 7;   /* 1970-01-01 was a Thursday; 0 = Monday */

	return last - (weekday + 1) % 7;
}

/*
 * EET-2EEST,M3.5.0/3,M10.5.0/4: summer time from the last Sunday of March
 * 03:00 EET (01:00 UTC) to the last Sunday of October 04:00 EEST (01:00 UTC).
 */
static long
helsinki_offset(time_t t, int year)
{
	long long start = (long long)last_sunday(year, 3) * 86400 + 3600;
	long long end = (long long)last_sunday(year, 10) * 86400 + 3600;

	return (t >= start && t < end) ? 3 * 3600 : 2 * 3600;
}

struct local_time
helsinki_time(time_t t)
{
	struct local_time lt;
	long long days = (long long)t / 86400 - ((long long)t % 86400 < 0);
	int y, m, d;
	long long local;

	civil_from_days((long)days, &y, &m, &d);
	local = (long long)t + helsinki_offset(t, y);
	days = local / 86400 - (local % 86400 < 0);
	civil_from_days((long)days, &lt.year, &lt.month, &lt.day);
	lt.weekday = (int)(((days % 7) + 10) % 7);
	lt.minute = (int)((local - days * 86400) / 60);
	return lt;
}

int
hours_parse_clock(const char *s)
{
	int h, m;

	if (strlen(s) != 5 || s[2] != ':')
		return -1;
	for (int i = 0; i < 5; i++)
		if (i != 2 && (s[i] < '0' || s[i] > '9'))
			return -1;
	h = (s[0] - '0') * 10 + (s[1] - '0');
	m = (s[3] - '0') * 10 + (s[4] - '0');
	if (m > 59 || h > 24 || (h == 24 && m != 0))
		return -1;
	return h * 60 + m;
}

/* Is the weekly schedule open on weekday at minute (both local)? */
static bool
open_on(const struct week_hours *h, int weekday, int minute)
{
	int yesterday = (weekday + 6) % 7;

	for (int i = 0; i < h->nranges[weekday]; i++) {
		const struct time_range *r = &h->ranges[weekday][i];

		if (r->end > r->start ? (minute >= r->start && minute < r->end)
		    : minute >= r->start)
			return true;
	}
	/* A range that started yesterday and runs past midnight. */
	for (int i = 0; i < h->nranges[yesterday]; i++) {
		const struct time_range *r = &h->ranges[yesterday][i];

		if (r->end <= r->start && minute < r->end)
			return true;
	}
	return false;
}

bool
hours_open_at(const struct week_hours *h, time_t t)
{
	struct local_time lt;

	if (h->kind == HOURS_ALWAYS)
		return true;
	if (h->kind != HOURS_WEEKLY)
		return false;
	lt = helsinki_time(t);
	return open_on(h, lt.weekday, lt.minute);
}

bool
hours_next_opening(const struct week_hours *h, time_t t, int *weekday, int *minute)
{
	struct local_time lt;

	if (h->kind == HOURS_ALWAYS) {
		lt = helsinki_time(t);
		*weekday = lt.weekday;
		*minute = lt.minute;
		return true;
	}
	if (h->kind != HOURS_WEEKLY)
		return false;
	lt = helsinki_time(t);
	/* The earliest range start after now, looking one week ahead. */
	for (int ahead = 0; ahead <= 7; ahead++) {
		int day = (lt.weekday + ahead) % 7;
		int best = -1;

		for (int i = 0; i < h->nranges[day]; i++) {
			int start = h->ranges[day][i].start;

			if ((ahead > 0 || start > lt.minute) && (best < 0 || start < best))
				best = start;
		}
		if (best >= 0) {
			*weekday = day;
			*minute = best;
			return true;
		}
	}
	return false;
}
