#include <config.h>

#include <stdio.h>

#include "address_load.h"
#include "facts.h"

/* The field name is formatted only for a fact that is there: most contacts
 * have no hours_checked, and the snprintf for every one was 2 % of loading. */
static void
one(struct fact_ref *r, enum fact_kind kind, const struct provenance *p, const char *field,
    size_t k, void (*fn)(const struct fact_ref *, void *), void *data)
{
	if (p->source == NULL)
		return;
	snprintf(r->field, sizeof r->field, field, k);
	r->p = p;
	r->kind = kind;
	r->address = NULL;
	r->lang = -1;
	fn(r, data);
}

/* Each language's page of an address, read on its own day: "web.sv.checked". */
static void
address_facts(struct fact_ref *r, enum fact_kind kind, const struct web_address *a,
    const char *field, size_t k, void (*fn)(const struct fact_ref *, void *), void *data)
{
	char prefix[48];

	if (a->same)
		return;
	snprintf(prefix, sizeof prefix, field, k);
	for (int l = 0; l < lang_list_count(); l++) {
		if (a->url[l] == NULL)
			continue;
		snprintf(r->field, sizeof r->field, "%s.%s.checked", prefix,
		    address_language_code(l));
		r->p = &a->checked[l];
		r->kind = kind;
		r->address = a;
		r->lang = l;
		fn(r, data);
	}
}

void
content_each_fact(const struct content *c,
    void (*fn)(const struct fact_ref *fact, void *data), void *data)
{
	struct fact_ref r = { 0 };

	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];

		/* A centre's entry is named by its own local.d file. */
		r.file = h->local_file != NULL ? h->local_file : c->file_names[FILE_HELPLINES];
		r.id = h->id;
		r.helpline = h;
		r.agency = NULL;
		for (size_t k = 0; k < h->ncontacts; k++) {
			r.contact = &h->contacts[k];
			one(&r, FACT_CONTACT, &h->contacts[k].checked, "contacts[%zu].checked", k,
			    fn, data);
			one(&r, FACT_HOURS, &h->contacts[k].hours_checked,
			    "contacts[%zu].hours_checked", k, fn, data);
			address_facts(&r, FACT_CONTACT_PAGE, &h->contacts[k].address,
			    "contacts[%zu].value", k, fn, data);
		}
		r.contact = NULL;
		for (size_t k = 0; k < h->nfurther_reading; k++)
			address_facts(&r, FACT_FURTHER_READING, &h->further_reading[k],
			    "further_reading[%zu]", k, fn, data);
		one(&r, FACT_WHAT_HAPPENS, &h->what_happens_checked, "what_happens_checked", 0,
		    fn, data);
	}
	r.file = c->file_names[FILE_STEPS];
	r.helpline = NULL;
	r.contact = NULL;
	for (size_t i = 0; i < c->nagencies; i++) {
		r.id = c->agencies[i].id;
		r.agency = &c->agencies[i];
		one(&r, FACT_AGENCY, &c->agencies[i].checked, "checked", 0, fn, data);
		address_facts(&r, FACT_AGENCY_PAGE, &c->agencies[i].web, "web", 0, fn, data);
	}
}
