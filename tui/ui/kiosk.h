/*
 * The kiosk's screens (kiosk.c, staff.c): the welcome screen with the
 * offered languages, "are you still there?", the staff PIN prompt, the
 * staff screen, and the out-of-order screen.  They use the app as every
 * screen does, and register the kiosk's hooks (struct app_mode) at start;
 * the rules they follow are in model/kiosk_policy.c.
 */
#ifndef TUKI_UI_KIOSK_H
#define TUKI_UI_KIOSK_H

#include "../model/config.h"
#include "app.h"

struct session;

/* Starts a kiosk session on the welcome screen. */
void app_init_kiosk(struct app *app, struct session *session, const struct kiosk_config *cfg);

/* After the right PIN (staff.c). */
void staff_open(struct app *app);

/* The calm three-language screen for a broken configuration, shown
 * until a signal stops the program. */
void kiosk_out_of_order_until_stopped(void);

#endif
