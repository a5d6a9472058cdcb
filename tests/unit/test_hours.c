/* Opening hours in Helsinki time: DST changes, overnight ranges, 24/7, next opening. */
#include <config.h>

#include <stdlib.h>
#include <time.h>

#include "../../tui/model/hours.h"
#include "test.h"

static time_t
utc(int y, int mo, int d, int h, int mi)
{
	struct tm tm = { .tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d,
		.tm_hour = h, .tm_min = mi };

	return timegm(&tm);
}

static void
add(struct week_hours *w, int day, const char *from, const char *to)
{
	int i = w->nranges[day]++;

	w->kind = HOURS_WEEKLY;
	w->ranges[day][i].start = (short)hours_parse_clock(from);
	w->ranges[day][i].end = (short)hours_parse_clock(to);
}

int
main(void)
{
	struct local_time lt;
	struct week_hours office = { 0 }, night = { 0 }, always = { .kind = HOURS_ALWAYS };
	struct week_hours unknown = { 0 };
	int day, minute;

	/* Winter: UTC+2.  2026-11-22 is a Sunday. */
	lt = helsinki_time(utc(2026, 11, 22, 1, 0));
	CHECK(lt.year == 2026 && lt.month == 11 && lt.day == 22);
	CHECK(lt.weekday == 6 && lt.minute == 3 * 60);
	/* Summer: UTC+3. */
	lt = helsinki_time(utc(2026, 7, 1, 9, 0));
	CHECK(lt.weekday == 2 && lt.minute == 12 * 60);
	/* Spring forward: last Sunday of March 2026 is the 29th, at 01:00 UTC. */
	CHECK(helsinki_time(utc(2026, 3, 29, 0, 59)).minute == 2 * 60 + 59);
	CHECK(helsinki_time(utc(2026, 3, 29, 1, 0)).minute == 4 * 60);
	/* Fall back: last Sunday of October 2026 is the 25th, at 01:00 UTC. */
	CHECK(helsinki_time(utc(2026, 10, 25, 0, 59)).minute == 3 * 60 + 59);
	CHECK(helsinki_time(utc(2026, 10, 25, 1, 0)).minute == 3 * 60);
	/* New Year's Eve in UTC is already next year in Helsinki. */
	lt = helsinki_time(utc(2026, 12, 31, 23, 30));
	CHECK(lt.year == 2027 && lt.month == 1 && lt.day == 1 && lt.minute == 90);
	/* Leap day. */
	lt = helsinki_time(utc(2028, 2, 29, 12, 0));
	CHECK(lt.month == 2 && lt.day == 29 && lt.weekday == 1);

	CHECK(hours_parse_clock("09:00") == 540);
	CHECK(hours_parse_clock("24:00") == 1440);
	CHECK(hours_parse_clock("24:01") == -1);
	CHECK(hours_parse_clock("9:00") == -1);
	CHECK(hours_parse_clock("09:60") == -1);

	/* Weekdays 09-20. */
	for (int d = 0; d < 5; d++)
		add(&office, d, "09:00", "20:00");
	CHECK(hours_open_at(&office, utc(2026, 11, 25, 10, 0)));     /* Wed 12:00 */
	CHECK(!hours_open_at(&office, utc(2026, 11, 25, 18, 0)));    /* Wed 20:00: closed */
	CHECK(hours_open_at(&office, utc(2026, 11, 25, 17, 59)));    /* Wed 19:59 */
	CHECK(!hours_open_at(&office, utc(2026, 11, 22, 1, 0)));     /* Sun 03:00 */
	/* In summer the same UTC instant is an hour later in Helsinki. */
	CHECK(hours_open_at(&office, utc(2026, 7, 1, 6, 0)));        /* Wed 09:00 EEST */
	CHECK(!hours_open_at(&office, utc(2026, 7, 1, 5, 59)));
	CHECK(hours_next_opening(&office, utc(2026, 11, 22, 1, 0), &day, &minute));
	CHECK(day == 0 && minute == 540);                           /* Mon 09:00 */
	CHECK(hours_next_opening(&office, utc(2026, 11, 27, 18, 30), &day, &minute));
	CHECK(day == 0 && minute == 540);                           /* Fri 20:30 -> Mon */
	CHECK(hours_next_opening(&office, utc(2026, 11, 25, 5, 0), &day, &minute));
	CHECK(day == 2 && minute == 540);                           /* Wed 07:00 -> Wed 09:00 */

	/* Friday 22:00 to Saturday 06:00. */
	add(&night, 4, "22:00", "06:00");
	CHECK(hours_open_at(&night, utc(2026, 11, 27, 21, 0)));      /* Fri 23:00 */
	CHECK(hours_open_at(&night, utc(2026, 11, 28, 3, 59)));      /* Sat 05:59 */
	CHECK(!hours_open_at(&night, utc(2026, 11, 28, 4, 0)));      /* Sat 06:00 */
	CHECK(!hours_open_at(&night, utc(2026, 11, 27, 3, 0)));      /* Fri 05:00: Thu had none */

	/* An evening line until midnight. */
	{
		struct week_hours evening = { 0 };

		for (int d = 0; d < 7; d++)
			add(&evening, d, "18:00", "24:00");
		CHECK(hours_open_at(&evening, utc(2026, 11, 22, 21, 59)));   /* Sun 23:59 */
		CHECK(!hours_open_at(&evening, utc(2026, 11, 22, 22, 0)));   /* Mon 00:00 */
	}

	CHECK(hours_open_at(&always, utc(2026, 11, 22, 1, 0)));
	CHECK(!hours_open_at(&unknown, utc(2026, 11, 22, 1, 0)));
	CHECK(!hours_next_opening(&unknown, utc(2026, 11, 22, 1, 0), &day, &minute));

	TEST_DONE();
}
