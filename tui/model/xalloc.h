/*
 * One out-of-memory policy for the whole program: these never return
 * NULL.  When memory runs out they call the handler main set (restore
 * the terminal, say so calmly, exit 70; the kiosk shows its out-of-order
 * screen), or by default print the calm line and exit 70.
 */
#ifndef TUKI_MODEL_XALLOC_H
#define TUKI_MODEL_XALLOC_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t size);
/* n * size, refusing an overflow as out of memory. */
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t size);
/* realloc of n elements of size bytes, refusing an overflow. */
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);

/*
 * A growable array: once n has reached *cap, doubles *cap (from first when
 * it is 0) and returns the array moved to fit; else returns it as it is.
 * XGROW(arr, n, cap, first) makes room for arr[n].
 */
void *xgrow(void *array, size_t n, size_t *cap, size_t first, size_t size);
#define XGROW(array, n, cap, first) \
	((array) = xgrow((array), (n), &(cap), (first), sizeof *(array)))
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* The handler must not return; NULL restores the default. */
void xalloc_set_handler(void (*handler)(void));

/* What the handler should say, in the current language. */
const char *xalloc_message(void);

/* Calls the handler: for memory that ran out outside these functions (e.g. in a library). */
void xalloc_failed(void) __attribute__((noreturn));

#endif
