#include <config.h>

#include <stdio.h>
#include <string.h>

#include "sys/i18n.h"
#include "model/contact_choice.h"
#include "model/xalloc.h"
#include "text/contact_text.h"

/* Whether k, or another contact of h with the same number, speaks l:
 * one number can be listed once per language. */
static bool
speaks(const struct helpline *h, const struct contact *k, const struct language *l)
{
	for (size_t c = 0; c < h->ncontacts; c++) {
		const struct contact *other = &h->contacts[c];

		if (other != k && (other->kind != k->kind || strcmp(other->value, k->value) != 0))
			continue;
		for (size_t i = 0; i < other->nlanguages; i++)
			if (other->languages[i] == l)
				return true;
	}
	return false;
}

/* The language of k's number that comes first in the content's list,
 * after `after` (NULL: from the start), and has an "in …" phrase; NULL
 * when there is none.  The content's list is one array, so its order is
 * the order of the pointers. */
static const struct language *
next_spoken(const struct helpline *h, const struct contact *k, const struct language *after)
{
	const struct language *best = NULL;

	for (size_t c = 0; c < h->ncontacts; c++) {
		const struct contact *other = &h->contacts[c];

		for (size_t i = 0; i < other->nlanguages; i++) {
			const struct language *l = other->languages[i];

			if (l->in.msgid != NULL && (after == NULL || l > after) &&
			    (best == NULL || l < best) && speaks(h, k, l))
				best = l;
		}
	}
	return best;
}

/* "a and b" in template, made once and kept: a handful of pairs in all
 * (the texts are the catalog's, so they stay the same pointers). */
static const char *
joined(const char *template, const char *a, const char *b)
{
	static struct { const char *template, *a, *b; char *text; } made[32];
	static size_t n;

	for (size_t i = 0; i < n; i++)
		if (made[i].template == template && made[i].a == a && made[i].b == b)
			return made[i].text;
	if (n == sizeof made / sizeof made[0])
		return a;
	made[n].template = template;
	made[n].a = a;
	made[n].b = b;
	/* template is a translated "%s ... %s" from the catalog (msgfmt --check
	 * keeps the translations' formats in step with the msgid). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	made[n].text = xasprintf(template, a, b);
#pragma GCC diagnostic pop
	return made[n++].text;
}

const char *
contact_answers_in(const struct helpline *h, const struct contact *k)
{
	const struct language *first = next_spoken(h, k, NULL);
	const struct language *second = first != NULL ? next_spoken(h, k, first) : NULL;

	/* TRANSLATORS: said of a phone line or chat shown to someone who reads
	 * another language.  At most 28 columns. */
	if (first == NULL)
		return _("in another language");
	if (second == NULL)
		return gettext(first->in.msgid);
	/* TRANSLATORS: joins two phrases such as "in Finnish" and "in
	 * Swedish" (the content's "in" of each language): "in Finnish and
	 * in Swedish", "suomeksi ja ruotsiksi".  At most 28 columns in all. */
	return joined(_("%s and %s"), gettext(first->in.msgid), gettext(second->in.msgid));
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
