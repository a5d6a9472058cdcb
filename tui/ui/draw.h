/* Drawing helpers shared by the screens: header, key bar, lists, text. */
#ifndef TUKI_UI_DRAW_H
#define TUKI_UI_DRAW_H

#include <stdbool.h>

#include "sys/lang.h"

#include "app.h"

/* The rows between the header and the key bar. */
#define DRAW_BODY_TOP 2
int draw_body_rows(void);

/* Clears the screen and draws the title line and the key bar. */
void draw_frame(const char *title, bool can_go_back);
/* Until called again, the key bar says each label in these n languages
 * (the kiosk before a language is chosen); NULL: the current one. */
void draw_bar_languages(const enum lang *langs, int n);
/* The same while text is typed (a search): the key bar shows function keys. */
void draw_frame_typing(const char *title, bool can_go_back, bool typing);

/* Draws s at (y, x) cut to width columns, sanitized; returns columns used. */
int draw_text(int y, int x, int width, const char *s);

/* Draws text wrapped to the window from row y, column x; returns the next free row. */
int draw_paragraph(int y, int x, const char *text);
/* The same, on rows before end only; a cut text ends with "…". */
int draw_paragraph_until(int y, int x, const char *text, int end);
/* Like draw_paragraph_until, but it wraps only between entries sep apart
 * ("[ ] to do   [x] done"), unless an entry is wider than a row or there
 * are too few rows. */
int draw_entries_until(int y, int x, const char *text, const char *sep, int end);
/* Paragraphs with a blank row between them, on rows before end; what does
 * not fit is marked with "…".  Returns the row after the last one drawn. */
int draw_paragraphs_until(int y, int x, const char *const *texts, int n, int end);

/* True when the window is below the smallest layout (layout.h). */
bool ui_too_small(void);
/* True when the window is below the smallest layout; then draws help now
 * (112 and the crisis line for the reader's language) as far as it fits. */
bool draw_too_small(const struct content *c);
/* "More below" on the rule, when a list or page goes on past the screen. */
void draw_more_below(void);
/* How many rows a list starting at row top may use (above the hint). */
int draw_list_rows(int top);
/*
 * The hint above the rule: entries three spaces apart ("Enter: open   p:
 * print"), whole, on up to two rows on a narrow window.  Draw it before
 * the list, which then ends above it.  Returns its first row.
 */
int draw_hint(const char *hint);
/* The row draw_hint would start on, drawing nothing. */
int draw_hint_height(const char *hint);

/*
 * A selectable list; keeps view->selected whole in view and puts the
 * cursor on it.  A label too long for a row wraps under itself.
 */
void draw_list(struct view *view, const char *const *items, int count, int top);
/*
 * One list label from column 3 on rows y.. (at most rows of them): too
 * long for a row, it wraps under itself indent columns in, on at most
 * LIST_ITEM_MAX_ROWS, and what still does not fit ends with "…".
 * list_item_rows says how many rows it takes.
 */
void draw_list_item(const char *item, int y, int rows, int indent, bool focus);
int list_item_rows(const char *item, int indent);
/* The rows draw_list needs for the whole list. */
int draw_list_height(const char *const *items, int count);

/*
 * Mouse clicks: which list item each screen row shows, as last drawn.
 * draw_list fills it, and so do lists that lay out their own rows (the
 * steps, the directory); the app forgets it before each drawing and when
 * the view on top changes.
 */
void draw_rows_forget(void);
void draw_row_item(int y, int item);
/* The item on row y, or -1. */
int draw_item_at(int y);

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
