/*
 * Plain mode, for screen readers, braille displays, printing terminals,
 * TERM=dumb and pipes: every screen is printed as lines and every choice is
 * typed at a prompt.  A number opens an item, m and a number marks a step,
 * r repeats the menu, 0 or b goes back, q quits, L changes language, h
 * shows help now, x leaves at once.  End of input ends the session with
 * status 0.  No cursor addressing, no escape codes, no decoration a voice
 * would read, a paragraph on one line, phone numbers in the spoken form.
 */
#include <config.h>

#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "text/breath.h"
#include "text/contact_text.h"
#include "text/origin_text.h"
#include "text/doc.h"
#include "text/hours_text.h"
#include "sys/i18n.h"
#include "text/help_now.h"
#include "sys/lang.h"
#include "model/contact_choice.h"
#include "model/plan.h"
#include "model/spoken.h"
#include "model/utf8.h"
#include "plain/plain.h"
#include "text/step_marks.h"
#include "model/xalloc.h"

enum answer { ANSWER_NUMBER, ANSWER_BACK, ANSWER_QUIT, ANSWER_LANGUAGE, ANSWER_HELP,
	ANSWER_REPEAT, ANSWER_WORD, ANSWER_EOF };

struct plain {
	struct session *session;
	const struct content *content;
	int in;
	char buf[1024];             /* input not yet consumed */
	size_t buffered;
	FILE *out;
	bool after_blank;           /* the last line written was empty */
	bool after_prompt;          /* the prompt "> " ends the output so far */
	bool echoed;                /* input is a terminal, which echoes the answer's newline */
	bool still;                 /* breathing pause: one line a breath, no count */
	bool leaving;               /* q, x or end of input */
	char word[256];             /* the last answer that was not a number */
};

/* ---- input: our own line reader, so we can tell whether input is waiting ---- */

static bool
read_line(struct plain *p, char *line, size_t size)
{
	for (;;) {
		char *nl = memchr(p->buf, '\n', p->buffered);
		ssize_t n;

		if (nl != NULL || p->buffered == sizeof p->buf) {
			size_t len = nl != NULL ? (size_t)(nl - p->buf) : p->buffered;
			size_t take = len < size - 1 ? len : size - 1;

			memcpy(line, p->buf, take);
			line[take] = '\0';
			if (nl != NULL)
				len++;
			memmove(p->buf, p->buf + len, p->buffered - len);
			p->buffered -= len;
			line[strcspn(line, "\r")] = '\0';
			return true;
		}
		n = read(p->in, p->buf + p->buffered, sizeof p->buf - p->buffered);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (p->buffered == 0)
				return false;
			/* A last line without a newline still counts. */
			p->buf[p->buffered] = '\n';
			p->buffered++;
			continue;
		}
		p->buffered += (size_t)n;
	}
}

/* Waits up to ms for input; true if some arrived (or input ended). */
static bool
input_waiting(struct plain *p, int ms)
{
	struct pollfd pfd = { .fd = p->in, .events = POLLIN };

	if (p->buffered > 0)
		return true;
	return poll(&pfd, 1, ms) > 0;
}

/* ---- output ---- */

/* After "> " a terminal echoes the answer and its newline; a pipe does not,
 * so the line is ended here, and a transcript reads like the screen. */
static void
end_prompt_line(struct plain *p)
{
	if (p->after_prompt && !p->echoed)
		fputc('\n', p->out);
	p->after_prompt = false;
}

/*
 * Every line goes out through here: phone numbers in the spoken form, then
 * the sanitizer (catalogs are files too).  A line is never wrapped: a screen
 * reader or braille display wraps it, and a URL stays whole.
 */
static void
say(struct plain *p, const char *fmt, ...)
{
	char raw[4096], spoken[4096], clean[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof raw, fmt, ap);
	va_end(ap);
	text_speak_phones(p->content, raw, spoken, sizeof spoken);
	end_prompt_line(p);
	fputs(sanitize_text(spoken, clean, sizeof clean), p->out);
	fputc('\n', p->out);
	p->after_blank = false;
}

/* One empty line, never two, so a title or paragraph starts after a gap. */
static void
blank(struct plain *p)
{
	if (p->after_prompt)
		p->after_blank = false;
	end_prompt_line(p);
	if (!p->after_blank)
		fputc('\n', p->out);
	p->after_blank = true;
}

/* A title stands alone on its line after an empty one: nothing around it
 * for a voice to read. */
static void
print_title(struct plain *p, const char *title)
{
	blank(p);
	say(p, "%s", title);
}

static void
print_doc(struct plain *p, const struct doc *d)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct doc_block *b = &d->blocks[i];

		switch (b->style) {
		case DOC_TITLE:
			print_title(p, b->text);
			break;
		case DOC_HEADING:
			blank(p);
			say(p, "%s", b->text);
			break;
		case DOC_ITEM:
			say(p, "- %s", b->text);
			break;
		case DOC_LABEL:
			say(p, "%s", b->text);
			break;
		default:
			blank(p);
			say(p, "%s", b->text);
			blank(p);
			break;
		}
	}
}

static void
print_notice(struct plain *p)
{
	char *notice = session_take_notice(p->session);

	if (notice == NULL)
		return;
	blank(p);
	say(p, "%s", notice);
	free(notice);
}

/* ---- prompting ---- */

/* The prompt every menu ends with unless it has its own. */
static const char *
menu_prompt(void)
{
	/* TRANSLATORS: plain mode, read aloud by screen readers after every
	 * menu. The letters are typed as they are in every language. */
	return _("Type a number and Enter. r repeats the menu, 0 back, q quit, L language, "
	    "h help now, x leave at once.");
}

static enum answer
ask(struct plain *p, const char *prompt, int *number)
{
	char line[256], *end;
	long n;

	print_notice(p);
	blank(p);
	say(p, "%s", prompt != NULL ? prompt : menu_prompt());
	fputs("> ", p->out);
	fflush(p->out);
	p->after_prompt = true;
	if (!read_line(p, line, sizeof line)) {
		p->leaving = true;
		return ANSWER_EOF;
	}
	if (strcmp(line, "0") == 0 || strcmp(line, "b") == 0)
		return ANSWER_BACK;
	if (strcmp(line, "q") == 0 || strcmp(line, "x") == 0) {
		p->leaving = true;
		return ANSWER_QUIT;
	}
	if (strcmp(line, "L") == 0 || strcmp(line, "l") == 0)
		return ANSWER_LANGUAGE;
	if (strcmp(line, "h") == 0)
		return ANSWER_HELP;
	if (strcmp(line, "r") == 0)
		return ANSWER_REPEAT;
	n = strtol(line, &end, 10);
	if (line[0] >= '0' && line[0] <= '9' && *end == '\0' && n > 0 && n < 100000) {
		*number = (int)n;
		return ANSWER_NUMBER;
	}
	snprintf(p->word, sizeof p->word, "%s", line);
	return ANSWER_WORD;
}

/* y, or the reader's own letter for yes (Finnish k, Swedish j): the same
 * "y/n" pair the screens use. */
static bool
is_yes(const char *word)
{
	/* TRANSLATORS: see the same string in tui/ui/consent.c. */
	const char *pair = _("y/n");
	size_t len = strcspn(pair, "/");

	if (strcasecmp(word, "y") == 0)
		return true;
	return len > 0 && strlen(word) == len && strncasecmp(word, pair, len) == 0;
}

static void
choose_language(struct plain *p)
{
	int n;

	print_title(p, "Valitse kieli \xc2\xb7 V\xc3\xa4lj spr\xc3\xa5k \xc2\xb7 Choose a language");
	for (int i = 0; i < LANG_COUNT; i++)
		say(p, "%d. %s", i + 1, lang_native_name((enum lang)i));
	for (;;) {
		enum answer a = ask(p, "1, 2, 3", &n);

		if (a == ANSWER_NUMBER && n >= 1 && n <= LANG_COUNT) {
			lang_activate((enum lang)(n - 1));
			return;
		}
		if (a == ANSWER_EOF || a == ANSWER_QUIT || a == ANSWER_BACK) {
			if (lang_current() == LANG_NONE)
				lang_activate(LANG_EN);
			return;
		}
	}
}

/* The same document as the curses screen's Help now. */
static void
show_help_now(struct plain *p)
{
	struct doc d = { 0 };

	help_now_build(&d, p->content, lang_current());
	print_doc(p, &d);
	doc_free(&d);
}

/*
 * Handles the answers every menu shares; true if the menu should go on.
 * *show is set when the menu must be printed again (r, or a new language).
 */
static bool
common_answer(struct plain *p, enum answer a, bool *show)
{
	switch (a) {
	case ANSWER_LANGUAGE:
		choose_language(p);
		*show = true;
		return true;
	case ANSWER_HELP:
		show_help_now(p);
		return true;
	case ANSWER_REPEAT:
		*show = true;
		return true;
	case ANSWER_BACK:
	case ANSWER_QUIT:
	case ANSWER_EOF:
		return false;
	default:
		return true;
	}
}

/* ---- the breathing pause ---- */

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * Waits until deadline (ms, monotonic), in the counting form saying each
 * second's number.  A line typed meanwhile: "s" switches between the still
 * form (one line a breath) and counting; anything else ends the pause.
 * Returns false when the pause ends.
 */
static bool
breathe_until(struct plain *p, long long start, long long deadline)
{
	int said = 0;

	for (;;) {
		long long now = now_ms();
		long long next = deadline;
		int second = (int)((now - start) / 1000) + 1;

		if (now >= deadline)
			return true;
		if (!p->still) {
			if (second > said) {
				say(p, "%s", count_word(second));
				fflush(p->out);
				said = second;
			}
			next = start + (long long)said * 1000;
			if (next > deadline)
				next = deadline;
		}
		if (input_waiting(p, (int)(next - now))) {
			char line[64];

			if (!read_line(p, line, sizeof line)) {
				p->leaving = true;
				return false;
			}
			if (strcmp(line, "s") != 0) {
				if (strcmp(line, "h") == 0)
					show_help_now(p);
				return false;
			}
			p->still = !p->still;
			said = second;  /* no count repeated after a switch */
		}
	}
}

static void
breathing_text(struct plain *p)
{
	print_title(p, _("A breathing pause"));
	/* TRANSLATORS: plain mode; "s" is typed as is in every language. */
	say(p, "%s", _("Five slow rounds. Press Enter at any time to stop. Type s and Enter "
	    "to switch between one line a breath and a count every second."));
	for (int round = 1; round <= BREATH_ROUNDS; round++) {
		blank(p);
		say(p, _("Round %d of %d"), round, BREATH_ROUNDS);
		for (int i = 0; i < BREATH_PHASES; i++) {
			long long start = now_ms();
			char line[256];

			breath_still_line(i, line, sizeof line);
			say(p, "%s", line);
			fflush(p->out);
			if (!breathe_until(p, start, start + breath_seconds(i) * 1000LL))
				return;
		}
	}
	blank(p);
	say(p, "%s", _("Well done. Notice how you feel now."));
}

/* ---- sections ---- */

static void
section_menu(struct plain *p, int section)
{
	const struct content *c = p->content;
	bool show = true;

	while (!p->leaving) {
		const struct page *pages[256];
		size_t n = 0;
		int choice;
		enum answer a;

		for (size_t i = 0; i < c->npages && n < 256; i++)
			if ((int)c->pages[i].section == section)
				pages[n++] = &c->pages[i];
		if (show) {
			print_title(p, _(section_title((enum section)section)));
			for (size_t i = 0; i < n; i++)
				say(p, "%zu. %s", i + 1, gettext(pages[i]->title.msgid));
			if (section == SECTION_COPING)
				say(p, "%zu. %s", n + 1, _("Start a guided breathing pause"));
			if (section == SECTION_ABOUT)
				say(p, "%zu. %s", n + 1, _("Delete my saved marks"));
		}
		show = false;
		a = ask(p, NULL, &choice);
		if (a == ANSWER_NUMBER && (size_t)choice <= n) {
			struct doc d = { 0 };

			doc_page(&d, c, pages[choice - 1]);
			print_doc(p, &d);
			doc_free(&d);
		} else if (a == ANSWER_NUMBER && (size_t)choice == n + 1 && section == SECTION_COPING) {
			breathing_text(p);
		} else if (a == ANSWER_NUMBER && (size_t)choice == n + 1 && section == SECTION_ABOUT) {
			int unused;

			if (ask(p, _("Delete your saved marks? Type y for yes, n for no."), &unused)
			    == ANSWER_WORD && is_yes(p->word))
				session_forget(p->session);
		} else if (!common_answer(p, a, &show)) {
			return;
		}
	}
}

/* ---- steps ---- */

static void
ask_consent(struct plain *p)
{
	int unused;
	enum answer a;

	blank(p);
	say(p, "%s", _("Would you like tuki to remember your marks on this computer, so "
	    "they are here next time? Only the marks are kept, and you can delete them at "
	    "any time."));
	a = ask(p, _("Type y to keep them on this computer, n to keep them only for this "
	    "session."), &unused);
	session_answer_consent(p->session, a == ANSWER_WORD && is_yes(p->word));
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
	print_title(p, _("Steps to protect yourself"));
	/* TRANSLATORS: plain mode, read aloud: steps done and steps still to do. */
	say(p, _("Done %zu, to do %zu."), done, applicable - done);
	for (size_t i = 0; i < n; i++) {
		const struct step *s = steps[i].step;
		enum step_state state = progress_state(&p->session->progress, s->id);
		bool mine = steps[i].place <= PLACE_RELEVANT;
		bool urgent = tailored ? steps[i].place == PLACE_URGENT : s->urgent;

		if (!tailored && (i == 0 || s->group != steps[i - 1].step->group)) {
			blank(p);
			say(p, "%s", _(step_group_title(s->group)));
		} else if (tailored && (i == 0 || (steps[i - 1].place <= PLACE_RELEVANT) != mine)) {
			blank(p);
			say(p, "%s", mine ? _("For your situation") : _("Other steps"));
		}
		if (urgent && state == STEP_TO_DO)
			say(p, "%zu. %s (%s, %s)", i + 1, gettext(s->title.msgid),
			    /* TRANSLATORS: plain mode, before a step's mark. */
			    _("do first"), step_state_words(state));
		else
			say(p, "%zu. %s (%s)", i + 1, gettext(s->title.msgid), step_state_words(state));
		if (steps[i].reason != NULL)
			say(p, "%s", _(steps[i].reason));
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

/* ---- the plan's questions, one at a time ---- */

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

/* Asks the five questions; false when the person left (q, x, end of input). */
static bool
ask_plan(struct plain *p)
{
	struct plan_answers *a = &p->session->plan;

	print_title(p, _("A plan for your situation"));
	say(p, "%s", _("If you like, answer a few questions, and tuki will put the steps "
	    "that matter most for you first. You can also skip them. Your answers are not "
	    "saved and go nowhere."));
	memset(a, 0, sizeof *a);
	p->session->plan_asked = true;
	for (int qi = 0; qi < PLAN_QUESTION_COUNT && !p->leaving; ) {
		const struct plan_question_info *q = &plan_questions[qi];
		char counter[64];
		int number;
		enum answer ans;

		blank(p);
		snprintf(counter, sizeof counter, _("Question %d of %d"), qi + 1, PLAN_QUESTION_COUNT);
		say(p, "%s. %s", counter, _(q->text));
		for (size_t i = 0; i < q->nanswers; i++)
			say(p, "%zu. %s", i + 1, _(q->answers[i].label));
		/* TRANSLATORS: plain mode prompts for the plan's questions; s is typed as is. */
		ans = ask(p, q->several ? _("Type the numbers of all that fit, with spaces between "
		    "them, or just Enter for none. s skips the questions.")
		    : _("Type the number of your answer. s skips the questions."), &number);
		if (ans == ANSWER_WORD && strcmp(p->word, "s") == 0) {
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
			show_help_now(p);
			continue;
		}
		if (q->several && ans == ANSWER_NUMBER && (size_t)number <= q->nanswers)
			a->chosen[qi] = 1u << (number - 1);
		else if (q->several && ans == ANSWER_WORD && several_answers(p->word, q, &a->chosen[qi]))
			;
		else if (!q->several && ans == ANSWER_NUMBER && (size_t)number <= q->nanswers)
			a->chosen[qi] = 1u << (number - 1);
		else {
			/* TRANSLATORS: plain mode, after an answer that is not one of the numbers. */
			say(p, "%s", _("Please type one of the numbers shown."));
			continue;
		}
		qi++;
	}
	a->answered = true;
	return !p->leaving;
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
		say(p, "%s", _("Type m, a space and the step's number, for example m 3."));
		return;
	}
	next = step_state_next(progress_state(&p->session->progress, s->id));
	ask_first = session_mark(p->session, s, next);
	blank(p);
	/* TRANSLATORS: plain mode, after marking: "Step 3: done." */
	say(p, _("Step %d: %s."), number, step_state_words(next));
	if (ask_first)
		ask_consent(p);
}

static void
steps_menu(struct plain *p)
{
	const struct content *c = p->content;
	bool show = true;
	int last = 0;           /* the step read last, for a bare "m" */

	if (!p->session->plan_asked && !ask_plan(p))
		return;
	while (!p->leaving) {
		int choice;
		enum answer a;

		if (show)
			print_steps(p);
		show = false;
		/* TRANSLATORS: plain mode prompt; m, c and r are typed as is. */
		a = ask(p, _("Type a step's number to read it, or m and the number to change its "
		    "mark. c changes your answers, r repeats the list, 0 back, h help now."), &choice);
		if (a == ANSWER_NUMBER && step_numbered(p, choice) != NULL) {
			const struct step *s = step_numbered(p, choice);
			struct doc d = { 0 };

			doc_add_msgid(&d, DOC_TITLE, c, s->title.msgid);
			doc_step_notes(&d, c, s, &p->session->plan);
			doc_step_body(&d, c, s, false, lang_current());
			print_doc(p, &d);
			doc_free(&d);
			blank(p);
			/* TRANSLATORS: plain mode, after a step; %s is its mark. */
			say(p, _("This step: %s. Type m and Enter to change its mark."),
			    step_state_words(progress_state(&p->session->progress, s->id)));
			last = choice;
		} else if (a == ANSWER_WORD && strcmp(p->word, "c") == 0) {
			if (!ask_plan(p))
				return;
			show = true;
			last = 0;       /* the numbers follow the new order */
		} else if (a == ANSWER_WORD && (p->word[0] == 'm' || p->word[0] == 'M')) {
			char *end;
			long n = strtol(p->word + 1, &end, 10);

			if (p->word[1] == '\0')
				n = last;
			else if (*end != '\0')
				n = 0;
			mark_step(p, (int)n);
		} else if (!common_answer(p, a, &show)) {
			return;
		}
	}
}

/* ---- directory ---- */

static void
print_directory(struct plain *p, const struct helpline **shown, size_t n)
{
	const struct content *c = p->content;
	const struct helpline_filter *f = &p->session->filter;

	print_title(p, _("Helplines and support"));
	/* TRANSLATORS: plain mode, under the directory's title. */
	say(p, _("Showing %zu of %zu."), n, c->nhelplines);
	/* Each row gives the contact for the filter's language, or the reader's,
	 * and says so when the line answers in another language. */
	const struct language *language = f->language != NULL ? f->language
	    : content_language(c, lang_code(lang_current()));

	for (size_t i = 0; i < n; i++) {
		struct contact_choice k = helpline_contact_for(shown[i], language, f->now);
		const struct contact *phone = k.contact != NULL && k.contact->kind == CONTACT_PHONE
		    ? k.contact : NULL;
		char status[128], in[128] = "";

		if (phone != NULL)
			contact_status_text(phone, f->now, status, sizeof status);
		else
			helpline_status_text(shown[i], f->now, status, sizeof status);
		if (phone != NULL && !k.serves && !shown[i]->emergency)
			snprintf(in, sizeof in, ", %s", contact_answers_in(shown[i], phone));
		if (helpline_origin_label(shown[i]) != NULL)
			snprintf(in + strlen(in), sizeof in - strlen(in), ", %s",
			    helpline_origin_label(shown[i]));
		/* The screen's groups by need, each under its heading; the numbers run on. */
		if (i == 0 || shown[i]->need != shown[i - 1]->need) {
			blank(p);
			say(p, "%s", _(need_title(shown[i]->need)));
		}
		say(p, "%zu. %s%s%s (%s%s)", i + 1, gettext(shown[i]->name.msgid),
		    phone != NULL ? ": " : "", phone != NULL ? phone->value : "", status, in);
	}
}

static void
directory_menu(struct plain *p)
{
	const struct content *c = p->content;
	struct helpline_filter *f = &p->session->filter;
	bool show = true;

	while (!p->leaving) {
		const struct helpline **shown = xmalloc((c->nhelplines + 1) * sizeof *shown);
		size_t n = 0;
		int choice;
		enum answer a;

		f->now = session_now(p->session);
		n = helplines_listed(c, f, shown);
		if (show)
			print_directory(p, shown, n);
		show = false;
		a = ask(p, _("Type a number to read more. a anonymous only, o open now, t topic, "
		    "/ and a word to search, c clear filters, r repeats the list, 0 back."), &choice);
		if (a == ANSWER_NUMBER && (size_t)choice <= n) {
			struct doc d = { 0 };

			doc_helpline(&d, c, shown[choice - 1], f->now);
			print_doc(p, &d);
			doc_free(&d);
		} else if (a == ANSWER_WORD) {
			/* A filter changes the list, so it is shown again. */
			show = true;
			if (strcmp(p->word, "a") == 0) {
				f->anonymous_only = !f->anonymous_only;
			} else if (strcmp(p->word, "o") == 0) {
				f->open_now = !f->open_now;
			} else if (strcmp(p->word, "t") == 0) {
				size_t i = f->topic == NULL ? 0 : (size_t)(f->topic - c->topics) + 1;

				f->topic = i < c->ntopics ? &c->topics[i] : NULL;
			} else if (strcmp(p->word, "c") == 0) {
				memset(f, 0, offsetof(struct helpline_filter, translate));
				p->session->search[0] = '\0';
			} else if (p->word[0] == '/') {
				snprintf(p->session->search, sizeof p->session->search, "%s", p->word + 1);
			} else {
				show = false;
			}
		} else if (!common_answer(p, a, &show)) {
			free(shown);
			return;
		}
		free(shown);
	}
}

/* ---- home ---- */

static void
print_home(struct plain *p)
{
	/* The way to help comes first, before anything else is read. */
	blank(p);
	/* TRANSLATORS: plain mode, the first line of the home screen; h is
	 * typed as is in every language. */
	say(p, "%s", _("In crisis now? Type h and Enter for help now."));
	print_title(p, _("tuki \xe2\x80\x94 support after a data leak"));
	say(p, "1. %s", _(section_title(SECTION_REASSURANCE)));
	say(p, "2. %s", _(section_title(SECTION_COPING)));
	say(p, "3. %s", _("Steps to protect yourself"));
	say(p, "4. %s", _("Helplines and support"));
	say(p, "5. %s", _(section_title(SECTION_ABOUT)));
}

int
plain_run(struct session *session, int in_fd, FILE *out)
{
	struct plain p = { .session = session, .content = session->content, .in = in_fd,
		.out = out, .after_blank = true, .still = true, .echoed = isatty(in_fd) == 1 };
	bool show = true;

	if (lang_current() == LANG_NONE)
		choose_language(&p);
	while (!p.leaving) {
		int choice;
		enum answer a;

		if (show)
			print_home(&p);
		show = false;
		a = ask(&p, NULL, &choice);
		if (a == ANSWER_NUMBER && choice >= 1 && choice <= 5) {
			switch (choice) {
			case 1: section_menu(&p, SECTION_REASSURANCE); break;
			case 2: section_menu(&p, SECTION_COPING); break;
			case 3: steps_menu(&p); break;
			case 4: directory_menu(&p); break;
			default: section_menu(&p, SECTION_ABOUT); break;
			}
			/* Back home is a new place: say where we are. */
			show = true;
		} else if (a != ANSWER_BACK && !common_answer(&p, a, &show)) {
			break;
		}
	}
	blank(&p);
	fflush(out);
	return 0;
}
