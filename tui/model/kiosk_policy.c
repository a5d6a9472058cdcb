/* The kiosk's rules: idle, the staff PIN's lock, the languages offered. */
#include <config.h>

#include <string.h>

#include "kiosk_policy.h"
#include "sys/lang_list.h"

void
kiosk_state_init(struct kiosk_state *k, const struct kiosk_config *cfg)
{
	memset(k, 0, sizeof *k);
	k->cfg = cfg;
	k->printer = cfg->printer[0] != '\0' ? cfg->printer : NULL;
}

/* A wrong-PIN lock slows guessing; it ends with the right PIN or once the
 * kiosk has stood idle, so it never waits for the next visitor. */
static void
pin_unlock(struct kiosk_state *k)
{
	k->pin_failures = 0;
	k->pin_locked_until = 0;
}

enum kiosk_idle
kiosk_idle_decide(struct kiosk_state *k, enum kiosk_place place, long long now_ms,
    long long last_key_ms, long long asked_ms, long long *due_ms)
{
	long long reset_ms = k->cfg->idle_reset * 1000LL, grace_ms = k->cfg->idle_grace * 1000LL;
	long long left = reset_ms - (now_ms - last_key_ms);

	*due_ms = -1;
	switch (place) {
	case KIOSK_AT_WELCOME:
		/* Nothing to reset, but as long untouched as an idle reset
		 * takes, it lifts a PIN lock the same way. */
		if (left + grace_ms <= 0)
			pin_unlock(k);
		return KIOSK_IDLE_NOTHING;
	case KIOSK_ASKING:
		if (now_ms - asked_ms >= grace_ms) {
			pin_unlock(k);
			return KIOSK_IDLE_RESET;
		}
		*due_ms = grace_ms - (now_ms - asked_ms);
		return KIOSK_IDLE_NOTHING;
	default:
		if (left <= 0)
			return KIOSK_IDLE_ASK;
		*due_ms = left;
		return KIOSK_IDLE_NOTHING;
	}
}

long long
kiosk_still_there_left(const struct kiosk_state *k, long long now_ms, long long asked_ms)
{
	long long left_ms = k->cfg->idle_grace * 1000LL - (now_ms - asked_ms);

	return left_ms > 0 ? (left_ms + 999) / 1000 : 0;
}

enum kiosk_pin
kiosk_pin_try(struct kiosk_state *k, const char *typed, long long now_real_ms)
{
	long long seconds;

	if (kiosk_pin_locked_ms(k, now_real_ms) > 0)
		return KIOSK_PIN_LOCKED;
	if (typed[0] == '\0')
		return KIOSK_PIN_EMPTY;
	if (strcmp(typed, k->cfg->staff_pin) == 0) {
		pin_unlock(k);
		return KIOSK_PIN_RIGHT;
	}
	/* Every try after the free ones locks the prompt for longer. */
	if (++k->pin_failures >= KIOSK_PIN_FREE_TRIES) {
		seconds = KIOSK_PIN_LOCK_SECONDS *
		    (long long)(k->pin_failures - KIOSK_PIN_FREE_TRIES + 1);
		if (seconds > KIOSK_PIN_LOCK_MAX_SECONDS)
			seconds = KIOSK_PIN_LOCK_MAX_SECONDS;
		k->pin_locked_until = now_real_ms + seconds * 1000;
	}
	return KIOSK_PIN_WRONG;
}

long long
kiosk_pin_locked_ms(const struct kiosk_state *k, long long now_real_ms)
{
	return k->pin_locked_until > now_real_ms ? k->pin_locked_until - now_real_ms : 0;
}

int
kiosk_languages(const struct kiosk_config *cfg, int *out)
{
	int n = 0;

	for (int i = 0; i < cfg->nlanguages; i++)
		if (lang_list_find(cfg->languages[i]) >= 0)
			out[n++] = lang_list_find(cfg->languages[i]);
	return n;
}

int
kiosk_next_language(const struct kiosk_config *cfg, int current)
{
	int at = 0;

	for (int i = 0; i < cfg->nlanguages; i++)
		if (lang_list_find(cfg->languages[i]) == current)
			at = i;
	return lang_list_find(cfg->languages[(at + 1) % cfg->nlanguages]);
}

int
kiosk_default_language(const struct kiosk_config *cfg)
{
	return lang_list_find(cfg->default_language);
}
