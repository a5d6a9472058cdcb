#include <config.h>

#include <string.h>

#include "contact_choice.h"
#include "local_text.h"
#include "sys/i18n.h"

bool
contact_serves(const struct contact *k, const struct language *language)
{
	if (language == NULL)
		return true;
	for (size_t i = 0; i < k->nlanguages; i++)
		if (k->languages[i] == language)
			return true;
	return false;
}

/* Lower is better: a phone before a chat, then open before closed. */
static int
rank(const struct contact *k, time_t now)
{
	int kind = k->kind == CONTACT_PHONE ? 0 : 2;

	return kind + (hours_open_at(&k->hours, now) ? 0 : 1);
}

static const struct contact *
best_of(const struct helpline *h, const struct language *language, bool web, time_t now)
{
	const struct contact *best = NULL;
	int best_rank = 0;

	for (size_t i = 0; i < h->ncontacts; i++) {
		const struct contact *k = &h->contacts[i];
		int r;

		if ((k->kind == CONTACT_WEB) != web || !contact_serves(k, language))
			continue;
		r = rank(k, now);
		if (best == NULL || r < best_rank) {
			best = k;
			best_rank = r;
		}
	}
	return best;
}

const struct language *
contact_shown_language(const struct helpline_filter *f)
{
	return f->language != NULL ? f->language : f->reader;
}

bool
helpline_open_for(const struct helpline *h, const struct language *language, time_t now)
{
	const struct contact *k = helpline_contact_for(h, language, now).contact;

	return k != NULL && (k->kind == CONTACT_WEB || hours_open_at(&k->hours, now));
}

struct contact_choice
helpline_contact_for(const struct helpline *h, const struct language *language, time_t now)
{
	struct contact_choice choice = { best_of(h, language, false, now), true };
	const struct contact *talk = best_of(h, NULL, false, now);

	/* A web page in the language does not beat a line a person can call:
	 * the line is shown, with the language it answers in. */
	if (choice.contact == NULL && talk == NULL)
		choice.contact = best_of(h, language, true, now);
	if (choice.contact == NULL) {
		choice.contact = talk != NULL ? talk : best_of(h, NULL, true, now);
		choice.serves = false;
	}
	return choice;
}

struct address_choice
web_address_for(const struct web_address *a, int lang)
{
	struct address_choice choice = { NULL, -1, true };
	int n = lang_list_count(), source = lang_list_source();

	if (lang < 0 || lang >= n)
		lang = source;
	if (a->same || web_address_url(a, lang) != NULL) {
		choice.url = web_address_url(a, lang);
		choice.lang = a->same ? -1 : lang;
		return choice;
	}
	/* The fallback order of inline local.d texts: the source language,
	 * then the list's order. */
	for (int k = -1; k < n; k++) {
		int l = k < 0 ? source : k;

		if (web_address_url(a, l) != NULL) {
			choice.url = web_address_url(a, l);
			choice.lang = l;
			choice.own = false;
			break;
		}
	}
	return choice;
}

/* The content whose languages say "in Finnish" ...: the last one loaded. */
static const struct language *tag_languages;
static size_t ntag_languages;

void
address_tags_from(const struct content *c)
{
	tag_languages = c->languages;
	ntag_languages = c->nlanguages;
}

void
address_tags_forget(const struct content *c)
{
	if (tag_languages == c->languages) {
		tag_languages = NULL;
		ntag_languages = 0;
	}
}

const char *
address_tag(struct address_choice choice)
{
	const char *code;

	if (choice.own || choice.url == NULL || choice.lang < 0 || choice.lang >= lang_list_count())
		return NULL;
	/* The content's "in" phrase of the page's language, as a phone line
	 * that speaks it is described; else the language's own name. */
	code = lang_list_code(choice.lang);
	for (size_t i = 0; i < ntag_languages; i++)
		if (strcmp(tag_languages[i].code, code) == 0 && tag_languages[i].in.msgid != NULL)
			return gettext(tag_languages[i].in.msgid);
	return lang_list_name(choice.lang);
}

struct address_choice
web_address_current(const struct web_address *a)
{
	return web_address_for(a, local_text_language());
}
