#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/doc.h"
#include "text/hours_text.h"
#include "sys/i18n.h"
#include "sys/lang.h"
#include "model/placeholder.h"
#include "model/utf8.h"

#define DOC_TEXT_MAX 4096

void
doc_add(struct doc *d, enum doc_style style, const char *text)
{
	char clean[DOC_TEXT_MAX];

	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 16;
		d->blocks = realloc(d->blocks, d->cap * sizeof *d->blocks);
		if (d->blocks == NULL)
			abort();
	}
	sanitize_text(text, clean, sizeof clean);
	d->blocks[d->n].style = style;
	d->blocks[d->n].text = strdup(clean);
	if (d->blocks[d->n].text == NULL)
		abort();
	d->n++;
}

void
doc_addf(struct doc *d, enum doc_style style, const char *fmt, ...)
{
	char buf[DOC_TEXT_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	doc_add(d, style, buf);
}

void
content_text(const struct content *c, const char *msgid, char *out, size_t outsize)
{
	placeholder_expand(c, gettext(msgid), out, outsize);
}

void
doc_add_msgid(struct doc *d, enum doc_style style, const struct content *c, const char *msgid)
{
	char buf[DOC_TEXT_MAX];

	content_text(c, msgid, buf, sizeof buf);
	doc_add(d, style, buf);
}

void
doc_free(struct doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		free(d->blocks[i].text);
	free(d->blocks);
	memset(d, 0, sizeof *d);
}

const char *
agency_web(const struct agency *a)
{
	enum lang lang = lang_current();

	if (lang == LANG_FI && a->web_fi != NULL)
		return a->web_fi;
	if (lang == LANG_SV && a->web_sv != NULL)
		return a->web_sv;
	return a->web;
}

void
doc_page(struct doc *d, const struct content *c, const struct page *p)
{
	static const enum doc_style styles[] = {
		[BLOCK_PARAGRAPH] = DOC_PARAGRAPH,
		[BLOCK_ITEM] = DOC_ITEM,
		[BLOCK_HEADING] = DOC_HEADING,
	};

	doc_add_msgid(d, DOC_TITLE, c, p->title.msgid);
	if (p->heavy)
		doc_add(d, DOC_NOTE, _("This page talks about hard things. You can stop "
		    "reading at any time: press Left to go back, or h for help right now."));
	for (size_t i = 0; i < p->nblocks; i++)
		doc_add_msgid(d, styles[p->blocks[i].kind], c, p->blocks[i].text.msgid);
}

void
doc_step(struct doc *d, const struct content *c, const struct step *s)
{
	char name[DOC_TEXT_MAX];

	doc_add_msgid(d, DOC_TITLE, c, s->title.msgid);
	doc_add(d, DOC_HEADING, _("Why it matters"));
	for (size_t i = 0; i < s->nwhy; i++)
		doc_add_msgid(d, DOC_PARAGRAPH, c, s->why[i].msgid);
	doc_add(d, DOC_HEADING, _("How to do it"));
	for (size_t i = 0; i < s->nhow; i++)
		doc_add_msgid(d, DOC_PARAGRAPH, c, s->how[i].msgid);
	if (s->agency != NULL) {
		content_text(c, s->agency->name.msgid, name, sizeof name);
		doc_add(d, DOC_HEADING, _("Who"));
		doc_add(d, DOC_PARAGRAPH, name);
		if (s->agency->phone != NULL)
			doc_addf(d, DOC_LABEL, _("Phone: %s"), s->agency->phone);
		if (s->agency->web != NULL)
			doc_addf(d, DOC_LABEL, _("Web: %s"), agency_web(s->agency));
	}
	if (s->nhelplines > 0) {
		doc_add(d, DOC_HEADING, _("Where to get help"));
		for (size_t i = 0; i < s->nhelplines; i++) {
			const struct contact *phone = helpline_contact(s->helplines[i], CONTACT_PHONE);

			content_text(c, s->helplines[i]->name.msgid, name, sizeof name);
			if (phone != NULL)
				doc_addf(d, DOC_ITEM, "%s: %s", name, phone->value);
			else
				doc_add(d, DOC_ITEM, name);
		}
	}
}

static const char *
cost_text(enum cost cost)
{
	switch (cost) {
	case COST_FREE:
		return _("Free of charge.");
	case COST_CALL_PRICE:
		return _("The service is free; your operator charges a normal call.");
	default:
		return _("Cost: check the service's own site.");
	}
}

static void
add_hours_line(const char *line, void *data)
{
	doc_addf(data, DOC_LABEL, "    %s", line);
}

void
doc_helpline(struct doc *d, const struct content *c, const struct helpline *h, time_t now)
{
	char buf[DOC_TEXT_MAX];

	doc_add_msgid(d, DOC_TITLE, c, h->name.msgid);
	helpline_status_text(h, now, buf, sizeof buf);
	doc_add(d, DOC_NOTE, buf);
	doc_add_msgid(d, DOC_PARAGRAPH, c, h->description.msgid);
	if (h->audience.msgid != NULL)
		doc_add_msgid(d, DOC_PARAGRAPH, c, h->audience.msgid);
	for (size_t i = 0; i < h->ncontacts; i++) {
		const struct contact *ct = &h->contacts[i];
		char langs[512] = "";

		for (size_t k = 0; k < ct->nlanguages; k++) {
			if (k > 0)
				strncat(langs, ", ", sizeof langs - strlen(langs) - 1);
			strncat(langs, gettext(ct->languages[k]->name.msgid),
			    sizeof langs - strlen(langs) - 1);
		}
		switch (ct->kind) {
		case CONTACT_PHONE:
			doc_addf(d, DOC_HEADING, _("Phone %s"), ct->value);
			break;
		case CONTACT_CHAT:
			doc_addf(d, DOC_HEADING, _("Chat %s"), ct->value);
			break;
		case CONTACT_WEB:
			doc_addf(d, DOC_HEADING, _("Web %s"), ct->value);
			break;
		}
		if (ct->kind != CONTACT_WEB) {
			doc_addf(d, DOC_LABEL, _("Languages: %s"), langs);
			hours_lines(&ct->hours, add_hours_line, d);
		}
		if (ct->note.msgid != NULL)
			doc_add_msgid(d, DOC_PARAGRAPH, c, ct->note.msgid);
	}
	doc_add(d, DOC_HEADING, _("Good to know"));
	doc_add(d, DOC_LABEL, h->anonymous == ANONYMOUS_YES ? _("You can stay anonymous.")
	    : h->anonymous == ANONYMOUS_NO ? _("This service is not anonymous.")
	    : _("Ask whether you can stay anonymous."));
	doc_add(d, DOC_LABEL, cost_text(h->cost));
	doc_add(d, DOC_LABEL, _("Hours may differ on public holidays."));
	date_text(h->verified, buf, sizeof buf);
	doc_addf(d, DOC_LABEL, _("Checked on %s"), buf);
	for (size_t i = 0; i < h->nsources; i++)
		doc_addf(d, DOC_LABEL, _("Source: %s"), h->sources[i]);
}
