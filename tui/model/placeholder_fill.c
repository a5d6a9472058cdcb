/*
 * Filling placeholders from the content: the half of placeholders that
 * needs the content's lookups.  placeholder.c (the syntax) needs nothing,
 * so json_fields.c can check texts while the content is still loading.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "contact_choice.h"
#include "content.h"
#include "placeholder.h"
#include "placeholder_fill.h"
#include "xalloc.h"

/* The address {web:ID} or {chat:ID} stands for, or NULL. */
static const struct web_address *
placeholder_address(const struct content *c, const struct placeholder *p)
{
	const struct helpline *h = content_helpline(c, p->id);
	const struct agency *a = content_agency(c, p->id);
	const struct contact *contact = NULL;

	if (strcmp(p->kind, "web") == 0) {
		if (h != NULL)
			contact = helpline_contact(h, CONTACT_WEB);
		else if (a != NULL)
			return web_address_current(&a->web).url != NULL ? &a->web : NULL;
	} else if (strcmp(p->kind, "chat") == 0 && h != NULL) {
		contact = helpline_contact(h, CONTACT_CHAT);
	}
	return contact != NULL ? &contact->address : NULL;
}

const char *
placeholder_value(const struct content *c, const struct placeholder *p)
{
	const struct helpline *h;
	const struct agency *a;
	const struct contact *contact;

	if (strcmp(p->kind, "phone") != 0) {
		const struct web_address *address = placeholder_address(c, p);

		/* The reader's page, in the language lang_activate() set. */
		return address != NULL ? web_address_current(address).url : NULL;
	}
	h = content_helpline(c, p->id);
	a = content_agency(c, p->id);
	if (h == NULL)
		return a != NULL ? a->phone : NULL;
	contact = helpline_contact(h, CONTACT_PHONE);
	return contact != NULL ? contact->value : NULL;
}

/* What a placeholder becomes in a text: its value, and after a page in
 * another language than the reader's that language, "(in English)". */
static const char *
placeholder_text(const struct content *c, const struct placeholder *p, char *buf, size_t size)
{
	const char *value = placeholder_value(c, p);
	const struct web_address *address;
	const char *tag;

	if (value == NULL || strcmp(p->kind, "phone") == 0 ||
	    (address = placeholder_address(c, p)) == NULL ||
	    (tag = address_tag(web_address_current(address))) == NULL)
		return value;
	snprintf(buf, size, "%s (%s)", value, tag);
	return buf;
}

void
placeholder_expand(const struct content *c, const char *text, char *out, size_t outsize)
{
	size_t pos = 0, copied = 0, used = 0;
	struct placeholder p;

	if (outsize == 0)
		return;
	for (;;) {
		int found = placeholder_next(text, &pos, &p);
		const char *value;
		char tagged[1024];
		size_t n;

		if (found < 0) {
			/* A malformed "{" is ordinary text: step over it. */
			const char *open = strchr(text + pos, '{');

			pos = (size_t)(open - text) + 1;
			continue;
		}
		if (found == 0)
			break;
		value = placeholder_text(c, &p, tagged, sizeof tagged);
		if (value == NULL)
			continue;
		n = p.start - copied;
		if (used + n >= outsize)
			n = outsize - used - 1;
		memcpy(out + used, text + copied, n);
		used += n;
		n = strlen(value);
		if (used + n >= outsize)
			n = outsize - used - 1;
		memcpy(out + used, value, n);
		used += n;
		copied = p.end;
	}
	{
		size_t n = strlen(text + copied);

		if (used + n >= outsize)
			n = outsize - used - 1;
		memcpy(out + used, text + copied, n);
		used += n;
	}
	out[used] = '\0';
}

/* How many bytes placeholder_expand writes for text, without the NUL. */
static size_t
expanded_length(const struct content *c, const char *text)
{
	size_t pos = 0, copied = 0, total = 0;
	struct placeholder p;
	int found;

	while ((found = placeholder_next(text, &pos, &p)) != 0) {
		const char *value;
		char tagged[1024];

		if (found < 0) {
			pos = (size_t)(strchr(text + pos, '{') - text) + 1;
			continue;
		}
		value = placeholder_text(c, &p, tagged, sizeof tagged);
		if (value == NULL)
			continue;
		total += p.start - copied + strlen(value);
		copied = p.end;
	}
	return total + strlen(text + copied);
}

char *
placeholder_expand_dup(const struct content *c, const char *text)
{
	size_t size = expanded_length(c, text) + 1;
	char *out = xmalloc(size);

	placeholder_expand(c, text, out, size);
	return out;
}
