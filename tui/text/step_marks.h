/*
 * The step tracker's marks, in one place for the steps screen, plain mode
 * and print: each state as a mark that reads without colour ("[ ]", "[x]",
 * "[-]") and as words in the current language; and the standard order as
 * a plain list of steps, from model/plan.c.
 */
#ifndef TUKI_TEXT_STEP_MARKS_H
#define TUKI_TEXT_STEP_MARKS_H

#include <stddef.h>

#include "model/content.h"
#include "model/progress.h"

/* Fills out (room for c->nsteps) with the steps in the standard order (the
 * plan's without answers: by group, then file order); returns how many. */
size_t steps_in_order(const struct content *c, const struct step **out);

/* "[ ]", "[x]" or "[-]": the same in every language. */
const char *step_mark(enum step_state state);

/* "to do", "done", "does not apply" in the current language. */
const char *step_state_words(enum step_state state);

/* "[ ] to do   [x] done   [-] does not apply" in the current language; free it. */
char *step_marks_legend(void);

#endif
