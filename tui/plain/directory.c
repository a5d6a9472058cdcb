/* Plain mode: the helpline directory, its filters and search. */
#include <config.h>

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "model/contact_choice.h"
#include "model/xalloc.h"
#include "text/contact_text.h"
#include "text/filter_text.h"
#include "text/help_now.h"
#include "text/hours_text.h"
#include "text/origin_text.h"
#include "plain/prompt.h"
#include "plain/screens.h"

/* Rows read at a time: a voice reads six, with the count and the prompt,
 * in well under a minute, and n reads the next ones (bench/README.md). */
enum { PAGE_ROWS = 6 };

/* "Showing 8 of 15: open now, in Swedish.": the count and every filter. */
static void
say_count(struct plain *p, size_t n)
{
	const struct content *c = p->content;
	char parts[400];

	filter_parts_text(&p->session->filter, ", ", parts, sizeof parts);
	if (parts[0] == '\0')
		/* TRANSLATORS: plain mode, under the directory's title when no
		 * filter is on: how many services it lists. */
		plain_say(p, P_("%zu service.", "%zu services.", n), n);
	else
		/* TRANSLATORS: plain mode, under the directory's title: how many
		 * are listed, then the filters ("open now, in Swedish"). */
		plain_say(p, _("Showing %zu of %zu: %s."), n, c->nhelplines, parts);
}

/* One row: number, name, the contact for the reader (number or address)
 * and its status, and the language it answers in when not the reader's. */
static void
say_row(struct plain *p, const struct helpline *h, size_t number)
{
	const struct helpline_filter *f = &p->session->filter;
	const struct language *language = contact_shown_language(f);
	struct contact_choice k = helpline_contact_for(h, language, f->now);
	const struct contact *ct = k.contact;
	char status[160], in[160] = "";

	/* The status of the contact shown, as on the screen and its page. */
	if (ct != NULL)
		contact_status_spoken(ct, f->now, status, sizeof status);
	else
		helpline_status_spoken(h, f->now, status, sizeof status);
	if (ct != NULL && ct->kind == CONTACT_PHONE && !k.serves && !h->emergency)
		snprintf(in, sizeof in, ", %s", contact_answers_in(h, ct));
	if (helpline_origin_label(h) != NULL)
		snprintf(in + strlen(in), sizeof in - strlen(in), ", %s", helpline_origin_label(h));
	const char *name = gettext(h->name.msgid);
	/* "Emergency number 112" already says its number. */
	bool said = ct != NULL && strstr(name, ct->value) != NULL;

	plain_say(p, "%zu. %s%s%s (%s%s)", number, name, ct != NULL && !said ? ": " : "",
	    ct != NULL && !said ? ct->value : "", status, in);
}

/* Rows from..from+PAGE_ROWS, each group under its heading; returns the next row. */
static size_t
say_page(struct plain *p, const struct helpline **shown, size_t n, size_t from)
{
	size_t to = from + PAGE_ROWS < n ? from + PAGE_ROWS : n;

	for (size_t i = from; i < to; i++) {
		if (i == from || shown[i]->need != shown[i - 1]->need) {
			plain_blank(p);
			plain_say(p, "%s", _(need_title(shown[i]->need)));
		}
		say_row(p, shown[i], i + 1);
	}
	return to;
}

/* f: the directory's other letters, said only when asked for. */
static void
say_filter_keys(struct plain *p)
{
	plain_blank(p);
	/* TRANSLATORS: plain mode, after f in the directory.  The letters are
	 * typed as they are in every language; the colon after each makes a
	 * voice say the letter's name, not the word "a". */
	plain_say(p, "%s", _("a: anonymous only. o: open now. t: the next topic. "
	    "l: the language a line answers in. / and a word: search. c: clear the filters. "
	    "r: the list again from the start. p: print or save the list."));
}

void
plain_directory_menu(struct plain *p)
{
	const struct content *c = p->content;
	struct helpline_filter *f = &p->session->filter;
	bool show = true;
	size_t next = 0;

	while (!p->leaving) {
		const struct helpline **shown = xmalloc((c->nhelplines + 1) * sizeof *shown);
		size_t n = 0;
		int choice;
		enum answer a;
		char prompt[400];

		f->now = session_now(p->session);
		f->reader = content_reader_language(c, lang_code(lang_current()));
		n = helplines_listed(c, f, shown);
		if (show) {
			plain_title(p, _("Helplines and support"));
			say_count(p, n);
			next = say_page(p, shown, n, 0);
		}
		show = false;
		if (next < n)
			/* TRANSLATORS: plain mode, after a page of the directory: %zu
			 * is how many rows n reads next. */
			snprintf(prompt, sizeof prompt, _("A number: more about it. n: the next %zu. "
			    "f: filters. 0: back."), n - next);
		else
			snprintf(prompt, sizeof prompt, "%s", _("A number: more about it. "
			    "f: filters. 0: back."));
		p->screen_keys = KEYS_DIRECTORY;
		a = plain_ask(p, prompt, &choice);
		p->screen_keys = 0;
		if (a == ANSWER_NUMBER && (size_t)choice <= n) {
			struct doc d = { .spoken = true };

			doc_helpline(&d, c, shown[choice - 1], contact_shown_language(f), f->now);
			plain_doc(p, &d);
			doc_free(&d);
		} else if (a == ANSWER_WORD) {
			/* A filter changes the list, so it is read again from its start. */
			show = true;
			switch (plain_word_action(KEYS_DIRECTORY, p->word)) {
			case ACT_ANONYMOUS:
				f->anonymous_only = !f->anonymous_only;
				break;
			case ACT_OPEN_NOW:
				f->open_now = !f->open_now;
				break;
			case ACT_TOPIC:
				filter_next_topic(c, f);
				break;
			case ACT_SERVED_LANGUAGE:
				filter_next_language(c, f, content_language(c, lang_code(lang_current())));
				break;
			case ACT_CLEAR:
				memset(f, 0, offsetof(struct helpline_filter, translate));
				p->session->search[0] = '\0';
				f->search = p->session->search;
				break;
			case ACT_SEARCH:
				snprintf(p->session->search, sizeof p->session->search, "%s", p->word + 1);
				break;
			case ACT_NEXT_PAGE:
				show = false;
				if (next < n)
					next = say_page(p, shown, n, next);
				break;
			case ACT_KEYS:
				show = false;
				say_filter_keys(p);
				break;
			case ACT_PRINT:
				show = false;
				plain_print(p, PRINT_HELPLINES);
				break;
			default:
				show = false;
				break;
			}
		} else if (!plain_common_answer(p, a, &show)) {
			free(shown);
			return;
		}
		free(shown);
	}
}
