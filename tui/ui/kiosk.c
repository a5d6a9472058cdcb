/*
 * Kiosk screens: the welcome screen with the offered languages, "are you
 * still there?" with its countdown, the staff PIN prompt, the reset that
 * wipes a visitor's session, and the out-of-order screen for a broken
 * configuration.
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
#include "app.h"
#include "draw.h"
#include "keys.h"
#include "term.h"
#include "layout.h"
#include "../model/wrap.h"

#define PIN_FREE_TRIES 3
#define PIN_LOCK_SECONDS 30
#define PIN_LOCK_MAX_SECONDS 300

/* One kiosk per program: its state outlives every visitor's session. */
static struct kiosk_state kiosk;

void
app_init_kiosk(struct app *app, struct session *session, const struct kiosk_config *cfg)
{
	app_init(app, session, false);
	memset(&kiosk, 0, sizeof kiosk);
	kiosk.cfg = cfg;
	kiosk.printer = cfg->printer[0] != '\0' ? cfg->printer : NULL;
	app->kiosk = &kiosk;
	app->stack[0] = (struct view){ .screen = &welcome_screen };
	app->last_key_ms = clock_monotonic_ms();
}

/* Wipes everything the visitor did and shows the welcome screen. */
void
kiosk_reset(struct app *app)
{
	session_reset(app->session);
	app_set_language(app, (enum lang)lang_list_find(app->kiosk->cfg->default_language));
	explicit_bzero(app->kiosk->pin, sizeof app->kiosk->pin);
	free(app->notice);
	app->notice = NULL;
	app->depth = 0;
	app->stack[app->depth++] = (struct view){ .screen = &welcome_screen };
	term_clear_everything();
}

void
kiosk_next_language(struct app *app)
{
	const struct kiosk_config *cfg = app->kiosk->cfg;
	int at = 0;

	for (int i = 0; i < cfg->nlanguages; i++)
		if (lang_list_find(cfg->languages[i]) == (int)lang_current())
			at = i;
	app_set_language(app, (enum lang)lang_list_find(cfg->languages[(at + 1) % cfg->nlanguages]));
}

/* A wrong-PIN lock slows guessing; it ends with the right PIN or once the
 * kiosk has stood idle, so it never waits for the next visitor. */
static void
pin_unlock(struct kiosk_state *k)
{
	k->pin_failures = 0;
	k->pin_locked_until = 0;
}

bool
kiosk_idle(struct app *app, int *wait)
{
	const struct screen *top = app_view(app)->screen;
	long long left;

	if (app->kiosk == NULL)
		return false;
	left = app->kiosk->cfg->idle_reset * 1000LL - (clock_monotonic_ms() - app->last_key_ms);
	/* Nothing to reset on the welcome screen, but as long untouched as an
	 * idle reset takes, it lifts a PIN lock the same way. */
	if (top == &welcome_screen && app->depth == 1) {
		if (left + app->kiosk->cfg->idle_grace * 1000LL <= 0)
			pin_unlock(app->kiosk);
		return false;
	}
	/* "Still there?" counts itself. */
	if (top == &still_there_screen)
		return false;
	if (left <= 0) {
		app_push(app, (struct view){ .screen = &still_there_screen,
		    .started_ms = clock_monotonic_ms() });
		return true;
	}
	if (clock_wait_ms(left) < *wait)
		*wait = (int)clock_wait_ms(left);
	return false;
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

bool
kiosk_before_choice(const struct app *app)
{
	return app->kiosk != NULL && app->depth > 0 && app->stack[0].screen == &welcome_screen;
}

/* The kiosk's languages, in the order offered; returns how many. */
int
kiosk_languages(const struct kiosk_config *cfg, enum lang *out)
{
	int n = 0;

	for (int i = 0; i < cfg->nlanguages; i++)
		if (lang_list_find(cfg->languages[i]) >= 0)
			out[n++] = (enum lang)lang_list_find(cfg->languages[i]);
	return n;
}

static void
welcome_draw(struct app *app, struct view *view)
{
	const struct kiosk_config *cfg = app->kiosk->cfg;
	const char *items[CONFIG_MAX_LANGUAGES];
	char labels[CONFIG_MAX_LANGUAGES][64];
	enum lang langs[CONFIG_MAX_LANGUAGES] = { LANG_FIRST };
	/* Before a language is chosen: what a hesitant visitor needs to hear,
	 * in each of the kiosk's languages, under the choice. */
	const char *promise = N_("Nothing is saved, and no one asks your name.");
	char joined[1024], title[512];
	bool roomy = LINES >= BREATH_ROOMY_LINES;
	int n = kiosk_languages(cfg, langs), top;

	for (int i = 0; i < n; i++) {
		snprintf(labels[i], sizeof labels[i], "%d  %s", i + 1, lang_native_name(langs[i]));
		items[i] = labels[i];
	}
	/* First drawing: the focus starts on the centre's default language. */
	if (view->phase == 0) {
		for (int i = 0; i < n; i++)
			if (strcmp(lang_code(langs[i]), cfg->default_language) == 0)
				view->selected = i;
		view->phase = 1;
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
	else if (b != NULL && b->action == ACT_NUMBER && key - b->key < (wint_t)app->kiosk->cfg->nlanguages)
		choice = (int)(key - b->key);
	if (choice < 0)
		return list_key(view, app->kiosk->cfg->nlanguages, key, function_key) ||
		    !welcome_lets_through(key, function_key);
	app_set_language(app, (enum lang)lang_list_find(app->kiosk->cfg->languages[choice]));
	app->stack[0] = (struct view){ .screen = &home_screen };
	return true;
}

const struct screen welcome_screen = {
	.draw = welcome_draw,
	.key = welcome_key,
};

/* ---- still there? ---- */

static void
still_there_draw(struct app *app, struct view *view)
{
	long long left_ms = app->kiosk->cfg->idle_grace * 1000LL - (clock_monotonic_ms() - view->started_ms);
	long long left = left_ms > 0 ? (left_ms + 999) / 1000 : 0;
	char line[256];

	bool low = LINES < BREATH_ROOMY_LINES;
	int y;

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
	if (clock_monotonic_ms() - view->started_ms >= app->kiosk->cfg->idle_grace * 1000LL) {
		pin_unlock(app->kiosk);
		kiosk_reset(app);
	}
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

const struct screen still_there_screen = {
	.draw = still_there_draw,
	.key = still_there_key,
	.tick = still_there_tick,
	.tick_ms = 1000,
	.takes_text = true,
};

/* ---- staff PIN ---- */

static void
pin_draw(struct app *app, struct view *view)
{
	char stars[32];
	size_t n = strlen(app->kiosk->pin);
	/* The lock guards the PIN: real time, whatever the test time scale. */
	long long locked = app->kiosk->pin_locked_until - clock_real_ms();
	bool low = LINES < BREATH_ROOMY_LINES;
	int top = low ? 2 : 3, y;

	(void)view;
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
	if (app->kiosk->pin_failures > 0)
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
	struct kiosk_state *k = app->kiosk;
	size_t n = strlen(k->pin);
	bool locked = k->pin_locked_until > clock_real_ms();

	(void)view;
	if (is_cancel_key(key, function_key) || (function_key && key == KEY_LEFT)) {
		explicit_bzero(k->pin, sizeof k->pin);
		app_pop(app);
	} else if (keys_action(KEYS_GLOBAL, key, function_key) == ACT_STAFF) {
		/* Already here. */
	} else if (is_open_key(key, function_key)) {
		if (locked) {
			/* Not even the right PIN counts until the lock has passed. */
		} else if (n > 0 && strcmp(k->pin, k->cfg->staff_pin) == 0) {
			pin_unlock(k);
			/* The staff screen (staff.c) ends the kiosk or lists old facts. */
			app_pop(app);
			app_push(app, (struct view){ .screen = &staff_screen });
		} else if (n > 0) {
			/* Every try after the free ones locks the prompt for longer. */
			if (++k->pin_failures >= PIN_FREE_TRIES) {
				long long seconds = PIN_LOCK_SECONDS *
				    (long long)(k->pin_failures - PIN_FREE_TRIES + 1);

				if (seconds > PIN_LOCK_MAX_SECONDS)
					seconds = PIN_LOCK_MAX_SECONDS;
				k->pin_locked_until = clock_real_ms() + seconds * 1000;
			}
		}
		explicit_bzero(k->pin, sizeof k->pin);
	} else if ((function_key && key == KEY_BACKSPACE) || (!function_key && (key == 0x7f || key == 0x08))) {
		if (n > 0)
			k->pin[n - 1] = '\0';
	} else if (!function_key && key >= L'0' && key <= L'9') {
		if (!locked && n < sizeof k->pin - 1) {
			k->pin[n] = (char)key;
			k->pin[n + 1] = '\0';
		}
	} else {
		return false;
	}
	return true;
}

const struct screen pin_screen = {
	.draw = pin_draw,
	.key = pin_key,
	.tick = pin_tick,
	.tick_ms = 1000,
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
