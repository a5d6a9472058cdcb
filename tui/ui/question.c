/*
 * The text of a question is laid out as lines first (paragraphs wrapped,
 * a blank line between them) so that it can scroll on a low window while
 * the answers stay where they are.
 */
#include <config.h>

#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "sys/i18n.h"
#include "../model/utf8.h"
#include "../model/wrap.h"
#include "../model/xalloc.h"
#include "draw.h"
#include "keys.h"
#include "layout.h"
#include "question.h"

#define TEXT_X 2

struct text_lines {
	char **line;            /* NULL for the blank line between paragraphs */
	int n;
};

static void
lay_out(struct text_lines *t, const char *const *paragraphs, int nparagraphs)
{
	t->line = NULL;
	t->n = 0;
	for (int p = 0; p < nparagraphs; p++) {
		char *clean = sanitize_dup(paragraphs[p]);
		size_t n = wrap_text(clean, TEXT_COLS - 2 * TEXT_X, NULL, 0);
		struct wrap_line *w = xcalloc(n, sizeof *w);

		wrap_text(clean, TEXT_COLS - 2 * TEXT_X, w, n);
		t->line = xreallocarray(t->line, (size_t)t->n + n + 1, sizeof *t->line);
		if (p > 0)
			t->line[t->n++] = NULL;
		for (size_t i = 0; i < n; i++) {
			t->line[t->n] = xmalloc(w[i].len + 1);
			memcpy(t->line[t->n], clean + w[i].start, w[i].len);
			t->line[t->n++][w[i].len] = '\0';
		}
		free(w);
		free(clean);
	}
}

static void
text_free(struct text_lines *t)
{
	for (int i = 0; i < t->n; i++)
		free(t->line[i]);
	free(t->line);
}

/* Rows y.. of the text from line top; a cut end says "…". */
static void
draw_lines(int top, const struct text_lines *t, int y, int rows)
{
	for (int r = 0; r < rows && top + r < t->n; r++) {
		const char *line = t->line[top + r];
		bool more_above = r == 0 && top > 0;
		bool more_below = r == rows - 1 && top + r + 1 < t->n;
		char buf[1024];

		snprintf(buf, sizeof buf, "%s%s%s", more_above ? "\xe2\x80\xa6" : "",
		    line != NULL ? line : "", more_below ? "\xe2\x80\xa6" : "");
		draw_text(y + r, TEXT_X, TEXT_COLS - 2 * TEXT_X + 1, buf);
	}
}

void
question_draw(struct view *view, struct question_scroll *text,
    const char *const *paragraphs, int nparagraphs,
    const char *const *answers, int nanswers, const char *hint)
{
	/* TRANSLATORS: joins a question's hint when its text is longer than
	 * the window; keys, a colon, what they do, at most 30 columns. */
	const char *scroll_hint = _("PgUp, PgDn: scroll the text");
	struct text_lines t;
	int answers_h = draw_list_height(answers, nanswers), hint_top, rows, top = 2, gap = 1;
	char joined[512];

	lay_out(&t, paragraphs, nparagraphs);
	/* The rows left for the text, with a blank row before the answers
	 * when the text fits, else with the scroll keys in the hint. */
	/* Without a hint the list still ends a row above the rule (draw_list_rows). */
	hint_top = hint != NULL ? draw_hint_height(hint) : HINT_ROW;
	rows = hint_top - top - answers_h - 1;
	if (t.n == rows + 1) {
		/* One row short: the text takes the blank row and needs no scrolling. */
		rows++;
		gap = 0;
	} else if (t.n > rows) {
		snprintf(joined, sizeof joined, "%s   %s", scroll_hint, hint != NULL ? hint : "");
		hint_top = draw_hint_height(joined);
		hint = joined;
		rows = hint_top - top - answers_h;      /* no blank row: every row reads */
	}
	if (rows < 1)
		rows = 1;
	text->rows = rows;
	text->lines = t.n;
	if (text->top > t.n - rows)
		text->top = t.n - rows;
	if (text->top < 0)
		text->top = 0;
	if (hint != NULL)
		draw_hint(hint);
	draw_lines(text->top, &t, top, rows);
	/* Last, so the cursor stays on the focused answer. */
	draw_list(view, answers, nanswers, t.n <= rows ? top + t.n + gap : top + rows);
	text_free(&t);
}

bool
question_key(struct question_scroll *text, wint_t key, bool function_key)
{
	int page = text->rows > 1 ? text->rows - 1 : 1;

	if (text->lines <= text->rows)
		return false;
	switch (keys_action(KEYS_LIST, key, function_key)) {
	case ACT_PAGE_UP:
		text->top -= page;
		break;
	case ACT_PAGE_DOWN:
		text->top += page;
		break;
	default:
		return false;
	}
	/* question_draw keeps it within the text. */
	return true;
}

/* The reader's letters for yes and no, from "k/e"; y and n if it is broken. */
static void
answer_letters(wchar_t *yes, wchar_t *no)
{
	/* TRANSLATORS: the letters that answer yes and no in a two-choice
	 * question, as "yes/no": Finnish "k/e", Swedish "j/n".  y and n always
	 * work as well.  One lowercase letter on each side of the slash, and
	 * not q, h or l, which work on every screen. */
	const char *pair = _("y/n");
	mbstate_t st;
	size_t n;

	*yes = L'y';
	*no = L'n';
	memset(&st, 0, sizeof st);
	/* One character (1 to 4 bytes), a slash, one character; "- 1 > 3" in
	 * size_t also refuses 0 (an empty side) and the error returns. */
	n = mbrtowc(yes, pair, strlen(pair), &st);
	if (n - 1 > 3 || pair[n] != '/' ||
	    mbrtowc(no, pair + n + 1, strlen(pair + n + 1), &st) - 1 > 3) {
		*yes = L'y';
		*no = L'n';
	}
}

void
question_answer_hint(char *hint, size_t size)
{
	char keys[2][16];
	wchar_t letter[2];

	answer_letters(&letter[0], &letter[1]);
	for (int i = 0; i < 2; i++) {
		if (letter[i] == (i == 0 ? L'y' : L'n'))
			snprintf(keys[i], sizeof keys[i], "%lc", (wint_t)letter[i]);
		else
			snprintf(keys[i], sizeof keys[i], "%lc, %c", (wint_t)letter[i],
			    i == 0 ? 'y' : 'n');
	}
	/* TRANSLATORS: the hint under a yes/no question; the first %s is the
	 * letters for yes ("k, y"), the second those for no ("e, n").  At most
	 * 78 columns; on a narrow window it wraps between entries, which are
	 * three spaces apart. */
	snprintf(hint, size, _("%s: yes   %s: no   Up, Down and Enter: choose"),
	    keys[0], keys[1]);
}

/*
 * Returns 1 for yes, 0 for no, -1 for a key that does not answer.  Letters
 * answer or do nothing; only the arrow keys (and Home, End) move.
 */
int
question_answer_key(struct view *view, struct question_scroll *text, wint_t key,
    bool function_key)
{
	wchar_t yes, no;

	if (question_key(text, key, function_key))
		return -1;
	answer_letters(&yes, &no);
	if (!function_key && (key == L'y' || key == L'Y' || key == (wint_t)yes ||
	    key == (wint_t)towupper(yes)))
		return 1;
	if (!function_key && (key == L'n' || key == L'N' || key == (wint_t)no ||
	    key == (wint_t)towupper(no)))
		return 0;
	/* Enter only: Right, which opens elsewhere, is no answer here. */
	if ((function_key && key == KEY_ENTER) || (!function_key && (key == L'\r' || key == L'\n')))
		return view->selected == 0;
	if (function_key)
		list_key(view, 2, key, function_key);
	return -1;
}
