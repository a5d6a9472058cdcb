/* Directory filters and the clock: TUKI_NOW parsing, open now, search, 112 always listed. */
#include <config.h>

#include <locale.h>
#include <stdlib.h>
#include <time.h>

#include "../../tui/model/clock.h"
#include "../../tui/model/content.h"
#include "../../tui/model/filter.h"
#include "test.h"

int
main(void)
{
	struct content c;
	struct tuki_error err = { 0 };
	struct helpline_filter f = { 0 };
	const struct helpline *e112, *crisis;
	time_t t;
	const char *dir = getenv("TUKI_FIXTURES");

	setlocale(LC_ALL, "C.UTF-8");
	CHECK(clock_parse_iso("2026-11-22T01:00:00Z", &t) && t == 1795309200);
	CHECK(clock_parse_iso("2026-11-22T03:00+02:00", &t) && t == 1795309200);
	CHECK(clock_parse_iso("2026-11-22T03:00", &t) && t == 1795309200);     /* Helsinki winter */
	CHECK(clock_parse_iso("2026-07-01T12:00", &t) && t == 1782896400);     /* Helsinki summer */
	CHECK(!clock_parse_iso("yesterday", &t));
	CHECK(!clock_parse_iso("2026-13-01T00:00Z", &t));
	CHECK(!clock_parse_iso("2026-11-22T03:00+02", &t));
	setenv("TUKI_NOW", "2026-11-22T03:00", 1);
	CHECK(clock_now(false) == 1795309200);
	CHECK(clock_now(true) != 1795309200);      /* kiosk ignores TUKI_NOW */
	CHECK(date_days_between((struct date){ 2025, 11, 22 }, (struct date){ 2026, 11, 22 }) == 365);
	/* The arithmetic agrees with timegm day by day, leap years and
	 * out-of-range months and days (carried over) included. */
	{
		struct date epoch = { 1970, 1, 1 };
		int wrong = 0;

		for (int y = 1899; y <= 2105; y++)
			for (int m = -1; m <= 14; m++)
				for (int d = 0; d <= 32; d++) {
					struct tm tm = { .tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d };
					long want = (long)(timegm(&tm) / 86400);

					wrong += date_days_between(epoch, (struct date){ y, m, d }) != want;
				}
		CHECK(wrong == 0);
		CHECK(date_days_between((struct date){ 2024, 2, 28 }, (struct date){ 2024, 3, 1 }) == 2);
		CHECK(date_days_between((struct date){ 2026, 12, 2 }, (struct date){ 2026, 11, 22 }) == -10);
	}

	CHECK(text_contains("Rikosuhripäivystys", "PÄIVYSTYS"));
	CHECK(text_contains("Kristelefon", "tele"));
	CHECK(!text_contains("Kristelefon", "chat"));

	if (content_load(&c, dir != NULL ? dir : "tests/fixtures/good", &err) != 0) {
		fprintf(stderr, "%s\n", err.message);
		return 1;
	}
	e112 = content_helpline(&c, "emergency-112");
	crisis = content_helpline(&c, "crisis");
	CHECK(filter_is_empty(&f));
	CHECK(helpline_matches(crisis, &f));

	f.anonymous_only = true;
	CHECK(helpline_matches(crisis, &f));
	CHECK(helpline_matches(e112, &f));         /* the emergency number stays listed */
	f.anonymous_only = false;

	f.search = "crisis";
	CHECK(helpline_matches(crisis, &f));
	f.search = "nothing like this";
	CHECK(!helpline_matches(crisis, &f));
	f.search = NULL;

	f.language = content_language(&c, "sv");
	CHECK(helpline_matches(crisis, &f));
	f.language = content_language(&c, "en");
	CHECK(!helpline_matches(crisis, &f));
	/* The filter looks at the contact the list shows for the language: a
	 * site in English does not list a service whose line answers in Finnish
	 * and Swedish (the row would say "in Finnish and Swedish"). */
	{
		struct helpline line_and_site = *e112;

		line_and_site.emergency = false;
		CHECK(!helpline_matches(&line_and_site, &f));
		f.language = content_language(&c, "sv");
		CHECK(helpline_matches(&line_and_site, &f));
	}
	f.language = NULL;

	f.topic = content_topic(&c, "emergency");
	CHECK(!helpline_matches(crisis, &f));
	f.topic = NULL;

	CHECK(helpline_open_at(e112, 1795309200));
	f.open_now = true;
	f.now = 1795309200;
	CHECK(helpline_matches(crisis, &f));       /* its Finnish line is 24/7 */
	CHECK(!filter_is_empty(&f));

	content_free(&c);
	TEST_DONE();
}
