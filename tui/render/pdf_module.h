/*
 * The PDF renderer is a private shared module, tuki-pdf.so, loaded by
 * pdf_module.c the first time a PDF is made: pango, cairo and qrencode
 * (45 libraries, ~5 MiB) then cost nothing to a tuki that only shows
 * screens.  This header is all the two share.  tuki builds the document
 * (text/handout_doc.h, text/fact_sheet.h) for the reader's language and
 * hands it over with the translated words every page carries; the module
 * lays it out and hands back the PDF in its own memory.  It calls nothing
 * in tuki (tuki exports no symbols; tests/print/exports.sh), and exports
 * only tuki_pdf_module, this table.
 */
#ifndef TUKI_PDF_MODULE_H
#define TUKI_PDF_MODULE_H

#include <stddef.h>

#include "text/fact_sheet.h"
#include "text/handout_doc.h"

#define PDF_MODULE_FILE "tuki-pdf.so"
#define PDF_MODULE_SYMBOL "tuki_pdf_module"

/* What every page says, translated by tuki for the document's reader. */
struct pdf_page_words {
	const char *lang;       /* the ISO 639-1 code, the PDF's /Lang ("fi") */
	const char *page_of;    /* "Page %1$d of %2$d": a c-format, msgfmt-checked */
	const char *footer;     /* "tuki makes no network connection ..." */
	const char *continued;  /* "(continued on the next page)" at the foot of a split entry */
};

enum pdf_status {
	PDF_OK,
	PDF_NO_FONT,            /* no installed font has the letters: detail names the package */
	PDF_FAILED,             /* cairo failed: detail is its message */
};

/* The finished PDF, malloc'd by the module: give it back with release(). */
struct pdf_output {
	char *data;
	size_t len, cap;
	char detail[128];       /* on failure; untranslated (a package, cairo's words) */
};

struct pdf_module {
	/* PACKAGE_VERSION of the build: the module reads tuki's document
	 * structs, so a module from another version is refused, never called. */
	const char *version;
	/* Each fills out (zeroed by the caller): PDF_OK with the PDF, or
	 * another status with out->detail and no data. */
	enum pdf_status (*helplines)(const struct handout *h, const struct pdf_page_words *w,
	    struct pdf_output *out);
	enum pdf_status (*steps)(const struct checklist *l, const struct pdf_page_words *w,
	    struct pdf_output *out);
	enum pdf_status (*facts)(const struct fact_sheet *s, const struct pdf_page_words *w,
	    struct pdf_output *out);
	void (*release)(struct pdf_output *out);
};

#endif
