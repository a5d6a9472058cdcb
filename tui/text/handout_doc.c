/* The handout and the checklist, built once for every renderer. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/clock.h"
#include "model/utf8.h"
#include "sys/i18n.h"
#include "sys/lang.h"
#include "model/contact_choice.h"
#include "text/contact_text.h"
#include "text/filter_text.h"
#include "text/handout_doc.h"
#include "text/origin_text.h"
#include "model/plan.h"
#include "model/xalloc.h"
#include "text/step_marks.h"
#include "text/help_now.h"
#include "text/hours_text.h"

#define HANDOUT_TEXT_MAX 4096

/* A sanitized copy of text in the arena. */
static const char *
keep(struct arena *a, const char *text)
{
	char clean[HANDOUT_TEXT_MAX];

	return arena_strdup(a, sanitize_text(text, clean, sizeof clean));
}

static const char *
keepf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static const char *
keepf(struct arena *a, const char *fmt, ...)
{
	char buf[HANDOUT_TEXT_MAX];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return keep(a, buf);
}

static const char *
keep_msgid(struct arena *a, const struct content *c, const char *msgid)
{
	char buf[HANDOUT_TEXT_MAX];

	content_text(c, msgid, buf, sizeof buf);
	return keep(a, buf);
}

const char *
handout_title(struct arena *a, const char *heading)
{
	/* TRANSLATORS: a printout's title: its heading, then the program's
	 * name, written so that it does not read as a word of the language
	 * (in Finnish "tuki" alone reads as the noun "support"). */
	return keepf(a, _("%s \xe2\x80\x94 tuki"), heading);
}

const char *
handout_printed_line(struct arena *a, time_t now)
{
	char today[32];

	date_text(clock_today(now), today, sizeof today);
	/* TRANSLATORS: under the title of a printout: the language it is
	 * written in, said as this language says it ("Suomeksi", "På svenska"),
	 * then the date. */
	return keepf(a, _("In English \xc2\xb7 printed %s"), today);
}

/* ---- the helpline list ---- */

struct checked_range
handout_checked_range(const struct helpline *const *list, size_t n)
{
	struct checked_range r = { { 9999, 12, 31 }, { 0, 1, 1 } };

	/* Every contact's own date, and its hours' where they were read apart. */
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < list[i]->ncontacts; k++) {
			const struct contact *ct = &list[i]->contacts[k];
			struct date d[2] = { ct->checked.checked, ct->hours_checked.checked };
			int nd = ct->hours_checked.source != NULL ? 2 : 1;

			for (int j = 0; j < nd; j++) {
				if (date_days_between(d[j], r.oldest) > 0)
					r.oldest = d[j];
				if (date_days_between(r.newest, d[j]) > 0)
					r.newest = d[j];
			}
		}
	return r;
}

static const char *
contact_label(enum contact_kind kind)
{
	switch (kind) {
	/* TRANSLATORS: labels in the printed list; keep them at most 6 columns. */
	case CONTACT_PHONE: return _("Phone");
	case CONTACT_CHAT: return _("Chat");
	default: return _("Web");
	}
}

struct hours_collect {
	struct arena *arena;
	const char *lines[16];
	size_t n;
};

static void
collect_hours(const char *line, void *data)
{
	struct hours_collect *h = data;

	if (h->n < sizeof h->lines / sizeof h->lines[0])
		h->lines[h->n++] = keep(h->arena, line);
}

static void
build_contact(struct handout_contact *out, struct arena *a, const struct content *c,
    const struct contact *ct)
{
	char langs[512] = "";

	for (size_t k = 0; k < ct->nlanguages; k++) {
		if (k > 0)
			strncat(langs, ", ", sizeof langs - strlen(langs) - 1);
		strncat(langs, gettext(ct->languages[k]->name.msgid), sizeof langs - strlen(langs) - 1);
	}
	out->kind = ct->kind;
	out->label = keep(a, contact_label(ct->kind));
	out->value = keep(a, ct->value);
	out->tag = NULL;
	if (ct->kind != CONTACT_PHONE) {
		/* The reader's page, and its language when it is another. */
		struct address_choice k = web_address_current(&ct->address);

		out->value = keep(a, k.url);
		out->tag = address_tag(k) != NULL ? keep(a, address_tag(k)) : NULL;
	}
	/* A site's languages are its pages: the tag says when one is another's. */
	out->languages = keep(a, ct->kind == CONTACT_WEB ? "" : langs);
	/* A web address has no hours: it is there any time. */
	if (ct->kind != CONTACT_WEB) {
		struct hours_collect h = { .arena = a };

		if (ct->hours.kind == HOURS_UNKNOWN) {
			/* On paper the short badge is enough; the screen explains more. */
			out->hours_unknown = true;
			collect_hours(_("check the hours"), &h);
		} else {
			hours_lines(&ct->hours, collect_hours, &h);
		}
		out->hours = arena_alloc(a, (h.n + 1) * sizeof *out->hours);
		memcpy(out->hours, h.lines, h.n * sizeof *h.lines);
		out->nhours = h.n;
	}
	if (ct->note.msgid != NULL)
		out->note = keep_msgid(a, c, ct->note.msgid);
}

/* The header gives the range of dates once; an entry names its own date
 * only when it is more than a year old, so the reader knows to check it. */
#define HANDOUT_STALE_DAYS 365

static void
build_entry(struct handout_entry *e, struct arena *a, const struct content *c,
    const struct helpline *h, const struct language *reader, time_t now)
{
	/* The contact the screen shows this reader first, as the screen's page does. */
	struct contact_choice shown = helpline_contact_for(h, reader, now);
	size_t first = shown.contact != NULL ? (size_t)(shown.contact - h->contacts) : 0;
	struct local_time today = helsinki_time(now);
	struct date oldest = helpline_oldest_check(h);
	char date[32];

	e->name = keep_msgid(a, c, h->name.msgid);
	e->emergency = h->emergency;
	e->origin = helpline_origin_label(h) != NULL ? keep(a, helpline_origin_label(h)) : NULL;
	e->contacts = arena_alloc(a, (h->ncontacts + 1) * sizeof *e->contacts);
	for (size_t n = 0; n < h->ncontacts; n++) {
		size_t i = n == 0 ? first : n <= first ? n - 1 : n;

		build_contact(&e->contacts[n], a, c, &h->contacts[i]);
	}
	e->ncontacts = h->ncontacts;
	/* "Not anonymous" could make someone in danger hesitate to call 112. */
	e->anonymous = keep(a, h->emergency && h->anonymous == ANONYMOUS_NO ? ""
	    : h->anonymous == ANONYMOUS_YES ? _("Anonymous.")
	    : h->anonymous == ANONYMOUS_NO ? _("Not anonymous.")
	    : _("Ask whether you can stay anonymous."));
	e->cost = keep(a, h->cost == COST_FREE ? _("Free of charge.")
	    : h->cost == COST_CALL_PRICE ? _("Normal call charge.")
	    : _("Cost: check the service's own site."));
	e->you_could_say = NULL;
	if (h->you_could_say.msgid != NULL) {
		char *said = content_text_dup(c, h->you_could_say.msgid);

		/* TRANSLATORS: on the printed list, before a sentence a person could say. */
		e->you_could_say = keepf(a, _("You could begin: %s"), said);
		free(said);
	}
	e->checked = NULL;
	if (date_days_between(oldest, (struct date){ today.year, today.month, today.day })
	    > HANDOUT_STALE_DAYS) {
		date_text(oldest, date, sizeof date);
		e->checked = keepf(a, _("Checked on %s"), date);
	}
}

/* The emergency number's phone for the box; "112" if none is listed. */
static const char *
emergency_number(const struct content *c)
{
	for (size_t i = 0; i < c->nhelplines; i++) {
		const struct contact *phone = helpline_contact(&c->helplines[i], CONTACT_PHONE);

		if (c->helplines[i].emergency && phone != NULL)
			return phone->value;
	}
	return "112";
}

/* "This list shows 3 of 15 services: anonymous only; open now." or NULL. */
static const char *
shown_line(struct arena *a, const struct content *c, const struct helpline_filter *f,
    size_t listed)
{
	char shown[512];

	if (filter_is_empty(f))
		return NULL;
	/* TRANSLATORS: the plural follows the first number, the services listed. */
	snprintf(shown, sizeof shown, P_("This list shows %zu service of %zu:",
	    "This list shows %zu of %zu services:", listed), listed, c->nhelplines);
	if (f->anonymous_only)
		snprintf(shown + strlen(shown), sizeof shown - strlen(shown), " %s;", _("anonymous only"));
	if (f->open_now)
		snprintf(shown + strlen(shown), sizeof shown - strlen(shown), " %s;", _("open now"));
	if (f->topic != NULL)
		snprintf(shown + strlen(shown), sizeof shown - strlen(shown), " %s;",
		    gettext(f->topic->label.msgid));
	if (f->language != NULL) {
		char words[96];

		filter_language_text(f->language, words, sizeof words);
		snprintf(shown + strlen(shown), sizeof shown - strlen(shown), " %s;", words);
	}
	if (f->search != NULL && f->search[0] != '\0') {
		char *s = sanitize_dup(f->search);

		snprintf(shown + strlen(shown), sizeof shown - strlen(shown), " ");
		snprintf(shown + strlen(shown), sizeof shown - strlen(shown), _("search: %s"), s);
		snprintf(shown + strlen(shown), sizeof shown - strlen(shown), ";");
		free(s);
	}
	shown[strlen(shown) - 1] = '.';
	return keep(a, shown);
}

void
handout_build(struct handout *out, const struct content *c, const struct helpline_filter *filter,
    time_t now, enum lang lang)
{
	struct helpline_filter f = *filter;
	struct arena *a = &out->arena;
	const struct helpline **list;
	const struct agency *guide;
	char date[32];
	size_t listed;

	memset(out, 0, sizeof *out);
	f.now = now;
	f.reader = content_reader_language(c, lang_code(lang));
	list = arena_alloc(a, (c->nhelplines + 1) * sizeof *list);
	listed = helplines_listed(c, &f, list);
	out->heading = keep(a, _("Helplines and support"));
	out->title = handout_title(a, out->heading);
	out->meta = handout_printed_line(a, now);
	out->emergency_number = keep(a, emergency_number(c));
	out->danger = keepf(a, _("In immediate danger, call %s."), out->emergency_number);
	help_now_crisis(&out->crisis, c, lang);
	out->range = handout_checked_range(list, listed);
	date_text(out->range.oldest, date, sizeof date);
	if (date_days_between(out->range.oldest, out->range.newest) > 0) {
		char newest[32];

		date_text(out->range.newest, newest, sizeof newest);
		/* TRANSLATORS: under the title of the printed list: the oldest and newest check. */
		out->checked = keepf(a, _("Every number and opening time on this list was "
		    "checked between %1$s and %2$s. Times are Finnish time; hours may differ on "
		    "public holidays."), date, newest);
	} else {
		out->checked = keepf(a, _("Every number and opening time on this list was "
		    "checked on %s or later. Times are Finnish time; hours may differ on public "
		    "holidays."), date);
	}
	out->shown = shown_line(a, c, &f, listed);
	/* Grouped by need as on screen (talk now; report and block; advice),
	 * 112 first; a need with nothing listed has no heading. */
	out->groups = arena_alloc(a, NEED_COUNT * sizeof *out->groups);
	out->ngroups = 0;
	for (int n = 0; n < NEED_COUNT; n++) {
		struct handout_group *grp = &out->groups[out->ngroups];

		grp->entries = arena_alloc(a, (listed + 1) * sizeof *grp->entries);
		grp->nentries = 0;
		for (size_t i = 0; i < listed; i++)
			if ((int)list[i]->need == n)
				build_entry(&grp->entries[grp->nentries++], a, c, list[i], f.reader, now);
		if (grp->nentries > 0) {
			grp->title = keep(a, _(need_title((enum need)n)));
			out->ngroups++;
		}
	}
	guide = content_agency(c, HANDOUT_GUIDE_ID);
	if (guide != NULL && agency_web(guide, lang) != NULL) {
		/* TRANSLATORS: heading before the official guide's address on the printed list. */
		out->guide_title = keep(a, _("Read more"));
		out->guide_name = keep_msgid(a, c, guide->name.msgid);
		out->guide_web = keep(a, agency_web(guide, lang));
		out->guide_tag = address_tag(web_address_for(&guide->web, (int)lang)) != NULL
		    ? keep(a, address_tag(web_address_for(&guide->web, (int)lang))) : NULL;
	}
	/* TRANSLATORS: heading of the space left for a person's own notes on paper. */
	out->notes_title = keep(a, _("Notes"));
	out->notes_hint = keep(a, _("Who I called, when, what they said, a reference number."));
}

void
handout_free(struct handout *h)
{
	doc_free(&h->crisis);
	arena_free(&h->arena);
	memset(h, 0, sizeof *h);
}

/* ---- the checklist ---- */

static const char **
keep_texts(struct arena *a, const struct content *c, const struct text *texts, size_t n)
{
	const char **out = arena_alloc(a, (n + 1) * sizeof *out);

	for (size_t i = 0; i < n; i++)
		out[i] = keep_msgid(a, c, texts[i].msgid);
	return out;
}

static const struct progress_mark *
mark_of(const struct progress *p, const char *id)
{
	for (size_t k = 0; k < p->n; k++)
		if (strcmp(p->marks[k].id, id) == 0)
			return &p->marks[k];
	return NULL;
}

static void
build_step(struct checklist_step *out, struct arena *a, const struct content *c,
    const struct progress *p, const struct step *s, enum lang lang, time_t now)
{
	const struct language *language = content_reader_language(c, lang_code(lang));

	const struct progress_mark *m = mark_of(p, s->id);

	out->title = keep_msgid(a, c, s->title.msgid);
	out->state = progress_state(p, s->id);
	if (m != NULL && out->state != STEP_TO_DO) {
		char date[32];

		date_text(m->date, date, sizeof date);
		out->marked = keepf(a, _("Marked on %s"), date);
		out->date = keep(a, date);
	}
	out->why = keep_texts(a, c, s->why, s->nwhy);
	out->nwhy = s->nwhy;
	out->how = keep_texts(a, c, s->how, s->nhow);
	out->nhow = s->nhow;
	if (s->agency != NULL) {
		out->agency = keep_msgid(a, c, s->agency->name.msgid);
		out->agency_phone = s->agency->phone ? keep(a, s->agency->phone) : NULL;
		out->agency_web = agency_web(s->agency, lang) ? keep(a, agency_web(s->agency, lang)) : NULL;
		out->agency_web_tag = address_tag(web_address_for(&s->agency->web, (int)lang)) != NULL
		    ? keep(a, address_tag(web_address_for(&s->agency->web, (int)lang))) : NULL;
	}
	out->where = arena_alloc(a, (s->nhelplines + 1) * sizeof *out->where);
	for (size_t i = 0; i < s->nhelplines; i++) {
		const struct helpline *h = s->helplines[i];
		/* The line the screen's step page gives this reader (contact_choice.h),
		 * and the language it answers in when it is another. */
		struct contact_choice k = helpline_contact_for(h, language, now);
		const struct contact *phone = k.contact != NULL && k.contact->kind == CONTACT_PHONE
		    ? k.contact : NULL;
		char name[512];

		content_text(c, h->name.msgid, name, sizeof name);
		if (phone == NULL)
			out->where[i] = keep(a, name);
		else if (k.serves || h->emergency)
			out->where[i] = keepf(a, "%s: %s", name, phone->value);
		else
			out->where[i] = keepf(a, _("%s: %s (%s)"), name, phone->value,
			    contact_answers_in(h, phone));
	}
	out->nwhere = s->nhelplines;
}

void
checklist_build(struct checklist *out, const struct content *c, const struct progress *p,
    const struct plan_answers *plan, time_t now, enum lang lang)
{
	struct arena *a = &out->arena;
	size_t done, applicable, marked;

	memset(out, 0, sizeof *out);
	progress_count(p, c, &done, &applicable, &marked);
	out->heading = keep(a, _("Steps to protect yourself"));
	out->title = handout_title(a, out->heading);
	out->meta = handout_printed_line(a, now);
	out->count = keepf(a, P_("%zu of %zu done", "%zu of %zu done", applicable), done,
	    applicable);
	{
		char *legend = step_marks_legend();

		out->legend = keep(a, legend);
		free(legend);
	}
	if (plan != NULL && plan->answered) {
		/* One group in the plan's order; never the answers or the reasons. */
		struct plan_entry *order = xcalloc(c->nsteps + 1, sizeof *order);
		size_t n = plan_order(c, plan, order);
		struct checklist_group *grp = &out->groups[0];

		/* TRANSLATORS: the heading of the printed checklist after the plan's
		 * questions; it must not hint at the answers (the printer may be shared). */
		grp->title = keep(a, _("Ordered for your situation"));
		grp->steps = arena_alloc(a, (n + 1) * sizeof *grp->steps);
		for (size_t i = 0; i < n; i++)
			build_step(&grp->steps[grp->nsteps++], a, c, p, order[i].step, lang, now);
		free(order);
	} else {
		for (int g = 0; g < GROUP_COUNT; g++) {
			struct checklist_group *grp = &out->groups[g];

			grp->title = keep(a, _(step_group_title((enum step_group)g)));
			grp->steps = arena_alloc(a, (c->nsteps + 1) * sizeof *grp->steps);
			for (size_t i = 0; i < c->nsteps; i++)
				if ((int)c->steps[i].group == g)
					build_step(&grp->steps[grp->nsteps++], a, c, p, &c->steps[i], lang, now);
		}
	}
	/* TRANSLATORS: on the printed checklist, before a line to write a date on. */
	out->done_on = keep(a, _("Done on"));
	/* TRANSLATORS: on the printed checklist, before a line for e.g. the police report's number. */
	out->reference = keep(a, _("Reference number"));
	{
		/* One copy of each heading, shared by every step and renderer. */
		const char *why = keep(a, _("Why it matters")), *how = keep(a, _("How to do it"));
		const char *who = keep(a, _("More information")), *where = keep(a, _("Where to get help"));

		for (int g = 0; g < GROUP_COUNT; g++)
			for (size_t i = 0; i < out->groups[g].nsteps; i++) {
				struct checklist_step *s = &out->groups[g].steps[i];

				s->done_on_label = out->done_on;
				s->reference_label = out->reference;
				s->why_label = why;
				s->how_label = how;
				s->who_label = who;
				s->where_label = where;
			}
	}
	out->notes_title = keep(a, _("Notes"));
	out->notes_hint = keep(a, _("Who I called, when, what they said, a reference number."));
}

void
checklist_free(struct checklist *l)
{
	arena_free(&l->arena);
	memset(l, 0, sizeof *l);
}
