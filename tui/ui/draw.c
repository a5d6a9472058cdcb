#include <config.h>

#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "../model/utf8.h"
#include "../model/wrap.h"
#include "../model/xalloc.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"
#include "term.h"

int
draw_body_rows(void)
{
	return RULE_ROW - DRAW_BODY_TOP;
}

int
draw_text(int y, int x, int width, const char *s)
{
	char clean[2048];
	int used;
	size_t bytes;

	if (width <= 0)
		return 0;
	sanitize_text(s, clean, sizeof clean);
	bytes = text_fit(clean, width, &used);
	if (clean[bytes] != '\0' && width > 1) {
		/* Cut text says so with an ellipsis instead of stopping mid-word. */
		bytes = text_fit(clean, width - 1, &used);
		mvaddnstr(y, x, clean, (int)bytes);
		addstr("\xe2\x80\xa6");
		return used + 1;
	}
	mvaddnstr(y, x, clean, (int)bytes);
	return used;
}

/* One entry of the key bar: the key in bold, then what it does. */
static int
draw_key_hint(int x, const char *key, const char *label)
{
	int need = text_width(key) + 1 + text_width(label);

	if (x + need > COLS)
		return x;
	attron(A_BOLD);
	x += draw_text(BAR_ROW, x, COLS - x, key);
	attroff(A_BOLD);
	x += 1;
	x += draw_text(BAR_ROW, x, COLS - x, label);
	return x + 2;
}

/* The bottom bar: the rows of the key table that have a bar label. */
static void
draw_keybar(bool can_go_back)
{
	int x = 0;

	mvhline(RULE_ROW, 0, ACS_HLINE, COLS);
	for (int i = 0; i < key_table_count; i++) {
		const struct key_binding *b = &key_table[i];

		if (b->bar == NULL || !(b->modes & keys_mode()) || (b->action == ACT_BACK && !can_go_back))
			continue;
		x = draw_key_hint(x, b->bar_key != NULL ? b->bar_key : b->name, _(b->bar));
	}
}

void
draw_frame(const char *title, bool can_go_back)
{
	erase();
	attron(A_BOLD);
	if (term_has_color())
		attron(COLOR_PAIR(PAIR_HEADER));
	draw_text(0, 1, COLS - 2, title);
	if (term_has_color())
		attroff(COLOR_PAIR(PAIR_HEADER));
	attroff(A_BOLD);
	draw_keybar(can_go_back);
}

int
draw_paragraph(int y, int x, const char *text)
{
	/* Allocated to fit: a long notice or translation is wrapped whole, never cut. */
	char *clean = sanitize_dup(text);
	size_t n = wrap_text(clean, COLS - 2 * x, NULL, 0);
	struct wrap_line *lines = xcalloc(n, sizeof *lines);

	wrap_text(clean, COLS - 2 * x, lines, n);
	for (size_t i = 0; i < n && y < LINES; i++) {
		char *line = xmalloc(lines[i].len + 1);

		memcpy(line, clean + lines[i].start, lines[i].len);
		line[lines[i].len] = '\0';
		draw_text(y++, x, COLS - 2 * x, line);
		free(line);
	}
	free(lines);
	free(clean);
	return y;
}

bool
ui_too_small(void)
{
	return COLS < UI_MIN_COLS || LINES < UI_MIN_LINES;
}

void
draw_more_below(void)
{
	/* TRANSLATORS: on the rule under a list or page, at most 18 columns. */
	draw_text(RULE_ROW, COLS - 20, 18, _(" More below "));
}

/* The rows a list starting at top may use: one free line above the key bar's rule. */
int
draw_list_rows(int top)
{
	return HINT_ROW - top > 1 ? HINT_ROW - top : 1;
}

bool
draw_too_small(void)
{
	if (!ui_too_small())
		return false;
	static const char *const messages[LANG_COUNT] = {
		"Suurenna ikkunaa, kiitos.",
		"F\xc3\xb6rstora f\xc3\xb6nstret, tack.",
		"Please enlarge the window.",
	};
	int y = 0;

	erase();
	/* The current language first; all three, as one may not be chosen yet. */
	if (lang_current() != LANG_NONE)
		y = draw_paragraph(y, 0, messages[lang_current()]);
	for (int i = 0; i < LANG_COUNT; i++)
		if (i != (int)lang_current())
			y = draw_paragraph(y, 0, messages[i]);
	draw_text(y + 1 < LINES ? y + 1 : y, 0, COLS, UI_MIN_SIZE_TEXT);
	move(0, 0);
	return true;
}

void
draw_list(struct view *view, const char *const *items, int count, int top)
{
	int rows = draw_list_rows(top);
	int cursor_y = top;

	view->list_top = top;
	view->list_rows = count - view->scroll < rows ? count - view->scroll : rows;
	if (view->selected >= count)
		view->selected = count - 1;
	if (view->selected < 0)
		view->selected = 0;
	if (view->selected < view->scroll)
		view->scroll = view->selected;
	if (view->selected >= view->scroll + rows)
		view->scroll = view->selected - rows + 1;
	for (int i = view->scroll; i < count && i - view->scroll < rows; i++) {
		int y = top + (i - view->scroll);
		bool focus = i == view->selected;

		/* The marker and reverse video both show the focus: never colour alone. */
		if (focus) {
			attron(A_REVERSE);
			mvaddstr(y, 1, "> ");   /* one reverse run with the label */
			cursor_y = y;
		}
		draw_text(y, 3, COLS - 4, items[i]);
		if (focus)
			attroff(A_REVERSE);
	}
	move(cursor_y, 3);
}

bool
list_key(struct view *view, int count, wint_t key, bool function_key)
{
	/* A page is what draw_list shows, so PgDn moves by the rows on screen. */
	int page = draw_list_rows(view->list_top);

	switch (keys_action(KEYS_LIST, key, function_key)) {
	case ACT_UP: view->selected--; break;
	case ACT_DOWN: view->selected++; break;
	case ACT_PAGE_UP: view->selected -= page; break;
	case ACT_PAGE_DOWN: view->selected += page; break;
	case ACT_FIRST: view->selected = 0; break;
	case ACT_LAST: view->selected = count - 1; break;
	default: return false;
	}
	if (view->selected < 0)
		view->selected = 0;
	if (view->selected >= count)
		view->selected = count - 1;
	return true;
}

bool
text_edit_key(char *buf, size_t size, wint_t key, bool function_key)
{
	size_t len = strlen(buf);

	if ((function_key && key == KEY_BACKSPACE) || (!function_key && (key == 0x7f || key == 0x08))) {
		while (len > 0 && ((unsigned char)buf[len - 1] & 0xc0) == 0x80)
			len--;          /* back over a whole UTF-8 character */
		if (len > 0)
			len--;
		buf[len] = '\0';
		return true;
	}
	if (!function_key && key >= 0x20 && !codepoint_is_unsafe(key)) {
		char mb[MB_LEN_MAX];
		mbstate_t st;
		size_t n;

		memset(&st, 0, sizeof st);
		n = wcrtomb(mb, (wchar_t)key, &st);
		if (n != (size_t)-1 && len + n < size - 1) {
			memcpy(buf + len, mb, n);
			buf[len + n] = '\0';
		}
		return true;
	}
	return false;
}

bool
is_open_key(wint_t key, bool function_key)
{
	return keys_action(KEYS_LIST | KEYS_PROMPT, key, function_key) == ACT_OPEN;
}

bool
is_cancel_key(wint_t key, bool function_key)
{
	return keys_action(KEYS_PROMPT, key, function_key) == ACT_CANCEL;
}

bool
is_global_key(wint_t key, bool function_key)
{
	return keys_action(KEYS_GLOBAL, key, function_key) != ACT_NONE;
}

bool
is_back_key(wint_t key, bool function_key)
{
	return keys_action(KEYS_GLOBAL, key, function_key) == ACT_BACK;
}
