/* The main loop: one view at a time; the screen gets a key first, then the global keys. */
#include <config.h>

#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/clock.h"
#include "sys/lang.h"
#include "model/xalloc.h"
#include "app.h"
#include "reader.h"
#include "draw.h"
#include "keys.h"
#include "term.h"
#include "layout.h"

#define ESC_ESC_WINDOW_MS 1500

struct view *
app_view(struct app *app)
{
	return &app->stack[app->depth - 1];
}

struct view *
app_view_below(struct app *app)
{
	return app->depth > 1 ? &app->stack[app->depth - 2] : NULL;
}

/* A view of screen with its own state: a copy of init, or zeroed. */
static struct view
view_new(const struct screen *screen, const void *init)
{
	struct view v = { .screen = screen };

	if (screen->state_size > 0) {
		v.state = xcalloc(1, screen->state_size);
		if (init != NULL)
			memcpy(v.state, init, screen->state_size);
	}
	return v;
}

static void
view_free(struct view *v)
{
	if (v->state != NULL && v->screen->free_state != NULL)
		v->screen->free_state(v->state);
	free(v->state);
	v->state = NULL;
}

struct view *
app_push(struct app *app, const struct screen *screen, const void *init)
{
	if (app->depth == APP_MAX_DEPTH) {
		/* Deep chains only come from following links; drop the oldest above home. */
		view_free(&app->stack[1]);
		memmove(&app->stack[1], &app->stack[2], (APP_MAX_DEPTH - 2) * sizeof app->stack[0]);
		app->depth--;
	}
	/* The rows clicked on belong to the view drawn last. */
	draw_rows_forget();
	app->stack[app->depth++] = view_new(screen, init);
	return app_view(app);
}

void
app_pop(struct app *app)
{
	if (app->depth > 1) {
		draw_rows_forget();
		view_free(&app->stack[--app->depth]);
	}
}

struct view *
app_replace(struct app *app, const struct screen *screen, const void *init)
{
	draw_rows_forget();
	view_free(&app->stack[app->depth - 1]);
	app->stack[app->depth - 1] = view_new(screen, init);
	return app_view(app);
}

/* Every view goes, and with it what each screen kept. */
static void
close_all(struct app *app)
{
	draw_rows_forget();
	while (app->depth > 0)
		view_free(&app->stack[--app->depth]);
	free(app->notice);
	app->notice = NULL;
}

void
app_start_over(struct app *app, const struct screen *screen, const void *init)
{
	close_all(app);
	app->stack[app->depth++] = view_new(screen, init);
}

void
app_init(struct app *app, struct session *session, bool choose_language)
{
	memset(app, 0, sizeof *app);
	app->session = session;
	app->content = session->content;
	app->running = true;
	app_start_over(app, &home_screen, NULL);
	if (choose_language)
		app_push(app, &chooser_screen, NULL);
}

void
app_set_mode(struct app *app, struct kiosk_state *kiosk, const struct app_mode *mode)
{
	app->kiosk = kiosk;
	app->mode = mode;
}

int
app_languages_before_choice(const struct app *app, enum lang *out)
{
	if (app->mode == NULL || app->mode->languages_before_choice == NULL)
		return 0;
	return app->mode->languages_before_choice(app, out);
}

void
app_add_job(struct app *app, const struct app_job *job)
{
	for (int i = 0; i < app->njobs; i++)
		if (app->jobs[i] == job)
			return;
	if (app->njobs < APP_MAX_JOBS)
		app->jobs[app->njobs++] = job;
}

/* q and the quick exit end a personal session, but only restart a kiosk one. */
static void
leave(struct app *app, bool quick)
{
	if (app->mode != NULL && app->mode->leave != NULL) {
		app->mode->leave(app);
		return;
	}
	app->running = false;
	app->quick_exit = quick;
}

static void
open_language_chooser(struct app *app)
{
	if (app->mode != NULL && app->mode->next_language != NULL) {
		app->mode->next_language(app);
		return;
	}
	if (app_view(app)->screen != &chooser_screen)
		app_push(app, &chooser_screen, NULL)->selected =
		    lang_current() == LANG_NONE ? 0 : (int)lang_current();
}

static void
open_help_now(struct app *app)
{
	const struct reader_state *r = reader_of(app_view(app));

	if (r == NULL || r->build != help_now_doc)
		app_open_reader(app, help_now_doc, NULL);
}

void
app_enable_mouse(void)
{
	mousemask(BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
}

/* A click on a list row selects it; a second click (or a double click) opens it. */
static void
mouse_click(struct app *app)
{
	struct view *v = app_view(app);
	MEVENT ev;
	int item;

	if (getmouse(&ev) != OK)
		return;
	/* The wheel scrolls like the arrow keys. */
	if (ev.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)) {
		v->screen->key(app, v, ev.bstate & BUTTON4_PRESSED ? KEY_UP : KEY_DOWN, true);
		return;
	}
	/* Items may take several rows each: the rows as last drawn say which. */
	item = draw_item_at(ev.y);
	if (item < 0)
		return;
	if (v->selected == item || (ev.bstate & BUTTON1_DOUBLE_CLICKED)) {
		v->selected = item;
		v->screen->key(app, v, KEY_ENTER, true);
	} else {
		v->selected = item;
	}
}

/* Keys that work the same on every screen (tui/ui/keys.c, KEYS_GLOBAL). */
static bool
global_key(struct app *app, wint_t key, bool function_key)
{
	switch (keys_action(KEYS_GLOBAL, key, function_key)) {
	case ACT_QUICK_EXIT:
		leave(app, true);
		return true;
	case ACT_STAFF:
		if (app->mode != NULL && app->mode->staff != NULL)
			app->mode->staff(app);
		return true;
	case ACT_LANGUAGE:
		open_language_chooser(app);
		return true;
	case ACT_KEYS:
		app_open_reader(app, help_keys_doc, NULL);
		return true;
	case ACT_HELP_NOW:
		open_help_now(app);
		return true;
	case ACT_BACK:
		app_pop(app);
		return true;
	case ACT_QUIT:
		leave(app, false);
		return true;
	default:
		return false;
	}
}

/*
 * A lone Esc goes to the screen (a prompt or search cancels on it); a
 * second lone Esc within 1.5 s is the quick exit, from anywhere.
 */
static bool
second_esc(struct app *app, wint_t key, bool function_key)
{
	long long now;

	if (function_key || key != KEY_ESC) {
		app->last_esc_ms = 0;
		return false;
	}
	/* Real time: two Escs come a terminal's Esc delay apart, however
	 * fast a test runs the timers. */
	now = clock_real_ms();
	if (app->last_esc_ms != 0 && now - app->last_esc_ms <= ESC_ESC_WINDOW_MS) {
		app->last_esc_ms = 0;
		return true;
	}
	app->last_esc_ms = now;
	return false;
}

void
app_set_language(struct app *app, enum lang lang)
{
	if (!lang_activate(lang))
		session_set_notice(app->session, "%s", lang_missing_text());
}

/* A calm notice from the session (e.g. a file set aside) gets its own page. */
static void
show_notice(struct app *app)
{
	char *notice = session_take_notice(app->session);

	if (notice == NULL)
		return;
	free(app->notice);
	app->notice = notice;
	app_open_reader(app, notice_doc, NULL);
}

static void
draw(struct app *app)
{
	struct view *v;

	/* More keys already waiting (a paste of thousands): draw once they are
	 * read, so the quick exit behind them is not kept waiting. */
	if (term_input_pending())
		return;
	if (app_view(app)->screen != &chooser_screen)
		show_notice(app);
	v = app_view(app);
	/* Clicks go to what this drawing shows, and nothing while too small. */
	draw_rows_forget();
	if (draw_too_small(app->content)) {
		refresh();
		return;
	}
	{
		enum lang langs[CONFIG_MAX_LANGUAGES] = { LANG_FIRST };
		int n = app_languages_before_choice(app, langs);

		draw_bar_languages(n > 0 ? langs : NULL, n);
		v->screen->draw(app, v);
		draw_bar_languages(NULL, 0);
	}
	refresh();
}

int
app_run(struct app *app)
{
	wint_t key;

	/* The key table's rows for this mode: the bar, ? and the dispatch follow. */
	keys_set_mode(app->kiosk != NULL ? KEYS_KIOSK : KEYS_PERSONAL);
	draw(app);
	while (app->running) {
		const struct screen *screen = app_view(app)->screen;
		int wait = screen->tick != NULL ? (int)clock_wait_ms(screen->tick_ms) : 1000;
		int r;

		for (int i = 0; i < app->njobs; i++)
			if (app->jobs[i]->poll(app, &wait))
				draw(app);
		if (app->mode != NULL && app->mode->idle != NULL && app->mode->idle(app, &wait)) {
			draw(app);
			continue;
		}
		timeout(wait);
		r = get_wch(&key);
		if (term_signal_received) {
			app->running = false;
			break;
		}
		if (r == ERR) {
			if (screen->tick != NULL && !ui_too_small()) {
				screen->tick(app, app_view(app));
				if (app->running)
					draw(app);
			}
			continue;
		}
		app->last_key_ms = clock_monotonic_ms();
		if (r == KEY_CODE_YES && key == KEY_RESIZE) {
			draw(app);
			continue;
		}
		if (r == KEY_CODE_YES && key == KEY_MOUSE) {
			mouse_click(app);
			if (app->running)
				draw(app);
			continue;
		}
		/* Control keys (Ctrl-C, Ctrl-Z, Ctrl-D... in the kiosk's raw mode) do nothing. */
		if (r == OK && key < 0x20 && key != L'\r' && key != L'\n' && key != KEY_ESC && key != 0x08)
			continue;
		if (second_esc(app, key, r == KEY_CODE_YES)) {
			leave(app, true);
			if (app->running)
				draw(app);      /* a kiosk reset shows the welcome screen */
			continue;
		}
		if (ui_too_small()) {
			/* Through leave(), so a kiosk only starts over: a visitor who
			 * shrinks the window must not be able to end it. */
			enum key_action a = keys_action(KEYS_GLOBAL, key, r == KEY_CODE_YES);

			if (a == ACT_QUIT)
				leave(app, false);
			else if (a == ACT_HELP_NOW)
				open_help_now(app);     /* there when the window grows */
			else if (a == ACT_BACK)
				app_pop(app);
			if (app->running && (a == ACT_QUIT || a == ACT_HELP_NOW || a == ACT_BACK))
				draw(app);
			continue;
		}
		if (!screen->key(app, app_view(app), key, r == KEY_CODE_YES) &&
		    !(screen->takes_text && r == OK))
			global_key(app, key, r == KEY_CODE_YES);
		if (app->running)
			draw(app);
	}
	for (int i = 0; i < app->njobs; i++)
		app->jobs[i]->abandon(app->quick_exit || term_signal_received);
	close_all(app);
	return app->status;
}
