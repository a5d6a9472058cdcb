/*
 * The one table of keys: which key does what, on which screens and in
 * which mode, and how the bottom bar, the ? screen and tuki.1 name it.
 * A new key is added here; screens ask keys_action() what a key means
 * instead of comparing letters themselves.  Plain mode's command letters
 * are rows of the same table (mode KEYS_PLAIN).  No curses here: the
 * function keys have the table's own names, and ui/keys_curses.c maps
 * curses' codes to them.
 */
#ifndef TUKI_UI_KEYS_H
#define TUKI_UI_KEYS_H

#include <stdbool.h>
#include <wchar.h>

enum key_action {
	ACT_NONE,
	/* anywhere (plain mode: r repeats the menu) */
	ACT_HELP_NOW, ACT_QUICK_EXIT, ACT_BACK, ACT_LANGUAGE, ACT_KEYS, ACT_QUIT, ACT_STAFF, ACT_REPEAT,
	/* lists and the reader */
	ACT_UP, ACT_DOWN, ACT_PAGE_UP, ACT_PAGE_DOWN, ACT_FIRST, ACT_LAST, ACT_OPEN,
	ACT_NUMBER,     /* a digit: the item or link with that number */
	ACT_NEXT_PAGE, ACT_PREVIOUS_PAGE,      /* a content page: the next in its section */
	/* prompts and search */
	ACT_CANCEL,
	/* the step tracker */
	ACT_MARK, ACT_PLAN, ACT_CHOOSE,
	/* the breathing pause */
	ACT_BREATH_FORM,
	/* the directory */
	ACT_ANONYMOUS, ACT_OPEN_NOW, ACT_TOPIC, ACT_SERVED_LANGUAGE, ACT_SEARCH, ACT_CLEAR,
	ACT_PRINT,
};

/* Where a key applies: a screen family, or every screen (KEYS_GLOBAL). */
enum {
	KEYS_GLOBAL = 1 << 0,      /* after the screen has declined the key */
	KEYS_LIST = 1 << 1,        /* any list: home, sections, chooser, steps, directory */
	KEYS_READER = 1 << 2,      /* a page being read */
	KEYS_HOME = 1 << 3,
	KEYS_CHOOSER = 1 << 4,     /* the language chooser and the kiosk's welcome */
	KEYS_STEPS = 1 << 5,       /* the step tracker's list */
	KEYS_STEP_PAGE = 1 << 6,   /* one step being read */
	KEYS_DIRECTORY = 1 << 7,
	KEYS_PROMPT = 1 << 8,      /* search, file name, PIN, the two-choice questions */
	KEYS_BREATHING = 1 << 9,   /* the guided breathing pause */
	KEYS_PLAN = 1 << 10,       /* the plan's questions before the step list */
	KEYS_PAGE = 1 << 11,       /* a page of a section being read */
};

/* Which mode a key belongs to: the screens' two, or plain mode's typed lines
 * (where a letter alone on a line is the command; m and / take the rest). */
enum { KEYS_PERSONAL = 1 << 0, KEYS_KIOSK = 1 << 1, KEYS_BOTH = KEYS_PERSONAL | KEYS_KIOSK,
	KEYS_PLAIN = 1 << 2 };

/* The function keys a row can have as its twin (ui/keys_curses.c maps curses' codes). */
enum function_key {
	FKEY_NONE, FKEY_F1, FKEY_F2, FKEY_F3, FKEY_F9, FKEY_F12,
	FKEY_UP, FKEY_DOWN, FKEY_LEFT, FKEY_RIGHT, FKEY_PPAGE, FKEY_NPAGE, FKEY_HOME, FKEY_END,
	FKEY_ENTER, FKEY_BACKSPACE,
};

struct key_binding {
	wint_t key;             /* the letter or control code; 0: none */
	wint_t last;            /* for a run of digits, the last one; else 0 */
	enum function_key fkey; /* the function-key twin (FKEY_F2, FKEY_UP), or FKEY_NONE */
	enum key_action action;
	unsigned where;         /* KEYS_* screens */
	unsigned modes;         /* KEYS_PERSONAL, KEYS_KIOSK, KEYS_PLAIN */
	const char *name;       /* the letter as tuki.1 and ? write it ("k", "1-9"); NULL: an alias */
	const char *fname;      /* the function key's name ("Up", "F2"); NULL: an alias */
	const char *help;       /* msgid of the ? screen's line; rows sharing a line share it */
	const char *bar;        /* msgid of the bottom bar's label, or NULL */
	const char *bar_key;    /* how the bar shows the key, if not by its name */
};

extern const struct key_binding key_table[];
extern const int key_table_count;

/* Personal or kiosk: set once when the session starts. */
void keys_set_mode(unsigned mode);
unsigned keys_mode(void);

/* The row for a letter (not a function key) in one of modes on a screen of
 * the where bits, or NULL.  No curses: plain mode asks this too. */
const struct key_binding *keys_find_letter(unsigned modes, unsigned where, wint_t key);

/* For the screens (ui/keys_curses.c), in the mode set above; function_key:
 * key is a curses code (KEY_F(2), KEY_UP).
 * What key means on a screen of the where bits; ACT_NONE if nothing. */
enum key_action keys_action(unsigned where, wint_t key, bool function_key);

/* The row that matched (for ACT_NUMBER: key - row->key is the index), or NULL. */
const struct key_binding *keys_find(unsigned where, wint_t key, bool function_key);

/* The lone Esc that cancels a prompt (a second one within the window is the quick exit). */
#define KEY_ESC 0x1b

#endif
