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
#include "text/hours_text.h"
#include "text/origin_text.h"
#include "plain/prompt.h"
#include "plain/screens.h"

static void
print_directory(struct plain *p, const struct helpline **shown, size_t n)
{
	const struct content *c = p->content;
	const struct helpline_filter *f = &p->session->filter;

	plain_title(p, _("Helplines and support"));
	/* TRANSLATORS: plain mode, under the directory's title. */
	plain_say(p, _("Showing %zu of %zu."), n, c->nhelplines);
	/* Each row gives the contact for the filter's language, or the reader's,
	 * and says so when the line answers in another language. */
	const struct language *language = contact_shown_language(f);

	for (size_t i = 0; i < n; i++) {
		struct contact_choice k = helpline_contact_for(shown[i], language, f->now);
		const struct contact *phone = k.contact != NULL && k.contact->kind == CONTACT_PHONE
		    ? k.contact : NULL;
		char status[128], in[128] = "";

		/* The status of the contact shown, as on the screen and its page. */
		if (k.contact != NULL)
			contact_status_text(k.contact, f->now, status, sizeof status);
		else
			helpline_status_text(shown[i], f->now, status, sizeof status);
		if (phone != NULL && !k.serves && !shown[i]->emergency)
			snprintf(in, sizeof in, ", %s", contact_answers_in(shown[i], phone));
		if (helpline_origin_label(shown[i]) != NULL)
			snprintf(in + strlen(in), sizeof in - strlen(in), ", %s",
			    helpline_origin_label(shown[i]));
		/* The screen's groups by need, each under its heading; the numbers run on. */
		if (i == 0 || shown[i]->need != shown[i - 1]->need) {
			plain_blank(p);
			plain_say(p, "%s", _(need_title(shown[i]->need)));
		}
		plain_say(p, "%zu. %s%s%s (%s%s)", i + 1, gettext(shown[i]->name.msgid),
		    phone != NULL ? ": " : "", phone != NULL ? phone->value : "", status, in);
	}
}

void
plain_directory_menu(struct plain *p)
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
		f->reader = content_language(c, lang_code(lang_current()));
		n = helplines_listed(c, f, shown);
		if (show)
			print_directory(p, shown, n);
		show = false;
		a = plain_ask(p, _("Type a number to read more. a anonymous only, o open now, t topic, "
		    "/ and a word to search, c clear filters, r repeats the list, 0 back."), &choice);
		if (a == ANSWER_NUMBER && (size_t)choice <= n) {
			struct doc d = { 0 };

			doc_helpline(&d, c, shown[choice - 1], contact_shown_language(f), f->now);
			plain_doc(p, &d);
			doc_free(&d);
		} else if (a == ANSWER_WORD) {
			/* A filter changes the list, so it is shown again. */
			show = true;
			switch (plain_word_action(KEYS_DIRECTORY, p->word)) {
			case ACT_ANONYMOUS:
				f->anonymous_only = !f->anonymous_only;
				break;
			case ACT_OPEN_NOW:
				f->open_now = !f->open_now;
				break;
			case ACT_TOPIC: {
				size_t i = f->topic == NULL ? 0 : (size_t)(f->topic - c->topics) + 1;

				f->topic = i < c->ntopics ? &c->topics[i] : NULL;
				break;
			}
			case ACT_CLEAR:
				memset(f, 0, offsetof(struct helpline_filter, translate));
				p->session->search[0] = '\0';
				break;
			case ACT_SEARCH:
				snprintf(p->session->search, sizeof p->session->search, "%s", p->word + 1);
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
