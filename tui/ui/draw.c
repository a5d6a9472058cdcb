#include <config.h>

#include <curses.h>
#include <limits.h>
#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "../model/utf8.h"
#include "../model/wrap.h"
#include "draw.h"
#include "term.h"

int
draw_body_rows(void)
{
	return LINES - 4;
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
	x += draw_text(LINES - 1, x, COLS - x, key);
	attroff(A_BOLD);
	x += 1;
	x += draw_text(LINES - 1, x, COLS - x, label);
	return x + 2;
}

static void
draw_keybar(bool can_go_back)
{
	int x = 0;

	mvhline(LINES - 2, 0, ACS_HLINE, COLS);
	/* TRANSLATORS: key bar entries; the whole bar has 80 columns, and the
	 * limits of its six labels (8, 12, 8, 8, 9, 7) fill it with the keys.
	 * This one at most 8 columns. */
	x = draw_key_hint(x, "h", _("Help now"));
	/* TRANSLATORS: key bar label for Esc Esc, at most 12 columns. */
	x = draw_key_hint(x, "Esc Esc", _("Quick exit"));
	if (can_go_back)
		/* TRANSLATORS: key bar label for the Left arrow, at most 8 columns. */
		x = draw_key_hint(x, "\xe2\x86\x90", _("Back"));
	/* TRANSLATORS: key bar label for L, at most 8 columns. */
	x = draw_key_hint(x, "L", _("Language"));
	/* TRANSLATORS: key bar label for ?, at most 9 columns. */
	x = draw_key_hint(x, "?", _("Keys"));
	/* TRANSLATORS: key bar label for q, at most 7 columns. */
	draw_key_hint(x, "q", _("Quit"));
}

void
draw_frame(const char *title, bool can_go_back)
{
	erase();
	attron(A_BOLD);
	if (term_has_color())
		attron(COLOR_PAIR(1));
	draw_text(0, 1, COLS - 2, title);
	if (term_has_color())
		attroff(COLOR_PAIR(1));
	attroff(A_BOLD);
	draw_keybar(can_go_back);
}

int
draw_paragraph(int y, int x, const char *text)
{
	char clean[2048], line[2048];
	struct wrap_line lines[32];
	size_t n;

	sanitize_text(text, clean, sizeof clean);
	n = wrap_text(clean, COLS - 2 * x, lines, 32);
	for (size_t i = 0; i < n && i < 32 && y < LINES; i++) {
		memcpy(line, clean + lines[i].start, lines[i].len);
		line[lines[i].len] = '\0';
		draw_text(y++, x, COLS - 2 * x, line);
	}
	return y;
}

bool
draw_too_small(void)
{
	if (COLS >= 80 && LINES >= 24)
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
	draw_text(y + 1 < LINES ? y + 1 : y, 0, COLS, "80x24");
	move(0, 0);
	return true;
}

void
draw_list(struct view *view, const char *const *items, int count, int top)
{
	int rows = LINES - 3 - top;     /* one free line above the key bar's rule */
	int cursor_y = top;

	if (rows < 1)
		rows = 1;
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
	int page = LINES - 6 > 1 ? LINES - 6 : 1;

	if (function_key) {
		switch (key) {
		case KEY_UP: view->selected--; break;
		case KEY_DOWN: view->selected++; break;
		case KEY_PPAGE: view->selected -= page; break;
		case KEY_NPAGE: view->selected += page; break;
		case KEY_HOME: view->selected = 0; break;
		case KEY_END: view->selected = count - 1; break;
		default: return false;
		}
	} else if (key == L'k') {
		view->selected--;
	} else if (key == L'j') {
		view->selected++;
	} else {
		return false;
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
	if (function_key)
		return key == KEY_ENTER || key == KEY_RIGHT;
	return key == L'\r' || key == L'\n';
}
