#include <config.h>

#include <string.h>

#include "sys/i18n.h"
#include "text/contact_text.h"

static bool
speaks(const struct contact *k, const char *code)
{
	for (size_t i = 0; i < k->nlanguages; i++)
		if (strcmp(k->languages[i]->code, code) == 0)
			return true;
	return false;
}

const char *
contact_answers_in(const struct contact *k)
{
	bool fi = speaks(k, "fi"), sv = speaks(k, "sv"), en = speaks(k, "en");

	/* TRANSLATORS: said of a phone line or chat shown to someone who reads
	 * another language; whole phrases so each can be said naturally.
	 * At most 28 columns. */
	if (fi && sv)
		return _("in Finnish and Swedish");
	if (fi)
		return _("in Finnish");
	if (sv)
		return _("in Swedish");
	if (en)
		return _("in English");
	return _("in another language");
}
