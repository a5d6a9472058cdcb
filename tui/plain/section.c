/* Plain mode: a section's pages, plus the breathing pause and deleting marks. */
#include <config.h>

#include "sys/i18n.h"
#include "text/mode_page.h"
#include "plain/prompt.h"
#include "plain/screens.h"

void
plain_section_menu(struct plain *p, int section)
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
			plain_title(p, _(section_title((enum section)section)));
			for (size_t i = 0; i < n; i++)
				plain_say(p, "%zu. %s", i + 1, gettext(pages[i]->title.msgid));
			if (section == SECTION_COPING)
				plain_say(p, "%zu. %s", n + 1, _("Start a guided breathing pause"));
			if (section == SECTION_ABOUT)
				plain_say(p, "%zu. %s", n + 1, _("Delete my saved marks"));
		}
		show = false;
		a = plain_ask(p, NULL, &choice);
		if (a == ANSWER_NUMBER && (size_t)choice <= n) {
			struct doc d = { .spoken = true };

			doc_page_for_mode(&d, c, pages[choice - 1],
			    p->clear != NULL ? PAGE_PLAIN : PAGE_PLAIN_NO_CLEAR);
			plain_doc(p, &d);
			doc_free(&d);
		} else if (a == ANSWER_NUMBER && (size_t)choice == n + 1 && section == SECTION_COPING) {
			plain_breathing(p);
		} else if (a == ANSWER_NUMBER && (size_t)choice == n + 1 && section == SECTION_ABOUT) {
			int unused;

			if (plain_ask(p, _("Delete your saved marks? Type y for yes, n for no."), &unused)
			    == ANSWER_WORD && plain_is_yes(p->word))
				session_forget(p->session);
		} else if (!plain_common_answer(p, a, &show)) {
			return;
		}
	}
}
