#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "contact_choice.h"
#include "filter.h"
#include "xalloc.h"

bool
helpline_open_at(const struct helpline *h, time_t now)
{
	for (size_t i = 0; i < h->ncontacts; i++)
		if (hours_open_at(&h->contacts[i].hours, now))
			return true;
	return false;
}

bool
helpline_web_only(const struct helpline *h)
{
	for (size_t i = 0; i < h->ncontacts; i++)
		if (h->contacts[i].kind != CONTACT_WEB)
			return false;
	return h->ncontacts > 0;
}

static wchar_t *
lowered(const char *s)
{
	size_t n = mbstowcs(NULL, s, 0);
	wchar_t *w;

	if (n == (size_t)-1)
		return NULL;
	w = xmalloc((n + 1) * sizeof *w);
	mbstowcs(w, s, n + 1);
	for (size_t i = 0; i < n; i++)
		w[i] = (wchar_t)towlower((wint_t)w[i]);
	return w;
}

bool
text_contains(const char *haystack, const char *needle)
{
	wchar_t *h = lowered(haystack), *n = lowered(needle);
	bool found = h != NULL && n != NULL && wcsstr(h, n) != NULL;

	free(h);
	free(n);
	return found;
}

/* The language filter looks at the contact the list shows for it (a site
 * in the language does not count when the line to call answers in another),
 * so nothing it lists is tagged "in Finnish". */
static bool
serves_language(const struct helpline *h, const struct language *language, time_t now)
{
	return helpline_contact_for(h, language, now).serves;
}

static bool
has_topic(const struct helpline *h, const struct topic *topic)
{
	for (size_t i = 0; i < h->ntopics; i++)
		if (h->topics[i] == topic)
			return true;
	return false;
}

static bool
search_matches(const struct helpline *h, const struct helpline_filter *f)
{
	const char *(*tr)(const char *) = f->translate;
	const struct text *fields[] = { &h->name, &h->description, &h->audience };

	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		const char *msgid = fields[i]->msgid;

		if (msgid != NULL && text_contains(tr != NULL ? tr(msgid) : msgid, f->search))
			return true;
	}
	return false;
}

bool
helpline_matches(const struct helpline *h, const struct helpline_filter *f)
{
	/* The emergency number is never filtered away. */
	if (h->emergency)
		return true;
	if (f->anonymous_only && h->anonymous != ANONYMOUS_YES)
		return false;
	/* A service that is only a web form takes reports at any hour. */
	if (f->open_now && !helpline_open_for(h, contact_shown_language(f), f->now) &&
	    !helpline_web_only(h))
		return false;
	if (f->topic != NULL && !has_topic(h, f->topic))
		return false;
	if (f->language != NULL && !serves_language(h, f->language, f->now))
		return false;
	if (f->search != NULL && f->search[0] != '\0' && !search_matches(h, f))
		return false;
	return true;
}

bool
filter_is_empty(const struct helpline_filter *f)
{
	return !f->anonymous_only && !f->open_now && f->topic == NULL && f->language == NULL &&
	    (f->search == NULL || f->search[0] == '\0');
}

size_t
helplines_listed(const struct content *c, const struct helpline_filter *f,
    const struct helpline **out)
{
	size_t n = 0;

	/* Pass 0 is the emergency number; then one pass per need, in file order. */
	for (int pass = 0; pass <= NEED_COUNT; pass++)
		for (size_t i = 0; i < c->nhelplines; i++) {
			const struct helpline *h = &c->helplines[i];

			if ((pass == 0 ? h->emergency : !h->emergency && (int)h->need == pass - 1) &&
			    helpline_matches(h, f))
				out[n++] = h;
		}
	return n;
}

void
filter_next_topic(const struct content *c, struct helpline_filter *f)
{
	size_t i = f->topic == NULL ? 0 : (size_t)(f->topic - c->topics) + 1;

	f->topic = i < c->ntopics ? &c->topics[i] : NULL;
}

void
filter_next_language(const struct content *c, struct helpline_filter *f,
    const struct language *current)
{
	size_t n = 0, at = 0;
	const struct language **order = xmalloc((c->nlanguages + 2) * sizeof *order);

	order[n++] = NULL;
	if (current != NULL)
		order[n++] = current;
	for (size_t i = 0; i < c->nlanguages; i++)
		if (&c->languages[i] != current)
			order[n++] = &c->languages[i];
	for (size_t i = 0; i < n; i++)
		if (order[i] == f->language)
			at = i;
	f->language = order[(at + 1) % n];
	free(order);
}
