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

/* The first row of the hint above the rule, from draw_hint; lists end above it. */
static int hint_top;

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

static const enum lang *bar_langs;
static int bar_nlangs;

void
draw_bar_languages(const enum lang *langs, int n)
{
	bar_langs = langs;
	bar_nlangs = langs != NULL ? n : 0;
}

/* A bar label in the current language, or in each of bar_langs: "Apua nyt/Hjälp nu". */
static const char *
bar_label(const char *msgid, char *out, size_t size)
{
	size_t at = 0;

	if (bar_langs == NULL)
		return _(msgid);
	out[0] = '\0';
	for (int i = 0; i < bar_nlangs && at < size; i++) {
		const char *text = lang_gettext(bar_langs[i], msgid);

		/* Said alike in two languages: once. */
		if (at > 0 && strstr(out, text) != NULL)
			continue;
		at += (size_t)snprintf(out + at, size - at, "%s%s", at > 0 ? "/" : "", text);
	}
	return out;
}

/*
 * The bottom bar: the rows of the key table that have a bar label.  While
 * typing, a letter is part of the text, so a key is shown by its function-
 * key twin ("F3 Help now") or not at all, and Backspace is not "back".
 */
static void
draw_keybar(bool can_go_back, bool typing)
{
	int x = 0;
	char label[256];

	mvhline(RULE_ROW, 0, ACS_HLINE, COLS);
	for (int i = 0; i < key_table_count; i++) {
		const struct key_binding *b = &key_table[i];
		const char *key = b->bar_key != NULL ? b->bar_key : b->name;

		if (b->bar == NULL || !(b->modes & keys_mode()) || (b->action == ACT_BACK && !can_go_back))
			continue;
		if (typing && (b->action == ACT_BACK || (b->key >= 0x20 && b->fname == NULL)))
			continue;
		if (typing && b->key >= 0x20)
			key = b->fname;
		x = draw_key_hint(x, key, bar_label(b->bar, label, sizeof label));
	}
}

void
draw_frame(const char *title, bool can_go_back)
{
	draw_frame_typing(title, can_go_back, false);
}

void
draw_frame_typing(const char *title, bool can_go_back, bool typing)
{
	erase();
	hint_top = HINT_ROW;    /* until draw_hint says the hint takes more */
	attron(A_BOLD);
	if (term_has_color())
		attron(COLOR_PAIR(PAIR_HEADER));
	/* A title too long for its row wraps onto the blank row under it. */
	if (text_width(title) > TEXT_COLS - 2)
		draw_paragraph_until(0, 1, title, DRAW_BODY_TOP);
	else
		draw_text(0, 1, TEXT_COLS - 2, title);
	if (term_has_color())
		attroff(COLOR_PAIR(PAIR_HEADER));
	attroff(A_BOLD);
	draw_keybar(can_go_back, typing);
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

/* Lays out (and when draw, draws) whole entries; returns the rows, or -1
 * when an entry is wider than a row. */
static int
entries_rows(int y, int x, char *clean, const char *sep, bool draw)
{
	int width = TEXT_COLS - 2 * x, used = 0, nrows = 0;
	char *entry = clean;

	while (entry != NULL) {
		char *next = strstr(entry, sep), keep = '\0';
		int w;

		if (next != NULL) {
			keep = *next;
			*next = '\0';
		}
		w = text_width(entry);
		if (w > width) {
			if (next != NULL)
				*next = keep;
			return -1;
		}
		if (w > 0) {
			if (nrows > 0 && used + text_width(sep) + w <= width) {
				if (draw)
					draw_text(y + nrows - 1, x + used, width - used, sep);
				used += text_width(sep);
			} else {
				nrows++;
				used = 0;
			}
			if (draw)
				draw_text(y + nrows - 1, x + used, width - used, entry);
			used += w;
		}
		if (next != NULL) {
			*next = keep;
			next += strlen(sep);
		}
		entry = next;
	}
	return nrows;
}

int
draw_entries_until(int y, int x, const char *text, const char *sep, int end)
{
	char *clean = sanitize_dup(text);
	int n = entries_rows(y, x, clean, sep, false);

	/* An entry wider than a row, or too many rows: wrapped as words instead. */
	if (n < 0 || y + n > end || y + n > LINES) {
		free(clean);
		return draw_paragraph_until(y, x, text, end);
	}
	entries_rows(y, x, clean, sep, true);
	free(clean);
	return y + n;
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

/*
 * Packs whole hint entries ("key: what it does", three spaces apart) on up
 * to HINT_MAX_ROWS rows; an entry that does not fit waits for a wider
 * window.  Fills rows (when not NULL, to be freed) and returns their number.
 */
static int
pack_hint(const char *hint, char **rows)
{
	char *clean = sanitize_dup(hint), *row[HINT_MAX_ROWS] = { 0 };
	const char *sep = "   ";
	int width = TEXT_COLS - 2, nrows = 0, used = 0;

	for (char *entry = clean, *next; entry != NULL; entry = next) {
		int w;

		next = strstr(entry, sep);
		if (next != NULL) {
			*next = '\0';
			next += strlen(sep);
		}
		w = text_width(entry);
		if (w == 0)
			continue;
		if (nrows > 0 && used + (int)strlen(sep) + w <= width) {
			size_t len = strlen(row[nrows - 1]);

			row[nrows - 1] = xrealloc(row[nrows - 1], len + strlen(sep) + strlen(entry) + 1);
			strcpy(row[nrows - 1] + len, sep);
			strcat(row[nrows - 1], entry);
			used += (int)strlen(sep) + w;
		} else if (nrows < HINT_MAX_ROWS && (w <= width || nrows == 0)) {
			row[nrows++] = xstrdup(entry);
			used = w;
		}
	}
	for (int i = 0; i < nrows; i++) {
		if (rows != NULL)
			rows[i] = row[i];
		else
			free(row[i]);
	}
	free(clean);
	return nrows;
}

int
draw_hint_height(const char *hint)
{
	int n = pack_hint(hint, NULL);

	return n > 0 ? HINT_ROW - n + 1 : HINT_ROW;
}

int
draw_hint(const char *hint)
{
	char *rows[HINT_MAX_ROWS];
	int n = pack_hint(hint, rows);

	hint_top = n > 0 ? HINT_ROW - n + 1 : HINT_ROW;
	for (int i = 0; i < n; i++) {
		draw_text(hint_top + i, 1, TEXT_COLS - 2, rows[i]);
		free(rows[i]);
	}
	return hint_top;
}

/* The rows a list starting at top may use: one free line above the key bar's rule. */
int
draw_list_rows(int top)
{
	int end = hint_top > 0 && hint_top <= HINT_ROW ? hint_top : HINT_ROW;

	return end - top > 1 ? end - top : 1;
}

/*
 * What the small screen leaves out: the reassurance always (the numbers
 * first), and when even the rest does not fit (a phone-sized window), the
 * title and the words under a heading that already has its number
 * ("Emergency number 112"), so the crisis line's number is still there.
 */
static bool
small_help_skips(enum doc_style st, bool compact, bool heading_has_digits)
{
	if (st == DOC_NOTE || st == DOC_PARAGRAPH)
		return true;
	return compact && (st == DOC_TITLE || (st == DOC_LABEL && heading_has_digits));
}

/* The rows the small screen's Help now takes. */
static int
small_help_rows(const struct doc *doc, bool compact)
{
	int rows = 0;
	bool digits = false;

	for (size_t i = 0; i < doc->n; i++) {
		char *clean;

		if (doc->blocks[i].style == DOC_HEADING)
			digits = strpbrk(doc->blocks[i].text, "0123456789") != NULL;
		if (small_help_skips(doc->blocks[i].style, compact, digits))
			continue;
		clean = sanitize_dup(doc->blocks[i].text);
		rows += (int)wrap_text(clean, TEXT_COLS, NULL, 0);
		free(clean);
	}
	return rows;
}

bool
draw_too_small(const struct content *c)
{
	if (!ui_too_small())
		return false;
	const char *enlarge = N_("Enlarge the window to see the rest.");
	enum lang lang = lang_current();
	/* The last row says why the rest is missing, when there are rows to spare. */
	int end = LINES >= SMALL_NOTE_LINES ? LINES - 1 : LINES, y = 0;

	erase();
	/* Help now comes first, even on a phone-sized window: 112 and the
	 * crisis line in the reader's language (all of them before one is chosen). */
	if (lang == LANG_NONE || c == NULL) {
		for (int i = 0; i < lang_count(); i++)
			y = draw_paragraph_until(y, 0, fallback_help((enum lang)i), end);
	} else {
		struct doc doc = { 0 };

		help_now_small(&doc, c, lang);
		bool compact = small_help_rows(&doc, false) > end;
		bool digits = false;    /* the heading before has the number */

		for (size_t i = 0; i < doc.n && y < end; i++) {
			enum doc_style st = doc.blocks[i].style;

			if (st == DOC_HEADING)
				digits = strpbrk(doc.blocks[i].text, "0123456789") != NULL;
			if (small_help_skips(st, compact, digits))
				continue;
			if (doc.blocks[i].style == DOC_TITLE || doc.blocks[i].style == DOC_HEADING)
				attron(A_BOLD);
			y = draw_paragraph_until(y, 0, doc.blocks[i].text, end);
			attroff(A_BOLD);
		}
		doc_free(&doc);
	}
	if (end < LINES)
		draw_text(LINES - 1, 0, COLS, lang == LANG_NONE ? enlarge : _(enlarge));
	move(0, 0);
	return true;
}

/*
 * Wraps a list label: one row when it fits beside the marker, else under
 * itself with an indent.  Returns the rows it takes, at most LIST_ITEM_MAX_ROWS
 * (then *cut is set); clean must be sanitized.
 */
static int
item_lines(const char *clean, int indent, struct wrap_line *lines, bool *cut)
{
	size_t n;

	*cut = false;
	if (text_width(clean) <= TEXT_COLS - 4)
		return 1;
	n = wrap_text(clean, TEXT_COLS - 4 - indent, lines, LIST_ITEM_MAX_ROWS);
	*cut = n > LIST_ITEM_MAX_ROWS;
	return *cut ? LIST_ITEM_MAX_ROWS : (int)n;
}

int
list_item_rows(const char *item, int indent)
{
	struct wrap_line lines[LIST_ITEM_MAX_ROWS];
	char *clean = sanitize_dup(item);
	bool cut;
	int n = item_lines(clean, indent, lines, &cut);

	free(clean);
	return n;
}

int
draw_list_height(const char *const *items, int count)
{
	int rows = 0;

	for (int i = 0; i < count; i++)
		rows += list_item_rows(items[i], LIST_WRAP_INDENT);
	return rows;
}

void
draw_list_item(const char *item, int y, int rows, int indent, bool focus)
{
	struct wrap_line lines[LIST_ITEM_MAX_ROWS];
	char *clean = sanitize_dup(item);
	bool cut;
	int n = item_lines(clean, indent, lines, &cut);

	if (n == 1) {
		draw_text(y, 3, TEXT_COLS - 4, clean);
		free(clean);
		return;
	}
	for (int k = 0; k < n && k < rows; k++) {
		/* The last row drawn takes the rest, so draw_text ends it with "…". */
		bool last = k == rows - 1 || k == n - 1;
		size_t len = last ? strlen(clean + lines[k].start) : lines[k].len;
		char *line = xmalloc(len + 4);
		int x = 3;

		memcpy(line, clean + lines[k].start, len);
		line[len] = '\0';
		if (last && (k < n - 1 || cut)) {
			/* Cut after a whole word, with room for the "…". */
			struct wrap_line rest;

			wrap_text(line, TEXT_COLS - 5 - indent, &rest, 1);
			strcpy(line + rest.start + rest.len, "\xe2\x80\xa6");
			memmove(line, line + rest.start, strlen(line + rest.start) + 1);
		}
		if (k > 0 && focus)
			mvprintw(y + k, 3, "%*s", indent, "");  /* the focus reads as one block */
		if (k > 0)
			x += indent;
		draw_text(y + k, x, TEXT_COLS - 1 - x, line);
		free(line);
	}
	free(clean);
}

/* The item on each screen row as last drawn, -1 for none (a heading, a
 * blank): the terminal's, not a view's, since only the top view is drawn. */
static short row_item[256];
static bool rows_known;

void
draw_rows_forget(void)
{
	rows_known = false;
}

void
draw_row_item(int y, int item)
{
	if (!rows_known) {
		memset(row_item, -1, sizeof row_item);
		rows_known = true;
	}
	if (y >= 0 && y < (int)(sizeof row_item / sizeof row_item[0]))
		row_item[y] = (short)item;
}

int
draw_item_at(int y)
{
	if (!rows_known || y < 0 || y >= (int)(sizeof row_item / sizeof row_item[0]))
		return -1;
	return row_item[y];
}

void
draw_list(struct view *view, const char *const *items, int count, int top)
{
	int rows = draw_list_rows(top), used = 0, whole = 0, cursor_y = top, i;

	view->list_top = top;
	if (view->selected >= count)
		view->selected = count - 1;
	if (view->selected < 0)
		view->selected = 0;
	if (view->selected < view->scroll)
		view->scroll = view->selected;
	/* Scroll until the focused item is whole on screen. */
	for (;;) {
		int h = 0;

		for (i = view->scroll; i <= view->selected; i++)
			h += list_item_rows(items[i], LIST_WRAP_INDENT);
		if (h <= rows || view->scroll >= view->selected)
			break;
		view->scroll++;
	}
	for (i = view->scroll; i < count && used < rows; i++) {
		int y = top + used, h = list_item_rows(items[i], LIST_WRAP_INDENT);
		bool focus = i == view->selected;

		/* Whole items only, but for a focused one taller than the list. */
		if (h > rows - used && !focus)
			break;
		if (h > rows - used)
			h = rows - used;
		else
			whole++;
		/* The marker and reverse video both show the focus: never colour alone. */
		if (focus) {
			attron(A_REVERSE);
			mvaddstr(y, 1, "> ");   /* one reverse run with the label */
			cursor_y = y;
		}
		draw_list_item(items[i], y, h, LIST_WRAP_INDENT, focus);
		if (focus)
			attroff(A_REVERSE);
		for (int k = 0; k < h; k++)
			draw_row_item(y + k, i);
		used += h;
	}
	view->list_rows = whole > 0 ? whole : 1;   /* a page for PgUp and PgDn */
	if (i < count || used > rows || whole < i - view->scroll)
		draw_more_below();
	move(cursor_y, 3);
}

bool
list_key(struct view *view, int count, wint_t key, bool function_key)
{
	/* A page is what the screen shows: the items draw_list drew whole, or
	 * for a list that maps its own rows (the directory), its rows. */
	int page = view->list_rows > 0 ? view->list_rows : draw_list_rows(view->list_top);

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
