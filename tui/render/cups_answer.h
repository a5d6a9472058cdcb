/*
 * What CUPS's client tools said, read into what tuki tells the reader.
 * The tools run in the C locale (spool.c), so their words are CUPS's
 * English source strings; the reader only ever sees tuki's own sentence
 * for the outcome, in the reader's language.  No curses, no processes:
 * pure text in, an outcome out (tests/unit/test_cups_answer.c).
 */
#ifndef TUKI_CUPS_ANSWER_H
#define TUKI_CUPS_ANSWER_H

#include <stdbool.h>
#include <stddef.h>

enum print_outcome {
	PRINT_READY,            /* the printer takes jobs (or tuki cannot tell) */
	PRINT_SENT,             /* lp accepted the job; not known to be printed */
	PRINT_PRINTED,          /* the job has left the printer's queue */
	PRINT_NO_SUCH_PRINTER,
	PRINT_NO_DEFAULT,
	PRINT_PAUSED,           /* disabled (cupsdisable), or stopped by an error */
	PRINT_NOT_ACCEPTING,    /* rejecting jobs (cupsreject) */
	PRINT_NO_SCHEDULER,     /* CUPS itself is not running */
	PRINT_LP_MISSING,
	PRINT_CANCELLED,        /* not printed in time: tuki cancelled it (kiosk) */
	PRINT_NO_ANSWER,        /* a CUPS tool hung and was ended */
	PRINT_BUSY,             /* the last job is still being handed over */
	PRINT_FAILED,           /* anything else lp refused */
};

/*
 * From "lpstat -d -p -a" (its whole output, whatever its exit status): the
 * printer's state, printer NULL meaning the default destination, whose
 * name then goes to name (size bytes).  PRINT_READY when it is enabled
 * and accepting, and also when lpstat does not list it (a queue CUPS
 * makes on demand): lp then has the last word.
 */
enum print_outcome cups_printer_state(const char *said, const char *printer, char *name,
    size_t size);

/* Whether "lpstat -p" output lists the queue (instance names are of it). */
bool cups_printer_listed(const char *said, const char *printer);

/* From lp's output when it failed: the known failures, else PRINT_FAILED. */
enum print_outcome cups_lp_failure(const char *said);

/* The job id from lp's "request id is reception-42 (1 file(s))"; false if none. */
bool cups_job_id(const char *said, char *id, size_t size);

/* Whether "lpstat -o" output still lists the job. */
bool cups_job_listed(const char *said, const char *id);

/*
 * The reader's sentence for an outcome, in the current language; printer
 * may be NULL.  In kiosk mode a failure adds that staff can help.
 */
const char *print_outcome_text(enum print_outcome outcome, const char *printer, bool kiosk,
    char *buf, size_t size);

#endif
