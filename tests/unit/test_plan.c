/* The tailored plan: conditions, every combination of answers keeps every
 * step exactly once, and the order the answers give. */
#include <config.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "../../tui/model/content.h"
#include "../../tui/model/plan.h"
#include "test.h"

/* Each step once, whatever was answered. */
static void
check_complete(const struct content *c, const struct plan_answers *a)
{
	struct plan_entry *out = calloc(c->nsteps + 1, sizeof *out);
	size_t n = plan_order(c, a, out);

	CHECK(n == c->nsteps);
	for (size_t i = 0; i < c->nsteps; i++) {
		int seen = 0;

		for (size_t k = 0; k < n; k++)
			seen += out[k].step == &c->steps[i];
		CHECK(seen == 1);
	}
	free(out);
}

static void
every_combination(const struct content *c)
{
	struct plan_answers a = { .answered = true };
	unsigned threat, misused, leaked, minor, other;
	size_t combos = 0;

	/* 0 is "not answered"; otherwise a single answer's bit. */
	for (threat = 0; threat <= 3; threat++)
	for (misused = 0; misused <= 3; misused++)
	for (leaked = 0; leaked < 64; leaked++)
	for (minor = 0; minor <= 2; minor++)
	for (other = 0; other <= 2; other++) {
		a.chosen[PLAN_THREAT] = threat ? 1u << (threat - 1) : 0;
		a.chosen[PLAN_MISUSED] = misused ? 1u << (misused - 1) : 0;
		a.chosen[PLAN_LEAKED] = leaked;
		a.chosen[PLAN_MINOR] = minor ? 1u << (minor - 1) : 0;
		a.chosen[PLAN_FOR_OTHER] = other ? 1u << (other - 1) : 0;
		check_complete(c, &a);
		combos++;
	}
	CHECK(combos == 4 * 4 * 64 * 3 * 3);
}

/* Chooses "question=answer" as a person would. */
static void
choose(struct plan_answers *a, const char *condition)
{
	struct plan_condition cond;

	CHECK(plan_parse_condition(condition, &cond));
	plan_choose(a, (enum plan_question)cond.question, cond.answer);
}

/* Where a step is in the order; c->nsteps if missing. */
static size_t
position(const struct plan_entry *out, size_t n, const char *id)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(out[i].step->id, id) == 0)
			return i;
	return n;
}

/*
 * Someone threatened or asked for money reads "Do not pay and do not reply"
 * first and the police report second, before the bank, whatever else
 * leaked; so does someone who skipped the questions.
 */
static void
blackmail_first(const struct content *c)
{
	struct plan_entry *out = calloc(c->nsteps + 1, sizeof *out);
	struct plan_answers a = { .answered = true };
	size_t n;

	choose(&a, "threat=yes");
	n = plan_order(c, &a, out);
	CHECK_STR(out[0].step->id, "do-not-pay");
	CHECK_STR(out[1].step->id, "police-report");
	choose(&a, "misused=yes");
	choose(&a, "leaked=bank");
	choose(&a, "leaked=identity-code");
	n = plan_order(c, &a, out);
	CHECK_STR(out[0].step->id, "do-not-pay");
	CHECK_STR(out[1].step->id, "police-report");
	CHECK(position(out, n, "bank") > 1 && position(out, n, "bank") < n);
	n = plan_order(c, NULL, out);
	CHECK(position(out, n, "do-not-pay") < position(out, n, "bank"));
	CHECK(position(out, n, "police-report") < position(out, n, "bank"));
	free(out);
}

/*
 * Enter alone never answers "Yes": with nothing chosen, each question
 * starts on an answer that changes no advice, or on "I am not sure"; asked
 * again, on the answer chosen before.  Whom the plan is for comes first,
 * and for someone else the words are about that person.
 */
static void
start_answers(void)
{
	struct plan_answers a = { 0 };

	CHECK(PLAN_FOR_OTHER == 0);
	for (unsigned q = 0; q < PLAN_QUESTION_COUNT; q++) {
		const struct plan_question_info *info = &plan_questions[q];
		const char *id = info->answers[plan_start_answer(&a, (enum plan_question)q)].id;

		if (info->several)
			continue;       /* Enter goes on with nothing chosen */
		CHECK(strcmp(id, "yes") != 0);
		CHECK(strcmp(id, "unsure") == 0 || q == PLAN_FOR_OTHER);
	}
	CHECK_STR(plan_question_text(&a, PLAN_MINOR), "Are you under 18?");
	choose(&a, "for-other=yes");
	choose(&a, "threat=yes");
	CHECK(plan_start_answer(&a, PLAN_FOR_OTHER) == 1);
	CHECK(plan_start_answer(&a, PLAN_THREAT) == 0);
	CHECK_STR(plan_question_text(&a, PLAN_MINOR), "Is the person under 18?");
	CHECK(!plan_for_other(&a));     /* not yet answered: no reason changes */
	a.answered = true;
	CHECK(plan_for_other(&a));
	CHECK_STR(plan_answer_reason(&a, PLAN_THREAT, 0),
	    "because someone is threatening the person you are helping");
	CHECK_STR(plan_answer_label(&a, PLAN_LEAKED, 0), "Their personal identity code");
}

int
main(void)
{
	struct content c;
	struct tuki_error err = { 0 };
	const char *dir = getenv("TUKI_CONTENT_DIR");
	struct plan_condition cond;
	struct plan_answers a = { 0 };
	struct plan_entry out[4];

	setlocale(LC_ALL, "C.UTF-8");
	start_answers();
	CHECK(plan_parse_condition("threat=yes", &cond) && cond.question == PLAN_THREAT);
	CHECK(plan_parse_condition("leaked=health", &cond) && cond.question == PLAN_LEAKED &&
	    strcmp(plan_questions[PLAN_LEAKED].answers[cond.answer].id, "health") == 0);
	CHECK(plan_parse_condition("for-other=yes", &cond) && cond.question == PLAN_FOR_OTHER);
	CHECK(!plan_parse_condition("threat=maybe", &cond));
	CHECK(!plan_parse_condition("threats=yes", &cond));
	CHECK(!plan_parse_condition("threat", &cond));
	CHECK(!plan_parse_condition("=yes", &cond));

	/* Single answers replace, several toggle. */
	plan_choose(&a, PLAN_THREAT, 0);
	plan_choose(&a, PLAN_THREAT, 2);
	CHECK(a.chosen[PLAN_THREAT] == 1u << 2);
	plan_choose(&a, PLAN_LEAKED, 1);
	plan_choose(&a, PLAN_LEAKED, 4);
	plan_choose(&a, PLAN_LEAKED, 1);
	CHECK(a.chosen[PLAN_LEAKED] == 1u << 4);
	/* Not answered (skipped): no condition holds. */
	plan_parse_condition("threat=unsure", &cond);
	CHECK(!plan_condition_holds(&a, cond));
	a.answered = true;
	CHECK(plan_condition_holds(&a, cond));

	/* A small content of four steps, to check the order itself. */
	{
		struct content small = { 0 };
		struct step steps[4] = { 0 };
		struct plan_condition threat_yes, bank, minor_yes;
		struct plan_answers yes = { .answered = true };

		plan_parse_condition("threat=yes", &threat_yes);
		plan_parse_condition("leaked=bank", &bank);
		plan_parse_condition("minor=yes", &minor_yes);
		steps[0] = (struct step){ .id = "bank", .group = GROUP_FIRST };
		steps[0].relevance.when[RANK_URGENT] = &bank;
		steps[0].relevance.nwhen[RANK_URGENT] = 1;
		steps[1] = (struct step){ .id = "support", .group = GROUP_FIRST };
		steps[2] = (struct step){ .id = "police", .group = GROUP_NEXT };
		steps[2].relevance.when[RANK_URGENT] = &threat_yes;
		steps[2].relevance.nwhen[RANK_URGENT] = 1;
		steps[3] = (struct step){ .id = "trade", .group = GROUP_FIRST };
		steps[3].relevance.when[RANK_NOT_RELEVANT] = &minor_yes;
		steps[3].relevance.nwhen[RANK_NOT_RELEVANT] = 1;
		small.steps = steps;
		small.nsteps = 4;

		/* Not answered: the standard order, by group then file order. */
		CHECK(plan_order(&small, NULL, out) == 4);
		CHECK_STR(out[0].step->id, "bank");
		CHECK_STR(out[1].step->id, "support");
		CHECK_STR(out[2].step->id, "trade");
		CHECK_STR(out[3].step->id, "police");
		CHECK(out[0].reason == NULL && out[0].place == PLACE_OTHER);

		/* Threatened and under 18: the police first with its reason, the step
		 * that does not apply last. */
		plan_choose(&yes, PLAN_THREAT, 0);
		plan_choose(&yes, PLAN_MINOR, 0);
		CHECK(plan_order(&small, &yes, out) == 4);
		CHECK_STR(out[0].step->id, "police");
		CHECK(out[0].place == PLACE_URGENT);
		CHECK_STR(out[0].reason, "because someone is threatening you");
		CHECK_STR(out[1].step->id, "bank");
		CHECK(out[1].place == PLACE_OTHER && out[1].reason == NULL);
		CHECK_STR(out[3].step->id, "trade");
		CHECK(out[3].place == PLACE_NOT_RELEVANT);
		check_complete(&small, &yes);
		every_combination(&small);
	}

	if (content_load(&c, dir != NULL ? dir : "content", &err) != 0) {
		fprintf(stderr, "%s\n", err.message);
		return 1;
	}
	check_complete(&c, NULL);
	every_combination(&c);
	blackmail_first(&c);
	content_free(&c);
	TEST_DONE();
}
