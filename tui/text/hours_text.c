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

	/* TRANSLATORS: a time of day.  HH is the hour with a leading zero, H
	 * without, MM the minutes.  Finnish "H.MM", Swedish "kl. H.MM". */
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

void
helpline_status_text(const struct helpline *h, time_t now, char *out, size_t size)
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
	if (best_day >= 0) {
		char clock[32];

		clock_text(best_minute, clock, sizeof clock);
		/* TRANSLATORS: a directory badge, e.g. "closed · opens Tue 09:00". */
		snprintf(out, size, _("closed \xc2\xb7 opens %s %s"), weekday_short(best_day), clock);
	} else if (known) {
		snprintf(out, size, "%s", _("closed"));
	} else {
		/* TRANSLATORS: a directory badge, at most 22 columns. */
		snprintf(out, size, "%s", _("hours not confirmed"));
	}
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

void
hours_lines(const struct week_hours *h, void (*fn)(const char *line, void *data), void *data)
{
	char line[256];

	if (h->kind == HOURS_ALWAYS) {
		fn(_("Every day, around the clock"), data);
		return;
	}
	if (h->kind == HOURS_UNKNOWN) {
		fn(_("Hours not confirmed: check the service's own site"), data);
		return;
	}
	for (int d = 0; d < 7;) {
		int last = d;
		size_t used;

		while (last + 1 < 7 && same_day(h, d, last + 1))
			last++;
		if (h->nranges[d] == 0) {
			d = last + 1;
			continue;
		}
		if (last > d)
			used = (size_t)snprintf(line, sizeof line, "%s\xe2\x80\x93%s ",
			    weekday_short(d), weekday_short(last));
		else
			used = (size_t)snprintf(line, sizeof line, "%s ", weekday_short(d));
		for (int i = 0; i < h->nranges[d] && used < sizeof line; i++) {
			char from[32], to[32];

			clock_text(h->ranges[d][i].start, from, sizeof from);
			clock_text(h->ranges[d][i].end % 1440 == 0 && h->ranges[d][i].end ? 1440
			    : h->ranges[d][i].end, to, sizeof to);
			used += (size_t)snprintf(line + used, sizeof line - used, "%s%s\xe2\x80\x93%s",
			    i > 0 ? ", " : "", from, to);
		}
		fn(line, data);
		d = last + 1;
	}
}
