#include <config.h>

#include "sys/i18n.h"
#include "render/print_request.h"
#ifdef HAVE_PDF
#include "render/pdf.h"
#endif

int
print_render(const struct print_request *req, struct print_buffer *out, struct tuki_error *err)
{
	if (req->lang != LANG_NONE && req->lang != lang_current())
		lang_activate(req->lang);
#ifdef HAVE_PDF
	if (req->format == PRINT_PDF)
		return req->what == PRINT_HELPLINES
		    ? pdf_helplines(out, req->content, &req->filter, req->now, err)
		    : req->what == PRINT_FACTS ? pdf_facts(out, req->content, req->now, err)
		    : pdf_steps(out, req->content, req->progress, req->plan, req->now, err);
#endif
	(void)err;
	if (req->what == PRINT_HELPLINES)
		print_helplines(out, req->content, &req->filter, req->now,
		    req->format == PRINT_MARKDOWN ? PRINT_MARKDOWN : PRINT_TEXT);
	else if (req->what == PRINT_FACTS)
		print_facts(out, req->content, req->now,
		    req->format == PRINT_MARKDOWN ? PRINT_MARKDOWN : PRINT_TEXT);
	else
		print_steps(out, req->content, req->progress, req->plan, req->now,
		    req->format == PRINT_MARKDOWN ? PRINT_MARKDOWN : PRINT_TEXT);
	return 0;
}

struct print_request
print_request_for_session(enum print_what what, const struct content *c, struct session *s)
{
	return (struct print_request){
		.what = what,
		.lang = lang_current(),
		.filter = s->filter,
		.format = PRINT_TEXT,
		.content = c,
		.progress = &s->progress,
		.plan = &s->plan,
		.now = session_now(s),
	};
}

const char *
print_what_title(enum print_what what)
{
	switch (what) {
	case PRINT_HELPLINES:
		return _("Print the helpline list");
	case PRINT_FACTS:
		/* TRANSLATORS: the title of the print screen from the kiosk's staff screen. */
		return _("Print the fact-check sheet");
	default:
		return _("Print your checklist");
	}
}
