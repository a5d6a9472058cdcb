/* Drawing helpers shared by the screens: header, key bar, lists, text. */
#ifndef TUKI_UI_DRAW_H
#define TUKI_UI_DRAW_H

#include <stdbool.h>

#include "app.h"

/* The rows between the header and the key bar. */
#define DRAW_BODY_TOP 2
int draw_body_rows(void);

/* Clears the screen and draws the title line and the key bar. */
void draw_frame(const char *title, bool can_go_back);

/* Draws s at (y, x) cut to width columns, sanitized; returns columns used. */
int draw_text(int y, int x, int width, const char *s);

/* Draws text wrapped to the window from row y, column x; returns the next free row. */
int draw_paragraph(int y, int x, const char *text);

/* True when the window is below the design size (layout.h). */
bool ui_too_small(void);
/* True (and a calm message drawn) when the window is below the design size. */
bool draw_too_small(void);
/* "More below" on the rule, when a list or page goes on past the screen. */
void draw_more_below(void);
/* How many rows a list starting at row top may use. */
int draw_list_rows(int top);

/* A selectable list; keeps view->selected visible, puts the cursor on it. */
void draw_list(struct view *view, const char *const *items, int count, int top);

/* Moves the selection for arrow, page and Home/End keys; true if handled. */
bool list_key(struct view *view, int count, wint_t key, bool function_key);

/*
 * Edits a line of text in buf (size bytes) with a key: printable
 * characters are appended, Backspace removes the last character.  True if
 * the key was one of those.
 */
bool text_edit_key(char *buf, size_t size, wint_t key, bool function_key);

/* Keys that open the focused item: Enter and Right (tui/ui/keys.c). */
bool is_open_key(wint_t key, bool function_key);
/* A lone Esc: cancels a prompt or a search. */
bool is_cancel_key(wint_t key, bool function_key);
/* A key of the global table (back, quit, help, language...): prompts let these through. */
bool is_global_key(wint_t key, bool function_key);
/* Left and Backspace: back (in a text prompt Backspace deletes instead). */
bool is_back_key(wint_t key, bool function_key);

#endif
