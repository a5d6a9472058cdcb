#include <config.h>

#include <stdio.h>
#include <string.h>

#include "sys/i18n.h"
#include "model/contact_choice.h"
#include "text/contact_text.h"

/* Whether k, or another contact of h with the same number, speaks code:
 * one number can be listed once per language. */
static bool
speaks(const struct helpline *h, const struct contact *k, const char *code)
{
	for (size_t c = 0; c < h->ncontacts; c++) {
		const struct contact *other = &h->contacts[c];

		if (other != k && (other->kind != k->kind || strcmp(other->value, k->value) != 0))
			continue;
		for (size_t i = 0; i < other->nlanguages; i++)
			if (strcmp(other->languages[i]->code, code) == 0)
				return true;
	}
	return false;
}

const char *
contact_answers_in(const struct helpline *h, const struct contact *k)
{
	bool fi = speaks(h, k, "fi"), sv = speaks(h, k, "sv"), en = speaks(h, k, "en");

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

const char *
address_text(const struct web_address *a, char *out, size_t size)
{
	struct address_choice k = web_address_current(a);
	const char *tag = address_tag(k);

	snprintf(out, size, "%s%s%s%s", k.url != NULL ? k.url : "", tag ? " (" : "",
	    tag ? tag : "", tag ? ")" : "");
	return out;
}
