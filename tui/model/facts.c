#include <config.h>

#include <stdio.h>

#include "facts.h"

/* The field name is formatted only for a fact that is there: most contacts
 * have no hours_checked, and the snprintf for every one was 2 % of loading. */
#define NOT_A_CONTACT ((size_t)-1)

static void
one(struct fact_ref *r, const struct provenance *p, size_t contact, const char *field,
    void (*fn)(const struct fact_ref *, void *), void *data)
{
	if (p->source == NULL)
		return;
	if (contact != NOT_A_CONTACT)
		snprintf(r->field, sizeof r->field, "contacts[%zu].%s", contact, field);
	else
		snprintf(r->field, sizeof r->field, "%s", field);
	r->p = p;
	fn(r, data);
}

void
content_each_fact(const struct content *c,
    void (*fn)(const struct fact_ref *fact, void *data), void *data)
{
	struct fact_ref r;

	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];

		/* A centre's entry is named by its own local.d file. */
		r.file = h->local_file != NULL ? h->local_file : c->file_names[FILE_HELPLINES];
		r.id = h->id;
		for (size_t k = 0; k < h->ncontacts; k++) {
			one(&r, &h->contacts[k].checked, k, "checked", fn, data);
			one(&r, &h->contacts[k].hours_checked, k, "hours_checked", fn, data);
		}
		one(&r, &h->what_happens_checked, NOT_A_CONTACT, "what_happens_checked", fn, data);
	}
	r.file = c->file_names[FILE_STEPS];
	for (size_t i = 0; i < c->nagencies; i++) {
		r.id = c->agencies[i].id;
		one(&r, &c->agencies[i].checked, NOT_A_CONTACT, "checked", fn, data);
	}
}
