/*
 * Plain mode, for screen readers, braille displays, printing terminals,
 * TERM=dumb and pipes: every screen is printed as lines and every choice is
 * typed at a prompt.  A number opens an item, m and a number marks a step,
 * r repeats the menu, 0 or b goes back, q quits, L changes language, h
 * shows help now, x leaves at once.  End of input ends the session with
 * status 0.  No cursor addressing, no escape codes, no decoration a voice
 * would read, a paragraph on one line, phone numbers in the spoken form.
 * This file holds the home menu and the loop; each screen family has its
 * own file (screens.h), as in tui/ui/.
 */
#include <config.h>

#include <unistd.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "plain/plain.h"
#include "plain/prompt.h"
#include "plain/screens.h"

static void
print_home(struct plain *p)
{
	/* The way to help comes first, before anything else is read. */
	plain_blank(p);
	/* TRANSLATORS: plain mode, the first line of the home screen; h is
	 * typed as is in every language. */
	plain_say(p, "%s", _("In crisis now? Type h and Enter to see where to get help right away."));
	plain_title(p, _("tuki \xe2\x80\x94 support after a data leak"));
	plain_say(p, "1. %s", _(section_title(SECTION_REASSURANCE)));
	plain_say(p, "2. %s", _(section_title(SECTION_COPING)));
	plain_say(p, "3. %s", _("Steps to protect yourself"));
	plain_say(p, "4. %s", _("Helplines and support"));
	plain_say(p, "5. %s", _(section_title(SECTION_ABOUT)));
	if (session_kept_marks(p->session)) {
		plain_blank(p);
		/* TRANSLATORS: see the same string in tui/ui/home.c. */
		plain_say(p, "%s", _("Your marks from last time were kept. To remove them, choose 5 "
		    "and then Delete my saved marks."));
	}
}

int
plain_run(struct session *session, int in_fd, FILE *out, void (*clear)(void))
{
	struct plain p = { .session = session, .content = session->content, .in = in_fd,
		.out = out, .after_blank = true, .still = true, .echoed = isatty(in_fd) == 1,
		.clear = clear };
	bool show = true;

	if (lang_current() == LANG_NONE)
		plain_choose_language(&p);
	while (!p.leaving) {
		int choice;
		enum answer a;

		if (show)
			print_home(&p);
		show = false;
		a = plain_ask(&p, NULL, &choice);
		if (a == ANSWER_NUMBER && choice >= 1 && choice <= 5) {
			switch (choice) {
			case 1: plain_section_menu(&p, SECTION_REASSURANCE); break;
			case 2: plain_section_menu(&p, SECTION_COPING); break;
			case 3: plain_steps_menu(&p); break;
			case 4: plain_directory_menu(&p); break;
			default: plain_section_menu(&p, SECTION_ABOUT); break;
			}
			/* Back home is a new place: say where we are. */
			show = true;
		} else if (a != ANSWER_BACK && !plain_common_answer(&p, a, &show)) {
			break;
		}
	}
	plain_blank(&p);
	fflush(out);
	if (p.wipe && p.clear != NULL)
		p.clear();
	return 0;
}
