/*
 * The screen's layout numbers, named once: the design size, where lists
 * start, the rows above the key bar, and the colour pairs.  Everything
 * else is computed from LINES and COLS.
 */
#ifndef TUKI_UI_LAYOUT_H
#define TUKI_UI_LAYOUT_H

/*
 * Every screen reflows down to this size; below it a small screen still
 * shows how to get help now (draw_too_small), where h and Esc Esc work.
 */
#define UI_MIN_COLS 40
#define UI_MIN_LINES 12
#define UI_MIN_SIZE_TEXT "40x12"

/* From this height the small screen keeps its last row to say why the rest is missing. */
#define SMALL_NOTE_LINES 6
/* From this height the breathing pause and the kiosk's welcome spread out. */
#define BREATH_ROOMY_LINES 20

/*
 * The text column: on a wide terminal the screens keep to the left 80
 * columns (text of about 76, with its margins), so lines stay readable;
 * the key bar and rules still span the window.
 */
#define TEXT_MAX_COLS 80
#define TEXT_COLS (COLS < TEXT_MAX_COLS ? COLS : TEXT_MAX_COLS)

/* A list under a title and a one-line summary (home, directory, steps...). */
#define LIST_TOP 4
/* A list straight under the title (sections, the language chooser). */
#define LIST_TOP_UNDER_TITLE 3

/* A list label too long for its row wraps under itself, indented, on at most this many. */
#define LIST_ITEM_MAX_ROWS 3
#define LIST_WRAP_INDENT 2
/* The hint above the rule wraps to at most this many rows. */
#define HINT_MAX_ROWS 2

/* From the bottom: the key bar, its rule, and the hint line above the rule. */
#define BAR_ROW (LINES - 1)
#define RULE_ROW (LINES - 2)
#define HINT_ROW (LINES - 3)

/* Colour pairs (term.c sets them): colour only ever adds to what attributes say. */
enum pair { PAIR_HEADER = 1, PAIR_OPEN, PAIR_NOTE };

#endif
