/*
 * The plan's questions, one at a time, before the step list (once per
 * session) and again with c: arrows move, Space chooses, Enter goes on,
 * and "skip" is always the last choice.  A question starts on its earlier
 * answer, else on one that changes no advice (plan_start_answer), so Enter
 * alone never says "Yes".  The answers stay in the session's memory only.
 */
#include <config.h>

#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "sys/i18n.h"
#include "model/plan.h"
#include "app.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"
#include "../model/wrap.h"

/* A plan view's own state. */
struct plan_state {
	int question;               /* the question shown */
	bool from_steps;            /* the steps opened this: go back to them */
};

static const struct plan_question_info *
question_of(const struct view *view)
{
	return &plan_questions[((const struct plan_state *)view->state)->question];
}

/* The answers, then "go on" for a question with several answers, then skip. */
static int
item_count(const struct plan_question_info *q)
{
	return (int)q->nanswers + (q->several ? 1 : 0) + 1;
}

static void
plan_draw(struct app *app, struct view *view)
{
	const struct plan_question_info *q = question_of(view);
	const struct plan_answers *a = &app->session->plan;
	int question = ((const struct plan_state *)view->state)->question;
	char labels[PLAN_MAX_ANSWERS + 2][256], counter[128];
	const char *items[PLAN_MAX_ANSWERS + 2];
	int n = 0, y, shown, intro_end, hint_top;

	for (size_t i = 0; i < q->nanswers; i++) {
		if (q->several)
			snprintf(labels[n], sizeof labels[n], "%s %s",
			    plan_chosen(a, (enum plan_question)question, (unsigned)i) ? "[x]" : "[ ]",
			    _(plan_answer_label(a, (enum plan_question)question, (unsigned)i)));
		else
			snprintf(labels[n], sizeof labels[n], "%s",
			    _(plan_answer_label(a, (enum plan_question)question, (unsigned)i)));
		items[n] = labels[n];
		n++;
	}
	if (q->several)
		items[n++] = _("Go on");
	items[n++] = _("Skip the questions and show all the steps");

	draw_frame(_("A plan for your situation"), true);
	/* TRANSLATORS: hints above the key bar, at most 78 columns; entries
	 * three spaces apart (a narrow window wraps between them). */
	hint_top = draw_hint(q->several ? _("Space: choose or clear   Enter: go on")
	    : question > 0 ? _("Enter: choose   \xe2\x86\x90: the question before")
	    : _("Enter: choose"));
	/* On a low window the question and three answers keep their rows; the
	 * introduction gives way, ending with "…", or waits for a larger window. */
	shown = 0;
	for (int i = 0; i < n && i < 3; i++)
		shown += list_item_rows(items[i], LIST_WRAP_INDENT);
	intro_end = hint_top - shown - (int)wrap_text(_(plan_question_text(a,
	    (enum plan_question)question)), TEXT_COLS - 4, NULL, 0) - 2;
	y = 2;
	{
		const char *intro = _("If you like, answer a few questions, and tuki will put the "
		    "steps that matter most for you first. You can also skip them. Your answers "
		    "are not saved and go nowhere.");

		/* Whole, or on a low window the short form: that nothing is kept
		 * must never be the part that is cut. */
		if ((int)wrap_text(intro, TEXT_COLS - 4, NULL, 0) <= intro_end - y)
			y = draw_paragraph_until(y, 2, intro, intro_end) + 1;
		else if (intro_end - y >= -1)   /* the list may give up one row for it */
			/* TRANSLATORS: the plan's introduction on a small window, at most
			 * 36 columns; it takes the blank line's place. */
			draw_text(y++, 2, TEXT_COLS - 4, _("Your answers are not saved."));
	}
	/* TRANSLATORS: e.g. "Question 2 of 5". */
	snprintf(counter, sizeof counter, _("Question %d of %d"), question + 1,
	    PLAN_QUESTION_COUNT);
	draw_text(y++, 2, TEXT_COLS - 4, counter);
	attron(A_BOLD);
	y = draw_paragraph_until(y, 2, _(plan_question_text(a, (enum plan_question)question)),
	    hint_top - 1);
	attroff(A_BOLD);
	if (y + shown < hint_top)
		y++;
	/* Last, so the cursor stays on the focused answer. */
	draw_list(view, items, n, y > hint_top - 1 ? hint_top - 1 : y);
}

/* Leaves the questions for the step list, with or without answers. */
static void
finish(struct app *app, struct view *view, bool answered)
{
	bool from_steps = ((const struct plan_state *)view->state)->from_steps;

	app->session->plan.answered = answered;
	app->session->plan_asked = true;
	app_pop(app);
	if (!from_steps)
		app_push(app, &steps_screen, NULL);
}

static void
next_question(struct app *app, struct view *view)
{
	struct plan_state *ps = view->state;

	if (ps->question + 1 >= PLAN_QUESTION_COUNT) {
		finish(app, view, true);
		return;
	}
	ps->question++;
	view->selected = (int)plan_start_answer(&app->session->plan, (enum plan_question)ps->question);
	view->scroll = 0;
}

static bool
plan_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct plan_question_info *q = question_of(view);
	struct plan_answers *a = &app->session->plan;
	struct plan_state *ps = view->state;
	int n = item_count(q);
	bool on_answer = view->selected < (int)q->nanswers;
	bool space = keys_action(KEYS_PLAN, key, function_key) == ACT_CHOOSE;

	/* Esc is the last choice, skip: a prompt gets its lone Esc (keys.c). */
	if (is_cancel_key(key, function_key))
		view->selected = n - 1;
	if (is_cancel_key(key, function_key) || is_open_key(key, function_key) || space) {
		if (view->selected == n - 1) {
			/* Skip: the standard order, and no answer is kept. */
			memset(a->chosen, 0, sizeof a->chosen);
			finish(app, view, false);
		} else if (!on_answer) {
			next_question(app, view);
		} else if (q->several && space) {
			plan_choose(a, (enum plan_question)ps->question, (unsigned)view->selected);
		} else if (q->several) {
			next_question(app, view);
		} else {
			plan_choose(a, (enum plan_question)ps->question, (unsigned)view->selected);
			if (!space)
				next_question(app, view);
		}
		return true;
	}
	if (is_back_key(key, function_key) && ps->question > 0) {
		ps->question--;
		view->selected = (int)plan_start_answer(a, (enum plan_question)ps->question);
		return true;
	}
	return list_key(view, n, key, function_key);
}

static const struct screen plan_screen = {
	.draw = plan_draw,
	.key = plan_key,
	.state_size = sizeof(struct plan_state),
};

void
plan_open(struct app *app, bool from_steps, int selected)
{
	app_push(app, &plan_screen, &(struct plan_state){ .from_steps = from_steps })->selected =
	    selected;
}
