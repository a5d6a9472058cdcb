/* Walking and naming the loaded content. */
#include <config.h>

#include "sys/i18n.h"
#include "clock.h"
#include "content.h"

const struct contact *
helpline_contact(const struct helpline *h, enum contact_kind kind)
{
	for (size_t i = 0; i < h->ncontacts; i++)
		if (h->contacts[i].kind == kind)
			return &h->contacts[i];
	return NULL;
}

const struct provenance *
contact_hours_provenance(const struct contact *ct)
{
	return ct->hours_checked.source != NULL ? &ct->hours_checked : &ct->checked;
}

struct date
helpline_oldest_check(const struct helpline *h)
{
	struct date oldest = { 9999, 12, 31 };

	for (size_t i = 0; i < h->ncontacts; i++) {
		const struct provenance *p[2] = { &h->contacts[i].checked, &h->contacts[i].hours_checked };

		for (int k = 0; k < 2; k++)
			if (p[k]->source != NULL && date_days_between(p[k]->checked, oldest) > 0)
				oldest = p[k]->checked;
	}
	return oldest;
}

static void
each(const struct text *t, void (*fn)(const struct text *, void *), void *data)
{
	if (t->msgid != NULL)
		fn(t, data);
}

void
content_each_text(const struct content *c,
    void (*fn)(const struct text *text, void *data), void *data)
{
	for (size_t i = 0; i < c->npages; i++) {
		each(&c->pages[i].title, fn, data);
		for (size_t b = 0; b < c->pages[i].nblocks; b++)
			each(&c->pages[i].blocks[b].text, fn, data);
	}
	for (size_t i = 0; i < c->nagencies; i++)
		each(&c->agencies[i].name, fn, data);
	for (size_t i = 0; i < c->nsteps; i++) {
		const struct step *s = &c->steps[i];

		each(&s->title, fn, data);
		for (size_t k = 0; k < s->nwhy; k++)
			each(&s->why[k], fn, data);
		for (size_t k = 0; k < s->nhow; k++)
			each(&s->how[k], fn, data);
		for (size_t k = 0; k < s->nnotes; k++)
			each(&s->notes[k].text, fn, data);
		each(&s->you_could_say, fn, data);
		each(&s->you_could_say_for_other, fn, data);
	}
	for (size_t i = 0; i < c->nlanguages; i++) {
		each(&c->languages[i].name, fn, data);
		each(&c->languages[i].in, fn, data);
	}
	for (size_t i = 0; i < c->ntopics; i++)
		each(&c->topics[i].label, fn, data);
	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct helpline *h = &c->helplines[i];

		each(&h->name, fn, data);
		each(&h->description, fn, data);
		each(&h->audience, fn, data);
		for (size_t k = 0; k < h->ncontacts; k++)
			each(&h->contacts[k].note, fn, data);
		each(&h->what_happens, fn, data);
		each(&h->you_could_say, fn, data);
	}
}

const char *
section_title(enum section s)
{
	static const char *const titles[SECTION_COUNT] = {
		/* TRANSLATORS: home menu item 1, at most 34 columns. */
		N_("You are not alone"),
		/* TRANSLATORS: home menu item 2, at most 34 columns. */
		N_("Coping, day by day"),
		/* TRANSLATORS: home menu item 5, at most 34 columns. */
		N_("About tuki and your privacy"),
	};
	return titles[s];
}

const char *
need_title(enum need need)
{
	static const char *const titles[NEED_COUNT] = {
		/* TRANSLATORS: a group of helplines in the directory, at most 36 columns. */
		N_("Talk to someone now"),
		/* TRANSLATORS: a group of helplines in the directory, at most 36 columns. */
		N_("Report and block"),
		/* TRANSLATORS: a group of helplines in the directory, at most 36 columns. */
		N_("Advice and your rights"),
	};
	return titles[need];
}

const char *
step_group_title(enum step_group g)
{
	static const char *const titles[GROUP_COUNT] = {
		/* TRANSLATORS: a group of steps in the tracker. */
		N_("First"),
		/* TRANSLATORS: a group of steps in the tracker. */
		N_("Next"),
		/* TRANSLATORS: a group of steps in the tracker. */
		N_("When you can"),
	};
	return titles[g];
}
