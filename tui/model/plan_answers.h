/* The answers and the conditions on them, for content.h and plan.h. */
#ifndef TUKI_MODEL_PLAN_ANSWERS_H
#define TUKI_MODEL_PLAN_ANSWERS_H

#include <stdbool.h>
#include <stddef.h>

/* In the order they are asked: whom the plan is for comes first, so the
 * other questions can ask about that person. */
enum plan_question {
	PLAN_FOR_OTHER,     /* for yourself or for someone else? */
	PLAN_THREAT,        /* is someone threatening to publish, or asking for money? */
	PLAN_MISUSED,       /* has the data already been misused? */
	PLAN_LEAKED,        /* what may have leaked (several answers) */
	PLAN_MINOR,         /* under 18? */
	PLAN_QUESTION_COUNT
};

/* question=answer, answer an index into the question's answers. */
struct plan_condition {
	unsigned char question, answer;
};

enum plan_rank { RANK_URGENT, RANK_RELEVANT, RANK_NOT_RELEVANT, RANK_COUNT };

/* From steps.json: the conditions that put a step in each rank. */
struct step_relevance {
	struct plan_condition *when[RANK_COUNT];
	size_t nwhen[RANK_COUNT];
};

struct plan_answers {
	bool answered;                          /* false: skipped or not asked */
	unsigned chosen[PLAN_QUESTION_COUNT];   /* bit per answer */
};

#endif
