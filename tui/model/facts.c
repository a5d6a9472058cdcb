#include <config.h>

#include <stdio.h>

#include "address_load.h"
#include "facts.h"

/* A fact's field: "name", or "list[k].name" for an element of a list
 * ("list[k]" when name is empty). */
static void
field_name(char *out, size_t size, const char *list, size_t k, const char *name)
{
	if (list != NULL)
		snprintf(out, size, "%s[%zu]%s%s", list, k, name[0] != '\0' ? "." : "", name);
	else
		snprintf(out, size, "%s", name);
}

/* The field name is formatted only for a fact that is there: most contacts
 * have no hours_checked, and the snprintf for every one was 2 % of loading. */
static void
one(struct fact_ref *r, enum fact_kind kind, const struct provenance *p, const char *list,
    size_t k, const char *name, void (*fn)(const struct fact_ref *, void *), void *data)
{
	if (p->source == NULL)
		return;
	field_name(r->field, sizeof r->field, list, k, name);
	r->p = p;
	r->kind = kind;
	r->address = NULL;
	r->lang = -1;
	fn(r, data);
}

/* Each language's page of an address, read on its own day: "web.sv.checked". */
static void
address_facts(struct fact_ref *r, enum fact_kind kind, const struct web_address *a,
    const char *list, size_t k, const char *name,
    void (*fn)(const struct fact_ref *, void *), void *data)
{
	char prefix[48];

	if (a->same)
		return;
	field_name(prefix, sizeof prefix, list, k, name);
	for (int l = 0; l < lang_list_count(); l++) {
		if (web_address_url(a, l) == NULL)
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
			one(&r, FACT_CONTACT, &h->contacts[k].checked, "contacts", k, "checked",
			    fn, data);
			one(&r, FACT_HOURS, &h->contacts[k].hours_checked,
			    "contacts", k, "hours_checked", fn, data);
			address_facts(&r, FACT_CONTACT_PAGE, &h->contacts[k].address,
			    "contacts", k, "value", fn, data);
		}
		r.contact = NULL;
		for (size_t k = 0; k < h->nfurther_reading; k++)
			address_facts(&r, FACT_FURTHER_READING, &h->further_reading[k],
			    "further_reading", k, "", fn, data);
		one(&r, FACT_WHAT_HAPPENS, &h->what_happens_checked, NULL, 0, "what_happens_checked",
		    fn, data);
	}
	r.file = c->file_names[FILE_STEPS];
	r.helpline = NULL;
	r.contact = NULL;
	for (size_t i = 0; i < c->nagencies; i++) {
		r.id = c->agencies[i].id;
		r.agency = &c->agencies[i];
		one(&r, FACT_AGENCY, &c->agencies[i].checked, NULL, 0, "checked", fn, data);
		address_facts(&r, FACT_AGENCY_PAGE, &c->agencies[i].web, NULL, 0, "web", fn, data);
	}
}
