#include <config.h>

#include <stdarg.h>
#include <stdio.h>

#include "error.h"

void
tuki_error_set(struct tuki_error *err, int status, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL || err->status != 0)
		return;
	err->status = status;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
}
