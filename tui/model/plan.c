#include <config.h>

#include <string.h>

#include "content.h"
#include "plan.h"

#include "sys/i18n.h"

const struct plan_question_info plan_questions[PLAN_QUESTION_COUNT] = {
	[PLAN_FOR_OTHER] = { "for-other",
		N_("Are you looking into this for yourself or for someone else?"), false, 2, {
			{ "no", N_("For myself"), NULL, NULL, NULL },
			{ "yes", N_("For someone else"), N_("because you are helping someone else"),
			  NULL, NULL },
		}, NULL, 0 },
	[PLAN_THREAT] = { "threat",
		N_("Is someone threatening to publish your data, or asking you for money?"),
		false, 3, {
			{ "yes", N_("Yes"), N_("because someone is threatening you"),
			  NULL, N_("because someone is threatening the person you are helping") },
			{ "no", N_("No"), NULL, NULL, NULL },
			{ "unsure", N_("I am not sure"), N_("because someone may be threatening you"),
			  NULL, N_("because someone may be threatening the person you are helping") },
		}, N_("Is someone threatening to publish the person's data, or asking them for "
		      "money?"), 2 },
	[PLAN_MISUSED] = { "misused",
		N_("Has your data already been misused, for example purchases, loans or "
		   "accounts in your name?"),
		false, 3, {
			{ "yes", N_("Yes"), N_("because your data has been misused"),
			  NULL, N_("because their data has been misused") },
			{ "no", N_("No"), NULL, NULL, NULL },
			{ "unsure", N_("I am not sure"), N_("because your data may have been misused"),
			  NULL, N_("because their data may have been misused") },
		}, N_("Has the person's data already been misused, for example purchases, loans "
		      "or accounts in their name?"), 2 },
	[PLAN_LEAKED] = { "leaked",
		N_("What may have leaked? Choose all that fit."),
		true, 6, {
			{ "identity-code", N_("My personal identity code"),
			  N_("because your identity code may have leaked"),
			  N_("Their personal identity code"),
			  N_("because their identity code may have leaked") },
			{ "bank", N_("Bank or card details"),
			  N_("because your bank or card details may have leaked"),
			  NULL, N_("because their bank or card details may have leaked") },
			{ "passwords", N_("Passwords"), N_("because your passwords may have leaked"),
			  NULL, N_("because their passwords may have leaked") },
			{ "id-document", N_("An ID card or passport"),
			  N_("because your ID card or passport may have leaked"),
			  NULL, N_("because their ID card or passport may have leaked") },
			{ "health", N_("Health or therapy records"),
			  N_("because your health or therapy records may have leaked"),
			  NULL, N_("because their health or therapy records may have leaked") },
			{ "unsure", N_("I am not sure"), N_("because you do not know yet what leaked"),
			  NULL, NULL },
		}, NULL, 0 },
	[PLAN_MINOR] = { "minor", N_("Are you under 18?"), false, 3, {
			{ "yes", N_("Yes"), N_("because you are under 18"),
			  NULL, N_("because the person is under 18") },
			{ "no", N_("No"), NULL, NULL, NULL },
			{ "unsure", N_("I would rather not say"), NULL, N_("I do not know"), NULL },
		}, N_("Is the person under 18?"), 2 },
};

/* "For someone else": the second answer of the first question. */
#define FOR_OTHER_YES 1u

bool
plan_for_other(const struct plan_answers *a)
{
	return a->answered && plan_chosen(a, PLAN_FOR_OTHER, FOR_OTHER_YES);
}

const char *
plan_question_text(const struct plan_answers *a, enum plan_question q)
{
	const struct plan_question_info *info = &plan_questions[q];

	/* Asked before "answered" is set: the choice itself tells. */
	return plan_chosen(a, PLAN_FOR_OTHER, FOR_OTHER_YES) && info->text_other != NULL
	    ? info->text_other : info->text;
}

const char *
plan_answer_label(const struct plan_answers *a, enum plan_question q, unsigned answer)
{
	const struct plan_answer_info *info = &plan_questions[q].answers[answer];

	return plan_chosen(a, PLAN_FOR_OTHER, FOR_OTHER_YES) && info->label_other != NULL
	    ? info->label_other : info->label;
}

const char *
plan_answer_reason(const struct plan_answers *a, enum plan_question q, unsigned answer)
{
	const struct plan_answer_info *info = &plan_questions[q].answers[answer];

	return plan_for_other(a) && info->reason_other != NULL ? info->reason_other
	    : info->reason;
}

unsigned
plan_start_answer(const struct plan_answers *a, enum plan_question q)
{
	for (unsigned i = 0; i < plan_questions[q].nanswers; i++)
		if (plan_chosen(a, q, i))
			return i;
	return plan_questions[q].start;
}

bool
plan_parse_condition(const char *s, struct plan_condition *out)
{
	const char *eq = strchr(s, '=');

	if (eq == NULL)
		return false;
	for (unsigned q = 0; q < PLAN_QUESTION_COUNT; q++) {
		const struct plan_question_info *info = &plan_questions[q];

		if (strlen(info->id) != (size_t)(eq - s) || strncmp(info->id, s, (size_t)(eq - s)) != 0)
			continue;
		for (unsigned a = 0; a < info->nanswers; a++)
			if (strcmp(info->answers[a].id, eq + 1) == 0) {
				out->question = (unsigned char)q;
				out->answer = (unsigned char)a;
				return true;
			}
		return false;
	}
	return false;
}

bool
plan_condition_holds(const struct plan_answers *a, struct plan_condition c)
{
	return a->answered && c.question < PLAN_QUESTION_COUNT &&
	    (a->chosen[c.question] & (1u << c.answer)) != 0;
}

void
plan_choose(struct plan_answers *a, enum plan_question q, unsigned answer)
{
	if (plan_questions[q].several)
		a->chosen[q] ^= 1u << answer;
	else
		a->chosen[q] = 1u << answer;
}

bool
plan_chosen(const struct plan_answers *a, enum plan_question q, unsigned answer)
{
	return (a->chosen[q] & (1u << answer)) != 0;
}

bool
plan_note_applies(const struct plan_answers *a, const struct plan_condition *when,
    const struct plan_condition *unless)
{
	return plan_condition_holds(a, *when) && !(unless != NULL && plan_condition_holds(a, *unless));
}

/* The first condition of rank r that holds, or NULL. */
static const struct plan_condition *
first_holding(const struct step *s, const struct plan_answers *a, enum plan_rank r)
{
	for (size_t i = 0; i < s->relevance.nwhen[r]; i++)
		if (plan_condition_holds(a, s->relevance.when[r][i]))
			return &s->relevance.when[r][i];
	return NULL;
}

static struct plan_entry
place_of(const struct step *s, const struct plan_answers *a)
{
	struct plan_entry e = { s, PLACE_OTHER, NULL };
	const struct plan_condition *why;

	if ((why = first_holding(s, a, RANK_URGENT)) != NULL)
		e.place = PLACE_URGENT;
	else if ((why = first_holding(s, a, RANK_RELEVANT)) != NULL)
		e.place = PLACE_RELEVANT;
	else if (first_holding(s, a, RANK_NOT_RELEVANT) != NULL)
		e.place = PLACE_NOT_RELEVANT;
	if (why != NULL)
		e.reason = plan_answer_reason(a, (enum plan_question)why->question, why->answer);
	return e;
}

size_t
plan_order(const struct content *c, const struct plan_answers *a, struct plan_entry *out)
{
	size_t n = 0;

	/* Stable: each place in turn, and within it by group, then file order. */
	for (int place = PLACE_URGENT; place <= PLACE_NOT_RELEVANT; place++)
		for (int g = 0; g < GROUP_COUNT; g++)
			for (size_t i = 0; i < c->nsteps; i++) {
				const struct step *s = &c->steps[i];
				struct plan_entry e;

				if ((int)s->group != g)
					continue;
				e = a != NULL && a->answered ? place_of(s, a)
				    : (struct plan_entry){ s, PLACE_OTHER, NULL };
				if ((int)e.place == place)
					out[n++] = e;
			}
	return n;
}
