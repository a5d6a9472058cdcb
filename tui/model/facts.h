/* Every dated fact in the content, for the checks of its age. */
#ifndef TUKI_MODEL_FACTS_H
#define TUKI_MODEL_FACTS_H

#include "content.h"

#define FACTS_STALE_DAYS 365

/* What a dated fact is about (the fact-check sheet lays each out its own way). */
enum fact_kind {
	FACT_CONTACT,           /* a contact: its number or address, languages, hours */
	FACT_HOURS,             /* a contact's hours, read apart from the rest */
	FACT_CONTACT_PAGE,      /* one language's page of a chat or web contact */
	FACT_FURTHER_READING,   /* one language's page of a "read more" link */
	FACT_WHAT_HAPPENS,      /* what happens when you get in touch */
	FACT_AGENCY,            /* a step's organisation: name, phone, what to do */
	FACT_AGENCY_PAGE,       /* one language's page of an organisation */
};

/* A fact's date and page, and where an editor finds it. */
struct fact_ref {
	const char *file;           /* helplines.json, steps.json or a local.d file */
	const char *id;             /* the helpline or agency */
	char field[64];             /* "contacts[0].checked", "checked", ... */
	const struct provenance *p;
	enum fact_kind kind;
	const struct helpline *helpline;    /* NULL for an organisation's fact */
	const struct contact *contact;      /* a contact's facts, else NULL */
	const struct agency *agency;        /* an organisation's facts, else NULL */
	const struct web_address *address;  /* a page's address, else NULL */
	int lang;                   /* a page's language (lang_list.h), else -1 */
};

/* Calls fn for each fact that has a date (contacts, their hours, what
 * happens when you call, agencies), in file order. */
void content_each_fact(const struct content *c,
    void (*fn)(const struct fact_ref *fact, void *data), void *data);

#endif
