/* Plain mode: the plan's questions before the step list, one at a time. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "model/plan.h"
#include "plain/prompt.h"
#include "plain/screens.h"

/* "1 3 5" into the answers of a question with several; false if unreadable. */
static bool
several_answers(const char *line, const struct plan_question_info *q, unsigned *chosen)
{
	char *end;

	*chosen = 0;
	for (const char *at = line; *at != '\0'; at = end) {
		long n;

		while (*at == ' ' || *at == ',')
			at++;
		if (*at == '\0')
			break;
		n = strtol(at, &end, 10);
		if (end == at || n < 1 || (size_t)n > q->nanswers)
			return false;
		*chosen |= 1u << (n - 1);
	}
	return true;
}

/* The prompt under a question: how to answer, and that Enter alone keeps
 * the answer chosen before (with none, Enter alone answers nothing). */
static const char *
question_prompt(const struct plan_question_info *q, bool earlier)
{
	/* TRANSLATORS: plain mode prompts for the plan's questions; s is typed as is. */
	if (q->several)
		return earlier ? _("Type the numbers of all that fit, with spaces between them, or "
		    "just Enter to keep those chosen before. s: skip the questions.")
		    : _("Type the numbers of all that fit, with spaces between "
		    "them, or just Enter for none. s: skip the questions.");
	return earlier ? _("Type the number of your answer, or just Enter to keep the one "
	    "chosen before. s: skip the questions.")
	    : _("Type the number of your answer. s: skip the questions.");
}

/*
 * Asks the five questions; false when the person left (q, x, end of input).
 * Asked again (c), each question names the answer chosen before, and Enter
 * alone keeps it; a first time, Enter alone never answers a question with
 * one answer, so no advice changes by accident.
 */
bool
plain_ask_plan(struct plain *p)
{
	struct plan_answers *a = &p->session->plan;

	plain_title(p, _("A plan for your situation"));
	plain_say(p, "%s", _("If you like, answer a few questions, and tuki will put the steps "
	    "that matter most for you first. You can also skip them. Your answers are not "
	    "saved and go nowhere."));
	/* Earlier answers (c) stay until changed; a skip forgets them. */
	if (!a->answered)
		memset(a, 0, sizeof *a);
	a->answered = false;
	p->session->plan_asked = true;
	for (int qi = 0; qi < PLAN_QUESTION_COUNT && !p->leaving; ) {
		const struct plan_question_info *q = &plan_questions[qi];
		bool earlier = a->chosen[qi] != 0;
		char counter[64];
		int number;
		enum answer ans;

		plain_blank(p);
		snprintf(counter, sizeof counter, _("Question %d of %d"), qi + 1, PLAN_QUESTION_COUNT);
		plain_say(p, "%s. %s", counter, _(plan_question_text(a, (enum plan_question)qi)));
		for (size_t i = 0; i < q->nanswers; i++)
			/* TRANSLATORS: plain mode, after an answer chosen the last time
			 * the questions were asked. */
			plain_say(p, "%zu. %s%s", i + 1, _(plan_answer_label(a, (enum plan_question)qi,
			    (unsigned)i)), plan_chosen(a, (enum plan_question)qi, (unsigned)i)
			    ? _(" (chosen before)") : "");
		ans = plain_ask(p, question_prompt(q, earlier), &number);
		if (ans == ANSWER_WORD && plain_word_action(KEYS_PLAN, p->word) == ACT_CANCEL) {
			memset(a, 0, sizeof *a);
			return true;
		}
		if (ans == ANSWER_QUIT || ans == ANSWER_EOF)
			return false;
		if (ans == ANSWER_BACK) {
			memset(a, 0, sizeof *a);
			return true;
		}
		if (ans == ANSWER_HELP) {
			plain_help_now(p);
			continue;
		}
		if (ans == ANSWER_WORD && p->word[0] == '\0' && earlier)
			;       /* Enter alone: the answer chosen before stands */
		else if (q->several && ans == ANSWER_NUMBER && (size_t)number <= q->nanswers)
			a->chosen[qi] = 1u << (number - 1);
		else if (q->several && ans == ANSWER_WORD && several_answers(p->word, q, &a->chosen[qi]))
			;
		else if (!q->several && ans == ANSWER_NUMBER && (size_t)number <= q->nanswers)
			a->chosen[qi] = 1u << (number - 1);
		else {
			/* TRANSLATORS: plain mode, after an answer that is not one of the numbers. */
			plain_say(p, "%s", _("Please type one of the numbers shown."));
			continue;
		}
		qi++;
	}
	a->answered = true;
	return !p->leaving;
}
