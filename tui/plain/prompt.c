/*
 * Plain mode's prompt: every choice is a line typed after "> ".  A number
 * opens an item; r repeats the menu, 0 or b goes back, q quits, L changes
 * language, h shows help now, x leaves at once (the letters are rows of the
 * key table, tui/ui/keys.c).  End of input ends the session.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "text/help_now.h"
#include "plain/prompt.h"

static void
print_notice(struct plain *p)
{
	char *notice = session_take_notice(p->session);

	if (notice == NULL)
		return;
	plain_blank(p);
	plain_say(p, "%s", notice);
	free(notice);
}

/* The prompt every menu ends with unless it has its own. */
static const char *
menu_prompt(void)
{
	/* TRANSLATORS: plain mode, read aloud by screen readers after every
	 * menu. The letters are typed as they are in every language; the colon
	 * after each makes a voice say the letter's name ("a" is not the word). */
	return _("Type a number and Enter. r: the menu again. 0: back. q: quit. L: language. "
	    "h: help now. x: leave at once.");
}

enum key_action
plain_word_action(unsigned where, const char *word)
{
	const struct key_binding *b = word[0] != '\0'
	    ? keys_find_letter(KEYS_PLAIN, where, (unsigned char)word[0]) : NULL;

	if (b == NULL)
		return ACT_NONE;
	if (word[1] == '\0' || b->action == ACT_MARK || b->action == ACT_SEARCH)
		return b->action;
	return ACT_NONE;
}

bool
plain_leaves(struct plain *p, const char *line)
{
	enum key_action a = plain_word_action(KEYS_GLOBAL, line);

	/* Esc Esc and Enter: a terminal sends the two ESC bytes in the line. */
	if (a != ACT_QUIT && a != ACT_QUICK_EXIT && strstr(line, "\033\033") == NULL)
		return false;
	p->leaving = true;
	p->wipe = true;
	return true;
}

enum answer
plain_ask(struct plain *p, const char *prompt, int *number)
{
	char line[256], *end;
	long n;

	print_notice(p);
	plain_blank(p);
	plain_say(p, "%s", prompt != NULL ? prompt : menu_prompt());
	fputs("> ", p->out);
	fflush(p->out);
	p->after_prompt = true;
	if (!plain_read_line(p, line, sizeof line)) {
		p->leaving = true;
		/* Ctrl-D typed at a terminal leaves like q. */
		p->wipe = p->echoed;
		return ANSWER_EOF;
	}
	if (plain_leaves(p, line))
		return ANSWER_QUIT;
	/* A screen's own letter first: in the directory l filters by language. */
	if (p->screen_keys != 0 && plain_word_action(p->screen_keys, line) != ACT_NONE) {
		snprintf(p->word, sizeof p->word, "%s", line);
		return ANSWER_WORD;
	}
	switch (plain_word_action(KEYS_GLOBAL, line)) {
	case ACT_BACK:
		return ANSWER_BACK;
	case ACT_LANGUAGE:
		return ANSWER_LANGUAGE;
	case ACT_HELP_NOW:
		return ANSWER_HELP;
	case ACT_REPEAT:
		return ANSWER_REPEAT;
	default:
		break;
	}
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
bool
plain_is_yes(const char *word)
{
	/* TRANSLATORS: see the same string in tui/ui/question.c. */
	const char *pair = _("y/n");
	size_t len = strcspn(pair, "/");

	if (strcasecmp(word, "y") == 0)
		return true;
	return len > 0 && strlen(word) == len && strncasecmp(word, pair, len) == 0;
}

void
plain_choose_language(struct plain *p)
{
	char title[512], choices[64];
	size_t at = 0;
	int n;

	lang_join(NULL, lang_count(), N_("Choose a language"), title, sizeof title);
	plain_title(p, title);
	for (int i = 0; i < lang_count(); i++) {
		plain_say(p, "%d. %s", i + 1, lang_native_name((enum lang)i));
		at += (size_t)snprintf(choices + at, sizeof choices - at, "%s%d", i ? ", " : "",
		    i + 1);
		if (at >= sizeof choices)
			break;
	}
	for (;;) {
		enum answer a = plain_ask(p, choices, &n);

		if (a == ANSWER_NUMBER && n >= 1 && n <= lang_count()) {
			if (!lang_activate((enum lang)(n - 1)))
				plain_say(p, "%s", lang_missing_text());
			return;
		}
		if (a == ANSWER_EOF || a == ANSWER_QUIT || a == ANSWER_BACK) {
			if (lang_current() == LANG_NONE)
				lang_activate(lang_source());
			return;
		}
	}
}

void
plain_help_now(struct plain *p)
{
	struct doc d = { .spoken = true };

	help_now_build(&d, p->content, lang_current(), session_now(p->session));
	plain_doc(p, &d);
	doc_free(&d);
}

/*
 * Handles the answers every menu shares; true if the menu should go on.
 * *show is set when the menu must be printed again (r, or a new language).
 */
bool
plain_common_answer(struct plain *p, enum answer a, bool *show)
{
	switch (a) {
	case ANSWER_LANGUAGE:
		plain_choose_language(p);
		*show = true;
		return true;
	case ANSWER_HELP:
		plain_help_now(p);
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
