/* Plain mode: the step list, one step's page, and m to change its mark. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "model/plan.h"
#include "model/xalloc.h"
#include "text/step_marks.h"
#include "plain/prompt.h"
#include "plain/screens.h"

static void
ask_consent(struct plain *p)
{
	int unused;
	enum answer a;

	plain_blank(p);
	plain_say(p, "%s", _("Would you like tuki to remember your marks on this computer, so "
	    "they are here next time? Only the marks are kept, and you can delete them at "
	    "any time."));
	a = plain_ask(p, _("Type y to keep them on this computer, n to keep them only for this "
	    "session."), &unused);
	session_answer_consent(p->session, a == ANSWER_WORD && plain_is_yes(p->word));
}

/* The steps in the order shown: the plan's when answered, else standard. */
static size_t
shown_steps(const struct plain *p, struct plan_entry *out)
{
	return plan_order(p->content, &p->session->plan, out);
}

static void
print_steps(struct plain *p)
{
	const struct content *c = p->content;
	struct plan_entry *steps = xmalloc((c->nsteps + 1) * sizeof *steps);
	size_t n = shown_steps(p, steps), done, applicable, marked;
	bool tailored = p->session->plan.answered;

	progress_count(&p->session->progress, c, &done, &applicable, &marked);
	plain_title(p, _("Steps to protect yourself"));
	/* TRANSLATORS: plain mode, read aloud: steps done and steps still to do. */
	plain_say(p, _("Done %zu, to do %zu."), done, applicable - done);
	for (size_t i = 0; i < n; i++) {
		const struct step *s = steps[i].step;
		enum step_state state = progress_state(&p->session->progress, s->id);
		bool mine = steps[i].place <= PLACE_RELEVANT;
		bool urgent = tailored ? steps[i].place == PLACE_URGENT : s->urgent;

		if (!tailored && (i == 0 || s->group != steps[i - 1].step->group)) {
			plain_blank(p);
			plain_say(p, "%s", _(step_group_title(s->group)));
		} else if (tailored && (i == 0 || (steps[i - 1].place <= PLACE_RELEVANT) != mine)) {
			plain_blank(p);
			plain_say(p, "%s", mine ? _("For your situation") : _("Other steps"));
		}
		if (urgent && state == STEP_TO_DO)
			plain_say(p, "%zu. %s (%s, %s)", i + 1, gettext(s->title.msgid),
			    /* TRANSLATORS: plain mode, before a step's mark. */
			    _("do first"), step_state_words(state));
		else
			plain_say(p, "%zu. %s (%s)", i + 1, gettext(s->title.msgid), step_state_words(state));
		if (steps[i].reason != NULL)
			plain_say(p, "%s", _(steps[i].reason));
	}
	free(steps);
}

/* The step shown as number (1 = first in the list), or NULL. */
static const struct step *
step_numbered(const struct plain *p, int number)
{
	const struct content *c = p->content;
	struct plan_entry *steps;
	const struct step *s = NULL;

	if (number < 1 || (size_t)number > c->nsteps)
		return NULL;
	steps = xmalloc((c->nsteps + 1) * sizeof *steps);
	if (shown_steps(p, steps) >= (size_t)number)
		s = steps[number - 1].step;
	free(steps);
	return s;
}

/* m 3: the next mark for step 3 (to do, done, does not apply, to do). */
static void
mark_step(struct plain *p, int number)
{
	const struct step *s;
	enum step_state next;
	bool ask_first;         /* whether to keep marks is asked the first time */

	s = step_numbered(p, number);
	if (s == NULL) {
		/* TRANSLATORS: plain mode; m is typed as is. */
		plain_say(p, "%s", _("Type m, a space and the step's number, for example m 3."));
		return;
	}
	next = step_state_next(progress_state(&p->session->progress, s->id));
	ask_first = session_mark(p->session, s, next);
	plain_blank(p);
	/* TRANSLATORS: plain mode, after marking: "Step 3: done." */
	plain_say(p, _("Step %d: %s."), number, step_state_words(next));
	if (ask_first)
		ask_consent(p);
}

void
plain_steps_menu(struct plain *p)
{
	const struct content *c = p->content;
	bool show = true;
	int last = 0;           /* the step read last, for a bare "m" */

	if (!p->session->plan_asked && !plain_ask_plan(p))
		return;
	while (!p->leaving) {
		int choice;
		enum answer a;
		enum key_action act;

		if (show)
			print_steps(p);
		show = false;
		/* TRANSLATORS: plain mode prompt; m, c and r are typed as is. */
		a = plain_ask(p, _("Type a step's number to read it, or m and the number to change its "
		    "mark. c changes your answers, r repeats the list, 0 back, h help now."), &choice);
		act = a == ANSWER_WORD ? plain_word_action(KEYS_STEPS, p->word) : ACT_NONE;
		if (a == ANSWER_NUMBER && step_numbered(p, choice) != NULL) {
			const struct step *s = step_numbered(p, choice);
			struct doc d = { .spoken = true };

			doc_add_msgid(&d, DOC_TITLE, c, s->title.msgid);
			doc_step_notes(&d, c, s, &p->session->plan);
			doc_step_body(&d, c, s, false, lang_current());
			plain_doc(p, &d);
			doc_free(&d);
			plain_blank(p);
			/* TRANSLATORS: plain mode, after a step; %s is its mark. */
			plain_say(p, _("This step: %s. Type m and Enter to change its mark."),
			    step_state_words(progress_state(&p->session->progress, s->id)));
			last = choice;
		} else if (act == ACT_PLAN) {
			if (!plain_ask_plan(p))
				return;
			show = true;
			last = 0;       /* the numbers follow the new order */
		} else if (act == ACT_MARK) {
			char *end;
			long n = strtol(p->word + 1, &end, 10);

			if (p->word[1] == '\0')
				n = last;
			else if (*end != '\0')
				n = 0;
			mark_step(p, (int)n);
		} else if (!plain_common_answer(p, a, &show)) {
			return;
		}
	}
}
