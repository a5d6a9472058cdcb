/*
 * Plain mode, for screen readers, braille displays, printing terminals,
 * TERM=dumb and pipes: every screen is printed as lines and every choice is
 * typed at a prompt.  A number chooses, 0 or b goes back, q quits, L
 * changes language, h shows help now, x leaves at once.  End of input ends
 * the session with status 0.  No cursor addressing, no escape codes.
 */
#include <config.h>

#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "text/doc.h"
#include "text/hours_text.h"
#include "sys/i18n.h"
#include "text/help_now.h"
#include "sys/lang.h"
#include "model/utf8.h"
#include "model/wrap.h"
#include "render/plain.h"

enum answer { ANSWER_NUMBER, ANSWER_BACK, ANSWER_QUIT, ANSWER_LANGUAGE, ANSWER_HELP,
	ANSWER_WORD, ANSWER_EOF };

struct plain {
	struct session *session;
	const struct content *content;
	int in;
	char buf[1024];             /* input not yet consumed */
	size_t buffered;
	FILE *out;
	int width;
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

static void
print_wrapped(struct plain *p, const char *text, int indent, const char *first_prefix)
{
	char clean[4096];
	size_t n;
	struct wrap_line *lines;

	sanitize_text(text, clean, sizeof clean);
	n = wrap_text(clean, p->width - indent, NULL, 0);
	lines = malloc((n > 0 ? n : 1) * sizeof *lines);    /* malloc(0) may be NULL */
	if (lines == NULL)
		abort();
	wrap_text(clean, p->width - indent, lines, n);
	for (size_t i = 0; i < n; i++)
		fprintf(p->out, "%-*s%.*s\n", indent, i == 0 ? first_prefix : "",
		    (int)lines[i].len, clean + lines[i].start);
	free(lines);
}

/* Every line of output goes through the sanitizer: catalogs are files too. */
static void
print_line(struct plain *p, const char *fmt, ...)
{
	char raw[4096], clean[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(raw, sizeof raw, fmt, ap);
	va_end(ap);
	fputs(sanitize_text(raw, clean, sizeof clean), p->out);
	fputc('\n', p->out);
}

static void
print_title(struct plain *p, const char *title)
{
	char clean[512];

	fprintf(p->out, "\n== %s ==\n\n", sanitize_text(title, clean, sizeof clean));
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
			fputc('\n', p->out);
			print_wrapped(p, b->text, 0, "");
			break;
		case DOC_ITEM:
			print_wrapped(p, b->text, 2, "-");
			break;
		case DOC_LABEL:
			print_wrapped(p, b->text, 0, "");
			break;
		default:
			print_wrapped(p, b->text, 0, "");
			fputc('\n', p->out);
			break;
		}
	}
}

static void
print_notice(struct plain *p)
{
	if (p->session->notice[0] == '\0')
		return;
	fputc('\n', p->out);
	print_wrapped(p, p->session->notice, 0, "");
	p->session->notice[0] = '\0';
}

/* ---- prompting ---- */

static enum answer
ask(struct plain *p, const char *prompt, int *number)
{
	char line[256], *end;
	long n;

	print_notice(p);
	fputc('\n', p->out);
	print_wrapped(p, prompt != NULL ? prompt
	    : _("Type a number and Enter. 0 back, q quit, L language, h help now, x leave at once."),
	    0, "");
	fputs("> ", p->out);
	fflush(p->out);
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
	n = strtol(line, &end, 10);
	if (line[0] >= '0' && line[0] <= '9' && *end == '\0' && n > 0 && n < 100000) {
		*number = (int)n;
		return ANSWER_NUMBER;
	}
	snprintf(p->word, sizeof p->word, "%s", line);
	return ANSWER_WORD;
}

static void
choose_language(struct plain *p)
{
	int n;

	print_title(p, "Valitse kieli \xc2\xb7 V\xc3\xa4lj spr\xc3\xa5k \xc2\xb7 Choose a language");
	for (int i = 0; i < LANG_COUNT; i++)
		fprintf(p->out, "%d. %s\n", i + 1, lang_native_name((enum lang)i));
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

/* Handles the answers every menu shares; true if the menu should go on. */
static bool
common_answer(struct plain *p, enum answer a)
{
	switch (a) {
	case ANSWER_LANGUAGE:
		choose_language(p);
		return true;
	case ANSWER_HELP:
		show_help_now(p);
		return true;
	case ANSWER_BACK:
	case ANSWER_QUIT:
	case ANSWER_EOF:
		return false;
	default:
		return true;
	}
}

/* ---- sections ---- */

static void
breathing_text(struct plain *p)
{
	static const struct { const char *words; int seconds; } phases[] = {
		{ N_("Breathe in slowly through your nose"), 4 },
		{ N_("Hold your breath gently"), 4 },
		{ N_("Breathe out slowly through your mouth"), 6 },
	};

	print_title(p, _("A breathing pause"));
	print_wrapped(p, _("Five slow rounds. Press Enter at any time to stop."), 0, "");
	for (int round = 1; round <= 5; round++) {
		fputc('\n', p->out);
		print_line(p, _("Round %d of %d"), round, 5);
		for (size_t i = 0; i < 3; i++) {
			print_line(p, "%s: %d", _(phases[i].words), phases[i].seconds);
			fflush(p->out);
			if (input_waiting(p, phases[i].seconds * 1000)) {
				char line[64];

				if (!read_line(p, line, sizeof line))
					p->leaving = true;
				return;
			}
		}
	}
	print_wrapped(p, _("Well done. Notice how you feel now."), 0, "");
}

static void
section_menu(struct plain *p, int section)
{
	const struct content *c = p->content;

	while (!p->leaving) {
		const struct page *pages[256];
		size_t n = 0;
		int choice;
		enum answer a;

		print_title(p, _(section_title((enum section)section)));
		for (size_t i = 0; i < c->npages && n < 256; i++) {
			if ((int)c->pages[i].section != section)
				continue;
			pages[n++] = &c->pages[i];
			fprintf(p->out, "%zu. ", n);
			print_wrapped(p, gettext(c->pages[i].title.msgid), 0, "");
		}
		if (section == SECTION_COPING)
			print_line(p, "%zu. %s", n + 1, _("Start a guided breathing pause"));
		if (section == SECTION_ABOUT)
			print_line(p, "%zu. %s", n + 1, _("Delete my saved marks"));
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
			    == ANSWER_WORD && (strcmp(p->word, "y") == 0 || strcmp(p->word, "Y") == 0))
				session_forget(p->session);
		} else if (!common_answer(p, a)) {
			return;
		}
	}
}

/* ---- steps ---- */

static const char *const markers[STEP_STATE_COUNT] = { "[ ]", "[x]", "[-]" };

static void
ask_consent(struct plain *p)
{
	int unused;
	enum answer a;

	fputc('\n', p->out);
	print_wrapped(p, _("Would you like tuki to remember your marks on this computer, so "
	    "they are here next time? Only the marks are kept, and you can delete them at "
	    "any time."), 0, "");
	a = ask(p, _("Type y to keep them on this computer, n to keep them only for this "
	    "session."), &unused);
	session_answer_consent(p->session, a == ANSWER_WORD &&
	    (strcmp(p->word, "y") == 0 || strcmp(p->word, "Y") == 0));
}

static void
steps_menu(struct plain *p)
{
	const struct content *c = p->content;

	while (!p->leaving) {
		size_t done, applicable, marked;
		int choice;
		enum answer a;
		char line[256];

		progress_count(&p->session->progress, c, &done, &applicable, &marked);
		print_title(p, _("Steps to protect yourself"));
		snprintf(line, sizeof line, P_("%zu of %zu done", "%zu of %zu done", applicable),
		    done, applicable);
		print_line(p, "%s", line);
		for (int g = 0; g < GROUP_COUNT; g++) {
			bool heading = false;

			for (size_t i = 0; i < c->nsteps; i++) {
				char prefix[32];

				if ((int)c->steps[i].group != g)
					continue;
				/* The empty line is written, not sanitized (it would be U+FFFD). */
				if (!heading) {
					fputc('\n', p->out);
					print_line(p, "%s", _(step_group_title((enum step_group)g)));
				}
				heading = true;
				snprintf(prefix, sizeof prefix, "%zu. %s ", i + 1,
				    markers[progress_state(&p->session->progress, c->steps[i].id)]);
				print_wrapped(p, gettext(c->steps[i].title.msgid), (int)strlen(prefix), prefix);
			}
		}
		a = ask(p, _("Type a step's number to change its mark ([ ] to do, [x] done, "
		    "[-] does not apply), or r and the number to read about it. 0 goes back."),
		    &choice);
		if (a == ANSWER_NUMBER && (size_t)choice <= c->nsteps) {
			const struct step *s = &c->steps[choice - 1];

			if (session_mark(p->session, s,
			    step_state_next(progress_state(&p->session->progress, s->id))))
				ask_consent(p);
		} else if (a == ANSWER_WORD && (p->word[0] == 'r' || p->word[0] == 'R')) {
			long n = strtol(p->word + 1, NULL, 10);

			if (n >= 1 && (size_t)n <= c->nsteps) {
				struct doc d = { 0 };

				doc_step(&d, c, &c->steps[n - 1]);
				print_doc(p, &d);
				doc_free(&d);
			}
		} else if (!common_answer(p, a)) {
			return;
		}
	}
}

/* ---- directory ---- */

static void
directory_menu(struct plain *p)
{
	const struct content *c = p->content;
	struct helpline_filter *f = &p->session->filter;

	while (!p->leaving) {
		const struct helpline **shown = malloc((c->nhelplines + 1) * sizeof *shown);
		size_t n = 0;
		int choice;
		enum answer a;
		char line[512];

		f->now = session_now(p->session);
		n = helplines_listed(c, f, shown);
		snprintf(line, sizeof line, _("Helplines and support (%zu of %zu)"), n, c->nhelplines);
		print_title(p, line);
		for (size_t i = 0; i < n; i++) {
			const struct contact *phone = helpline_contact(shown[i], CONTACT_PHONE);
			char status[128], prefix[32];

			helpline_status_text(shown[i], f->now, status, sizeof status);
			snprintf(prefix, sizeof prefix, "%zu. ", i + 1);
			snprintf(line, sizeof line, "%s%s%s (%s)", gettext(shown[i]->name.msgid),
			    phone != NULL ? ": " : "", phone != NULL ? phone->value : "", status);
			print_wrapped(p, line, (int)strlen(prefix), prefix);
		}
		a = ask(p, _("Type a number to read more. a anonymous only, o open now, t topic, "
		    "/ and a word to search, c clear filters, 0 back."), &choice);
		if (a == ANSWER_NUMBER && (size_t)choice <= n) {
			struct doc d = { 0 };

			doc_helpline(&d, c, shown[choice - 1], f->now);
			print_doc(p, &d);
			doc_free(&d);
		} else if (a == ANSWER_WORD) {
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
			}
		} else if (!common_answer(p, a)) {
			free(shown);
			return;
		}
		free(shown);
	}
}

/* ---- home ---- */

int
plain_run(struct session *session, int in_fd, FILE *out, int width)
{
	struct plain p = { .session = session, .content = session->content, .in = in_fd,
		.out = out, .width = width > 20 ? width : 72 };

	if (lang_current() == LANG_NONE)
		choose_language(&p);
	while (!p.leaving) {
		int choice;
		enum answer a;

		print_title(&p, _("tuki \xe2\x80\x94 support after a data leak"));
		print_line(&p, "1. %s", _(section_title(SECTION_REASSURANCE)));
		print_line(&p, "2. %s", _(section_title(SECTION_COPING)));
		print_line(&p, "3. %s", _("Steps to protect yourself"));
		print_line(&p, "4. %s", _("Helplines and support"));
		print_line(&p, "5. %s", _(section_title(SECTION_ABOUT)));
		a = ask(&p, NULL, &choice);
		if (a == ANSWER_NUMBER) {
			switch (choice) {
			case 1: section_menu(&p, SECTION_REASSURANCE); break;
			case 2: section_menu(&p, SECTION_COPING); break;
			case 3: steps_menu(&p); break;
			case 4: directory_menu(&p); break;
			case 5: section_menu(&p, SECTION_ABOUT); break;
			default: break;
			}
		} else if (a != ANSWER_BACK && !common_answer(&p, a)) {
			break;
		}
	}
	fputc('\n', out);
	fflush(out);
	return 0;
}
