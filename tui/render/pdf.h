/*
 * The handout, the checklist and the fact-check sheet typeset as an A4 PDF (pangocairo): real
 * text with embedded fonts, links, headings tagged, QR codes beside web
 * addresses.  Rendered whole in memory, so nothing reaches lp or a file
 * unless it all worked.  Only in a build configured with PDF (HAVE_PDF).
 * tuki builds the document; the module lays it out (pdf_module.h).
 */
#ifndef TUKI_PDF_H
#define TUKI_PDF_H

#include <stdbool.h>
#include <time.h>

#include "model/content.h"
#include "model/error.h"
#include "model/filter.h"
#include "model/progress.h"
#include "render/print.h"

/*
 * Appends the PDF to out.  Returns 0; EXIT_UNAVAILABLE (69) when no
 * installed font has the letters the text needs (err names the package to
 * install); EXIT_SOFTWARE (70) when cairo fails.  On failure out is empty.
 */
int pdf_helplines(struct print_buffer *out, const struct content *c,
    const struct helpline_filter *filter, time_t now, struct tuki_error *err);

/*
 * Whether the PDF module is installed (Debian ships it apart, as tuki-pdf):
 * without it the screens print text.  A module that is there but cannot be
 * loaded still counts, so its error is shown rather than hidden.
 */
bool pdf_module_installed(void);

int pdf_steps(struct print_buffer *out, const struct content *c, const struct progress *p,
    const struct plan_answers *plan, time_t now, struct tuki_error *err);

/* The fact-check sheet (text/fact_sheet.h), a QR code beside each source. */
int pdf_facts(struct print_buffer *out, const struct content *c, time_t now,
    struct tuki_error *err);

/* Whether the PDF module loads (--check-config); false with err if not. */
bool pdf_available(struct tuki_error *err);

#endif
