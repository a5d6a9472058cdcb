/*
 * Kiosk screens: the welcome screen with the offered languages, "are you
 * still there?" with its countdown, the staff PIN prompt, the reset that
 * wipes a visitor's session, and the out-of-order screen for a broken
 * configuration.  The rules (when to ask, when the PIN locks) are asked of
 * model/kiosk_policy.c; the app knows the kiosk only by its hooks.
 */
#include <config.h>

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/clock.h"
#include "sys/i18n.h"
#include "sys/lang.h"
#include "text/fallback_help.h"
#include "model/kiosk_policy.h"
#include "app.h"
#include "kiosk.h"
#include "draw.h"
#include "keys.h"
#include "term.h"
#include "layout.h"
#include "../model/wrap.h"

/* One kiosk per program: its state outlives every visitor's session. */
static struct kiosk_state kiosk;
/* The welcome screen is still at the bottom: no language chosen yet, so
 * the kiosk speaks all of its languages (the key bar, Help now). */
static bool before_choice;

static const struct screen welcome_screen, still_there_screen, pin_screen;

/* "Still there?": when it was shown, on the timers' clock. */
struct still_there_state {
	long long asked_ms;
};

/* The welcome screen alone, its focus on the centre's default language. */
static void
welcome_start(struct app *app)
{
	int langs[CONFIG_MAX_LANGUAGES], n = kiosk_languages(kiosk.cfg, langs), selected = 0;

	for (int i = 0; i < n; i++)
		if (langs[i] == kiosk_default_language(kiosk.cfg))
			selected = i;
	before_choice = true;
	app_start_over(app, &welcome_screen, NULL);
	app_view(app)->selected = selected;
}

/* Wipes everything the visitor did and shows the welcome screen: q, Esc
 * Esc, Left on the staff screen and the idle countdown all end here,
 * never the program. */
static void
kiosk_reset(struct app *app)
{
	session_reset(app->session);
	app_set_language(app, (enum lang)kiosk_default_language(kiosk.cfg));
	/* Every view goes, and with the PIN prompt's the digits typed. */
	welcome_start(app);
	term_clear_everything();
}

static void
next_language(struct app *app)
{
	app_set_language(app, (enum lang)kiosk_next_language(kiosk.cfg, (int)lang_current()));
}

static void
open_pin(struct app *app)
{
	app_push(app, &pin_screen, NULL);
}

/* The centre's languages, in the order offered; returns how many. */
static int
offered(enum lang *out)
{
	int langs[CONFIG_MAX_LANGUAGES], n = kiosk_languages(kiosk.cfg, langs);

	for (int i = 0; i < n; i++)
		out[i] = (enum lang)langs[i];
	return n;
}

static int
languages_before_choice(const struct app *app, enum lang *out)
{
	if (app->depth > 0 && app->stack[app->depth - 1].screen->for_staff)
		return 0;
	return before_choice ? offered(out) : 0;
}

/* After idle_reset seconds without a key, "still there?" appears. */
static bool
idle(struct app *app, int *wait)
{
	const struct screen *top = app_view(app)->screen;
	enum kiosk_place place = top == &welcome_screen && app_view_below(app) == NULL
	    ? KIOSK_AT_WELCOME : KIOSK_IN_USE;
	long long now = clock_monotonic_ms(), due;

	/* "Still there?" counts itself (its tick). */
	if (top == &still_there_screen)
		return false;
	if (kiosk_idle_decide(&kiosk, place, now, app->last_key_ms, 0, &due) == KIOSK_IDLE_ASK) {
		app_push(app, &still_there_screen, &(struct still_there_state){ now });
		return true;
	}
	if (due >= 0 && clock_wait_ms(due) < *wait)
		*wait = (int)clock_wait_ms(due);
	return false;
}

/* What the kiosk changes in the app's loop. */
static const struct app_mode kiosk_mode = {
	.leave = kiosk_reset,
	.next_language = next_language,
	.staff = open_pin,
	.languages_before_choice = languages_before_choice,
	.idle = idle,
};

void
app_init_kiosk(struct app *app, struct session *session, const struct kiosk_config *cfg)
{
	app_init(app, session, false);
	kiosk_state_init(&kiosk, cfg);
	app_set_mode(app, &kiosk, &kiosk_mode);
	welcome_start(app);
	app->last_key_ms = clock_monotonic_ms();
}

/* ---- welcome ---- */

/* On the welcome screen only the staff PIN and the help keys pass on. */
static bool
welcome_lets_through(wint_t key, bool function_key)
{
	switch (keys_action(KEYS_GLOBAL, key, function_key)) {
	case ACT_STAFF:
	case ACT_KEYS:
	case ACT_HELP_NOW:
		return true;
	default:
		return false;
	}
}

static void
welcome_draw(struct app *app, struct view *view)
{
	const char *items[CONFIG_MAX_LANGUAGES];
	char labels[CONFIG_MAX_LANGUAGES][64];
	enum lang langs[CONFIG_MAX_LANGUAGES] = { LANG_FIRST };
	/* Before a language is chosen: what a hesitant visitor needs to hear,
	 * in each of the kiosk's languages, under the choice. */
	const char *promise = N_("Nothing is saved, and no one asks your name.");
	char joined[1024], title[512];
	bool roomy = LINES >= BREATH_ROOMY_LINES;
	int n = offered(langs), top;

	(void)app;
	for (int i = 0; i < n; i++) {
		snprintf(labels[i], sizeof labels[i], "%d  %s", i + 1, lang_native_name(langs[i]));
		items[i] = labels[i];
	}
	lang_join(langs, n, N_("Welcome"), title, sizeof title);
	draw_frame(title, false);
	/* A low window gives the promise the row of "choose a language": the
	 * language names say it themselves. */
	lang_join(langs, n, N_("Choose a language"), joined, sizeof joined);
	top = !roomy ? 2 : draw_paragraph_until(2, 1, joined, HINT_ROW) + 1;
	/* The welcome has no hint line: the promise may use it.  One line a
	 * language when there is room, else run together. */
	if (roomy) {
		for (int i = 0, y = top + n + 1; i < n; i++)
			y = draw_paragraph_until(y, 1, lang_gettext(langs[i], promise), RULE_ROW);
	} else {
		size_t at = 0;

		joined[0] = '\0';
		for (int i = 0; i < n && at < sizeof joined; i++)
			at += (size_t)snprintf(joined + at, sizeof joined - at, "%s%s", i ? " " : "",
			    lang_gettext(langs[i], promise));
		draw_paragraph_until(top + n, 1, joined, RULE_ROW);
	}
	draw_list(view, items, n, top);
}

static bool
welcome_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct key_binding *b = keys_find(KEYS_CHOOSER, key, function_key);
	int choice = -1;

	if (is_open_key(key, function_key))
		choice = view->selected;
	else if (b != NULL && b->action == ACT_NUMBER && key - b->key < (wint_t)kiosk.cfg->nlanguages)
		choice = (int)(key - b->key);
	if (choice < 0)
		return list_key(view, kiosk.cfg->nlanguages, key, function_key) ||
		    !welcome_lets_through(key, function_key);
	app_set_language(app, (enum lang)lang_list_find(kiosk.cfg->languages[choice]));
	before_choice = false;
	app_replace(app, &home_screen, NULL);
	return true;
}

static const struct screen welcome_screen = {
	.draw = welcome_draw,
	.key = welcome_key,
};

/* ---- still there? ---- */

static void
still_there_draw(struct app *app, struct view *view)
{
	const struct still_there_state *st = view->state;
	long long left = kiosk_still_there_left(&kiosk, clock_monotonic_ms(), st->asked_ms);
	char line[256];
	bool low = LINES < BREATH_ROOMY_LINES;
	int y;

	(void)app;
	draw_frame(_("Are you still there?"), false);
	y = draw_paragraph_until(low ? 2 : 3, 2, _("Press any key to carry on where you were."),
	    RULE_ROW) + 1;
	/* TRANSLATORS: the kiosk's idle countdown. */
	snprintf(line, sizeof line, P_("Otherwise this screen starts over in %lld second, and "
	    "nothing you looked at is kept.", "Otherwise this screen starts over in %lld seconds, "
	    "and nothing you looked at is kept.", (unsigned long)left), left);
	draw_paragraph_until(y, 2, line, RULE_ROW);
	move(low ? 2 : 3, 2);
}

static void
still_there_tick(struct app *app, struct view *view)
{
	const struct still_there_state *st = view->state;
	long long due;

	if (kiosk_idle_decide(&kiosk, KIOSK_ASKING, clock_monotonic_ms(), app->last_key_ms,
	    st->asked_ms, &due) == KIOSK_IDLE_RESET)
		kiosk_reset(app);
}

static bool
still_there_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	(void)view;
	(void)key;
	(void)function_key;
	app_pop(app);
	return true;
}

static const struct screen still_there_screen = {
	.draw = still_there_draw,
	.key = still_there_key,
	.tick = still_there_tick,
	.tick_ms = 1000,
	.takes_text = true,
	.state_size = sizeof(struct still_there_state),
};

/* ---- staff PIN ---- */

/* Its state: the digits typed, wiped after every try and when it closes. */
struct pin_state {
	char typed[CONFIG_PIN_MAX + 1];
};

static void
pin_wipe(void *state)
{
	explicit_bzero(state, sizeof(struct pin_state));
}

static void
pin_draw(struct app *app, struct view *view)
{
	char stars[32];
	size_t n = strlen(((const struct pin_state *)view->state)->typed);
	/* The lock guards the PIN: real time, whatever the test time scale. */
	long long locked = kiosk_pin_locked_ms(&kiosk, clock_real_ms());
	bool low = LINES < BREATH_ROOMY_LINES;
	int top = low ? 2 : 3, y;

	(void)app;
	draw_frame(_("Staff"), true);
	if (locked > 0) {
		char line[128];

		long long wait = (locked + 999) / 1000;

		snprintf(line, sizeof line, P_("Too many tries. Please wait %lld second.",
		    "Too many tries. Please wait %lld seconds.", (unsigned long)wait), wait);
		y = draw_paragraph_until(top, 2, line, RULE_ROW);
		/* Never a trap: the way back is said, and works, while it waits. */
		draw_paragraph_until(y + (low ? 1 : 2), 2,
		    _("This is for staff. Press Esc or Left to go back."), RULE_ROW);
		move(top, 2);
		return;
	}
	/* Each line wraps on a narrow window; the PIN goes on the row after. */
	y = draw_paragraph_until(top, 2, _("Staff PIN, then Enter (Esc cancels):"), RULE_ROW);
	y += low ? 0 : 1;
	memset(stars, '*', n < sizeof stars - 1 ? n : sizeof stars - 1);
	stars[n < sizeof stars - 1 ? n : sizeof stars - 1] = '\0';
	draw_text(y, 2, TEXT_COLS - 4, stars);
	if (kiosk.pin_failures > 0)
		draw_paragraph_until(y + 1, 2, _("That PIN was not right."), RULE_ROW);
	/* A visitor who pressed S by chance learns how to go back. */
	draw_paragraph_until(y + (low ? 3 : 4), 2,
	    _("This is for staff. Press Esc or Left to go back."), RULE_ROW);
	move(y, 2 + (int)strlen(stars));
}

static void
pin_tick(struct app *app, struct view *view)
{
	(void)app;
	(void)view;     /* redraws the lock countdown */
}

/*
 * The prompt takes digits, Enter, Backspace, and Esc or Left to go back;
 * every other key does what the bar says (h, ?, L, q).  While locked,
 * digits and Enter wait, and the way back and the bar's keys still work.
 */
static bool
pin_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	struct pin_state *p = view->state;
	size_t n = strlen(p->typed);
	bool locked = kiosk_pin_locked_ms(&kiosk, clock_real_ms()) > 0;

	if (is_cancel_key(key, function_key) || (function_key && key == KEY_LEFT)) {
		app_pop(app);   /* wipes what was typed (pin_wipe) */
	} else if (keys_action(KEYS_GLOBAL, key, function_key) == ACT_STAFF) {
		/* Already here. */
	} else if (is_open_key(key, function_key)) {
		/* Locked, not even the right PIN counts (kiosk_pin_try). */
		enum kiosk_pin result = kiosk_pin_try(&kiosk, p->typed, clock_real_ms());

		explicit_bzero(p->typed, sizeof p->typed);
		if (result == KIOSK_PIN_RIGHT) {
			/* The staff screen (staff.c) ends the kiosk or lists old facts. */
			app_pop(app);
			staff_open(app);
		}
	} else if ((function_key && key == KEY_BACKSPACE) || (!function_key && (key == 0x7f || key == 0x08))) {
		if (n > 0)
			p->typed[n - 1] = '\0';
	} else if (!function_key && key >= L'0' && key <= L'9') {
		if (!locked && n < sizeof p->typed - 1) {
			p->typed[n] = (char)key;
			p->typed[n + 1] = '\0';
		}
	} else {
		return false;
	}
	return true;
}

static const struct screen pin_screen = {
	.draw = pin_draw,
	.key = pin_key,
	.tick = pin_tick,
	.tick_ms = 1000,
	.for_staff = true,
	.state_size = sizeof(struct pin_state),
	.free_state = pin_wipe,
};

/* ---- out of order ---- */

static void
kiosk_out_of_order(void)
{
	const char *out_of_order = N_("This terminal is out of order. Please ask a member of staff.");
	/* Wrapped, closer together on a low window. */
	int gap = LINES < BREATH_ROOMY_LINES ? 0 : 1, y = 1 + gap, need = 0;

	erase();
	for (int l = 0; l < lang_count(); l++)
		need += (int)wrap_text(lang_gettext((enum lang)l, out_of_order), COLS - 4, NULL, 0) +
		    (int)wrap_text(fallback_help((enum lang)l), COLS - 4, NULL, 0) + 2 * gap;
	/* Too small for it all: the two numbers first, in no language's words. */
	if (need > LINES - y)
		y = draw_paragraph(y, 2, FALLBACK_EMERGENCY_NUMBER " \xc2\xb7 MIELI "
		    FALLBACK_CRISIS_NUMBER);
	for (int l = 0; l < lang_count() && y < LINES; l++)
		y = draw_paragraph(y, 2, lang_gettext((enum lang)l, out_of_order)) + gap;
	/* Someone who came here in crisis still learns how to get help now. */
	for (int l = 0; l < lang_count() && y < LINES - 1; l++)
		y = draw_paragraph(y, 2, fallback_help((enum lang)l)) + gap;
	move(1 + gap, 2);
	refresh();
}

void
kiosk_out_of_order_until_stopped(void)
{
	kiosk_out_of_order();
	/* Keys do nothing here; only a signal (the service stopping) ends it. */
	while (!term_signal_received) {
		wint_t key;

		timeout(1000);
		if (get_wch(&key) == KEY_CODE_YES && key == KEY_RESIZE)
			kiosk_out_of_order();
	}
}
