/* Handing text to the print spooler: lp, started without a shell. */
#ifndef TUKI_SPOOL_H
#define TUKI_SPOOL_H

#include <stddef.h>

#include "model/error.h"

/*
 * Prints text with "lp [-d printer] -t tuki -o media=A4 ..." (printer NULL:
 * the default destination).  lp's output is captured so nothing reaches
 * the screen.  Returns 0, or 69 with lp's first error line (sanitized) in err.
 */
int spool_print(const char *printer, const char *text, size_t len, struct tuki_error *err);

/* The same for a PDF: "lp [-d printer] -t tuki -o media=A4". */
int spool_print_pdf(const char *printer, const char *pdf, size_t len, struct tuki_error *err);

/* Writes text to a file the person named (mode 0600); 0 or -1 with err. */
int spool_save(const char *path, const char *text, size_t len, struct tuki_error *err);

#endif
