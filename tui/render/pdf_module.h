/*
 * The PDF renderer is a private shared module, tuki-pdf.so, loaded by
 * pdf_module.c the first time a PDF is made: pango, cairo and qrencode
 * (45 libraries, ~5 MiB) then cost nothing to a tuki that only shows
 * screens.  The module exports this one table and nothing else (it is
 * built with -fvisibility=hidden); it calls back into the tuki that loads
 * it (handout_doc, print_buffer, gettext), which links -Wl,--export-dynamic.
 */
#ifndef TUKI_PDF_MODULE_H
#define TUKI_PDF_MODULE_H

#include "render/pdf.h"

#define PDF_MODULE_FILE "tuki-pdf.so"
#define PDF_MODULE_SYMBOL "tuki_pdf_module"

struct pdf_module {
	/* PACKAGE_VERSION of the build: the module shares tuki's structs, so
	 * a module from another version is refused, never called. */
	const char *version;
	int (*helplines)(struct print_buffer *out, const struct content *c,
	    const struct helpline_filter *filter, time_t now, struct tuki_error *err);
	int (*steps)(struct print_buffer *out, const struct content *c, const struct progress *p,
	    const struct plan_answers *plan, time_t now, struct tuki_error *err);
	int (*facts)(struct print_buffer *out, const struct content *c, time_t now,
	    struct tuki_error *err);
};

#endif
