/*
 * A guided breathing pause: a bar grows while breathing in (4 s), stays
 * while holding (4 s) and shrinks while breathing out (6 s), for five
 * rounds, with the words and a countdown in the current language.  s
 * switches to the still form, for screen readers and for people who find
 * motion hard: no bar and no countdown, one line a breath with its length
 * in words, so the screen changes only when the breath does.  It ends by
 * itself (so a kiosk's idle timer is not fooled) or on any other key.
 */
#include <config.h>

#include <curses.h>
#include <stdio.h>

#include "sys/i18n.h"
#include "model/clock.h"
#include "text/breath.h"
#include "app.h"
#include "draw.h"
#include "keys.h"
#include "term.h"
#include "layout.h"

#define BREATH_IN 4
#define BREATH_HOLD 4
#define BREATH_OUT 6
#define BREATH_ROUND (BREATH_IN + BREATH_HOLD + BREATH_OUT)

/* A breathing view's own state. */
struct breathing_state {
	long long started_ms;       /* on the timers' clock */
	bool finished;
};

/* Where we are: round, phase, seconds left in the phase, bar fill 0..1. */
static void
breath_state(long long elapsed_ms, int *round, int *phase, int *left, double *fill)
{
	long long in_round = elapsed_ms % (BREATH_ROUND * 1000);
	double s = in_round / 1000.0;

	*round = (int)(elapsed_ms / (BREATH_ROUND * 1000)) + 1;
	if (s < BREATH_IN) {
		*phase = 0;
		*left = BREATH_IN - (int)s;
		*fill = s / BREATH_IN;
	} else if (s < BREATH_IN + BREATH_HOLD) {
		*phase = 1;
		*left = BREATH_IN + BREATH_HOLD - (int)s;
		*fill = 1.0;
	} else {
		*phase = 2;
		*left = BREATH_ROUND - (int)s;
		*fill = 1.0 - (s - BREATH_IN - BREATH_HOLD) / BREATH_OUT;
	}
}

static void
breathing_draw(struct app *app, struct view *view)
{
	const struct breathing_state *b = view->state;
	long long elapsed = clock_monotonic_ms() - b->started_ms;
	int round, phase, left, width = TEXT_COLS - 10, filled;
	bool still = app->session->breathing_still;
	double fill;
	char line[256];
	/* The rows of the round, the words, the bar and the hint: closer on a low window. */
	bool low = LINES < BREATH_ROOMY_LINES;
	int round_y = low ? 2 : 3, words_y = low ? 3 : 6, bar_y = low ? 6 : 9, hint_y = low ? 7 : 12;

	draw_frame(_("A breathing pause"), true);
	if (b->finished) {
		draw_text(4, 2, TEXT_COLS - 4, _("Well done. Notice how you feel now."));
		draw_text(6, 2, TEXT_COLS - 4, _("Press any key to go back."));
		move(4, 2);
		return;
	}
	breath_state(elapsed, &round, &phase, &left, &fill);
	/* TRANSLATORS: the breathing pause, e.g. "Round 2 of 5". */
	snprintf(line, sizeof line, _("Round %d of %d"), round, BREATH_ROUNDS);
	draw_text(round_y, 2, TEXT_COLS - 4, line);
	if (still)
		breath_still_line(phase, line, sizeof line);
	else
		/* A no-break space keeps "… 3" together when the words wrap. */
		snprintf(line, sizeof line, "%s \xe2\x80\xa6\xc2\xa0%d", breath_words(phase), left);
	/* Wrapped, never cut: the countdown is at its end. */
	attron(A_BOLD);
	draw_paragraph_until(words_y, 2, line, bar_y);
	attroff(A_BOLD);
	if (!still) {
		filled = (int)(fill * width + 0.5);
		/* The bar is drawn in reverse video, so it shows without colour. */
		attron(A_REVERSE);
		mvhline(bar_y, 5, ' ', filled);
		attroff(A_REVERSE);
	}
	draw_paragraph_until(hint_y, 2, still
	    /* TRANSLATORS: the breathing pause; s is the key, in every language. */
	    ? _("s: show the moving bar and countdown. Any other key ends the pause.")
	    /* TRANSLATORS: the breathing pause; s is the key, in every language. */
	    : _("s: show only the text. Any other key ends the pause."), RULE_ROW);
	move(words_y, 2);
}

static void
breathing_tick(struct app *app, struct view *view)
{
	struct breathing_state *b = view->state;

	(void)app;
	if (clock_monotonic_ms() - b->started_ms >= BREATH_ROUNDS * BREATH_ROUND * 1000LL)
		b->finished = true;
}

static bool
breathing_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	/* Global keys (h, q, L, ?, F12) still work; s switches the form;
	 * anything else, Esc too, ends the pause. */
	if (is_global_key(key, function_key))
		return false;
	if (keys_action(KEYS_BREATHING, key, function_key) == ACT_BREATH_FORM &&
	    !((const struct breathing_state *)view->state)->finished) {
		app->session->breathing_still = !app->session->breathing_still;
		return true;
	}
	app_pop(app);
	return true;
}

static const struct screen breathing_screen = {
	.draw = breathing_draw,
	.key = breathing_key,
	.tick = breathing_tick,
	.tick_ms = 250,
	.state_size = sizeof(struct breathing_state),
};

void
breathing_open(struct app *app)
{
	app_push(app, &breathing_screen,
	    &(struct breathing_state){ .started_ms = clock_monotonic_ms() });
}
