/* Plain mode: the step list, one step's page, and m to change its mark. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "model/contact_choice.h"
#include "model/plan.h"
#include "model/xalloc.h"
#include "text/consent_text.h"
#include "text/step_marks.h"
#include "plain/prompt.h"
#include "plain/screens.h"

static void
ask_consent(struct plain *p)
{
	int unused;
	enum answer a;

	plain_title(p, _("Keep your marks?"));
	/* The screen's question, every paragraph of it (shared computers too). */
	for (size_t i = 0; i < CONSENT_PARAGRAPHS; i++)
		plain_say(p, "%s", _(consent_paragraphs[i]));
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
say_steps(struct plain *p)
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

/* m on a step's page: the next mark for that step. */
static void
mark_one(struct plain *p, const struct step *s)
{
	enum step_state next = step_state_next(progress_state(&p->session->progress, s->id));
	bool ask_first = session_mark(p->session, s, next);

	plain_blank(p);
	plain_say(p, _("This step: %s."), step_state_words(next));
	if (ask_first)
		ask_consent(p);
}

/*
 * One step's page: its text with its helplines numbered, then its own
 * prompt, where a number opens that helpline (the screen's digits) and m
 * changes the mark.  False when the person is leaving.
 */
static bool
step_page(struct plain *p, const struct step *s)
{
	const struct content *c = p->content;
	bool show = true;

	while (!p->leaving) {
		int choice;
		enum answer a;

		if (show) {
			struct doc d = { .spoken = true };

			doc_add_msgid(&d, DOC_TITLE, c, s->title.msgid);
			doc_step_notes(&d, c, s, &p->session->plan);
			doc_step_body(&d, c, s, true, lang_current(), &p->session->plan,
			    session_now(p->session));
			plain_doc(p, &d);
			doc_free(&d);
			plain_blank(p);
			/* TRANSLATORS: plain mode, after a step; %s is its mark. */
			plain_say(p, _("This step: %s."),
			    step_state_words(progress_state(&p->session->progress, s->id)));
		}
		show = false;
		a = plain_ask(p, s->nhelplines > 0
		    /* TRANSLATORS: plain mode, after a step with numbered helplines;
		     * the letters are typed as they are in every language. */
		    ? _("The number in front of a helpline: more about it. m: change this step's "
		    "mark. 0: back to the steps.")
		    /* TRANSLATORS: plain mode, after a step without helplines. */
		    : _("m: change this step's mark. 0: back to the steps."), &choice);
		if (a == ANSWER_NUMBER && choice >= 1 && (size_t)choice <= s->nhelplines) {
			struct doc d = { .spoken = true };

			doc_helpline(&d, c, s->helplines[choice - 1],
			    contact_shown_language(&p->session->filter), session_now(p->session));
			plain_doc(p, &d);
			doc_free(&d);
		} else if (a == ANSWER_WORD && plain_word_action(KEYS_STEPS, p->word) == ACT_MARK) {
			char *end;
			long n = strtol(p->word + 1, &end, 10);

			/* m alone: this step; m and a number: that step of the list. */
			if (p->word[1] == '\0')
				mark_one(p, s);
			else
				mark_step(p, *end == '\0' ? (int)n : 0);
		} else if (a == ANSWER_BACK) {
			return true;
		} else if (!plain_common_answer(p, a, &show)) {
			return false;
		}
	}
	return false;
}

void
plain_steps_menu(struct plain *p)
{
	bool show = true;
	int last = 0;           /* the step read last, for a bare "m" */

	if (!p->session->plan_asked && !plain_ask_plan(p))
		return;
	while (!p->leaving) {
		int choice;
		enum answer a;
		enum key_action act;

		if (show)
			say_steps(p);
		show = false;
		/* TRANSLATORS: plain mode prompt; m, c and r are typed as is. */
		a = plain_ask(p, _("A step's number: read it. m and the number: change its mark. "
		    "c: change your answers. p: print or save the checklist. r: the list again. "
		    "0: back. h: help now."), &choice);
		act = a == ANSWER_WORD ? plain_word_action(KEYS_STEPS, p->word) : ACT_NONE;
		if (a == ANSWER_NUMBER && step_numbered(p, choice) != NULL) {
			last = choice;
			/* Back from the page, only the prompt comes back, as after any answer. */
			if (!step_page(p, step_numbered(p, choice)))
				return;
		} else if (act == ACT_PRINT) {
			plain_print(p, PRINT_STEPS);
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
