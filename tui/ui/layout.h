/*
 * The screen's layout numbers, named once: the design size, where lists
 * start, the rows above the key bar, and the colour pairs.  Everything
 * else is computed from LINES and COLS.
 */
#ifndef TUKI_UI_LAYOUT_H
#define TUKI_UI_LAYOUT_H

/* Below this the screens show "please enlarge the window" (draw_too_small). */
#define UI_MIN_COLS 80
#define UI_MIN_LINES 24
#define UI_MIN_SIZE_TEXT "80x24"

/* A list under a title and a one-line summary (home, directory, steps...). */
#define LIST_TOP 4
/* A list straight under the title (sections, the language chooser). */
#define LIST_TOP_UNDER_TITLE 3

/* From the bottom: the key bar, its rule, and the hint line above the rule. */
#define BAR_ROW (LINES - 1)
#define RULE_ROW (LINES - 2)
#define HINT_ROW (LINES - 3)

/* Colour pairs (term.c sets them): colour only ever adds to what attributes say. */
enum pair { PAIR_HEADER = 1, PAIR_OPEN, PAIR_NOTE };

#endif
