/*
 * One print request, rendered by one function: the command line, the
 * program's print screen and the kiosk differ only in where the result
 * goes (standard output, a file the person names, or CUPS through spool.c).
 */
#ifndef TUKI_PRINT_REQUEST_H
#define TUKI_PRINT_REQUEST_H

#include <time.h>

#include "model/content.h"
#include "model/error.h"
#include "model/filter.h"
#include "model/progress.h"
#include "model/session.h"
#include "render/print.h"
#include "sys/lang.h"

enum print_what { PRINT_HELPLINES, PRINT_STEPS, PRINT_FACTS };

struct print_request {
	enum print_what what;
	enum lang lang;                     /* the reader's; LANG_NONE: the current one */
	struct helpline_filter filter;      /* the helpline list's */
	enum print_format format;
	const struct content *content;
	const struct progress *progress;    /* the checklist's marks */
	const struct plan_answers *plan;    /* NULL: no plan */
	time_t now;
};

/*
 * Renders the request into out: text, Markdown or (in a PDF build) the
 * typeset PDF.  Returns 0, or an exit status with err (then out is empty).
 */
int print_render(const struct print_request *req, struct print_buffer *out,
    struct tuki_error *err);

/* What a person's session prints in the current language, as text: its
 * filters, marks, plan and clock (the screens and plain mode alike). */
struct print_request print_request_for_session(enum print_what what, const struct content *c,
    struct session *s);

/* The neutral word for what is printed, for a screen's title. */
const char *print_what_title(enum print_what what);

#endif
