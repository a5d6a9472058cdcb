#include <config.h>

#include "sys/i18n.h"
#include "model/clock.h"
#include "model/facts.h"
#include "text/hours_text.h"
#include "text/stale_facts.h"

struct stale {
	struct doc *d;
	struct date today;
	int found;
};

static void
add_if_stale(const struct fact_ref *r, void *data)
{
	struct stale *s = data;
	char date[64];

	if (date_days_between(r->p->checked, s->today) <= FACTS_STALE_DAYS)
		return;
	date_text(r->p->checked, date, sizeof date);
	/* TRANSLATORS: the staff's list: a file, an entry's id, the field
	 * (left in English, as in the file) and the date it was last checked. */
	doc_addf(s->d, DOC_ITEM, _("%s: \"%s\" %s, last checked on %s"), r->file, r->id,
	    r->field, date);
	s->found++;
}

void
doc_stale_facts(struct doc *d, const struct content *c, time_t now)
{
	struct stale s = { d, clock_today(now), 0 };

	/* TRANSLATORS: a title on the kiosk's staff screen. */
	doc_add(d, DOC_TITLE, _("Facts that need checking"));
	doc_add(d, DOC_PARAGRAPH, _("These facts were last checked more than a year ago. "
	    "Read the page given as their source again, then update the date or correct "
	    "the fact in the file named here. tuki --check-content shows the same list."));
	content_each_fact(c, add_if_stale, &s);
	if (s.found == 0)
		doc_add(d, DOC_PARAGRAPH, _("Every fact was checked within the last year."));
}
