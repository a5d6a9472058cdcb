#include <config.h>

#include "sys/i18n.h"
#include "text/origin_text.h"

const char *
helpline_origin_label(const struct helpline *h)
{
	switch (h->origin) {
	case ORIGIN_ADDED:
		/* TRANSLATORS: beside a helpline that the support centre running
		 * tuki added itself (not in tuki's own list); at most 30 columns. */
		return _("added by this centre");
	case ORIGIN_REPLACED:
		/* TRANSLATORS: beside a helpline whose details the support centre
		 * running tuki corrected itself; at most 30 columns. */
		return _("corrected by this centre");
	default:
		return NULL;
	}
}

const char *
helpline_origin_tag(const struct helpline *h)
{
	switch (h->origin) {
	case ORIGIN_ADDED:
		/* TRANSLATORS: a directory row's tag for a helpline the support
		 * centre added itself (the detail says "added by this centre");
		 * at most 14 columns. */
		return _("this centre");
	case ORIGIN_REPLACED:
		/* TRANSLATORS: a directory row's tag for a helpline the support
		 * centre corrected itself; at most 14 columns. */
		return _("corrected");
	default:
		return NULL;
	}
}
