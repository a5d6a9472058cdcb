/*
 * Kiosk policy in one place (kiosk.c): what q and the quick exit mean
 * (start over, never end), the idle reset, the staff PIN and its rate
 * limit, which languages L moves through, which global keys the welcome
 * screen lets through, and the printer.  The app only knows that it runs
 * as a kiosk (app->kiosk != NULL) and asks here.
 */
#ifndef TUKI_UI_KIOSK_H
#define TUKI_UI_KIOSK_H

#include <stdbool.h>

#include "../model/config.h"
#include "../sys/lang.h"

struct app;
struct session;

struct kiosk_state {
	const struct kiosk_config *cfg;
	const char *printer;        /* NULL: no printer configured */
	char pin[CONFIG_PIN_MAX + 1];       /* typed at the staff prompt; wiped after every try */
	int pin_failures;
	/* Survives q and Esc Esc, so starting over does not lift it; the
	 * idle reset and the right PIN do. */
	long long pin_locked_until;
};

/* Starts a kiosk session on the welcome screen. */
void app_init_kiosk(struct app *app, struct session *session, const struct kiosk_config *cfg);

/* Wipes the visitor's session and shows the welcome screen: q, Esc Esc
 * and the idle countdown all end here, never the program. */
void kiosk_reset(struct app *app);

/* The centre's languages on the list, in the order offered, into out
 * (CONFIG_MAX_LANGUAGES of them); returns how many. */
int kiosk_languages(const struct kiosk_config *cfg, enum lang *out);

/* The welcome screen is still at the bottom: no language chosen yet, so
 * the kiosk speaks all of its languages (the key bar, Help now). */
bool kiosk_before_choice(const struct app *app);

/* L and F2: the next of the languages the centre offers. */
void kiosk_next_language(struct app *app);

/* After idle_reset seconds without a key, "still there?" appears.
 * Shortens *wait so the loop wakes in time; true if it changed the screen. */
bool kiosk_idle(struct app *app, int *wait);

#endif
