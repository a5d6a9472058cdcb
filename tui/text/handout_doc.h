/*
 * The handout (the helpline list) and the checklist as structured
 * documents: translated, placeholders filled and sanitized, in the order a
 * reader meets them.  They know nothing about columns, pages or fonts; the
 * text, Markdown and PDF renderers in tui/render/ only lay them out.
 */
#ifndef TUKI_TEXT_HANDOUT_DOC_H
#define TUKI_TEXT_HANDOUT_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/arena.h"
#include "model/content.h"
#include "model/plan_answers.h"
#include "model/filter.h"
#include "model/progress.h"
#include "text/doc.h"

/* One way to reach a service: a phone number, a chat or a web address. */
struct handout_contact {
	enum contact_kind kind;
	const char *label;          /* "Phone", "Chat", "Web" */
	const char *value;          /* the number or the reader's address (for the QR code) */
	const char *tag;            /* "in English" after a page in another language, or NULL */
	const char *languages;      /* "Finnish, Swedish"; "" when none are listed */
	bool hours_unknown;         /* then hours[0] is the short "check the hours" */
	const char **hours;         /* "Mon–Fri 09:00–20:00"; none for a web address */
	size_t nhours;
	const char *note;           /* NULL when the contact has none */
};

struct handout_entry {
	const char *name;
	bool emergency;
	struct handout_contact *contacts;
	size_t ncontacts;
	const char *anonymous;      /* "Anonymous." */
	const char *cost;           /* "Free of charge." */
	const char *checked;        /* "Checked on 22.11.2026", or NULL: within the header's range and under a year old */
	const char *you_could_say;  /* "You could begin: ...", or NULL */
	const char *origin;         /* "added by this centre" (local.d), or NULL */
};

/* A run of entries under one heading (NULL: no heading of its own). */
struct handout_group {
	const char *title;
	struct handout_entry *entries;
	size_t nentries;
};

/* When the facts on a sheet were checked: the oldest and newest dates. */
struct checked_range {
	struct date oldest, newest;
};

struct handout {
	struct arena arena;
	const char *title;          /* "Helplines and support — tuki" */
	const char *heading;        /* "Helplines and support" */
	const char *meta;           /* "English · printed 25.11.2026" */
	const char *danger;         /* "In immediate danger, call 112." */
	const char *emergency_number;
	/* The crisis line for the reader's language, as Help now says it:
	 * a DOC_HEADING name, then DOC_LABEL lines. */
	struct doc crisis;
	struct checked_range range;
	const char *checked;        /* the sentence about the range, Finnish time, holidays */
	const char *shown;          /* "This list shows 3 of 15 services: …", or NULL */
	struct handout_group *groups;
	size_t ngroups;
	/* The official guide (Suomi.fi's data-leak guide), NULLs when the content has none. */
	const char *guide_title, *guide_name, *guide_web;
	const char *guide_tag;      /* "in English" when the guide is in another language, or NULL */
	const char *notes_title;    /* "Notes" */
	const char *notes_hint;     /* "Who I called, when, what they said, reference number" */
};

struct checklist_step {
	const char *title;
	enum step_state state;
	const char *marked;         /* "Marked on 25.11.2026", or NULL */
	const char *date;           /* "25.11.2026" when marked, or NULL */
	const char *done_on_label, *reference_label;    /* the checklist's, for each step */
	/* The small headings over why, how, who and where: "Why it matters" ... */
	const char *why_label, *how_label, *who_label, *where_label;
	const char **why, **how;
	size_t nwhy, nhow;
	const char *agency;         /* the organisation's name, or NULL */
	const char *agency_phone, *agency_web;  /* NULL when it has none */
	const char *agency_web_tag; /* "in English" for a page in another language, or NULL */
	const char **where;         /* "MIELI Crisis Helpline: 09 2525 0111" */
	size_t nwhere;
};

struct checklist_group {
	const char *title;
	struct checklist_step *steps;
	size_t nsteps;
};

struct checklist {
	struct arena arena;
	const char *title;          /* "Steps to protect yourself — tuki" */
	const char *heading;        /* "Steps to protect yourself" */
	const char *meta;
	const char *count;          /* "0 of 14 done" */
	const char *legend;         /* "[ ] to do   [x] done   [-] does not apply" */
	struct checklist_group groups[GROUP_COUNT];
	const char *done_on;        /* "done on" (a line to fill in follows) */
	const char *reference;      /* "reference number" */
	const char *notes_title, *notes_hint;
};

/* The oldest and newest check dates of the listed helplines: the one
 * place to change when dates are kept per contact. */
struct checked_range handout_checked_range(const struct helpline *const *list, size_t n);

/* The title of a printout ("Helplines and support — tuki"), in a. */
const char *handout_title(struct arena *a, const char *heading);
/* "In English · printed 25.11.2026" under the title of every printout, in a. */
const char *handout_printed_line(struct arena *a, time_t now);

/* The guide the handout points to, by its id in steps.json. */
#define HANDOUT_GUIDE_ID "suomi-fi-guide"

/* Builds the helpline list f lets through, at now, for a reader of lang (the
 * catalog in use must be lang's).  Free with handout_free(). */
void handout_build(struct handout *out, const struct content *c,
    const struct helpline_filter *f, time_t now, enum lang lang);
void handout_free(struct handout *h);

/* Builds the checklist with the marks in p, in the plan's order when plan
 * holds answers (the paper says only "ordered for your situation": a kiosk
 * printer is shared).  plan may be NULL.  Free with checklist_free(). */
void checklist_build(struct checklist *out, const struct content *c, const struct progress *p,
    const struct plan_answers *plan, time_t now, enum lang lang);
void checklist_free(struct checklist *l);

#endif
