#include <config.h>

#include <string.h>

#include "content.h"
#include "plan.h"

#include "sys/i18n.h"

const struct plan_question_info plan_questions[PLAN_QUESTION_COUNT] = {
	[PLAN_THREAT] = { "threat",
		N_("Is someone threatening to publish your data, or asking you for money?"),
		false, 3, {
			{ "yes", N_("Yes"), N_("because someone is threatening you") },
			{ "no", N_("No"), NULL },
			{ "unsure", N_("I am not sure"), N_("because someone may be threatening you") },
		} },
	[PLAN_MISUSED] = { "misused",
		N_("Has your data already been misused, for example purchases, loans or "
		   "accounts in your name?"),
		false, 3, {
			{ "yes", N_("Yes"), N_("because your data has been misused") },
			{ "no", N_("No"), NULL },
			{ "unsure", N_("I am not sure"), N_("because your data may have been misused") },
		} },
	[PLAN_LEAKED] = { "leaked",
		N_("What may have leaked? Choose all that fit."),
		true, 6, {
			{ "identity-code", N_("My personal identity code"),
			  N_("because your identity code may have leaked") },
			{ "bank", N_("Bank or card details"),
			  N_("because your bank or card details may have leaked") },
			{ "passwords", N_("Passwords"), N_("because your passwords may have leaked") },
			{ "id-document", N_("An ID card or passport"),
			  N_("because your ID card or passport may have leaked") },
			{ "health", N_("Health or therapy records"),
			  N_("because your health or therapy records may have leaked") },
			{ "unsure", N_("I am not sure"), N_("because you do not know yet what leaked") },
		} },
	[PLAN_MINOR] = { "minor", N_("Are you under 18?"), false, 2, {
			{ "yes", N_("Yes"), N_("because you are under 18") },
			{ "no", N_("No"), NULL },
		} },
	[PLAN_FOR_OTHER] = { "for-other", N_("Are you looking into this for someone else?"), false, 2, {
			{ "yes", N_("Yes"), N_("because you are helping someone else") },
			{ "no", N_("No"), NULL },
		} },
};

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
plan_note_applies(const struct plan_answers *a, const struct plan_condition *when)
{
	return plan_condition_holds(a, *when);
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
		e.reason = plan_questions[why->question].answers[why->answer].reason;
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
