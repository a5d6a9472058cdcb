/* Which helplines the directory (and the printed list) shows. */
#ifndef TUKI_MODEL_FILTER_H
#define TUKI_MODEL_FILTER_H

#include <stdbool.h>
#include <time.h>

#include "content.h"

struct helpline_filter {
	bool anonymous_only;
	bool open_now;
	time_t now;                         /* for open_now */
	const struct topic *topic;          /* NULL: any */
	const struct language *language;    /* NULL: any */
	/* The reader's own language: with no language filter, open now asks
	 * whether the contact shown to them is open (model/contact_choice.c). */
	const struct language *reader;
	const char *search;                 /* NULL or "": no search */
	/* Translates a msgid for the search (the current language's text). */
	const char *(*translate)(const char *msgid);
};

/* Some contact of the helpline is open at now (in any language). */
bool helpline_open_at(const struct helpline *h, time_t now);

/* Every contact is a web service (a form that takes reports at any hour). */
bool helpline_web_only(const struct helpline *h);

bool helpline_matches(const struct helpline *h, const struct helpline_filter *f);

/*
 * The helplines f lets through, the emergency number first, then grouped
 * by need (enum need), in file order within a group; out must hold c->nhelplines pointers.  Returns how many.
 */
size_t helplines_listed(const struct content *c, const struct helpline_filter *f,
    const struct helpline **out);

/* t: no topic, then each topic in turn. */
void filter_next_topic(const struct content *c, struct helpline_filter *f);
/* l: any language, current (the reader's), then the others in file order. */
void filter_next_language(const struct content *c, struct helpline_filter *f,
    const struct language *current);

/* True when no filter narrows the list. */
bool filter_is_empty(const struct helpline_filter *f);

/* Case-insensitive substring search on UTF-8 text (towlower per character). */
bool text_contains(const char *haystack, const char *needle);

#endif
