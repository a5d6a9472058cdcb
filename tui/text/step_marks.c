#include <config.h>

#include <stdlib.h>

#include "sys/i18n.h"
#include "model/plan.h"
#include "model/xalloc.h"
#include "text/step_marks.h"

size_t
steps_in_order(const struct content *c, const struct step **out)
{
	/* The standard order is the plan's without answers (model/plan.c). */
	struct plan_entry *e = xcalloc(c->nsteps, sizeof *e);
	size_t n = plan_order(c, NULL, e);

	for (size_t i = 0; i < n; i++)
		out[i] = e[i].step;
	free(e);
	return n;
}

const char *
step_mark(enum step_state state)
{
	static const char *const marks[STEP_STATE_COUNT] = { "[ ]", "[x]", "[-]" };

	return state < STEP_STATE_COUNT ? marks[state] : marks[STEP_TO_DO];
}

const char *
step_state_words(enum step_state state)
{
	static const char *const words[STEP_STATE_COUNT] = {
		/* TRANSLATORS: a step's state; "[ ] to do" in the checklist's key. */
		N_("to do"),
		/* TRANSLATORS: a step's state; "[x] done" in the checklist's key. */
		N_("done"),
		/* TRANSLATORS: a step's state; "[-] does not apply" in the checklist's key. */
		N_("does not apply"),
	};

	return _(words[state < STEP_STATE_COUNT ? state : STEP_TO_DO]);
}

char *
step_marks_legend(void)
{
	return xasprintf("%s %s   %s %s   %s %s",
	    step_mark(STEP_TO_DO), step_state_words(STEP_TO_DO),
	    step_mark(STEP_DONE), step_state_words(STEP_DONE),
	    step_mark(STEP_NOT_APPLICABLE), step_state_words(STEP_NOT_APPLICABLE));
}
