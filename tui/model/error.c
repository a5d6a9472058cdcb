#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "error.h"

void
tuki_error_set(struct tuki_error *err, int status, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (err == NULL || err->status != 0)
		return;
	err->status = status;
	va_start(ap, fmt);
	n = vsnprintf(err->message, sizeof err->message, fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof err->message) {
		/* Cut (a very long path): say so with an ellipsis on a whole character. */
		size_t end = sizeof err->message - 4;

		while (end > 0 && ((unsigned char)err->message[end] & 0xc0) == 0x80)
			end--;
		memcpy(err->message + end, "\xe2\x80\xa6", 4);
	}
}
