#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sys/i18n.h"
#include "error.h"

const char *
error_reason(int error)
{
	/* TRANSLATORS: these follow "FILE: cannot open: " and the like, in
	 * messages for staff and for the reader: a short clause, lowercase. */
	switch (error) {
	case ENOENT:
	case ENOTDIR:
		return _("there is no such file or folder");
	case EACCES:
	case EPERM:
		return _("the permissions do not allow it");
	case EROFS:
		return _("the disk is read-only");
	case ENOSPC:
	case EDQUOT:
		return _("there is no room left on the disk");
	case EISDIR:
		return _("it is a folder, not a file");
	case ELOOP:
		return _("a link on the way goes round in circles");
	case ENAMETOOLONG:
		return _("the name is too long");
	case EIO:
		return _("the disk could not be read or written");
	case EMFILE:
	case ENFILE:
		return _("too many files are open");
	case ENOMEM:
		return _("there is not enough memory");
	case EBUSY:
	case ETXTBSY:
		return _("it is in use");
	default:
		return _("an unexpected system error");
	}
}

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

void
tuki_error_raw(struct tuki_error *err, const char *raw)
{
	if (err != NULL && raw != NULL && err->raw[0] == '\0')
		snprintf(err->raw, sizeof err->raw, "%s", raw);
}
