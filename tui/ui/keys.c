/*
 * The key table.  The ? screen and the bottom bar list keys in this
 * order; where two rows could match one lookup, the first wins.  tuki.1 lists the
 * same names, in KEYS for the screens and in PLAIN MODE for the rows of
 * KEYS_PLAIN (tests/content/keys-man.sh).
 */
#include <config.h>

#include "sys/i18n.h"
#include "keys.h"

#define ALL_LISTS (KEYS_LIST | KEYS_READER)
/* The screens' key that plain mode also takes, as a line of its own. */
#define ALL_MODES (KEYS_BOTH | KEYS_PLAIN)
/* One line of the ? screen for Space, in the step tracker and the plan's questions. */
#define SPACE_HELP N_("Space: change a step's mark (to do, done, does not apply) " \
	"or choose an answer to a question")
/* One line of the ? screen for the directory's filter keys. */
#define DIRECTORY_HELP N_("a, o, t, l, /, c: helplines that are anonymous, open now, on a " \
	"topic, in a language; search; clear")

/* TRANSLATORS: the "x: ..." lines are the ? screen, where the key names
 * before the colon may be translated (Up, Down, Left, Right, Space) but
 * not the letters.  The key bar's six labels share 80 columns with the
 * keys: their limits (8, 12, 8, 8, 9, 7) fill it. */
const struct key_binding key_table[] = {
	/* Every screen: the bottom bar.  F3 is Help now where h is typed (a search). */
	{ L'h', 0, FKEY_F3, ACT_HELP_NOW, KEYS_GLOBAL, ALL_MODES, "h", "F3",
	  N_("h, F3: help now, from any screen (in a search, F3 only)"),
	  /* TRANSLATORS: key bar label for h, at most 8 columns. */
	  N_("Help now"), NULL },
	/* The loop sees the two Escs; F12 is the one-key twin. */
	{ 0, 0, FKEY_F12, ACT_QUICK_EXIT, KEYS_GLOBAL, KEYS_BOTH, "Esc Esc", "F12",
	  N_("Esc Esc, F12: quick exit (clears the screen and leaves at once)"),
	  /* TRANSLATORS: key bar label for Esc Esc, at most 12 columns. */
	  N_("Quick exit"), NULL },
	{ 0x7f, 0, FKEY_LEFT, ACT_BACK, KEYS_GLOBAL, KEYS_BOTH, "Backspace", "Left",
	  N_("Left, Backspace: back"),
	  /* TRANSLATORS: key bar label for the Left arrow, at most 8 columns. */
	  N_("Back"), "\xe2\x86\x90" },
	{ 0x08, 0, FKEY_BACKSPACE, ACT_BACK, KEYS_GLOBAL, KEYS_BOTH, NULL, NULL,
	  N_("Left, Backspace: back"), NULL, NULL },
	{ L'L', 0, FKEY_F2, ACT_LANGUAGE, KEYS_GLOBAL, ALL_MODES, "L", "F2",
	  N_("L, F2: change language"),
	  /* TRANSLATORS: key bar label for L, at most 8 columns. */
	  N_("Language"), NULL },
	{ L'?', 0, FKEY_F1, ACT_KEYS, KEYS_GLOBAL, KEYS_BOTH, "?", "F1",
	  N_("?, F1: this help"),
	  /* TRANSLATORS: key bar label for ?, at most 9 columns. */
	  N_("Keys"), NULL },
	{ L'q', 0, FKEY_NONE, ACT_QUIT, KEYS_GLOBAL, KEYS_PERSONAL | KEYS_PLAIN, "q", NULL,
	  N_("q: quit"),
	  /* TRANSLATORS: key bar label for q, at most 7 columns. */
	  N_("Quit"), NULL },
	{ L'q', 0, FKEY_NONE, ACT_QUIT, KEYS_GLOBAL, KEYS_KIOSK, "q", NULL,
	  /* TRANSLATORS: the kiosk's q: back to the welcome screen, the visitor's session wiped. */
	  N_("q: start over"),
	  /* TRANSLATORS: the kiosk's key bar label for q, at most 10 columns. */
	  N_("Start over"), NULL },
	/* Staff only: not on the visitor's ? screen. */
	{ L'S', 0, FKEY_F9, ACT_STAFF, KEYS_GLOBAL, KEYS_KIOSK, "S", "F9", NULL, NULL, NULL },

	/* Moving in lists and pages. */
	{ L'k', 0, FKEY_UP, ACT_UP, ALL_LISTS, KEYS_BOTH, "k", "Up",
	  N_("Up, Down, j, k: move"), NULL, NULL },
	{ L'j', 0, FKEY_DOWN, ACT_DOWN, ALL_LISTS, KEYS_BOTH, "j", "Down",
	  N_("Up, Down, j, k: move"), NULL, NULL },
	{ 0, 0, FKEY_PPAGE, ACT_PAGE_UP, ALL_LISTS, KEYS_BOTH, NULL, "PgUp",
	  N_("PgUp, PgDn, Home, End: scroll"), NULL, NULL },
	{ 0, 0, FKEY_NPAGE, ACT_PAGE_DOWN, ALL_LISTS, KEYS_BOTH, NULL, "PgDn",
	  N_("PgUp, PgDn, Home, End: scroll"), NULL, NULL },
	{ L' ', 0, FKEY_NONE, ACT_PAGE_DOWN, KEYS_READER, KEYS_BOTH, NULL, NULL,
	  N_("PgUp, PgDn, Home, End: scroll"), NULL, NULL },
	{ 0, 0, FKEY_HOME, ACT_FIRST, ALL_LISTS, KEYS_BOTH, NULL, "Home",
	  N_("PgUp, PgDn, Home, End: scroll"), NULL, NULL },
	{ 0, 0, FKEY_END, ACT_LAST, ALL_LISTS, KEYS_BOTH, NULL, "End",
	  N_("PgUp, PgDn, Home, End: scroll"), NULL, NULL },
	{ L'\r', 0, FKEY_ENTER, ACT_OPEN, KEYS_LIST | KEYS_PROMPT, KEYS_BOTH, "Enter", NULL,
	  N_("Enter, Right: open"), NULL, NULL },
	{ L'\n', 0, FKEY_RIGHT, ACT_OPEN, KEYS_LIST | KEYS_PROMPT, KEYS_BOTH, NULL, "Right",
	  N_("Enter, Right: open"), NULL, NULL },
	{ L'1', L'9', FKEY_NONE, ACT_NUMBER, KEYS_HOME | KEYS_CHOOSER | KEYS_STEP_PAGE | KEYS_PAGE, KEYS_BOTH,
	  "1-9", NULL,
	  N_("1 to 9: open a section from the home screen, a numbered helpline from a step, "
	  "or a numbered link at the end of a page"),
	  NULL, NULL },
	/* A page of a section: the next or the one before, without going back to the list. */
	{ L'n', 0, FKEY_NONE, ACT_NEXT_PAGE, KEYS_PAGE, KEYS_BOTH, "n", NULL,
	  N_("n, b: on a page, the next page of its section or the one before"), NULL, NULL },
	{ L'b', 0, FKEY_NONE, ACT_PREVIOUS_PAGE, KEYS_PAGE, KEYS_BOTH, "b", NULL,
	  N_("n, b: on a page, the next page of its section or the one before"), NULL, NULL },

	/* A step: Space marks it (the step page asks before the reader, where Space pages). */
	{ L' ', 0, FKEY_NONE, ACT_MARK, KEYS_STEPS | KEYS_STEP_PAGE, KEYS_BOTH, "Space", NULL,
	  SPACE_HELP, NULL, NULL },

	/* The plan's questions: Space chooses (several answers: chooses or clears). */
	{ L' ', 0, FKEY_NONE, ACT_CHOOSE, KEYS_PLAN, KEYS_BOTH, "Space", NULL,
	  SPACE_HELP, NULL, NULL },
	{ L'c', 0, FKEY_NONE, ACT_PLAN, KEYS_STEPS, ALL_MODES, "c", NULL,
	  N_("c: in the step list, change your answers to the questions"), NULL, NULL },

	/* The breathing pause: the bar and countdown, or still words only. */
	{ L's', 0, FKEY_NONE, ACT_BREATH_FORM, KEYS_BREATHING, ALL_MODES, "s", NULL,
	  N_("s: show or hide the moving bar in the breathing pause"), NULL, NULL },

	/* Prompts and search: a lone Esc cancels (two are the quick exit). */
	{ KEY_ESC, 0, FKEY_NONE, ACT_CANCEL, KEYS_PROMPT, KEYS_BOTH, "Esc", NULL,
	  N_("Esc: cancel a prompt or a search"), NULL, NULL },

	/* The helpline directory. */
	{ L'a', 0, FKEY_NONE, ACT_ANONYMOUS, KEYS_DIRECTORY, ALL_MODES, "a", NULL,
	  DIRECTORY_HELP, NULL, NULL },
	{ L'o', 0, FKEY_NONE, ACT_OPEN_NOW, KEYS_DIRECTORY, ALL_MODES, "o", NULL,
	  DIRECTORY_HELP, NULL, NULL },
	{ L't', 0, FKEY_NONE, ACT_TOPIC, KEYS_DIRECTORY, ALL_MODES, "t", NULL,
	  DIRECTORY_HELP, NULL, NULL },
	{ L'l', 0, FKEY_NONE, ACT_SERVED_LANGUAGE, KEYS_DIRECTORY, ALL_MODES, "l", NULL,
	  DIRECTORY_HELP, NULL, NULL },
	{ L'/', 0, FKEY_NONE, ACT_SEARCH, KEYS_DIRECTORY, ALL_MODES, "/", NULL,
	  DIRECTORY_HELP, NULL, NULL },
	{ L'c', 0, FKEY_NONE, ACT_CLEAR, KEYS_DIRECTORY, ALL_MODES, "c", NULL,
	  DIRECTORY_HELP, NULL, NULL },
	{ L'p', 0, FKEY_NONE, ACT_PRINT, KEYS_DIRECTORY | KEYS_STEPS, ALL_MODES, "p", NULL,
	  N_("p: print what the screen lists"), NULL, NULL },

	/* Plain mode's own letters, each typed alone on a line (m and / take
	 * the rest of it).  Plain mode says them in its prompts, not on a ?
	 * screen; h, L, q, c, s and the directory's letters are the rows above. */
	{ L'r', 0, FKEY_NONE, ACT_REPEAT, KEYS_GLOBAL, KEYS_PLAIN, "r", NULL, NULL, NULL, NULL },
	{ L'0', 0, FKEY_NONE, ACT_BACK, KEYS_GLOBAL, KEYS_PLAIN, "0", NULL, NULL, NULL, NULL },
	{ L'b', 0, FKEY_NONE, ACT_BACK, KEYS_GLOBAL, KEYS_PLAIN, "b", NULL, NULL, NULL, NULL },
	{ L'x', 0, FKEY_NONE, ACT_QUICK_EXIT, KEYS_GLOBAL, KEYS_PLAIN, "x", NULL, NULL, NULL, NULL },
	{ L'l', 0, FKEY_NONE, ACT_LANGUAGE, KEYS_GLOBAL, KEYS_PLAIN, NULL, NULL, NULL, NULL, NULL },
	{ L'm', 0, FKEY_NONE, ACT_MARK, KEYS_STEPS, KEYS_PLAIN, "m", NULL, NULL, NULL, NULL },
	{ L'M', 0, FKEY_NONE, ACT_MARK, KEYS_STEPS, KEYS_PLAIN, NULL, NULL, NULL, NULL, NULL },
	/* The directory read a page at a time: n the next rows, f its other letters. */
	{ L'n', 0, FKEY_NONE, ACT_NEXT_PAGE, KEYS_DIRECTORY, KEYS_PLAIN, "n", NULL, NULL, NULL, NULL },
	{ L'f', 0, FKEY_NONE, ACT_KEYS, KEYS_DIRECTORY, KEYS_PLAIN, "f", NULL, NULL, NULL, NULL },
	/* The plan's questions: s skips them (the screens' Esc). */
	{ L's', 0, FKEY_NONE, ACT_CANCEL, KEYS_PLAN, KEYS_PLAIN, "s", NULL, NULL, NULL, NULL },
};

const int key_table_count = (int)(sizeof key_table / sizeof key_table[0]);

static unsigned mode = KEYS_PERSONAL;

void
keys_set_mode(unsigned m)
{
	mode = m;
}

unsigned
keys_mode(void)
{
	return mode;
}

const struct key_binding *
keys_find_letter(unsigned modes, unsigned where, wint_t key)
{
	for (int i = 0; i < key_table_count; i++) {
		const struct key_binding *b = &key_table[i];

		if (!(b->where & where) || !(b->modes & modes))
			continue;
		if (b->key != 0 && (b->last != 0 ? key >= b->key && key <= b->last : key == b->key))
			return b;
	}
	return NULL;
}
