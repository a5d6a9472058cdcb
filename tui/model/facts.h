/* Every dated fact in the content, for the checks of its age. */
#ifndef TUKI_MODEL_FACTS_H
#define TUKI_MODEL_FACTS_H

#include "content.h"

#define FACTS_STALE_DAYS 365

/* A fact's date and page, and where an editor finds it. */
struct fact_ref {
	const char *file;           /* helplines.json, steps.json or a local.d file */
	const char *id;             /* the helpline or agency */
	char field[64];             /* "contacts[0].checked", "checked", ... */
	const struct provenance *p;
};

/* Calls fn for each fact that has a date (contacts, their hours, what
 * happens when you call, agencies), in file order. */
void content_each_fact(const struct content *c,
    void (*fn)(const struct fact_ref *fact, void *data), void *data);

#endif
