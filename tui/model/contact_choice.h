/*
 * Which contact of a helpline to show a person who reads a given language,
 * at a given instant: the directory row, Help now and the detail view all
 * ask here, so no screen shows a line in a language it does not answer in
 * without knowing it.
 */
#ifndef TUKI_MODEL_CONTACT_CHOICE_H
#define TUKI_MODEL_CONTACT_CHOICE_H

#include <stdbool.h>
#include <time.h>

#include "content.h"
#include "filter.h"

struct contact_choice {
	const struct contact *contact;  /* NULL only when the helpline has none */
	bool serves;                    /* contact answers in the language asked for */
};

/* True when k lists language (a NULL language is served by every contact). */
bool contact_serves(const struct contact *k, const struct language *language);

/*
 * The contact to show: a phone or chat that serves language (a phone
 * first, and of each kind one open at now first); a web service in the
 * language only when the helpline has no line to call or write to.  When
 * nothing serves the language, the best line in any language, with serves
 * false so the caller says which language it answers in.
 */
struct contact_choice helpline_contact_for(const struct helpline *h,
    const struct language *language, time_t now);

/* The page of a web address a reader sees (a web or chat contact, an
 * agency's page, a "read more" link). */
struct address_choice {
	const char *url;            /* NULL only when the address has none */
	int lang;                   /* that page's language (lang_list.h); -1: the same in every language */
	bool own;                   /* the reader's own language, or the same for every one */
};

/*
 * The page for a reader of lang (an index into the language list, as enum
 * lang; anything else reads as the source language): the reader's own, else
 * the next in the fallback order (the source, then the list), as inline
 * local.d texts do.
 * Every screen, plain mode, the printouts and their QR codes ask here.
 */
struct address_choice web_address_for(const struct web_address *a, int lang);

/* "in Finnish" ... for a page shown to a reader of another language: the
 * "in" phrase of the page's language in the content last loaded (else the
 * language's own name); NULL for the reader's own page. */
const char *address_tag(struct address_choice choice);

/* Where address_tag() finds the phrases: content_load() calls the first,
 * content_free() the second. */
void address_tags_from(const struct content *c);
void address_tags_forget(const struct content *c);

/* The page the current language's reader sees (local_text.h's language). */
struct address_choice web_address_current(const struct web_address *a);

/* The language whose contacts a person is shown: the directory's language
 * filter, else their own (f->reader). */
const struct language *contact_shown_language(const struct helpline_filter *f);

/*
 * Open now as the person sees it: the contact chosen for language is open
 * at now (a web service at any hour).  A line whose number for the reader
 * has unconfirmed hours is not open, even when another language's is.
 */
bool helpline_open_for(const struct helpline *h, const struct language *language, time_t now);

#endif
