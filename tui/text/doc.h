/*
 * A document ready to show: content translated into the current language,
 * placeholders filled in and everything sanitized.  Curses screens, plain
 * mode and the printer all lay out the same documents.
 */
#ifndef TUKI_DOC_H
#define TUKI_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "model/content.h"
#include "sys/lang.h"

enum doc_style {
	DOC_TITLE,
	DOC_HEADING,
	DOC_PARAGRAPH,
	DOC_ITEM,       /* a list item, drawn with a bullet */
	DOC_NOTE,       /* a gentle aside, e.g. "you can stop at any time" */
	DOC_LABEL,      /* "Label: value" lines in a detail view */
};

struct doc_block {
	enum doc_style style;
	char *text;     /* owned by the doc */
};

struct doc {
	struct doc_block *blocks;
	size_t n, cap;
	bool spoken;    /* for a voice (plain mode): set before building */
};

/* Appends already-translated text (it is sanitized here). */
void doc_add(struct doc *d, enum doc_style style, const char *text);
void doc_addf(struct doc *d, enum doc_style style, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Appends a content msgid: translated, placeholders filled, sanitized. */
void doc_add_msgid(struct doc *d, enum doc_style style, const struct content *c,
    const char *msgid);

void doc_free(struct doc *d);

/* Translates a msgid from content and fills its placeholders into out. */
void content_text(const struct content *c, const char *msgid, char *out, size_t outsize);
/* The same, allocated to fit (never cut); free it. */
char *content_text_dup(const struct content *c, const char *msgid);

/* The agency's page for a reader of lang (contact_choice.h), NULL when none. */
const char *agency_web(const struct agency *a, enum lang lang);

void doc_page(struct doc *d, const struct content *c, const struct page *p);
void doc_step(struct doc *d, const struct content *c, const struct step *s, enum lang lang);

/* What happens when you get in touch and how you could begin (either NULL). */
void doc_call_guide(struct doc *d, const struct content *c, const char *what_happens,
    const char *you_could_say);

/* doc_step in two parts, so a caller can put the plan's notes under the title;
 * numbered: the helplines numbered from 1 (where a digit opens them); lang: the
 * reader's, for the agency's address and the helplines' contacts; answers
 * (NULL: none) say whether someone helping reads it, for how a call begins;
 * now picks the contact as the directory does. */
void doc_step_body(struct doc *d, const struct content *c, const struct step *s,
    bool numbered, enum lang lang, const struct plan_answers *answers, time_t now);
/* The step's wording for the person's situation (notes whose condition holds). */
void doc_step_notes(struct doc *d, const struct content *c, const struct step *s,
    const struct plan_answers *answers);
/* A helpline's page: its header gives the status of the contact shown for
 * language (model/contact_choice.c), as the directory's row does, and that
 * contact comes first.  Spoken (d->spoken): what happens when you get in
 * touch comes first (after the status), hours and dates are in words, and
 * the dates are said once. */
void doc_helpline(struct doc *d, const struct content *c, const struct helpline *h,
    const struct language *language, time_t now);

#endif
