/*
 * Handing a printout to CUPS through its client tools, each started by
 * absolute path without a shell (never through PATH): lpstat asks whether
 * the printer takes jobs, lp sends the job, lpstat follows it for a short
 * while and, in kiosk mode, cancel ends a job that has not printed in
 * time, so nothing waits for the next visitor.  The tools run in the C
 * locale; what they say is read into an outcome (cups_answer.h) and never
 * shown to the reader.
 */
#ifndef TUKI_SPOOL_H
#define TUKI_SPOOL_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#include "model/error.h"
#include "render/cups_answer.h"

/* How long one CUPS tool may take before tuki ends it. */
enum { SPOOL_TIME_LIMIT_MS = 15000 };
/* How long a sent job is followed; in kiosk mode it is then cancelled. */
enum { SPOOL_FOLLOW_MS = 30000, SPOOL_LOOK_EVERY_MS = 1000 };

/* One CUPS tool running, fed text and heard without ever blocking. */
struct spool_child {
	pid_t pid;
	int to_fd, from_fd;
	const char *text;
	size_t len, written;
	char said[4096];
	size_t got;
	long long deadline_ms;
	bool running;
};

struct spool_options {
	const char *printer;        /* NULL: the default destination */
	bool pdf;                   /* a PDF carries its own page geometry */
	bool follow;                /* watch the job after lp accepted it */
	bool cancel_late;           /* kiosk: cancel it if not printed in time */
};

enum spool_step { SPOOL_IDLE, SPOOL_CHECKING, SPOOL_SENDING, SPOOL_FOLLOWING, SPOOL_CANCELLING };

struct spool_job {
	enum spool_step step;
	struct spool_child child;
	struct spool_options opts;
	char printer[256];          /* the queue as named, or the default's name */
	char id[256];               /* "reception-42", once lp said it */
	const char *text;           /* the caller's, kept until the job ends */
	size_t len;
	long long follow_until_ms, next_look_ms;
	char raw[512];              /* the tool's first line on a failure, sanitized (stderr only) */
};

/* The full path of a CUPS tool ("lp"): configure's CUPS_BINDIR, or for the
 * tests an absolute $TUKI_CUPS_BINDIR; never a PATH search. */
const char *spool_tool(const char *name, char *path, size_t size);

/*
 * Starts a job on text (which must outlive it).  PRINT_READY while it runs;
 * otherwise it has already ended with that outcome.
 */
enum print_outcome spool_start(struct spool_job *job, const struct spool_options *opts,
    const char *text, size_t len);

/*
 * Moves the job on, waiting at most wait_ms (-1: until something happens).
 * True when there is news for the reader in *outcome: PRINT_SENT (the job
 * may still be followed), then perhaps PRINT_PRINTED or PRINT_CANCELLED,
 * or a failure.  False while nothing new happened.
 */
bool spool_poll(struct spool_job *job, int wait_ms, enum print_outcome *outcome);

/* Whether tuki is still busy with the job (checking, sending, following). */
bool spool_busy(const struct spool_job *job);

/*
 * On the way out: a job not yet fully handed over is killed (half a job is
 * worse than none), and so is any when stop is set (the quick exit leaves
 * nothing behind); a sent job still followed in kiosk mode is cancelled.
 */
void spool_abandon(struct spool_job *job, bool stop);

/* The command line: checks, sends, and waits for lp (not for the paper). */
enum print_outcome spool_print(const struct spool_options *opts, const char *text, size_t len,
    char *printer, size_t printer_size, char *raw, size_t raw_size);

/*
 * For --check-config: what CUPS says of the printer (waiting for lpstat).
 * PRINT_NO_SUCH_PRINTER when lpstat does not list it, PRINT_READY also
 * when tuki cannot ask (no lpstat); raw gets lpstat's line about it.
 */
enum print_outcome spool_check(const char *printer, char *raw, size_t raw_size);

/* Writes text to a file the person named (mode 0600); 0 or -1 with err. */
int spool_save(const char *path, const char *text, size_t len, struct tuki_error *err);

#endif
