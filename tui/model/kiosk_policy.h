/*
 * The kiosk's rules, apart from its screens: when an idle kiosk asks
 * "still there?" and when it starts over, how the staff PIN locks after
 * wrong tries and when the lock lifts, and which languages L moves
 * through.  No curses and no app: it is given its state and the time and
 * returns a decision, so the screens (ui/kiosk.c) and a unit test
 * (tests/unit/test_kiosk_policy.c) ask the same rules.
 */
#ifndef TUKI_MODEL_KIOSK_POLICY_H
#define TUKI_MODEL_KIOSK_POLICY_H

#include <stdbool.h>

#include "config.h"

/* Wrong PINs allowed before the prompt locks, and for how long it locks. */
#define KIOSK_PIN_FREE_TRIES 3
#define KIOSK_PIN_LOCK_SECONDS 30
#define KIOSK_PIN_LOCK_MAX_SECONDS 300

/* One kiosk per program: this outlives every visitor's session. */
struct kiosk_state {
	const struct kiosk_config *cfg;
	const char *printer;        /* NULL: no printer configured */
	int pin_failures;
	/* Survives q and Esc Esc, so starting over does not lift it; the
	 * idle reset and the right PIN do.  On the real clock. */
	long long pin_locked_until;
};

void kiosk_state_init(struct kiosk_state *k, const struct kiosk_config *cfg);

/* Where the kiosk is when the idle rule is asked. */
enum kiosk_place {
	KIOSK_AT_WELCOME,           /* the welcome screen alone: nothing to reset */
	KIOSK_ASKING,               /* "still there?" is counting down */
	KIOSK_IN_USE,               /* anywhere else */
};

enum kiosk_idle {
	KIOSK_IDLE_NOTHING,
	KIOSK_IDLE_ASK,             /* show "still there?" */
	KIOSK_IDLE_RESET,           /* start over on the welcome screen */
};

/*
 * The idle rule, on the timers' clock: now_ms, the last key at
 * last_key_ms, "still there?" shown at asked_ms (KIOSK_ASKING only).
 * *due_ms is set to how long until the next decision is due, or -1 when
 * the caller need not wake for it.  Standing idle as long as a reset
 * takes lifts a PIN lock, on the welcome screen too.
 */
enum kiosk_idle kiosk_idle_decide(struct kiosk_state *k, enum kiosk_place place,
    long long now_ms, long long last_key_ms, long long asked_ms, long long *due_ms);

/* The whole seconds "still there?" still counts down from asked_ms. */
long long kiosk_still_there_left(const struct kiosk_state *k, long long now_ms,
    long long asked_ms);

enum kiosk_pin {
	KIOSK_PIN_EMPTY,            /* nothing typed: nothing counted */
	KIOSK_PIN_RIGHT,            /* lifts the lock and forgets the failures */
	KIOSK_PIN_WRONG,            /* counted; after the free tries it locks */
	KIOSK_PIN_LOCKED,           /* not tried at all, not even the right PIN */
};

/* A typed PIN tried at now_real_ms (the real clock: the lock guards the
 * PIN whatever the test time scale). */
enum kiosk_pin kiosk_pin_try(struct kiosk_state *k, const char *typed, long long now_real_ms);

/* Milliseconds the PIN prompt stays locked, 0 when it is open. */
long long kiosk_pin_locked_ms(const struct kiosk_state *k, long long now_real_ms);

/* The centre's languages on the list (their indexes in lang_list), in the
 * order offered, into out (CONFIG_MAX_LANGUAGES of them); returns how many. */
int kiosk_languages(const struct kiosk_config *cfg, int *out);

/* L and F2: the language after current among those offered. */
int kiosk_next_language(const struct kiosk_config *cfg, int current);

/* The centre's default language (lang_list index). */
int kiosk_default_language(const struct kiosk_config *cfg);

#endif
