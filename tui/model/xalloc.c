#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "error.h"
#include "xalloc.h"

static void (*handler)(void);
static int failing;     /* the handler is running */

void
xalloc_set_handler(void (*h)(void))
{
	handler = h;
	failing = 0;
}

const char *
xalloc_message(void)
{
	return _("tuki: the computer has run out of memory, so tuki has to stop. "
	    "Your saved marks are safe. Please start tuki again.");
}

void
xalloc_failed(void)
{
	/* A handler that runs out too must not loop: the plain line and out. */
	if (handler != NULL && !failing++)
		handler();
	fprintf(stderr, "%s\n", xalloc_message());
	exit(EXIT_SOFTWARE);
}

void *
xmalloc(size_t size)
{
	/* malloc(0) may return NULL; one byte keeps "never NULL" true. */
	void *p = malloc(size > 0 ? size : 1);

	if (p == NULL)
		xalloc_failed();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if (size != 0 && n > SIZE_MAX / size)
		xalloc_failed();
	p = calloc(n > 0 ? n : 1, size > 0 ? size : 1);
	if (p == NULL)
		xalloc_failed();
	return p;
}

void *
xrealloc(void *p, size_t size)
{
	void *q = realloc(p, size > 0 ? size : 1);

	if (q == NULL)
		xalloc_failed();
	return q;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		xalloc_failed();
	return xrealloc(p, n * size);
}

void *
xgrow(void *array, size_t n, size_t *cap, size_t first, size_t size)
{
	if (n < *cap)
		return array;
	if (*cap > SIZE_MAX / 2)
		xalloc_failed();
	*cap = *cap ? *cap * 2 : first;
	return xreallocarray(array, *cap, size);
}

char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list again;
	int n;
	char *s;

	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, again);
	va_end(again);
	if (n < 0)
		return xstrdup("");     /* an encoding error: show nothing rather than garbage */
	s = xmalloc((size_t)n + 1);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	return s;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	return s;
}
