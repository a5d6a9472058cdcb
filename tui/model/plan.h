/*
 * A plan for one person's situation: a few optional questions, and the
 * step order their answers give.  The answers live only in memory (the
 * session); nothing here reads or writes a file.
 *
 * Content says per step which answers make it urgent, relevant or not
 * relevant ("relevance" in steps.json), as conditions "question=answer".
 */
#ifndef TUKI_MODEL_PLAN_H
#define TUKI_MODEL_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "plan_answers.h"

struct content;
struct step;

#define PLAN_MAX_ANSWERS 6

/* Each text has a second form for someone looking into this for another
 * person (NULL: the same words fit both). */
struct plan_answer_info {
	const char *id;         /* as in steps.json: "yes", "bank", ... */
	const char *label;      /* msgid */
	const char *reason;     /* msgid: "because someone is threatening you" */
	const char *label_other, *reason_other;
};

struct plan_question_info {
	const char *id;         /* as in steps.json: "threat", "leaked", ... */
	const char *text;       /* msgid */
	bool several;           /* any number of answers ("leaked") */
	size_t nanswers;
	struct plan_answer_info answers[PLAN_MAX_ANSWERS];
	const char *text_other;
	/* Where the cursor starts when nothing was answered: an answer that
	 * changes no advice, or "I am not sure", never "Yes". */
	unsigned start;
};

extern const struct plan_question_info plan_questions[PLAN_QUESTION_COUNT];

/* "threat=yes" into a condition; false if the question or answer is unknown. */
bool plan_parse_condition(const char *s, struct plan_condition *out);

bool plan_condition_holds(const struct plan_answers *a, struct plan_condition c);

/* True when the answers say the plan is for someone else. */
bool plan_for_other(const struct plan_answers *a);

/* The question's words, the answer's label and reason, for whom the plan is for (msgids). */
const char *plan_question_text(const struct plan_answers *a, enum plan_question q);
const char *plan_answer_label(const struct plan_answers *a, enum plan_question q, unsigned answer);
const char *plan_answer_reason(const struct plan_answers *a, enum plan_question q,
    unsigned answer);

/* Where a question's cursor starts: the earlier answer (the first of
 * several), else the question's start, so Enter alone never says "Yes". */
unsigned plan_start_answer(const struct plan_answers *a, enum plan_question q);

/* Chooses answer (or, for several, toggles it). */
void plan_choose(struct plan_answers *a, enum plan_question q, unsigned answer);
bool plan_chosen(const struct plan_answers *a, enum plan_question q, unsigned answer);

/* Where a step goes in the tailored list. */
enum plan_place { PLACE_URGENT, PLACE_RELEVANT, PLACE_OTHER, PLACE_NOT_RELEVANT };

struct plan_entry {
	const struct step *step;
	enum plan_place place;
	const char *reason;     /* msgid, NULL for the other steps */
};

/*
 * Every step exactly once: without answers (skipped or not asked) in the
 * standard order (by group, then file order); with answers the urgent
 * ones first, then the relevant ones, then the others, then those that do
 * not apply, each part in the standard order.  out holds c->nsteps
 * entries; returns how many were written (always c->nsteps).
 */
size_t plan_order(const struct content *c, const struct plan_answers *a, struct plan_entry *out);

/* True when a and the note's conditions agree (for wording per situation):
 * when holds and unless (may be NULL) does not. */
bool plan_note_applies(const struct plan_answers *a, const struct plan_condition *when,
    const struct plan_condition *unless);

#endif
