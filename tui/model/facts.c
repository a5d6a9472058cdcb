#include <config.h>

#include <stdio.h>

#include "facts.h"

static void
one(struct fact_ref *r, const struct provenance *p,
    void (*fn)(const struct fact_ref *, void *), void *data)
{
	if (p->source == NULL)
		return;
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
			snprintf(r.field, sizeof r.field, "contacts[%zu].checked", k);
			one(&r, &h->contacts[k].checked, fn, data);
			snprintf(r.field, sizeof r.field, "contacts[%zu].hours_checked", k);
			one(&r, &h->contacts[k].hours_checked, fn, data);
		}
		snprintf(r.field, sizeof r.field, "what_happens_checked");
		one(&r, &h->what_happens_checked, fn, data);
	}
	r.file = c->file_names[FILE_STEPS];
	for (size_t i = 0; i < c->nagencies; i++) {
		r.id = c->agencies[i].id;
		snprintf(r.field, sizeof r.field, "checked");
		one(&r, &c->agencies[i].checked, fn, data);
	}
}
