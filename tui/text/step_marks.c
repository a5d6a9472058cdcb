#include <config.h>

#include "sys/i18n.h"
#include "model/xalloc.h"
#include "text/step_marks.h"

size_t
steps_in_order(const struct content *c, const struct step **out)
{
	size_t n = 0;

	for (int g = 0; g < GROUP_COUNT; g++)
		for (size_t i = 0; i < c->nsteps; i++)
			if ((int)c->steps[i].group == g)
				out[n++] = &c->steps[i];
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
