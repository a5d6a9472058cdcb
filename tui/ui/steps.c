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
#include "model/utf8.h"
#include "model/wrap.h"
#include "model/xalloc.h"
#include "text/step_marks.h"
#include "app.h"
#include "reader.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"
#include "print_prompt.h"

/* A wrapped title continues under itself, after the mark "[ ] ". */
#define STEP_WRAP_INDENT 4
/* From this height the step list has room for the whole greeting above it. */
#define STEPS_ROOMY_LINES 16

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
step_doc(struct app *app, const void *item, struct doc *doc)
{
	const struct step *s = item;
	char line[512];

	doc_add_msgid(doc, DOC_TITLE, app->content, s->title.msgid);
	doc_step_notes(doc, app->content, s, &app->session->plan);
	doc_step_body(doc, app->content, s, true, lang_current(), &app->session->plan,
	    session_now(app->session));
	if (s->nhelplines > 0)
		/* TRANSLATORS: the helplines above are numbered from 1. */
		doc_add(doc, DOC_NOTE, s->nhelplines == 1 ? _("Press 1 to open this helpline in "
		    "the directory.") : _("Press the number in front of a helpline to open it in the "
		    "directory."));
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
		/* TRANSLATORS: shown before any step is marked, instead of "0 of 9 done";
		 * a low window shows only this first sentence. */
		const char *start = _("Start with the first step at the top.");

		/* The second sentence repeats the hint: a low window leaves it to the hint. */
		if (LINES < STEPS_ROOMY_LINES)
			snprintf(out, size, "%s", start);
		else
			/* TRANSLATORS: after "Start with the first step at the top." */
			snprintf(out, size, "%s %s", start, _("Space marks a step done."));
		return;
	}
	/* Rounded, but the first step done always shows and only the last fills it. */
	filled = applicable > 0 ? (int)((done * 10 + applicable / 2) / applicable) : 10;
	if (done > 0 && filled == 0)
		filled = 1;
	if (done < applicable && filled == 10)
		filled = 9;
	for (int i = 0; i < 10; i++)
		bar[i] = i < filled ? '#' : '-';
	bar[10] = '\0';
	/* TRANSLATORS: progress of the step tracker, e.g. "3 of 9 done". */
	snprintf(out, size, P_("%zu of %zu done", "%zu of %zu done", applicable), done, applicable);
	snprintf(out + strlen(out), size - strlen(out), "  [%s]", bar);
}

/* The reason under a step the plan brought forward wraps onto a second row. */
#define REASON_MAX_ROWS 2

static int
reason_rows(const struct plan_entry *e)
{
	size_t n;

	if (e->reason == NULL)
		return 0;
	n = wrap_text(_(e->reason), TEXT_COLS - 8, NULL, 0);
	return n < REASON_MAX_ROWS ? (int)n : REASON_MAX_ROWS;
}

/* Rows y.. of the reason that fall in top..end-1; the last one ends with "…" if cut. */
static void
draw_reason(const struct plan_entry *e, int y, int top, int end)
{
	char *clean = sanitize_dup(_(e->reason));
	struct wrap_line w[REASON_MAX_ROWS];
	int n = reason_rows(e);

	wrap_text(clean, TEXT_COLS - 8, w, REASON_MAX_ROWS);
	for (int k = 0; k < n; k++) {
		const char *rest = clean + w[k].start;
		char *line;
		struct wrap_line cut;

		if (y + k < top || y + k >= end)
			continue;
		line = xmalloc(strlen(rest) + 4);
		if (k < n - 1 && y + k < end - 1) {
			memcpy(line, rest, w[k].len);
			line[w[k].len] = '\0';
		} else if (text_width(rest) <= TEXT_COLS - 8) {
			strcpy(line, rest);
		} else {
			/* The last row shown: cut after a whole word, with "…". */
			wrap_text(rest, TEXT_COLS - 9, &cut, 1);
			memcpy(line, rest, cut.len);
			strcpy(line + cut.len, "\xe2\x80\xa6");
		}
		draw_text(y + k, 7, TEXT_COLS - 8, line);
		free(line);
	}
	free(clean);
}

/* A step's line in the list: its mark, title, and "(do first)" while urgent. */
static void
step_label(const struct app *app, const struct plan_entry *e, char *out, size_t size)
{
	enum step_state state = progress_state(&app->session->progress, e->step->id);

	snprintf(out, size, "%s %s%s", step_mark(state), gettext(e->step->title.msgid),
	    (app->session->plan.answered ? e->place == PLACE_URGENT : e->step->urgent) &&
	    state == STEP_TO_DO
	    /* TRANSLATORS: after an urgent step's title in the step list, at most
	     * 15 columns with its leading space (titles are kept to 57). */
	    ? _(" (do first)") : "");
}

static void
steps_draw(struct app *app, struct view *view)
{
	const struct content *c = app->content;
	struct plan_entry *steps = xmalloc((c->nsteps + 1) * sizeof *steps);
	size_t n = ordered_steps(app, steps);
	char header[256], *legend = step_marks_legend();
	char (*label)[512] = xmalloc((n + 1) * sizeof *label);
	int *height = xmalloc((n + 1) * sizeof *height);
	int y, top, rows, row = 0, cursor_y, line_of_selected = 0;

	progress_line(app, header, sizeof header);
	draw_frame(_("Steps to protect yourself"), true);
	/* The progress, then what the marks mean, for as long as the list shows;
	 * each wraps to a second line on a narrow window. */
	top = draw_paragraph_until(2, 1, header, 4);
	top = draw_entries_until(top, 1, legend, "   ", top + 2);
	free(legend);
	/* The hint first: on a narrow window it takes two rows from the list. */
	/* TRANSLATORS: a hint above the key bar of the step tracker, at most 78
	 * columns; entries three spaces apart (it wraps between them). */
	draw_hint(_("Space: change the mark   Enter: open the step   c: your answers   p: print"));
	rows = draw_list_rows(top);
	cursor_y = top;
	view->list_top = top;           /* list_key pages by the rows shown */

	/* Lines: a heading before each group, then its steps, a long title
	 * wrapped under itself (and a reason line under a step the plan
	 * brought forward). */
	if (view->selected >= (int)n)
		view->selected = (int)n - 1;
	for (size_t i = 0; i < n; i++) {
		step_label(app, &steps[i], label[i], sizeof label[i]);
		height[i] = list_item_rows(label[i], STEP_WRAP_INDENT);
		if (heading_before(app, steps, i) != NULL)
			row += i == 0 ? 1 : 2;
		if ((int)i == view->selected)
			line_of_selected = row;
		row += height[i] + reason_rows(&steps[i]);
	}
	/* Keep the focused step, its heading above and its reason below, in view. */
	if (n > 0) {
		int h = height[view->selected] + reason_rows(&steps[view->selected]);

		if (line_of_selected - 1 < view->scroll)
			view->scroll = line_of_selected - 1 > 0 ? line_of_selected - 1 : 0;
		/* Taller than the rows: its title's start, the rest says "…". */
		if (line_of_selected + h > view->scroll + rows)
			view->scroll = h > rows ? line_of_selected : line_of_selected + h - rows;
	}

	view->list_rows = 0;
	row = 0;
	for (size_t i = 0; i < n; i++) {
		const char *heading = heading_before(app, steps, i);
		bool focus = (int)i == view->selected;
		int first, shown, ry, hy = -1;

		if (heading != NULL) {
			if (i > 0)
				row++;
			hy = top + row - view->scroll;
			row++;
		}
		/* The rows of this step that are on screen. */
		y = top + row - view->scroll;
		first = y < top ? top : y;
		shown = (y + height[i] < top + rows ? y + height[i] : top + rows) - first;
		row += height[i];
		ry = top + row - view->scroll;
		row += reason_rows(&steps[i]);
		/* Only whole steps are drawn, so no title is cut at the bottom;
		 * the focused one may be taller than the list and says "…".  A
		 * reason goes with its step, never alone at the list's top. */
		if (shown <= 0 || y < top ||
		    ((shown < height[i] || ry + reason_rows(&steps[i]) > top + rows) && !focus))
			continue;
		/* A heading only with its first step under it, never alone at the bottom. */
		if (hy >= top && hy < top + rows) {
			attron(A_BOLD);
			draw_text(hy, 1, TEXT_COLS - 2, heading);
			attroff(A_BOLD);
		}
		if (steps[i].reason != NULL)
			draw_reason(&steps[i], ry, top, top + rows);
		for (int k = 0; k < shown; k++)
			draw_row_item(first + k, (int)i);
		if (focus) {
			attron(A_REVERSE);
			mvaddstr(y, 1, "> ");
			cursor_y = y;
		}
		draw_list_item(label[i], y, shown, STEP_WRAP_INDENT, focus);
		if (focus)
			attroff(A_REVERSE);
	}
	/* More steps than fit: say so in words on the rule, as the reader does. */
	if (row > view->scroll + rows)
		draw_more_below();
	move(cursor_y, 3);
	free(height);
	free(label);
	free(steps);
}

/* Cycles the mark; asks about saving the first time, in personal mode. */
static void
cycle_mark(struct app *app, const struct step *s)
{
	enum step_state next = step_state_next(progress_state(&app->session->progress, s->id));

	if (session_mark(app->session, s, next))
		consent_open(app);
}

static bool
steps_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	const struct content *c = app->content;
	struct plan_entry *steps = xmalloc((c->nsteps + 1) * sizeof *steps);
	size_t n = ordered_steps(app, steps);
	bool handled = true;

	if (is_open_key(key, function_key) && n > 0)
		reader_open(app, &step_screen_view, step_doc, steps[view->selected].step);
	else if (keys_action(KEYS_STEPS, key, function_key) == ACT_MARK && n > 0)
		cycle_mark(app, steps[view->selected].step);
	else if (keys_action(KEYS_STEPS, key, function_key) == ACT_PLAN) {
		/* Change the answers; back here afterwards, at the top. */
		view->selected = 0;
		view->scroll = 0;
		plan_open(app, true, (int)plan_start_answer(&app->session->plan, PLAN_FOR_OTHER));
	} else if (keys_action(KEYS_STEPS, key, function_key) == ACT_PRINT)
		print_prompt_open(app, PRINT_STEPS);
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
	const struct step *s = ((const struct reader_state *)view->state)->item;
	const struct key_binding *b = keys_find(KEYS_STEP_PAGE, key, function_key);

	if (b != NULL && b->action == ACT_NUMBER && (size_t)(key - b->key) < s->nhelplines) {
		app_open_helpline(app, s->helplines[key - b->key]);
		return true;
	}
	if (b != NULL && b->action == ACT_MARK) {
		cycle_mark(app, s);
		return true;
	}
	return reader_key(app, view, key, function_key);
}

/* A step reads as the reader does, with its own keys. */
static const struct screen step_screen_view = {
	.draw = reader_draw,
	.key = step_key,
	.state_size = sizeof(struct reader_state),
};
