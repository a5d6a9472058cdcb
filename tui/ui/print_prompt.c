/*
 * p: print what the screen lists (the helpline list with its filters, or
 * the checklist).  In personal mode it asks where: the default printer or
 * a file the person names.  In kiosk mode it asks whether to print on the
 * configured printer, and says where the paper comes out.  The outcome is
 * said plainly in the reader's language, never as a raw error.
 * From a filtered directory it first asks what to list: the whole list
 * (first, so Enter gives the full take-home list) or only what is shown.
 */
#include <config.h>

#include <curses.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sys/i18n.h"
#include "../model/utf8.h"
#include "../model/xalloc.h"
#include "model/kiosk_policy.h"
#include "render/print_request.h"
#ifdef HAVE_PDF
#include "render/pdf.h"
#endif
#include "render/spool.h"
#include "app.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"
#include "print_prompt.h"
#include "question.h"

enum { CHOOSING, NAMING, SENDING, DONE, CONFIRMING, SCOPING };

/*
 * The one job handed to CUPS.  The loop moves it on between keys
 * (print_job_poll), so the screen, the idle reset and the quick exit never
 * wait for it; the print screen that started it shows the outcome, and
 * news that comes later (printed, or cancelled in the kiosk) if it is
 * still on top.
 */
static struct {
	struct spool_job spool;
	struct print_buffer text;
	bool news;                  /* an outcome not yet shown */
	enum print_outcome outcome;
} job;

/* A print prompt's own state. */
struct print_state {
	struct print_request request;       /* what it prints */
	int phase;                          /* CHOOSING ... SCOPING */
	struct question_scroll text;        /* its questions' text */
	char file_name[PATH_MAX];           /* the file name prompt's buffer */
};

static const struct screen print_prompt_screen;

static void
say(struct app *app, struct view *view, const char *text)
{
	((struct print_state *)view->state)->phase = DONE;
	free(app->notice);
	app->notice = xstrdup(text);
}

static void
say_outcome(struct app *app, struct view *view, enum print_outcome outcome)
{
	char text[1024];

	say(app, view, print_outcome_text(outcome, job.spool.printer[0] != '\0'
	    ? job.spool.printer : NULL, app->kiosk != NULL, text, sizeof text));
}

/* The tool's own words are for staff reading the log, never the screen. */
static void
log_raw(void)
{
	if (job.spool.raw[0] != '\0' && !isatty(STDERR_FILENO))
		fprintf(stderr, "tuki: %s\n", job.spool.raw);
}

/* Printers get the typeset PDF (in a PDF build), made in memory; nothing
 * reaches lp unless it all worked. */
static void
send_to_printer(struct app *app, struct view *view, const char *printer)
{
	struct tuki_error err = { 0 };
	struct print_state *ps = view->state;
	struct print_request req = ps->request;
	/* A visitor's printout is cancelled if it has not printed in time, so
	 * it never waits for the next visitor; the staff's fact-check sheet
	 * holds nothing private and is long, so it is left to print. */
	struct spool_options opts = {
		.printer = printer,
		.follow = true,
		.cancel_late = app->kiosk != NULL && req.what != PRINT_FACTS,
	};
	enum print_outcome outcome;

	app->print_target = "printer";
	/* A sent job that is only being watched does not hold up the next
	 * one, unless the kiosk still has to cancel it if it does not print. */
	if (job.spool.step == SPOOL_FOLLOWING && !job.spool.opts.cancel_late)
		spool_abandon(&job.spool, false);
	if (spool_busy(&job.spool)) {
		say_outcome(app, view, PRINT_BUSY);
		return;
	}
	free(job.text.text);
	memset(&job, 0, sizeof job);
#ifdef HAVE_PDF
	/* Without the PDF module (a text-only kiosk) the printer gets text pages. */
	req.format = pdf_module_installed() ? PRINT_PDF : PRINT_TEXT;
#else
	req.format = PRINT_TEXT;
#endif
	opts.pdf = req.format == PRINT_PDF;
	if (print_render(&req, &job.text, &err) != 0) {
		free(job.text.text);
		job.text.text = NULL;
		/* A visitor gets the calm word and staff the reason (QA m2). */
		if (app->kiosk != NULL) {
			if (!isatty(STDERR_FILENO)) {
				fprintf(stderr, "tuki: %s\n", err.message);
				if (err.raw[0] != '\0')
					fprintf(stderr, "tuki: (%s)\n", err.raw);
			}
			say(app, view, _("Printing is not available on this terminal. Please ask a "
			    "member of staff."));
		} else {
			say(app, view, err.message);
		}
		return;
	}
	outcome = spool_start(&job.spool, &opts, job.text.text, job.text.len);
	if (outcome != PRINT_READY) {
		log_raw();
		free(job.text.text);
		job.text.text = NULL;
		say_outcome(app, view, outcome);
		return;
	}
	ps->phase = SENDING;
}

/* News goes to the print screen on top, if there is one: the first
 * outcome to the one waiting, a later one (printed, cancelled) to the
 * one that says "sent". */
static bool
show_outcome(struct app *app)
{
	struct view *v = app_view(app);
	const struct print_state *ps = v->state;

	if (!job.news || v->screen != &print_prompt_screen)
		return false;
	if (ps->phase != SENDING && !(ps->phase == DONE && app->print_target != NULL))
		return false;
	job.news = false;
	say_outcome(app, v, job.outcome);
	return true;
}

static bool
print_job_poll(struct app *app, int *wait)
{
	if (spool_busy(&job.spool)) {
		enum print_outcome outcome;

		if (spool_poll(&job.spool, 0, &outcome)) {
			job.news = true;
			job.outcome = outcome;
			log_raw();
		}
		if (!spool_busy(&job.spool)) {
			free(job.text.text);
			job.text.text = NULL;
		} else if (*wait > 100) {
			*wait = 100;
		}
	}
	return show_outcome(app);
}

static void
print_job_abandon(bool stop)
{
	spool_abandon(&job.spool, stop);
	free(job.text.text);
	memset(&job, 0, sizeof job);
}

/* The loop moves the job on between keys and stops it on the way out. */
static const struct app_job print_job_hooks = {
	.poll = print_job_poll,
	.abandon = print_job_abandon,
};

static void
save_to_file(struct app *app, struct view *view)
{
	struct print_buffer out = { 0 };
	struct tuki_error err = { 0 };
	struct print_state *ps = view->state;
	struct print_request req = ps->request;
	const char *file_name = ps->file_name;
	const char *home = getenv("HOME");
	char *path;
	int result;

	/* Allocated, so a long $HOME never cuts the name into another file's. */
	if (strncmp(file_name, "~/", 2) == 0 && home != NULL)
		path = xasprintf("%s/%s", home, file_name + 2);
	else
		path = xstrdup(file_name);
	req.format = PRINT_TEXT;
	app->print_target = NULL;
	result = print_render(&req, &out, &err);
	if (result == 0)
		result = spool_save(path, out.text, out.len, &err);
	free(out.text);
	free(path);
	say(app, view, result == 0 ? _("Saved.") : err.message);
}

/* After the whole-or-shown question (or without it): where it goes. */
static void
ask_where(struct app *app, struct view *view)
{
	struct print_state *ps = view->state;

	ps->phase = CHOOSING;
	view->selected = 0;
	if (app->kiosk != NULL) {
		/* A stray p must not put a visitor's list on the reception printer:
		 * ask first, starting on "no". */
		ps->phase = CONFIRMING;
		view->selected = 1;
	}
}

/* The whole list: no filter but the clock and the reader's language. */
static void
print_whole_list(struct print_request *req)
{
	const struct helpline_filter f = req->filter;

	req->filter = (struct helpline_filter){ .now = f.now, .reader = f.reader,
		.translate = f.translate };
}

void
print_prompt_open(struct app *app, enum print_what what)
{
	struct print_state init = {
		.request = print_request_for_session(what, app->content, app->session),
	};
	struct view *view;

	app_add_job(app, &print_job_hooks);
	view = app_push(app, &print_prompt_screen, &init);
	if (app->kiosk != NULL && app->kiosk->printer == NULL) {
		say(app, view,
		    _("Printing is not available on this terminal. Please ask a member of staff."));
	} else if (what == PRINT_HELPLINES && !filter_is_empty(&app->session->filter)) {
		((struct print_state *)view->state)->phase = SCOPING;
	} else {
		ask_where(app, view);
	}
}

/* From a filtered directory: the whole list first, then only what is shown. */
static void
scope_draw(struct app *app, struct view *view)
{
	static char items[2][160];
	static const char *ptrs[2];
	const struct content *c = app->content;
	const struct helpline **shown = xmalloc((c->nhelplines + 1) * sizeof *shown);
	size_t n = helplines_listed(c, &app->session->filter, shown);
	const char *question[] = { _("What should the list hold?") };

	free(shown);
	/* TRANSLATORS: the print question from a filtered directory; the
	 * first answer prints every service, the second only those shown. */
	snprintf(items[0], sizeof items[0], _("The whole list (%zu services)"), c->nhelplines);
	snprintf(items[1], sizeof items[1], P_("Only what is shown (%zu service)",
	    "Only what is shown (%zu services)", n), n);
	ptrs[0] = items[0];
	ptrs[1] = items[1];
	question_draw(view, &((struct print_state *)view->state)->text, question, 1, ptrs, 2, NULL);
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
	question_draw(view, &((struct print_state *)view->state)->text, paragraphs, 2, items, 2,
	    LINES > UI_MIN_LINES ? hint : NULL);
}

static void
print_draw(struct app *app, struct view *view)
{
	static const char *items[2];
	struct print_state *ps = view->state;
	const char *file_name = ps->file_name;

	draw_frame(print_what_title(ps->request.what), true);
	if (ps->phase == SENDING) {
		int y = draw_paragraph(3, 2, _("Handing it to the printer. This takes a few seconds."));

		draw_paragraph(y + 1, 2, _("You can go on using tuki meanwhile."));
		move(3, 2);
		return;
	}
	if (ps->phase == DONE) {
		/* Wrapped, so a long file name never cuts off why a save failed. */
		int y = draw_paragraph(3, 2, app->notice);

		draw_text(y + 1, 2, TEXT_COLS - 4, _("Press Left to go back."));
		move(3, 2);
		return;
	}
	if (ps->phase == CONFIRMING) {
		confirm_draw(app, view);
		return;
	}
	if (ps->phase == SCOPING) {
		scope_draw(app, view);
		return;
	}
	if (ps->phase == NAMING) {
		int x = 2, y;

		/* Wrapped on a narrow window; the name goes on the row after. */
		y = draw_paragraph_until(3, 2, _("Type a file name and press Enter (Esc cancels):"),
		    5) + 1;
		x += draw_text(y, 2, TEXT_COLS - 4, file_name);
		/* A full buffer says so instead of dropping keys without a word. */
		if (strlen(file_name) + MB_LEN_MAX >= sizeof ps->file_name)
			draw_text(y + 2, 2, TEXT_COLS - 4, _("That is as long as a file name can be."));
		move(y, x);
		return;
	}
	items[0] = _("Print on the default printer");
	items[1] = _("Save as a text file");
	{
		const char *question[] = { _("Print it, or save it as a file?") };

		question_draw(view, &ps->text, question, 1, items, 2, NULL);
	}
}

/* Edits the file name; Enter saves, Esc goes back to the choice. */
static bool
name_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	struct print_state *ps = view->state;

	if (is_cancel_key(key, function_key))
		ps->phase = CHOOSING;
	else if (is_open_key(key, function_key) && ps->file_name[0] != '\0')
		save_to_file(app, view);
	else
		text_edit_key(ps->file_name, sizeof ps->file_name, key, function_key);
	return true;
}

static bool
print_key(struct app *app, struct view *view, wint_t key, bool function_key)
{
	struct print_state *ps = view->state;

	if (ps->phase == NAMING)
		return name_key(app, view, key, function_key);
	if (ps->phase == DONE || ps->phase == SENDING)
		return false;
	if (ps->phase == SCOPING) {
		if (question_key(&ps->text, key, function_key))
			return true;
		if (is_cancel_key(key, function_key))
			app_pop(app);
		else if (is_open_key(key, function_key)) {
			if (view->selected == 0)
				print_whole_list(&ps->request);
			ask_where(app, view);
		} else
			return list_key(view, 2, key, function_key);
		return true;
	}
	if (ps->phase == CONFIRMING) {
		/* The reader's own letters answer, as every yes/no question. */
		int answer = is_cancel_key(key, function_key) ? 0
		    : question_answer_key(view, &ps->text, key, function_key);

		if (answer == 0)
			app_pop(app);
		else if (answer == 1)
			send_to_printer(app, view, app->kiosk->printer);
		else
			return !is_global_key(key, function_key);
		return true;
	}
	if (question_key(&ps->text, key, function_key))
		return true;
	/* Esc cancels this question as it cancels every other prompt. */
	if (is_cancel_key(key, function_key)) {
		app_pop(app);
		return true;
	}
	if (is_open_key(key, function_key)) {
		if (view->selected == 0)
			send_to_printer(app, view, NULL);
		else
			ps->phase = NAMING;
		return true;
	}
	return list_key(view, 2, key, function_key);
}

static const struct screen print_prompt_screen = {
	.draw = print_draw,
	.key = print_key,
	.state_size = sizeof(struct print_state),
};
