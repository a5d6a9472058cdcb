/*
 * A guided breathing pause: a bar grows while breathing in (4 s), stays
 * while holding (4 s) and shrinks while breathing out (6 s), for five
 * rounds, with the words and a countdown in the current language.  It
 * ends by itself (so a kiosk's idle timer is not fooled) or on any key.
 */
#include <config.h>

#include <curses.h>
#include <stdio.h>

#include "sys/i18n.h"
#include "app.h"
#include "draw.h"
#include "term.h"

#define BREATH_IN 4
#define BREATH_HOLD 4
#define BREATH_OUT 6
#define BREATH_ROUNDS 5
#define BREATH_ROUND (BREATH_IN + BREATH_HOLD + BREATH_OUT)

enum { BREATH_RUNNING, BREATH_FINISHED };

/* Where we are: round, phase text, seconds left in the phase, bar fill 0..1. */
static void
breath_state(long long elapsed_ms, int *round, const char **words, int *left, double *fill)
{
	long long in_round = elapsed_ms % (BREATH_ROUND * 1000);
	double s = in_round / 1000.0;

	*round = (int)(elapsed_ms / (BREATH_ROUND * 1000)) + 1;
	if (s < BREATH_IN) {
		*words = _("Breathe in slowly through your nose");
		*left = BREATH_IN - (int)s;
		*fill = s / BREATH_IN;
	} else if (s < BREATH_IN + BREATH_HOLD) {
		*words = _("Hold your breath gently");
		*left = BREATH_IN + BREATH_HOLD - (int)s;
		*fill = 1.0;
	} else {
		*words = _("Breathe out slowly through your mouth");
		*left = BREATH_ROUND - (int)s;
		*fill = 1.0 - (s - BREATH_IN - BREATH_HOLD) / BREATH_OUT;
	}
}

static void
breathing_draw(struct app *app, struct view *view)
{
	long long elapsed = app_now_ms() - view->started_ms;
	int round, left, width = COLS - 10, filled;
	const char *words;
	double fill;
	char line[256];

	(void)app;
	draw_frame(_("A breathing pause"), true);
	if (view->phase == BREATH_FINISHED) {
		draw_text(4, 2, COLS - 4, _("Well done. Notice how you feel now."));
		draw_text(6, 2, COLS - 4, _("Press any key to go back."));
		move(4, 2);
		return;
	}
	breath_state(elapsed, &round, &words, &left, &fill);
	/* TRANSLATORS: the breathing pause, e.g. "Round 2 of 5". */
	snprintf(line, sizeof line, _("Round %d of %d"), round, BREATH_ROUNDS);
	draw_text(3, 2, COLS - 4, line);
	snprintf(line, sizeof line, "%s \xe2\x80\xa6 %d", words, left);
	attron(A_BOLD);
	draw_text(6, 2, COLS - 4, line);
	attroff(A_BOLD);
	filled = (int)(fill * width + 0.5);
	/* The bar is drawn in reverse video, so it shows without colour. */
	attron(A_REVERSE);
	mvhline(9, 5, ' ', filled);
	attroff(A_REVERSE);
	draw_text(12, 2, COLS - 4, _("Any key ends the pause."));
	move(6, 2);
}

static void
breathing_tick(struct app *app, struct view *view)
{
	(void)app;
	if (view->started_ms == 0)
		view->started_ms = app_now_ms();
	if (app_now_ms() - view->started_ms >= BREATH_ROUNDS * BREATH_ROUND * 1000LL)
		view->phase = BREATH_FINISHED;
}

static bool
breathing_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	(void)view;
	/* Global keys (h, q, L, ?, F12) still work; anything else, Esc too, ends the pause. */
	if (is_global_key(key, function_key))
		return false;
	app_pop(app);
	return true;
}

const struct screen breathing_screen = {
	.draw = breathing_draw,
	.key = breathing_key,
	.tick = breathing_tick,
	.tick_ms = 250,
};
