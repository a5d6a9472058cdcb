/*
 * Plain mode: p prints or saves what the menu lists (the helpline list
 * with its filters, or the checklist), through the same print request and
 * renderer as the screens.  It asks, as the screen does, what the list
 * should hold when filters are on (the whole list first) and where it
 * goes; the outcome is said in the reader's language.  Printing waits for
 * lp to take the job, a few seconds at most, not for the paper.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "model/xalloc.h"
#include "render/print_request.h"
#ifdef HAVE_PDF
#include "render/pdf.h"
#endif
#include "render/spool.h"
#include "plain/prompt.h"
#include "plain/screens.h"

/* Asks a numbered question of two answers: 1, 2, or 0 for none (back). */
static int
ask_two(struct plain *p, const char *question, const char *first, const char *second)
{
	for (;;) {
		int n;
		enum answer a;

		plain_blank(p);
		plain_say(p, "%s", question);
		plain_say(p, "1. %s", first);
		plain_say(p, "2. %s", second);
		/* TRANSLATORS: plain mode, after a question with two numbered answers. */
		a = plain_ask(p, _("Type 1 or 2, or 0 to go back."), &n);
		if (a == ANSWER_NUMBER && (n == 1 || n == 2))
			return n;
		if (a == ANSWER_BACK || a == ANSWER_QUIT || a == ANSWER_EOF)
			return 0;
	}
}

/* The whole list or only what is shown; false when the person went back. */
static bool
ask_scope(struct plain *p, struct print_request *req)
{
	const struct content *c = p->content;
	const struct helpline **shown = xmalloc((c->nhelplines + 1) * sizeof *shown);
	size_t n = helplines_listed(c, &req->filter, shown);
	char whole[160], only[160];
	int answer;

	free(shown);
	snprintf(whole, sizeof whole, _("The whole list (%zu services)"), c->nhelplines);
	snprintf(only, sizeof only, P_("Only what is shown (%zu service)",
	    "Only what is shown (%zu services)", n), n);
	answer = ask_two(p, _("What should the list hold?"), whole, only);
	if (answer == 1)
		req->filter = (struct helpline_filter){ .now = req->filter.now,
			.reader = req->filter.reader, .translate = req->filter.translate };
	return answer != 0;
}

static void
print_it(struct plain *p, struct print_request *req)
{
	struct print_buffer out = { 0 };
	struct tuki_error err = { 0 };
	struct spool_options opts = { 0 };
	char printer[256] = "", raw[512] = "", said[1024];
	enum print_outcome outcome;

#ifdef HAVE_PDF
	req->format = pdf_module_installed() ? PRINT_PDF : PRINT_TEXT;
#endif
	opts.pdf = req->format == PRINT_PDF;
	plain_say(p, "%s", _("Handing it to the printer. This takes a few seconds."));
	fflush(p->out);
	if (print_render(req, &out, &err) != 0) {
		plain_say(p, "%s", err.message);
		if (err.raw[0] != '\0')
			fprintf(stderr, "tuki: (%s)\n", err.raw);
		free(out.text);
		return;
	}
	outcome = spool_print(&opts, out.text, out.len, printer, sizeof printer, raw, sizeof raw);
	free(out.text);
	/* lp's own words are for the administrator, never for the reader. */
	if (raw[0] != '\0' && outcome != PRINT_SENT && outcome != PRINT_PRINTED)
		fprintf(stderr, "tuki: %s\n", raw);
	plain_say(p, "%s", print_outcome_text(outcome, printer, false, said, sizeof said));
}

static void
save_it(struct plain *p, struct print_request *req)
{
	struct print_buffer out = { 0 };
	struct tuki_error err = { 0 };
	char line[4096];
	int result;

	plain_blank(p);
	/* TRANSLATORS: plain mode: the next line typed is the file's name. */
	plain_say(p, "%s", _("Type a file name and press Enter. An empty line goes back."));
	fputs("> ", p->out);
	fflush(p->out);
	p->after_prompt = true;
	if (!plain_read_line(p, line, sizeof line)) {
		p->leaving = true;
		return;
	}
	if (line[0] == '\0')
		return;
	req->format = PRINT_TEXT;
	result = print_render(req, &out, &err);
	if (result == 0)
		result = spool_save(line, out.text, out.len, &err);
	free(out.text);
	plain_say(p, "%s", result == 0 ? _("Saved.") : err.message);
	if (result != 0 && err.raw[0] != '\0')
		fprintf(stderr, "tuki: (%s)\n", err.raw);
}

void
plain_print(struct plain *p, enum print_what what)
{
	struct print_request req = print_request_for_session(what, p->content, p->session);
	int where;

	if (what == PRINT_HELPLINES && !filter_is_empty(&req.filter) && !ask_scope(p, &req))
		return;
	where = ask_two(p, _("Print it, or save it as a file?"), _("Print on the default printer"),
	    _("Save as a text file"));
	if (where == 1)
		print_it(p, &req);
	else if (where == 2)
		save_it(p, &req);
}
