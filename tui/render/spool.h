/* Handing text to the print spooler: lp, started without a shell. */
#ifndef TUKI_SPOOL_H
#define TUKI_SPOOL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "model/error.h"

/*
 * Prints text with "lp [-d printer] -t tuki -o media=A4 ..." (printer NULL:
 * the default destination).  lp's output is captured so nothing reaches
 * the screen.  Returns 0, or 69 with lp's first error line (sanitized) in err.
 */
int spool_print(const char *printer, const char *text, size_t len, struct tuki_error *err);

/* How long lp may take to accept a job before tuki ends it. */
enum { SPOOL_TIME_LIMIT_MS = 15000 };

/* A job handed to lp, driven a little at a time so the screen never waits. */
struct spool_job {
	pid_t pid;
	int to_fd, from_fd;
	const char *text;           /* the caller's, kept until the job ends */
	size_t len, written;
	char said[4096];            /* what lp wrote, for its first error line */
	size_t got;
	long long deadline_ms;
	bool running;
};

/* Starts lp on text (which must outlive the job); 0, or 69 with err. */
int spool_start(struct spool_job *job, const char *printer, const char *text, size_t len,
    struct tuki_error *err);
/* The same for a PDF ("-o media=A4" only: it carries its own geometry). */
int spool_start_pdf(struct spool_job *job, const char *printer, const char *pdf, size_t len,
    struct tuki_error *err);

/*
 * Moves the job on, waiting at most wait_ms (-1: until something happens).
 * True once it has ended, with *result 0 or 69 and err filled; past the
 * time limit lp is killed.  False while it runs (or if it is not running).
 */
bool spool_poll(struct spool_job *job, int wait_ms, int *result, struct tuki_error *err);

/* On the way out: a job not yet fully handed over is killed (half a job is
 * worse than none), and so is any job when stop is set (the quick exit
 * leaves nothing behind); otherwise one with all its text may finish. */
void spool_abandon(struct spool_job *job, bool stop);

/* The same for a PDF: "lp [-d printer] -t tuki -o media=A4". */
int spool_print_pdf(const char *printer, const char *pdf, size_t len, struct tuki_error *err);

/* Writes text to a file the person named (mode 0600); 0 or -1 with err. */
int spool_save(const char *path, const char *text, size_t len, struct tuki_error *err);

#endif
