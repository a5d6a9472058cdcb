#include <config.h>

#include "sys/i18n.h"
#include "text/origin_text.h"

const char *
helpline_origin_label(const struct helpline *h)
{
	switch (h->origin) {
	case ORIGIN_ADDED:
		/* TRANSLATORS: beside a helpline that the support centre running
		 * tuki added itself (not in tuki's own list); at most 24 columns. */
		return _("added by this centre");
	case ORIGIN_REPLACED:
		/* TRANSLATORS: beside a helpline whose details the support centre
		 * running tuki corrected itself; at most 24 columns. */
		return _("corrected by this centre");
	default:
		return NULL;
	}
}
