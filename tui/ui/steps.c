/*
 * The step tracker: steps grouped first / next / when you can, each with a
 * state that reads without colour (the marks: text/step_marks.c),
 * and "N of M done" with a small bar.  Space cycles the state, Enter opens
 * the step with its linked helplines (opened with their numbers).
 */
#include <config.h>

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "model/plan.h"
#include "model/xalloc.h"
#include "text/step_marks.h"
#include "app.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"

/* Steps in display order: the plan's when the person answered its
 * questions, else by group, then file order. */
static size_t
ordered_steps(const struct app *app, struct plan_entry *out)
{
	return plan_order(app->content, &app->session->plan, out);
}

/* The heading a list line opens with, or NULL when the line joins the one before. */
static const char *
heading_before(const struct app *app, const struct plan_entry *e, size_t i)
{
	if (!app->session->plan.answered) {
		if (i == 0 || e[i].step->group != e[i - 1].step->group)
			return _(step_group_title(e[i].step->group));
		return NULL;
	}
	bool mine = e[i].place <= PLACE_RELEVANT;
	if (i > 0 && (e[i - 1].place <= PLACE_RELEVANT) == mine)
		return NULL;
	/* TRANSLATORS: step tracker headings after the plan's questions. */
	return mine ? _("For your situation") : _("Other steps");
}

static void
step_doc(struct app *app, const struct view *view, struct doc *doc)
{
	const struct step *s = view->item;
	char line[512];

	doc_add_msgid(doc, DOC_TITLE, app->content, s->title.msgid);
	doc_step_notes(doc, app->content, s, &app->session->plan);
	doc_step_body(doc, app->content, s);
	if (s->nhelplines > 0)
		/* TRANSLATORS: the helplines above are listed without numbers. */
		doc_add(doc, DOC_NOTE, P_("Press 1 to open this helpline in the directory.",
		    "Press 1 for the first helpline above, 2 for the second and so on, to open "
		    "it in the directory.", s->nhelplines));
	snprintf(line, sizeof line, "%s %s", step_mark(progress_state(&app->session->progress, s->id)),
	    _("Space changes the mark of this step."));
	doc_add(doc, DOC_NOTE, line);
}

/* The step page: numbers open linked helplines, Space cycles the mark. */
static const struct screen step_screen_view;

static void
progress_line(struct app *app, char *out, size_t size)
{
	size_t done, applicable, marked;
	char bar[32];
	int filled;

	progress_count(&app->session->progress, app->content, &done, &applicable, &marked);
	if (marked == 0) {
		/* TRANSLATORS: shown before any step is marked, instead of "0 of 9 done". */
		snprintf(out, size, "%s", _("Start with the first step at the top. "
		    "Space marks a step done."));
		return;
	}
	filled = applicable > 0 ? (int)(done * 10 / applicable) : 10;
	for (int i = 0; i < 10; i++)
		bar[i] = i < filled ? '#' : '-';
	bar[10] = '\0';
	/* TRANSLATORS: progress of the step tracker, e.g. "3 of 9 done". */
	snprintf(out, size, P_("%zu of %zu done", "%zu of %zu done", applicable), done, applicable);
	snprintf(out + strlen(out), size - strlen(out), "  [%s]", bar);
}

static void
steps_draw(struct app *app, struct view *view)
{
	const struct content *c = app->content;
	struct plan_entry *steps = xmalloc((c->nsteps + 1) * sizeof *steps);
	size_t n = ordered_steps(app, steps);
	int rows = draw_list_rows(LIST_TOP), row = 0, cursor_y = LIST_TOP, line_of_selected = 0;
	char header[256];
	int y;

	view->list_top = LIST_TOP;      /* list_key pages by the rows shown */
	progress_line(app, header, sizeof header);
	draw_frame(_("Steps to protect yourself"), true);
	draw_text(2, 1, COLS - 2, header);

	/* Lines: a heading before each group, then its steps (and a reason
	 * line under a step the plan brought forward). */
	if (view->selected >= (int)n)
		view->selected = (int)n - 1;
	for (size_t i = 0; i < n; i++) {
		if (heading_before(app, steps, i) != NULL)
			row += i == 0 ? 1 : 2;
		if ((int)i == view->selected)
			line_of_selected = row;
		row += steps[i].reason != NULL ? 2 : 1;
	}
	/* Keep the focused step, its heading above and its reason below, in view. */
	{
		int height = n > 0 && steps[view->selected].reason != NULL ? 2 : 1;

		if (line_of_selected - 1 < view->scroll)
			view->scroll = line_of_selected - 1 > 0 ? line_of_selected - 1 : 0;
		if (line_of_selected + height > view->scroll + rows)
			view->scroll = line_of_selected + height - rows;
	}

	row = 0;
	for (size_t i = 0; i < n; i++) {
		const struct step *s = steps[i].step;
		const char *heading = heading_before(app, steps, i);
		enum step_state state = progress_state(&app->session->progress, s->id);
		bool focus = (int)i == view->selected;
		char label[512];

		if (heading != NULL) {
			if (i > 0)
				row++;
			y = LIST_TOP + row - view->scroll;
			if (y >= LIST_TOP && y < LIST_TOP + rows) {
				attron(A_BOLD);
				draw_text(y, 1, COLS - 2, heading);
				attroff(A_BOLD);
			}
			row++;
		}
		y = LIST_TOP + row - view->scroll;
		row++;
		if (steps[i].reason != NULL) {
			int ry = LIST_TOP + row - view->scroll;

			if (ry >= LIST_TOP && ry < LIST_TOP + rows)
				draw_text(ry, 7, COLS - 8, _(steps[i].reason));
			row++;
		}
		if (y < LIST_TOP || y >= LIST_TOP + rows)
			continue;
		snprintf(label, sizeof label, "%s %s%s", step_mark(state), gettext(s->title.msgid),
		    (app->session->plan.answered ? steps[i].place == PLACE_URGENT : s->urgent) &&
		    state == STEP_TO_DO
		    /* TRANSLATORS: after an urgent step's title in the step list, at most
		     * 15 columns with its leading space (titles are kept to 57). */
		    ? _(" (do first)") : "");
		if (focus) {
			attron(A_REVERSE);
			mvaddstr(y, 1, "> ");
			cursor_y = y;
		}
		draw_text(y, 3, COLS - 4, label);
		if (focus)
			attroff(A_REVERSE);
	}
	/* More steps than fit: say so in words on the rule, as the reader does. */
	if (row > view->scroll + rows)
		draw_more_below();
	/* TRANSLATORS: a hint above the key bar of the step tracker, at most 78 columns. */
	draw_text(HINT_ROW, 1, COLS - 2, _("Space: change the mark   Enter: open the step   "
	    "c: your answers   p: print"));
	move(cursor_y, 3);
	free(steps);
}

/* Cycles the mark; asks about saving the first time, in personal mode. */
static void
cycle_mark(struct app *app, const struct step *s)
{
	enum step_state next = step_state_next(progress_state(&app->session->progress, s->id));

	if (session_mark(app->session, s, next))
		app_push(app, (struct view){ .screen = &consent_screen });
}

static bool
steps_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct content *c = app->content;
	struct plan_entry *steps = xmalloc((c->nsteps + 1) * sizeof *steps);
	size_t n = ordered_steps(app, steps);
	bool handled = true;

	if (is_open_key(key, function_key) && n > 0)
		app_push(app, (struct view){ .screen = &step_screen_view,
		    .item = steps[view->selected].step, .build = step_doc });
	else if (keys_action(KEYS_STEPS, key, function_key) == ACT_MARK && n > 0)
		cycle_mark(app, steps[view->selected].step);
	else if (keys_action(KEYS_STEPS, key, function_key) == ACT_PLAN) {
		/* Change the answers; back here afterwards, at the top. */
		view->selected = 0;
		view->scroll = 0;
		app_push(app, (struct view){ .screen = &plan_screen, .section = 1 });
	} else if (keys_action(KEYS_STEPS, key, function_key) == ACT_PRINT)
		app_print(app, 1);
	else
		handled = list_key(view, (int)n, key, function_key);
	free(steps);
	return handled;
}

const struct screen steps_screen = {
	.draw = steps_draw,
	.key = steps_key,
};

static bool
step_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct step *s = view->item;

	const struct key_binding *b = keys_find(KEYS_STEP_PAGE, key, function_key);

	if (b != NULL && b->action == ACT_NUMBER && (size_t)(key - b->key) < s->nhelplines) {
		app_open_helpline(app, s->helplines[key - b->key]);
		return true;
	}
	if (b != NULL && b->action == ACT_MARK) {
		cycle_mark(app, s);
		return true;
	}
	return reader_screen.key(app, view, key, function_key);
}

static void
step_draw(struct app *app, struct view *view)
{
	reader_screen.draw(app, view);
}

static const struct screen step_screen_view = {
	.draw = step_draw,
	.key = step_key,
};
