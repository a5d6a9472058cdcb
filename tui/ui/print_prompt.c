/*
 * p: print what the screen lists (the helpline list with its filters, or
 * the checklist).  In personal mode it asks where: the default printer or
 * a file the person names.  In kiosk mode it asks whether to print on the
 * configured printer, and says where the paper comes out.  The outcome is said plainly, never as a raw error.
 */
#include <config.h>

#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "../model/utf8.h"
#include "../model/xalloc.h"
#include "render/print.h"
#include "render/spool.h"
#ifdef HAVE_PDF
#include "render/pdf.h"
#endif
#include "app.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"
#include "question.h"

enum { CHOOSING, NAMING, SENDING, DONE, CONFIRMING };

/*
 * The one job being handed to lp.  The loop moves it on between keys
 * (print_job_poll), so the screen, the idle reset and the quick exit never
 * wait for it; the print screen that started it shows the outcome.
 */
static struct {
	struct spool_job spool;
	struct print_buffer text;
	bool finished;              /* ended, outcome not yet shown */
	int result;
	struct tuki_error err;
} job;

/* The file name prompt's own buffer (one print prompt is open at a time). */
static char file_name[PATH_MAX];

/* What is being printed travels in view->section: 0 helplines, 1 steps. */
static void
render(struct app *app, int what, struct print_buffer *out)
{
	time_t now = session_now(app->session);

	if (what == 0)
		print_helplines(out, app->content, &app->session->filter, now, PRINT_TEXT);
	else
		print_steps(out, app->content, &app->session->progress, &app->session->plan, now,
		    PRINT_TEXT);
}

static void
finish(struct app *app, struct view *view, int result, const struct tuki_error *err)
{
	view->phase = DONE;
	free(app->notice);
	if (result == 0)
		app->notice = xstrdup(app->print_target == NULL
		    ? _("Saved.") : _("Printed. Please collect it from the printer."));
	else
		app->notice = xstrdup(err->message);
}

/* Printers get the typeset PDF, made in memory; nothing reaches lp unless
 * it all worked. */
static void
send_to_printer(struct app *app, struct view *view, const char *printer)
{
	struct tuki_error err = { 0 };
	int result;

	app->print_target = "printer";
	if (job.spool.running) {
		tuki_error_set(&err, EXIT_UNAVAILABLE, "%s",
		    _("The printer is still busy with the last job. Please try again in a moment."));
		finish(app, view, EXIT_UNAVAILABLE, &err);
		return;
	}
	free(job.text.text);
	memset(&job, 0, sizeof job);
#ifdef HAVE_PDF
	result = view->section == 0
	    ? pdf_helplines(&job.text, app->content, &app->session->filter, session_now(app->session), &err)
	    : pdf_steps(&job.text, app->content, &app->session->progress, &app->session->plan,
	    session_now(app->session), &err);
	if (result == 0)
		result = spool_start_pdf(&job.spool, printer, job.text.text, job.text.len, &err);
#else
	render(app, view->section, &job.text);
	result = spool_start(&job.spool, printer, job.text.text, job.text.len, &err);
#endif
	if (result != 0) {
		free(job.text.text);
		job.text.text = NULL;
		finish(app, view, result, &err);
		return;
	}
	view->phase = SENDING;
}

/* The outcome goes to the print screen waiting on top, if there is one. */
static bool
show_outcome(struct app *app)
{
	struct view *v = app_view(app);

	if (!job.finished || v->screen != &print_prompt_screen || v->phase != SENDING)
		return false;
	job.finished = false;
	finish(app, v, job.result, &job.err);
	return true;
}

bool
print_job_poll(struct app *app, int *wait)
{
	if (job.spool.running) {
		if (spool_poll(&job.spool, 0, &job.result, &job.err)) {
			free(job.text.text);
			job.text.text = NULL;
			job.finished = true;
		} else if (*wait > 100) {
			*wait = 100;
		}
	}
	return show_outcome(app);
}

void
print_job_abandon(bool stop)
{
	spool_abandon(&job.spool, stop);
	free(job.text.text);
	memset(&job, 0, sizeof job);
}

static void
save_to_file(struct app *app, struct view *view)
{
	struct print_buffer out = { 0 };
	struct tuki_error err = { 0 };
	const char *home = getenv("HOME");
	char *path;
	int result;

	/* Allocated, so a long $HOME never cuts the name into another file's. */
	if (strncmp(file_name, "~/", 2) == 0 && home != NULL)
		path = xasprintf("%s/%s", home, file_name + 2);
	else
		path = xstrdup(file_name);
	render(app, view->section, &out);
	app->print_target = NULL;
	result = spool_save(path, out.text, out.len, &err);
	free(out.text);
	free(path);
	finish(app, view, result, &err);
}

void
app_print(struct app *app, int what)
{
	file_name[0] = '\0';
	app_push(app, (struct view){ .screen = &print_prompt_screen, .section = what });
	if (app->kiosk != NULL && app->kiosk->printer == NULL) {
		struct tuki_error err = { .status = EXIT_UNAVAILABLE };

		snprintf(err.message, sizeof err.message, "%s",
		    _("Printing is not available on this terminal. Please ask a member of staff."));
		finish(app, app_view(app), EXIT_UNAVAILABLE, &err);
	} else if (app->kiosk != NULL) {
		/* A stray p must not put a visitor's list on the reception printer:
		 * ask first, starting on "no". */
		app_view(app)->phase = CONFIRMING;
		app_view(app)->selected = 1;
	}
}

/* The kiosk's question before printing, with where the paper comes out. */
static void
confirm_draw(struct app *app, struct view *view)
{
	static const char *items[2];
	const char *where = app->kiosk != NULL ? app->kiosk->cfg->printer_location : "";
	const char *paragraphs[2];
	char line[512], hint[256];

	paragraphs[0] = _("Print it on this terminal's printer?");
	if (where[0] != '\0')
		/* TRANSLATORS: the kiosk's print question; %s is the place as staff
		 * wrote it in tuki.conf ("at the reception desk"), in any language. */
		snprintf(line, sizeof line, _("The paper comes out here: %s"), where);
	else
		snprintf(line, sizeof line, "%s", _("You can collect the paper from the printer."));
	paragraphs[1] = line;
	items[0] = _("Yes, print it");
	items[1] = _("No, do not print");
	question_answer_hint(hint, sizeof hint);
	/* On the smallest window where the paper comes out matters more than
	 * the hint: the letters work all the same. */
	question_draw(view, paragraphs, 2, items, 2, LINES > UI_MIN_LINES ? hint : NULL);
}

static void
print_draw(struct app *app, struct view *view)
{
	static const char *items[2];

	draw_frame(view->section == 0 ? _("Print the helpline list") : _("Print your checklist"),
	    true);
	if (view->phase == SENDING) {
		int y = draw_paragraph(3, 2, _("Handing it to the printer. This takes a few seconds."));

		draw_paragraph(y + 1, 2, _("You can go on using tuki meanwhile."));
		move(3, 2);
		return;
	}
	if (view->phase == DONE) {
		/* Wrapped, so a long file name never cuts off why a save failed. */
		int y = draw_paragraph(3, 2, app->notice);

		draw_text(y + 1, 2, TEXT_COLS - 4, _("Press Left to go back."));
		move(3, 2);
		return;
	}
	if (view->phase == CONFIRMING) {
		confirm_draw(app, view);
		return;
	}
	if (view->phase == NAMING) {
		int x = 2, y;

		/* Wrapped on a narrow window; the name goes on the row after. */
		y = draw_paragraph_until(3, 2, _("Type a file name and press Enter (Esc cancels):"),
		    5) + 1;
		x += draw_text(y, 2, TEXT_COLS - 4, file_name);
		/* A full buffer says so instead of dropping keys without a word. */
		if (strlen(file_name) + MB_LEN_MAX >= sizeof file_name)
			draw_text(y + 2, 2, TEXT_COLS - 4, _("That is as long as a file name can be."));
		move(y, x);
		return;
	}
	items[0] = _("Print on the default printer");
	items[1] = _("Save as a text file");
	{
		const char *question[] = { _("Where should it go?") };

		question_draw(view, question, 1, items, 2, NULL);
	}
}

/* Edits the file name; Enter saves, Esc goes back to the choice. */
static bool
name_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	if (is_cancel_key(key, function_key))
		view->phase = CHOOSING;
	else if (is_open_key(key, function_key) && file_name[0] != '\0')
		save_to_file(app, view);
	else
		text_edit_key(file_name, sizeof file_name, key, function_key);
	return true;
}

static bool
print_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	if (view->phase == NAMING)
		return name_key(app, view, key, function_key);
	if (view->phase == DONE || view->phase == SENDING)
		return false;
	if (view->phase == CONFIRMING) {
		/* The reader's own letters answer, as every yes/no question. */
		int answer = is_cancel_key(key, function_key) ? 0
		    : question_answer_key(view, key, function_key);

		if (answer == 0)
			app_pop(app);
		else if (answer == 1)
			send_to_printer(app, view, app->kiosk->printer);
		else
			return !is_global_key(key, function_key);
		return true;
	}
	if (question_key(view, key, function_key))
		return true;
	if (is_open_key(key, function_key)) {
		if (view->selected == 0)
			send_to_printer(app, view, NULL);
		else
			view->phase = NAMING;
		return true;
	}
	return list_key(view, 2, key, function_key);
}

const struct screen print_prompt_screen = {
	.draw = print_draw,
	.key = print_key,
};
