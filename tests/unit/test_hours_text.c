/*
 * Opening hours in words, per language, from the built catalogs: one
 * "kl." per line in Swedish, hours without ":00" in Finnish and Swedish,
 * minutes kept when they are not zero, the language's own word between
 * two ranges, and a badge that fits its 28 columns.
 */
#include <config.h>

#include <libintl.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../tui/model/content.h"
#include "../../tui/model/error.h"
#include "../../tui/model/hours.h"
#include "../../tui/model/utf8.h"
#include "../../tui/model/wrap.h"
#include "../../tui/text/hours_text.h"
#include "test.h"

static void
add(struct week_hours *w, int day, const char *from, const char *to)
{
	int i = w->nranges[day]++;

	w->kind = HOURS_WEEKLY;
	w->ranges[day][i].start = (short)hours_parse_clock(from);
	w->ranges[day][i].end = (short)hours_parse_clock(to);
}

struct lines {
	char text[8][256];
	int n;
};

static void
collect(const char *line, void *data)
{
	struct lines *l = data;

	if (l->n < 8)
		snprintf(l->text[l->n++], sizeof l->text[0], "%s", line);
}

static struct lines
lines_of(const struct week_hours *w)
{
	struct lines l = { .n = 0 };

	hours_lines(w, collect, &l);
	return l;
}

static void
use_language(const char *code)
{
	setenv("LANGUAGE", code, 1);
	textdomain(PACKAGE);
}

/* The week used below: office hours, a split Monday, a late Saturday. */
static void
weeks(struct week_hours *office, struct week_hours *split, struct week_hours *evenings)
{
	memset(office, 0, sizeof *office);
	memset(split, 0, sizeof *split);
	memset(evenings, 0, sizeof *evenings);
	for (int d = 0; d < 5; d++)
		add(office, d, "09:00", "20:00");
	add(split, 0, "09:30", "15:00");
	add(split, 0, "17:00", "19:00");
	add(split, 2, "10:00", "12:00");
	add(split, 2, "13:00", "14:15");
	add(split, 2, "17:00", "19:00");
	for (int d = 0; d < 7; d++)
		add(evenings, d, "18:00", "24:00");
}

static void
check_language(const char *code, const char *office_line, const char *split_monday,
    const char *split_wednesday, const char *every_day)
{
	struct week_hours office, split, evenings;
	struct lines l;

	use_language(code);
	weeks(&office, &split, &evenings);
	l = lines_of(&office);
	CHECK(l.n == 1);
	CHECK_STR(l.text[0], office_line);
	l = lines_of(&split);
	CHECK(l.n == 2);
	CHECK_STR(l.text[0], split_monday);
	CHECK_STR(l.text[1], split_wednesday);
	l = lines_of(&evenings);
	CHECK(l.n == 1);
	CHECK_STR(l.text[0], every_day);
	/* Every line fits a 40-column screen with its margins. */
	for (int i = 0; i < l.n; i++)
		CHECK(text_width(l.text[i]) <= 36);
}

/* The longest badge: the longest weekday name with a time of two digits. */
static void
check_badge(const char *code)
{
	char clock[32], badge[128];
	int widest = 0;

	use_language(code);
	clock_text(23 * 60 + 30, clock, sizeof clock);
	for (int d = 0; d < 7; d++) {
		snprintf(badge, sizeof badge, gettext("closed \xc2\xb7 opens %s %s"),
		    weekday_short(d), clock);
		if (text_width(badge) > widest)
			widest = text_width(badge);
	}
	if (widest > 28)
		fprintf(stderr, "%s: badge is %d columns\n", code, widest);
	CHECK(widest <= 28);
}

/* The real content: every range line and, over a week, every badge fits. */
static void
check_real_content(const char *code)
{
	const char *dir = getenv("TUKI_CONTENT_DIR");
	struct content c;
	struct tuki_error err = { 0 };
	time_t monday = 1795384800;     /* 2026-11-23 00:00 Helsinki */

	if (dir == NULL || content_load(&c, dir, &err) != 0) {
		fprintf(stderr, "no content to check: %s\n", dir ? err.message : "TUKI_CONTENT_DIR unset");
		test_failures++;
		return;
	}
	use_language(code);
	for (size_t i = 0; i < c.nhelplines; i++) {
		const struct helpline *h = &c.helplines[i];

		for (size_t k = 0; k < h->ncontacts; k++) {
			struct lines l = lines_of(&h->contacts[k].hours);

			/* Only range lines must fit; the prose for unknown hours wraps. */
			if (h->contacts[k].hours.kind != HOURS_WEEKLY)
				continue;

			for (int j = 0; j < l.n; j++) {
				if (text_width(l.text[j]) > 36)
					fprintf(stderr, "%s: %s: \"%s\"\n", code, h->id, l.text[j]);
				CHECK(text_width(l.text[j]) <= 36);
			}
		}
		for (time_t t = monday; t < monday + 7 * 86400; t += 1800) {
			char badge[128];

			helpline_status_text(h, t, badge, sizeof badge);
			if (text_width(badge) > 28) {
				fprintf(stderr, "%s: %s: badge \"%s\"\n", code, h->id, badge);
				test_failures++;
				break;
			}
		}
	}
	content_free(&c);
}

int
main(void)
{
	const char *dir = getenv("TUKI_LOCALEDIR");
	char clock[32];

	if (dir == NULL) {
		puts("TUKI_LOCALEDIR is not set: run through make check");
		return 77;
	}
	if (setlocale(LC_ALL, "C.UTF-8") == NULL && setlocale(LC_ALL, "C.utf8") == NULL) {
		puts("no C.UTF-8 locale");
		return 77;
	}
	bindtextdomain(PACKAGE, dir);
	bind_textdomain_codeset(PACKAGE, "UTF-8");

	check_language("en", "Mon\xe2\x80\x93" "Fri 09:00\xe2\x80\x93" "20:00",
	    "Mon 09:30\xe2\x80\x93" "15:00 and 17:00\xe2\x80\x93" "19:00",
	    "Wed 10:00\xe2\x80\x93" "12:00, 13:00\xe2\x80\x93" "14:15 and 17:00\xe2\x80\x93" "19:00",
	    "Every day 18:00\xe2\x80\x93" "24:00");
	check_language("fi", "ma\xe2\x80\x93pe 9\xe2\x80\x93" "20",
	    "ma 9.30\xe2\x80\x93" "15 ja 17\xe2\x80\x93" "19",
	    "ke 10\xe2\x80\x93" "12, 13\xe2\x80\x93" "14.15 ja 17\xe2\x80\x93" "19",
	    "Joka päivä 18\xe2\x80\x93" "24");
	check_language("sv", "mån\xe2\x80\x93" "fre kl. 9\xe2\x80\x93" "20",
	    "mån kl. 9.30\xe2\x80\x93" "15 och 17\xe2\x80\x93" "19",
	    "ons kl. 10\xe2\x80\x93" "12, 13\xe2\x80\x93" "14.15 och 17\xe2\x80\x93" "19",
	    "Varje dag kl. 18\xe2\x80\x93" "24");

	/* A time on its own keeps its minutes, and Swedish has no "kl." twice. */
	use_language("sv");
	clock_text(17 * 60, clock, sizeof clock);
	CHECK_STR(clock, "17.00");
	use_language("en");
	clock_text(9 * 60, clock, sizeof clock);
	CHECK_STR(clock, "09:00");

	check_badge("en");
	check_badge("fi");
	check_badge("sv");
	check_real_content("en");
	check_real_content("fi");
	check_real_content("sv");
	TEST_DONE();
}
