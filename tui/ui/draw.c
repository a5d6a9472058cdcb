#include <config.h>

#include <curses.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "sys/lang.h"
#include "text/fallback_help.h"
#include "text/help_now.h"
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
	draw_text(0, 1, TEXT_COLS - 2, title);
	if (term_has_color())
		attroff(COLOR_PAIR(PAIR_HEADER));
	attroff(A_BOLD);
	draw_keybar(can_go_back);
}

/* Draws text on rows y..end-1; *last_used: the columns of the last row drawn. */
static int
paragraph_rows(int y, int x, const char *text, int end, int *last_used)
{
	/* Allocated to fit: a long notice or translation is wrapped whole, never cut. */
	char *clean = sanitize_dup(text);
	int width = TEXT_COLS - 2 * x;
	size_t n = wrap_text(clean, width, NULL, 0);
	struct wrap_line *lines = xcalloc(n, sizeof *lines);

	if (end > LINES)
		end = LINES;
	wrap_text(clean, width, lines, n);
	for (size_t i = 0; i < n && y < end; i++) {
		/* The last row that fits says "…" when the text goes on. */
		bool cut = y == end - 1 && i + 1 < n;
		char *line = xmalloc(lines[i].len + 4);

		memcpy(line, clean + lines[i].start, lines[i].len);
		line[lines[i].len] = '\0';
		if (cut)
			strcat(line, "\xe2\x80\xa6");
		*last_used = draw_text(y++, x, width, line);
		free(line);
	}
	free(lines);
	free(clean);
	return y;
}

int
draw_paragraph_until(int y, int x, const char *text, int end)
{
	int used = 0;

	return paragraph_rows(y, x, text, end, &used);
}

int
draw_paragraphs_until(int y, int x, const char *const *texts, int n, int end)
{
	int used = 0, last_y = -1;

	for (int i = 0; i < n; i++) {
		int top = i > 0 ? y + 1 : y;    /* a blank row between paragraphs */

		if (top >= end) {
			/* Paragraphs left over: the last row shown says so. */
			if (last_y >= 0)
				mvaddstr(last_y, x + (used < TEXT_COLS - 2 * x ? used : TEXT_COLS - 2 * x - 1),
				    "\xe2\x80\xa6");
			break;
		}
		y = paragraph_rows(top, x, texts[i], end, &used);
		last_y = y - 1;
	}
	return y;
}

int
draw_paragraph(int y, int x, const char *text)
{
	return draw_paragraph_until(y, x, text, LINES);
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
	draw_text(RULE_ROW, TEXT_COLS - 20, 18, _(" More below "));
}

/* The rows a list starting at top may use: one free line above the key bar's rule. */
int
draw_list_rows(int top)
{
	return HINT_ROW - top > 1 ? HINT_ROW - top : 1;
}

bool
draw_too_small(const struct content *c)
{
	if (!ui_too_small())
		return false;
	static const char *const messages[LANG_COUNT] = {
		"Suurenna ikkunaa, niin n\xc3\xa4" "et loput.",
		"F\xc3\xb6rstora f\xc3\xb6nstret f\xc3\xb6r att se resten.",
		"Enlarge the window to see the rest.",
	};
	enum lang lang = lang_current();
	/* The last row says why the rest is missing, when there are rows to spare. */
	int end = LINES >= SMALL_NOTE_LINES ? LINES - 1 : LINES, y = 0;

	erase();
	/* Help now comes first, even on a phone-sized window: 112 and the
	 * crisis line in the reader's language (all three before one is chosen). */
	if (lang == LANG_NONE || c == NULL) {
		for (int i = 0; i < LANG_COUNT; i++)
			y = draw_paragraph_until(y, 0, fallback_help((enum lang)i), end);
	} else {
		struct doc doc = { 0 };

		help_now_build(&doc, c, lang);
		for (size_t i = 0; i < doc.n && y < end; i++) {
			if (doc.blocks[i].style == DOC_NOTE || doc.blocks[i].style == DOC_PARAGRAPH)
				continue;   /* the numbers first; the reassurance needs room */
			if (doc.blocks[i].style == DOC_TITLE || doc.blocks[i].style == DOC_HEADING)
				attron(A_BOLD);
			y = draw_paragraph_until(y, 0, doc.blocks[i].text, end);
			attroff(A_BOLD);
		}
		doc_free(&doc);
	}
	if (end < LINES)
		draw_text(LINES - 1, 0, COLS, messages[lang == LANG_NONE ? LANG_EN : lang]);
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
		draw_text(y, 3, TEXT_COLS - 4, items[i]);
		if (focus)
			attroff(A_REVERSE);
	}
	if (count > view->scroll + rows)
		draw_more_below();
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
