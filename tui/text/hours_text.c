#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "text/hours_text.h"
#include "sys/i18n.h"
#include "model/filter.h"

const char *
weekday_short(int weekday)
{
	static const char *const names[7] = {
		/* TRANSLATORS: short weekday names, as in "Mon 09:00". */
		N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"),
	};
	return _(names[weekday % 7]);
}

/*
 * Fills a pattern such as "HH:MM" or "D.M.YYYY" from the catalog: each
 * letter run is replaced by its value (two letters: with a leading zero).
 * Patterns rather than printf formats, so a translation can drop a zero.
 */
static void
fill_pattern(const char *pattern, const char *letters, const int *values, char *out, size_t size)
{
	size_t used = 0;

	for (const char *p = pattern; *p != '\0' && used + 8 < size;) {
		const char *which = strchr(letters, *p);
		size_t run = 1;

		if (which == NULL || *p == '\0') {
			out[used++] = *p++;
			continue;
		}
		while (p[run] == *p)
			run++;
		used += (size_t)snprintf(out + used, size - used, "%0*d", (int)(run > 2 ? 4 : run),
		    values[which - letters]);
		p += run;
	}
	out[used] = '\0';
}

void
clock_text(int minute, char *out, size_t size)
{
	const int values[] = { minute / 60, minute % 60 };

	/* TRANSLATORS: a time of day, as in the badge "opens Tue 09:00".  HH is
	 * the hour with a leading zero, H without, MM the minutes.  Finnish and
	 * Swedish "H.MM" (no "kl." here: the line patterns add it once). */
	fill_pattern(_("HH:MM"), "HM", values, out, size);
}

void
date_text(struct date d, char *out, size_t size)
{
	const int values[] = { d.year, d.month, d.day };

	/* TRANSLATORS: a date.  YYYY is the year, MM the month with a leading
	 * zero (M without), DD the day (D without).  Finnish "D.M.YYYY". */
	fill_pattern(_("YYYY-MM-DD"), "YMD", values, out, size);
}

static void clock_spoken(int minute, char *out, size_t size);
static const char *weekday_on(int weekday);
static void fill_slots(const char *pattern, const char *const names[], const char *const values[],
    int n, char *out, size_t size);

static void
status_text(const struct helpline *h, time_t now, bool spoken, char *out, size_t size)
{
	bool known = false;
	int best_day = -1, best_minute = 0, best_distance = 8 * 1440;
	struct local_time lt = helsinki_time(now);

	/* A web form has no hours: never "closed" or "not confirmed". */
	if (helpline_web_only(h)) {
		/* TRANSLATORS: a directory badge for a web form, at most 22 columns. */
		snprintf(out, size, "%s", _("online, any time"));
		return;
	}
	if (helpline_open_at(h, now)) {
		/* TRANSLATORS: a directory badge and filter, at most 28 columns. */
		snprintf(out, size, "%s", _("open now"));
		return;
	}
	for (size_t i = 0; i < h->ncontacts; i++) {
		int day, minute, distance;

		if (h->contacts[i].hours.kind != HOURS_UNKNOWN)
			known = true;
		if (!hours_next_opening(&h->contacts[i].hours, now, &day, &minute))
			continue;
		distance = ((day - lt.weekday + 7) % 7) * 1440 + minute - lt.minute;
		if (distance <= 0)
			distance += 7 * 1440;
		if (distance < best_distance) {
			best_distance = distance;
			best_day = day;
			best_minute = minute;
		}
	}
	if (best_day >= 0 && spoken) {
		static const char *const names[] = { "day", "time" };
		char time[32];
		const char *values[2] = { weekday_on(best_day), time };

		clock_spoken(best_minute, time, sizeof time);
		/* TRANSLATORS: read aloud: a line that is closed and when it opens
		 * ("closed, opens on Monday at 17"; Finnish "suljettu, avautuu {day}
		 * kello {time}", Swedish "stängt, öppnar på {day} klockan {time}").
		 * Keep the slots. */
		fill_slots(C_("spoken status", "closed, opens on {day} at {time}"), names, values, 2,
		    out, size);
	} else if (best_day >= 0) {
		char clock[32];

		clock_text(best_minute, clock, sizeof clock);
		/* TRANSLATORS: a directory badge, e.g. "closed · opens Tue 09:00",
		 * at most 28 columns with the longest weekday and time. */
		snprintf(out, size, _("closed \xc2\xb7 opens %s %s"), weekday_short(best_day), clock);
	} else if (known) {
		/* TRANSLATORS: a directory badge, at most 28 columns. */
		snprintf(out, size, "%s", _("closed"));
	} else {
		/* TRANSLATORS: a directory badge, at most 22 columns. */
		snprintf(out, size, "%s", _("check the hours"));
	}
}

void
helpline_status_text(const struct helpline *h, time_t now, char *out, size_t size)
{
	status_text(h, now, false, out, size);
}

void
helpline_status_spoken(const struct helpline *h, time_t now, char *out, size_t size)
{
	status_text(h, now, true, out, size);
}

void
contact_status_text(const struct contact *k, time_t now, char *out, size_t size)
{
	/* A helpline of one contact: the badge rules stay in one place. */
	struct helpline one = { .contacts = (struct contact *)k, .ncontacts = 1 };

	helpline_status_text(&one, now, out, size);
}

static bool
same_day(const struct week_hours *h, int a, int b)
{
	return h->nranges[a] == h->nranges[b] &&
	    memcmp(h->ranges[a], h->ranges[b], h->nranges[a] * sizeof h->ranges[a][0]) == 0;
}

/*
 * Fills "{name}" slots of a catalog pattern with values, so a translation
 * can move the days, the times and words such as "kl." where its language
 * puts them.  An unknown slot is copied as it stands.
 */
static void
fill_slots(const char *pattern, const char *const names[], const char *const values[],
    int n, char *out, size_t size)
{
	size_t used = 0;

	for (const char *p = pattern; *p != '\0' && used + 1 < size;) {
		int k = -1;

		for (int i = 0; i < n && *p == '{'; i++) {
			size_t len = strlen(names[i]);

			if (strncmp(p + 1, names[i], len) == 0 && p[len + 1] == '}')
				k = i;
		}
		if (k < 0) {
			out[used++] = *p++;
			continue;
		}
		used += (size_t)snprintf(out + used, size - used, "%s", values[k]);
		if (used >= size)
			used = size - 1;
		p += strlen(names[k]) + 2;
	}
	out[used] = '\0';
}

/* A time inside a range: "9", "9.30" in Finnish, "09:00" in English. */
static void
range_clock_text(int minute, char *out, size_t size)
{
	const int values[] = { minute / 60, minute % 60 };

	if (minute % 60 != 0) {
		clock_text(minute, out, size);
		return;
	}
	/* TRANSLATORS: a full hour inside a range of opening hours ("9–20").
	 * HH is the hour with a leading zero, H without.  English keeps the
	 * zeros ("09:00"); Finnish and Swedish write the hour alone: "H". */
	fill_pattern(_("HH:00"), "HM", values, out, size);
}

/* "9–15 ja 17–19", "kl. 9–15 och 17–19": the day's ranges in one phrase. */
static void
ranges_text(const struct week_hours *h, int d, char *out, size_t size)
{
	static const char *const names[] = { "first", "second" };
	char done[160] = "";

	for (int i = 0; i < h->nranges[d]; i++) {
		char from[32], to[32], range[80], joined[160];
		const char *values[2] = { done, range };
		int end = h->ranges[d][i].end;

		range_clock_text(h->ranges[d][i].start, from, sizeof from);
		range_clock_text(end % 1440 == 0 && end ? 1440 : end, to, sizeof to);
		snprintf(range, sizeof range, "%s\xe2\x80\x93%s", from, to);
		if (i == 0)
			snprintf(joined, sizeof joined, "%s", range);
		else if (i + 1 < h->nranges[d])
			fill_slots("{first}, {second}", names, values, 2, joined, sizeof joined);
		else
			/* TRANSLATORS: the last two ranges of opening hours in one
			 * day, e.g. "9–15 ja 17–19".  Keep {first} and {second}. */
			fill_slots(_("{first} and {second}"), names, values, 2, joined,
			    sizeof joined);
		snprintf(done, sizeof done, "%s", joined);
	}
	snprintf(out, size, "%s", done);
}

void
hours_lines(const struct week_hours *h, void (*fn)(const char *line, void *data), void *data)
{
	static const char *const names[] = { "days", "hours" };
	char line[256];

	if (h->kind == HOURS_ALWAYS) {
		fn(_("Every day, around the clock"), data);
		return;
	}
	if (h->kind == HOURS_UNKNOWN) {
		fn(_("We could not confirm the hours: check them on the service's own site"), data);
		return;
	}
	for (int d = 0; d < 7;) {
		int last = d;
		char days[64], hours[160];
		const char *values[2] = { days, hours };

		while (last + 1 < 7 && same_day(h, d, last + 1))
			last++;
		if (h->nranges[d] == 0) {
			d = last + 1;
			continue;
		}
		ranges_text(h, d, hours, sizeof hours);
		if (d == 0 && last == 6) {
			/* TRANSLATORS: the same opening hours on all seven days, e.g.
			 * "Every day 18:00–24:00"; Finnish "Joka päivä {hours}",
			 * Swedish "Varje dag kl. {hours}".  Keep {hours}. */
			fill_slots(_("Every day {hours}"), names, values, 2, line, sizeof line);
			fn(line, data);
			break;
		}
		if (last > d)
			snprintf(days, sizeof days, "%s\xe2\x80\x93%s", weekday_short(d),
			    weekday_short(last));
		else
			snprintf(days, sizeof days, "%s", weekday_short(d));
		/* TRANSLATORS: one line of opening hours: {days} is "Mon" or
		 * "Mon–Fri", {hours} one or more ranges ("09:00–20:00").  Finnish
		 * "{days} {hours}" (ma–pe 9–20), Swedish "{days} kl. {hours}"
		 * (mån–fre kl. 9–20).  Keep both slots. */
		fill_slots(_("{days} {hours}"), names, values, 2, line, sizeof line);
		fn(line, data);
		d = last + 1;
	}
}

/* ---- the same facts as a voice should read them (plain mode) ---- */

/* "maanantaista", "måndag", "Monday": the first day of a spoken range. */
static const char *
weekday_from(int weekday)
{
	/* TRANSLATORS: read aloud: the first day of a range of days, as in
	 * "from Monday to Friday" (Finnish "maanantaista").  Full names. */
	const char *names[7] = { C_("from day", "Monday"), C_("from day", "Tuesday"),
		C_("from day", "Wednesday"), C_("from day", "Thursday"), C_("from day", "Friday"),
		C_("from day", "Saturday"), C_("from day", "Sunday") };
	return names[weekday % 7];
}

/* "perjantaihin", "fredag", "Friday": the last day of a spoken range. */
static const char *
weekday_to(int weekday)
{
	/* TRANSLATORS: read aloud: the last day of a range of days, as in
	 * "from Monday to Friday" (Finnish "perjantaihin").  Full names. */
	const char *names[7] = { C_("to day", "Monday"), C_("to day", "Tuesday"),
		C_("to day", "Wednesday"), C_("to day", "Thursday"), C_("to day", "Friday"),
		C_("to day", "Saturday"), C_("to day", "Sunday") };
	return names[weekday % 7];
}

/* "maanantaina", "måndag", "Monday": one day, read aloud. */
static const char *
weekday_on(int weekday)
{
	/* TRANSLATORS: read aloud: one day, as in "opens on Monday at 9" and
	 * "Monday, 9 to 20" (Finnish "maanantaina").  Full names. */
	const char *names[7] = { C_("on day", "Monday"), C_("on day", "Tuesday"),
		C_("on day", "Wednesday"), C_("on day", "Thursday"), C_("on day", "Friday"),
		C_("on day", "Saturday"), C_("on day", "Sunday") };
	return names[weekday % 7];
}

/* "9", "9.30" read aloud: a whole hour alone, so it is not read "nine zero zero". */
static void
clock_spoken(int minute, char *out, size_t size)
{
	const int values[] = { minute / 60, minute % 60 };

	if (minute % 60 == 0) {
		snprintf(out, size, "%d", minute / 60);
		return;
	}
	/* TRANSLATORS: a time of day read aloud by a speech synthesizer, with
	 * minutes: H the hour, MM the minutes.  Write it so a voice reads
	 * "seventeen thirty", not "seventeen dot thirty" (Finnish and Swedish
	 * "H MM"). */
	fill_pattern(C_("spoken time", "H:MM"), "HM", values, out, size);
}

void
date_spoken(struct date d, char *out, size_t size)
{
	static const char *const names[] = { "day", "month", "year" };
	/* TRANSLATORS: a month's name in a date read aloud ("2 December 2026";
	 * Finnish "joulukuuta", as in "2. joulukuuta 2026"). */
	const char *months[12] = { C_("month in a date", "January"),
		C_("month in a date", "February"), C_("month in a date", "March"),
		C_("month in a date", "April"), C_("month in a date", "May"),
		C_("month in a date", "June"), C_("month in a date", "July"),
		C_("month in a date", "August"), C_("month in a date", "September"),
		C_("month in a date", "October"), C_("month in a date", "November"),
		C_("month in a date", "December") };
	char day[8], year[8];
	const char *values[3] = { day, months[(d.month + 11) % 12], year };

	snprintf(day, sizeof day, "%d", d.day);
	snprintf(year, sizeof year, "%d", d.year);
	/* TRANSLATORS: a date read aloud by a speech synthesizer, so it is
	 * not read as digits and dots: "2 December 2026", Finnish
	 * "{day}. {month} {year}" (2. joulukuuta 2026).  Keep the slots. */
	fill_slots(C_("spoken date", "{day} {month} {year}"), names, values, 3, out, size);
}

void
contact_status_spoken(const struct contact *k, time_t now, char *out, size_t size)
{
	struct helpline one = { .contacts = (struct contact *)k, .ncontacts = 1 };

	status_text(&one, now, true, out, size);
}

/* "9 to 20", "kello 9 ja 15 välillä sekä 17 ja 19 välillä": a day's ranges. */
static void
ranges_spoken(const struct week_hours *h, int d, char *out, size_t size)
{
	static const char *const names[] = { "from", "to" };
	static const char *const joins[] = { "first", "second" };
	char done[256] = "";

	for (int i = 0; i < h->nranges[d]; i++) {
		char from[32], to[32], range[96], joined[256];
		const char *values[2] = { from, to };
		const char *parts[2] = { done, range };
		int end = h->ranges[d][i].end;

		clock_spoken(h->ranges[d][i].start, from, sizeof from);
		clock_spoken(end % 1440 == 0 && end ? 1440 : end, to, sizeof to);
		/* TRANSLATORS: read aloud: one range of opening hours, with the
		 * language's word for "to" so a voice does not read "9–20" as two
		 * numbers: "9 to 20", Finnish "{from} ja {to} välillä", Swedish
		 * "{from} till {to}".  Keep the slots. */
		fill_slots(C_("spoken hours", "{from} to {to}"), names, values, 2, range,
		    sizeof range);
		if (i == 0)
			snprintf(joined, sizeof joined, "%s", range);
		else
			/* TRANSLATORS: read aloud: two ranges of opening hours in one
			 * day ("9 to 15 and 17 to 19"; Finnish "{first} sekä {second}"). */
			fill_slots(C_("spoken hours", "{first} and {second}"), joins, parts, 2,
			    joined, sizeof joined);
		snprintf(done, sizeof done, "%s", joined);
	}
	snprintf(out, size, "%s", done);
}

void
hours_lines_spoken(const struct week_hours *h, void (*fn)(const char *line, void *data),
    void *data)
{
	static const char *const range_names[] = { "from", "to" };
	static const char *const names[] = { "days", "hours" };
	char line[320];

	if (h->kind != HOURS_WEEKLY) {
		hours_lines(h, fn, data);
		return;
	}
	for (int d = 0; d < 7;) {
		int last = d;
		char days[96], hours[256];
		const char *values[2] = { days, hours };

		while (last + 1 < 7 && same_day(h, d, last + 1))
			last++;
		if (h->nranges[d] == 0) {
			d = last + 1;
			continue;
		}
		ranges_spoken(h, d, hours, sizeof hours);
		if (d == 0 && last == 6) {
			/* TRANSLATORS: read aloud: the same hours on every day
			 * ("Every day, 18 to 24"; Finnish "Joka päivä kello {hours}"). */
			fill_slots(C_("spoken hours", "Every day, {hours}"), names, values, 2, line,
			    sizeof line);
			fn(line, data);
			break;
		}
		if (last > d) {
			const char *ends[2] = { weekday_from(d), weekday_to(last) };

			/* TRANSLATORS: read aloud: a range of days ("Monday to Friday";
			 * Finnish "{from} {to}": maanantaista perjantaihin). */
			fill_slots(C_("spoken days", "{from} to {to}"), range_names, ends, 2, days,
			    sizeof days);
		} else
			snprintf(days, sizeof days, "%s", weekday_on(d));
		/* TRANSLATORS: read aloud: one line of opening hours ("Monday to
		 * Friday, 9 to 20"; Finnish "{days} kello {hours}", Swedish "{days}
		 * klockan {hours}").  Keep both slots. */
		fill_slots(C_("spoken hours", "{days}, {hours}"), names, values, 2, line,
		    sizeof line);
		fn(line, data);
		d = last + 1;
	}
}
