/* Errors carried from the model to main.c, which alone decides to exit. */
#ifndef TUKI_MODEL_ERROR_H
#define TUKI_MODEL_ERROR_H

/* Exit statuses, as in sysexits.h; tuki.1 EXIT STATUS lists them. */
enum exit_status {
	EXIT_OK = 0,
	EXIT_USAGE = 64,        /* bad command line */
	EXIT_DATAERR = 65,      /* bad content or config */
	EXIT_NOINPUT = 66,      /* content dir or config missing or unreadable */
	EXIT_UNAVAILABLE = 69,  /* printer unavailable */
	EXIT_SOFTWARE = 70,     /* internal error */
	EXIT_IOERR = 74,        /* output could not be written: a full disk, a closed stdout */
};

struct tuki_error {
	int status;             /* one of enum exit_status, 0 when no error */
	char message[1024];     /* already translated, one line, no newline */
	char raw[256];          /* a library's own English (dlerror, cairo, strerror),
	                         * for the administrator: stderr only, after message */
};

/* Record an error; keeps the first one if an error is already set. */
void tuki_error_set(struct tuki_error *err, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Keeps a library's own words beside the error, for stderr only; the
 * first ones stay. */
void tuki_error_raw(struct tuki_error *err, const char *raw);

/* Why a system call failed, as tuki's own words in the reader's language
 * ("there is no room left on the disk"), chosen by its errno: glibc's
 * strerror() is English on a kiosk without its translations, and C.UTF-8
 * ignores LANGUAGE.  Never NULL. */
const char *error_reason(int error);

#endif
