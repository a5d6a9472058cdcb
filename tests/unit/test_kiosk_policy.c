/* The kiosk's rules without a screen: the idle reset, the staff PIN's
 * lock, and the languages L moves through (tui/model/kiosk_policy.c). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "../../tui/model/kiosk_policy.h"
#include "../../tui/sys/lang_list.h"
#include "test.h"

static struct kiosk_config cfg;
static struct kiosk_state k;

static void
setup(void)
{
	memset(&cfg, 0, sizeof cfg);
	cfg.idle_reset = 60;
	cfg.idle_grace = 30;
	snprintf(cfg.staff_pin, sizeof cfg.staff_pin, "2497");
	kiosk_state_init(&k, &cfg);
}

/* Three wrong tries at t: the third locks the prompt. */
static void
lock_at(long long t)
{
	for (int i = 0; i < KIOSK_PIN_FREE_TRIES; i++)
		CHECK(kiosk_pin_try(&k, "1111", t) == KIOSK_PIN_WRONG);
}

static void
test_idle(void)
{
	long long due;

	setup();
	/* In use: quiet until idle_reset has passed, and says when to wake. */
	CHECK(kiosk_idle_decide(&k, KIOSK_IN_USE, 10000, 0, 0, &due) == KIOSK_IDLE_NOTHING);
	CHECK(due == 50000);
	CHECK(kiosk_idle_decide(&k, KIOSK_IN_USE, 59999, 0, 0, &due) == KIOSK_IDLE_NOTHING);
	CHECK(due == 1);
	CHECK(kiosk_idle_decide(&k, KIOSK_IN_USE, 60000, 0, 0, &due) == KIOSK_IDLE_ASK);
	CHECK(kiosk_idle_decide(&k, KIOSK_IN_USE, 500000, 0, 0, &due) == KIOSK_IDLE_ASK);
	/* A key puts it off again. */
	CHECK(kiosk_idle_decide(&k, KIOSK_IN_USE, 60000, 30000, 0, &due) == KIOSK_IDLE_NOTHING);
	CHECK(due == 30000);

	/* "Still there?" starts over once idle_grace has passed since it asked. */
	CHECK(kiosk_idle_decide(&k, KIOSK_ASKING, 70000, 0, 60000, &due) == KIOSK_IDLE_NOTHING);
	CHECK(due == 20000);
	CHECK(kiosk_still_there_left(&k, 70000, 60000) == 20);
	CHECK(kiosk_still_there_left(&k, 70001, 60000) == 20);     /* rounded up */
	CHECK(kiosk_still_there_left(&k, 89999, 60000) == 1);
	CHECK(kiosk_idle_decide(&k, KIOSK_ASKING, 89999, 0, 60000, &due) == KIOSK_IDLE_NOTHING);
	CHECK(kiosk_idle_decide(&k, KIOSK_ASKING, 90000, 0, 60000, &due) == KIOSK_IDLE_RESET);
	CHECK(kiosk_still_there_left(&k, 95000, 60000) == 0);

	/* The welcome screen alone has nothing to reset, ever. */
	CHECK(kiosk_idle_decide(&k, KIOSK_AT_WELCOME, 10000000, 0, 0, &due) == KIOSK_IDLE_NOTHING);
	CHECK(due == -1);
}

static void
test_pin(void)
{
	long long t = 1000000;

	setup();
	CHECK(kiosk_pin_try(&k, "", t) == KIOSK_PIN_EMPTY);
	CHECK(k.pin_failures == 0);
	/* Two wrong tries are free; the third locks for 30 s. */
	CHECK(kiosk_pin_try(&k, "1111", t) == KIOSK_PIN_WRONG);
	CHECK(kiosk_pin_try(&k, "1111", t) == KIOSK_PIN_WRONG);
	CHECK(kiosk_pin_locked_ms(&k, t) == 0);
	CHECK(kiosk_pin_try(&k, "1111", t) == KIOSK_PIN_WRONG);
	CHECK(kiosk_pin_locked_ms(&k, t) == 30000);
	/* While locked nothing counts, not even the right PIN. */
	CHECK(kiosk_pin_try(&k, "2497", t + 29999) == KIOSK_PIN_LOCKED);
	CHECK(kiosk_pin_try(&k, "1111", t + 29999) == KIOSK_PIN_LOCKED);
	CHECK(k.pin_failures == 3);
	/* Each try after that locks for longer: 60 s, 90 s, ... at most 300 s. */
	CHECK(kiosk_pin_try(&k, "1111", t + 30000) == KIOSK_PIN_WRONG);
	CHECK(kiosk_pin_locked_ms(&k, t + 30000) == 60000);
	for (int i = 0; i < 20; i++)
		kiosk_pin_try(&k, "1111", t + 1000000 * (i + 1));
	CHECK(kiosk_pin_locked_ms(&k, t + 20000000) == KIOSK_PIN_LOCK_MAX_SECONDS * 1000LL);
	/* Once the lock has passed the right PIN opens and forgets the tries. */
	CHECK(kiosk_pin_try(&k, "2497", t + 30000000) == KIOSK_PIN_RIGHT);
	CHECK(k.pin_failures == 0);
	CHECK(kiosk_pin_locked_ms(&k, t + 30000000) == 0);
	/* A prefix or a longer PIN is wrong. */
	CHECK(kiosk_pin_try(&k, "249", t) == KIOSK_PIN_WRONG);
	CHECK(kiosk_pin_try(&k, "24970", t) == KIOSK_PIN_WRONG);
}

/* The idle reset lifts the lock, so it never waits for the next visitor;
 * q and Esc Esc (a reset that is not idle) do not. */
static void
test_idle_lifts_lock(void)
{
	long long due, t = 1000000;

	setup();
	lock_at(t);
	/* Asked, and the countdown ran out: the lock goes with the visitor. */
	CHECK(kiosk_idle_decide(&k, KIOSK_ASKING, 90000, 0, 60000, &due) == KIOSK_IDLE_RESET);
	CHECK(kiosk_pin_locked_ms(&k, t) == 0);
	CHECK(k.pin_failures == 0);

	/* Asking alone, or a countdown not yet over, keeps it. */
	setup();
	lock_at(t);
	CHECK(kiosk_idle_decide(&k, KIOSK_IN_USE, 60000, 0, 0, &due) == KIOSK_IDLE_ASK);
	CHECK(kiosk_idle_decide(&k, KIOSK_ASKING, 89999, 0, 60000, &due) == KIOSK_IDLE_NOTHING);
	CHECK(kiosk_pin_locked_ms(&k, t) == 30000);

	/* On the welcome screen: as long untouched as a reset takes (idle_reset
	 * plus idle_grace) lifts it, and not a moment before. */
	setup();
	lock_at(t);
	CHECK(kiosk_idle_decide(&k, KIOSK_AT_WELCOME, 89999, 0, 0, &due) == KIOSK_IDLE_NOTHING);
	CHECK(k.pin_failures == 3);
	CHECK(kiosk_idle_decide(&k, KIOSK_AT_WELCOME, 90000, 0, 0, &due) == KIOSK_IDLE_NOTHING);
	CHECK(k.pin_failures == 0);
	CHECK(kiosk_pin_locked_ms(&k, t) == 0);
}

static void
test_languages(void)
{
	int out[CONFIG_MAX_LANGUAGES], n, first, second;

	setup();
	if (lang_list_count() < 2) {
		CHECK(lang_list_count() >= 1);
		return;
	}
	/* Offered: the first two on the list, then a code that is not on it. */
	snprintf(cfg.languages[0], sizeof cfg.languages[0], "%s", lang_list_code(1));
	snprintf(cfg.languages[1], sizeof cfg.languages[1], "%s", lang_list_code(0));
	snprintf(cfg.languages[2], sizeof cfg.languages[2], "xx-none");
	cfg.nlanguages = 2;
	snprintf(cfg.default_language, sizeof cfg.default_language, "%s", lang_list_code(0));
	first = lang_list_find(cfg.languages[0]);
	second = lang_list_find(cfg.languages[1]);
	n = kiosk_languages(&cfg, out);
	CHECK(n == 2 && out[0] == first && out[1] == second);
	cfg.nlanguages = 3;
	CHECK(kiosk_languages(&cfg, out) == 2);     /* not on the list: not offered */
	cfg.nlanguages = 2;
	/* L goes round in the order offered. */
	CHECK(kiosk_next_language(&cfg, first) == second);
	CHECK(kiosk_next_language(&cfg, second) == first);
	CHECK(kiosk_default_language(&cfg) == second);
}

int
main(void)
{
	test_idle();
	test_pin();
	test_idle_lifts_lock();
	test_languages();
	return test_failures != 0;
}
