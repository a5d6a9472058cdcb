/*
 * Rendering for paper.  Each entry is laid out into lines first, so a page
 * break can go before an entry instead of through it; every line is
 * wrapped by display width to 72 columns, and phone numbers and web
 * addresses are never split.
 */
#include <config.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/fact_sheet.h"
#include "text/handout_doc.h"
#include "sys/i18n.h"
#include "model/utf8.h"
#include "model/wrap.h"
#include "model/xalloc.h"
#include "text/step_marks.h"
#include "render/print.h"

static void
buf_add(struct print_buffer *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->text = realloc(b->text, b->cap);
		if (b->text == NULL)
			abort();
	}
	memcpy(b->text + b->len, s, n);
	b->len += n;
	b->text[b->len] = '\0';
}

static void
buf_printf(struct print_buffer *b, const char *fmt, ...)
{
	char line[4096];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	if (n > 0)
		buf_add(b, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

/* ---- Markdown: text shown as it is written ---- */

/* The length of a web address at the start of a word (without the
 * punctuation after it), 0 if the word is none or cannot be an autolink. */
static size_t
md_url_length(const char *w, size_t len)
{
	if (strncmp(w, "https://", 8) != 0 && strncmp(w, "http://", 7) != 0)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (w[i] == '<' || w[i] == '>' || (unsigned char)w[i] < ' ')
			return 0;
	while (len > 0 && strchr(".,;:!?)", w[len - 1]) != NULL)
		len--;
	return len;
}

/* One word: a web address becomes an autolink, so it stays one link; a word
 * that could start a list, a heading's rule or a break at a line's start
 * ("-", "+", "==", and "1." or, first in the text, "112.") gets a
 * backslash; so does every character that is Markdown's own.  Digits,
 * spaces and "+358" stay as they are. */
static void
md_word(struct print_buffer *out, const char *w, size_t len, bool first)
{
	size_t url = md_url_length(w, len), digits = strspn(w, "0123456789");

	if (url > 0) {
		buf_add(out, "<", 1);
		buf_add(out, w, url);
		buf_add(out, ">", 1);
		w += url;
		len -= url;
	} else if (strspn(w, "-+=") == len) {
		buf_add(out, "\\", 1);
	} else if (digits > 0 && digits + 1 == len && (w[digits] == '.' || w[digits] == ')')
	    && (first || (digits == 1 && w[0] == '1'))) {
		buf_add(out, w, digits);
		buf_add(out, "\\", 1);
		w += digits;
		len -= digits;
	}
	for (size_t i = 0; i < len; i++) {
		char ch = w[i];
		/* "&" only where it could begin an entity ("&amp;"), not in "Dun & Bradstreet". */
		bool entity = ch == '&' && i + 1 < len && (w[i + 1] == '#'
		    || ((w[i + 1] | 0x20) >= 'a' && (w[i + 1] | 0x20) <= 'z'));

		if (entity || (ch != '&' && strchr("\\`*_[]<>#|~", ch) != NULL))
			buf_add(out, "\\", 1);
		buf_add(out, &ch, 1);
	}
}

/* Text from the content or a catalog, escaped with backslashes as
 * CommonMark reads them, so a "*" or "[" in a name is printed, not read as
 * formatting or HTML.  Free with free(). */
static char *
md_escape(const char *text)
{
	struct print_buffer out = { 0 };
	const char *start = text;

	buf_add(&out, "", 0);
	while (*text != '\0') {
		size_t len = strcspn(text, " ");

		if (len == 0) {
			buf_add(&out, text, 1);
			text++;
			continue;
		}
		md_word(&out, text, len, text == start + strspn(start, " "));
		text += len;
	}
	return out.text;
}

/* ---- a block of wrapped lines that should stay on one page ---- */

struct print_block {
	struct print_buffer lines;
	int count;
	bool md;            /* Markdown: text escaped, addresses autolinks */
};

/* Adds text wrapped to the page width: first line after `first`, the rest
 * after `rest`; text is Markdown already (or plain text). */
static void
block_lines(struct print_block *b, const char *first, const char *rest, const char *text)
{
	char *clean = sanitize_dup(text);
	/* The wider prefix decides, so no line passes the paper's width. */
	int indent = text_width(first) > text_width(rest) ? text_width(first) : text_width(rest);
	/* A Markdown heading is one line: its second would be a paragraph. */
	int width = b->md && first[0] == '#' ? text_width(clean) + 1 : PRINT_COLUMNS - indent;
	size_t n;
	struct wrap_line *lines;

	n = wrap_text(clean, width, NULL, 0);
	lines = xmalloc(n * sizeof *lines);
	wrap_text(clean, width, lines, n);
	for (size_t i = 0; i < n; i++) {
		buf_printf(&b->lines, "%s%.*s\n", i == 0 ? first : rest, (int)lines[i].len,
		    clean + lines[i].start);
		b->count++;
	}
	free(lines);
	free(clean);
}

/* The same for text that is not markup: in Markdown it is escaped first. */
static void
block_wrapped(struct print_block *b, const char *first, const char *rest, const char *text)
{
	char *md = b->md ? md_escape(text) : NULL;

	block_lines(b, first, rest, md != NULL ? md : text);
	free(md);
}

/* Where a web address too long for room columns breaks: after the last
 * "/" that fits (past "https://"), so each piece is typed as it stands and
 * the break cannot be mistaken for a hyphen; else before a "?" or "&";
 * else as many characters as fit. */
static size_t
url_break(const char *url, int room)
{
	int used;
	size_t fit = text_fit(url, room, &used);
	size_t scheme = strstr(url, "://") != NULL ? (size_t)(strstr(url, "://") - url) + 3 : 0;

	for (size_t i = fit; i > scheme + 1; i--)
		if (url[i - 1] == '/')
			return i;
	for (size_t i = fit; i > scheme + 1; i--)
		if (url[i] == '?' || url[i] == '&')
			return i;
	return fit > 0 ? fit : 1;
}

/* An address on its own line: one too long for the indent starts at the
 * margin instead if it fits there whole; one too long for the paper goes
 * on over more lines, under each other at the indent,
 * broken where it can still be typed (url_break), as no line may be wider
 * than the page (a wider one makes some printers feed a blank sheet).  In
 * Markdown it is one autolink, never broken.  A page in another language
 * than the reader's is followed by its tag, "(in English)", on the line if
 * it fits, else on the next. */
static void
block_url(struct print_block *b, const char *indent, const char *url, const char *tag)
{
	char *clean = b->md ? md_escape(url) : sanitize_dup(url);
	char *said = NULL;
	const char *rest = clean;
	int room;

	if (tag != NULL) {
		char *t = b->md ? md_escape(tag) : sanitize_dup(tag);

		said = xasprintf("(%s)", t);
		free(t);
	}
	if (text_width(indent) + text_width(clean) > PRINT_COLUMNS
	    && (b->md || text_width(clean) <= PRINT_COLUMNS))
		indent = "";
	if (said != NULL &&
	    text_width(indent) + text_width(clean) + 1 + text_width(said) <= PRINT_COLUMNS) {
		buf_printf(&b->lines, "%s%s %s\n", indent, clean, said);
		b->count++;
		free(said);
		free(clean);
		return;
	}
	room = PRINT_COLUMNS - text_width(indent);
	while (!b->md && text_width(rest) > room) {
		size_t cut = url_break(rest, room);

		buf_printf(&b->lines, "%s%.*s\n", indent, (int)cut, rest);
		b->count++;
		rest += cut;
	}
	buf_printf(&b->lines, "%s%s\n", indent, rest);
	b->count++;
	if (said != NULL) {
		buf_printf(&b->lines, "%s%s\n", indent, said);
		b->count++;
	}
	free(said);
	free(clean);
}

static void
block_blank(struct print_block *b)
{
	buf_add(&b->lines, "\n", 1);
	b->count++;
}

/* ---- pages ---- */

struct pager {
	struct print_buffer *out;
	enum print_format format;
	int line;           /* lines used on the current page */
	int page;
	const char *running_title;
};

/* The last line a block may use: one free line, then the page number. */
#define PRINT_ROOM (PRINT_PAGE_LINES - 2)

/* Fills the page, numbers it, feeds a new sheet and repeats the title. */
static void
pager_break(struct pager *p)
{
	for (; p->line < PRINT_PAGE_LINES - 1; p->line++)
		buf_add(p->out, "\n", 1);
	buf_printf(p->out, "%*s%d\n\f", PRINT_COLUMNS - 8, "", p->page);
	p->page++;
	p->line = 0;
	if (p->running_title != NULL) {
		char clean[512];

		buf_printf(p->out, "%s\n\n", sanitize_text(p->running_title, clean, sizeof clean));
		p->line = 2;
	}
}

/*
 * Puts a block on the page, starting a new page first if it would not fit.
 * A block longer than a whole page goes on with a "continued" line at the
 * foot of each page it fills, instead of running over the page number.
 */
static void
pager_put(struct pager *p, struct print_block *b)
{
	const char *s = b->lines.text != NULL ? b->lines.text : "";
	int left = b->count;

	if (p->format == PRINT_TEXT && p->line > 0 && p->line + left > PRINT_ROOM)
		pager_break(p);
	while (p->format == PRINT_TEXT && p->line + left > PRINT_ROOM) {
		int take = PRINT_ROOM - p->line - 1;

		for (int i = 0; i < take; i++) {
			const char *nl = strchr(s, '\n');

			buf_add(p->out, s, (size_t)(nl - s) + 1);
			s = nl + 1;
		}
		left -= take;
		p->line += take;
		/* TRANSLATORS: the last line of a page when an entry goes on overleaf. */
		buf_printf(p->out, "        %s\n", _("(continued on the next page)"));
		p->line++;
		pager_break(p);
	}
	buf_add(p->out, s, strlen(s));
	p->line += left;
	free(b->lines.text);
	*b = (struct print_block){ .md = b->md };
}

/* Puts b, with head (a group's heading, if still unput) joined to it, so a
 * heading never ends a page alone. */
static void
pager_put_after(struct pager *p, struct print_block *head, struct print_block *b)
{
	if (head->count == 0) {
		pager_put(p, b);
		return;
	}
	buf_add(&head->lines, b->lines.text, b->lines.len);
	head->count += b->count;
	free(b->lines.text);
	*b = (struct print_block){ .md = b->md };
	pager_put(p, head);
}

static void
pager_finish(struct pager *p)
{
	if (p->format != PRINT_TEXT)
		return;
	/* The last page carries its number too, at the same place. */
	for (; p->line < PRINT_PAGE_LINES - 1; p->line++)
		buf_add(p->out, "\n", 1);
	buf_printf(p->out, "%*s%d\n", PRINT_COLUMNS - 8, "", p->page);
}

/* A rule under a heading, as wide as it (text only). */
static void
block_rule(struct print_block *b, char c, const char *over)
{
	char rule[PRINT_COLUMNS + 1];
	int w = text_width(over);

	memset(rule, c, PRINT_COLUMNS);
	rule[w < PRINT_COLUMNS ? w : PRINT_COLUMNS] = '\0';
	buf_printf(&b->lines, "%s\n", rule);
	b->count++;
}

/* The lines framed at the top of the list: the emergency line, then the
 * crisis line for the reader's language as the PDF's box has it (its name
 * and the lines to call; the longer description stays on Help now).  A
 * blank (NULL) goes before each name. */
static size_t
box_lines(const char *danger, const struct doc *crisis, const char **out, size_t max)
{
	size_t n = 0;

	out[n++] = danger;
	for (size_t i = 0; crisis != NULL && i < crisis->n && n + 2 <= max; i++) {
		const struct doc_block *b = &crisis->blocks[i];

		if (b->style == DOC_HEADING)
			out[n++] = NULL;
		if (b->style == DOC_HEADING || b->style == DOC_LABEL)
			out[n++] = b->text;
	}
	return n;
}

/* The widest line of text wrapped to width. */
static int
wrapped_width(const char *text, int width)
{
	char *clean = sanitize_dup(text);
	size_t n = wrap_text(clean, width, NULL, 0);
	struct wrap_line *lines = xmalloc(n * sizeof *lines);
	int w = 0;

	wrap_text(clean, width, lines, n);
	for (size_t i = 0; i < n; i++)
		if (lines[i].width > w)
			w = lines[i].width;
	free(lines);
	free(clean);
	return w;
}

/* Text wrapped inside a frame w columns wide on the inside, each line
 * closed on the right. */
static void
block_framed(struct print_block *b, const char *text, int w)
{
	char *clean = sanitize_dup(text != NULL ? text : "");
	size_t n = wrap_text(clean, w, NULL, 0);
	struct wrap_line *lines = xmalloc(n * sizeof *lines);

	wrap_text(clean, w, lines, n);
	for (size_t i = 0; i < n; i++) {
		buf_printf(&b->lines, "| %.*s%*s |\n", (int)lines[i].len, clean + lines[i].start,
		    w - lines[i].width, "");
		b->count++;
	}
	free(lines);
	free(clean);
}

/* The box at the top: framed in text, so it is the first thing seen; a
 * quotation in Markdown, the emergency line in bold. */
static void
block_box(struct print_block *b, enum print_format format, const char *danger,
    const struct doc *crisis)
{
	const char *lines[32];
	size_t n = box_lines(danger, crisis, lines, sizeof lines / sizeof lines[0]);
	char rule[PRINT_COLUMNS + 1];
	int w = 0;

	block_blank(b);
	if (format == PRINT_MARKDOWN) {
		/* A quotation's paragraphs are kept apart by a bare ">"; the
		 * emergency line and the names in bold, as on the PDF. */
		for (size_t i = 0; i < n; i++) {
			char *md, *text;

			if (lines[i] == NULL)
				continue;
			if (i > 0) {
				buf_printf(&b->lines, ">\n");
				b->count++;
			}
			md = md_escape(lines[i]);
			text = i == 0 || lines[i - 1] == NULL ? xasprintf("**%s**", md) : xstrdup(md);
			block_lines(b, "> ", "> ", text);
			free(text);
			free(md);
		}
		return;
	}
	for (size_t i = 0; i < n; i++)
		if (lines[i] != NULL && wrapped_width(lines[i], PRINT_COLUMNS - 4) > w)
			w = wrapped_width(lines[i], PRINT_COLUMNS - 4);
	memset(rule, '-', (size_t)w + 2);
	rule[w + 2] = '\0';
	buf_printf(&b->lines, "+%s+\n", rule);
	b->count++;
	for (size_t i = 0; i < n; i++)
		block_framed(b, lines[i], w);
	buf_printf(&b->lines, "+%s+\n", rule);
	b->count++;
}

/*
 * Title, language and date, the box with the emergency and crisis lines
 * (danger may be NULL: no box), then free lines, each a paragraph.
 */
static void
print_header(struct pager *p, const char *title, const char *meta, const char *danger,
    const struct doc *crisis, const char *const *lines, int n)
{
	struct print_block b = { .md = p->format == PRINT_MARKDOWN };

	if (p->format == PRINT_MARKDOWN) {
		block_wrapped(&b, "# ", "", title);
	} else {
		block_wrapped(&b, "", "", title);
		block_rule(&b, '=', title);
	}
	block_blank(&b);
	block_wrapped(&b, "", "", meta);
	if (danger != NULL)
		block_box(&b, p->format, danger, crisis);
	for (int i = 0; i < n; i++) {
		if (lines[i] == NULL)
			continue;
		block_blank(&b);
		block_wrapped(&b, "", "", lines[i]);
	}
	block_blank(&b);
	pager_put(p, &b);
}

/*
 * Space for a person's own notes, as on the PDF: the heading, the hint,
 * then ruled lines with a free line above each (room for handwriting).
 * On paper at least NOTES_MIN of them, on a new page if they do not fit,
 * and as many more as the page holds up to NOTES_MAX; Markdown has no
 * page to fill and gets NOTES_MIN (each a thematic break when shown).
 */
#define NOTES_MIN 5
#define NOTES_MAX 14

static void
print_notes(struct pager *p, const char *title, const char *hint)
{
	struct print_block b = { .md = p->format == PRINT_MARKDOWN };
	char rule[PRINT_COLUMNS + 1];
	int head, n = NOTES_MIN;

	if (p->format == PRINT_MARKDOWN) {
		block_wrapped(&b, "## ", "", title);
		block_blank(&b);
	} else {
		block_wrapped(&b, "", "", title);
		block_rule(&b, '=', title);
	}
	block_wrapped(&b, "", "", hint);
	head = b.count;
	if (p->format == PRINT_TEXT) {
		if (p->line + head + 2 * NOTES_MIN > PRINT_ROOM)
			pager_break(p);
		n = (PRINT_ROOM - p->line - head) / 2;
		if (n > NOTES_MAX)
			n = NOTES_MAX;
	}
	memset(rule, '_', PRINT_COLUMNS);
	rule[PRINT_COLUMNS] = '\0';
	for (int i = 0; i < n; i++) {
		block_blank(&b);
		buf_printf(&b.lines, "%s\n", rule);
		b.count++;
	}
	pager_put(p, &b);
}

/* ---- the helpline list ---- */

/* The official guide, as at the end of the PDF's list: a heading, its
 * name and its address. */
static void
print_guide(struct pager *p, const struct handout *h)
{
	struct print_block b = { .md = p->format == PRINT_MARKDOWN };

	if (h->guide_web == NULL)
		return;
	if (b.md) {
		block_wrapped(&b, "## ", "", h->guide_title);
		block_blank(&b);
		block_wrapped(&b, "", "", h->guide_name);
		block_blank(&b);
	} else {
		block_wrapped(&b, "", "", h->guide_title);
		block_rule(&b, '=', h->guide_title);
		block_wrapped(&b, "", "", h->guide_name);
	}
	block_url(&b, "", h->guide_web, h->guide_tag);
	block_blank(&b);
	pager_put(p, &b);
}

/* "Web https://… (in Finnish)" on one line when it fits; else the label,
 * then the address whole on its own line (block_url), then the rest. */
static void
block_address(struct print_block *b, const char *item, const char *more,
    const struct handout_contact *ct, const char *after)
{
	char line[1024];

	snprintf(line, sizeof line, "%s %s%s%s%s%s%s", ct->label, ct->value,
	    ct->tag ? " (" : "", ct->tag ? ct->tag : "", ct->tag ? ")" : "",
	    after ? " \xe2\x80\x94 " : "", after ? after : "");
	/* block_lines wraps to the page less the wider of the two indents. */
	if (text_width(line) + (text_width(item) > text_width(more) ? text_width(item)
	    : text_width(more)) <= PRINT_COLUMNS) {
		block_wrapped(b, item, more, line);
		return;
	}
	block_wrapped(b, item, more, ct->label);
	block_url(b, more, ct->value, ct->tag);
	if (after != NULL)
		block_wrapped(b, more, more, after);
}

static void
helpline_entry(struct print_block *b, const struct handout_entry *e, enum print_format format)
{
	bool md = format == PRINT_MARKDOWN;
	char line[1024];
	const char *item = md ? "- " : "  ";
	const char *more = md ? "  " : "        ";

	block_wrapped(b, md ? "### " : "", "", e->name);
	if (!md)
		block_rule(b, '-', e->name);
	else
		block_blank(b);
	if (e->origin != NULL) {
		snprintf(line, sizeof line, "(%s)", e->origin);
		block_wrapped(b, item, more, line);
	}
	for (size_t i = 0; i < e->ncontacts; i++) {
		const struct handout_contact *ct = &e->contacts[i];

		if (ct->kind == CONTACT_WEB) {
			block_address(b, item, more, ct, NULL);
			continue;
		}
		if (ct->kind == CONTACT_CHAT) {
			/* A chat's page may be in another language than the reader's. */
			block_address(b, item, more, ct, ct->languages);
		} else {
			snprintf(line, sizeof line, "%s %s \xe2\x80\x94 %s", ct->label, ct->value,
			    ct->languages);
			block_wrapped(b, item, more, line);
		}
		for (size_t k = 0; k < ct->nhours; k++)
			block_wrapped(b, more, more, ct->hours[k]);
		if (ct->note != NULL)
			block_wrapped(b, more, more, ct->note);
	}
	snprintf(line, sizeof line, "%s%s%s", e->anonymous, e->anonymous[0] ? " " : "", e->cost);
	block_wrapped(b, item, more, line);
	if (e->you_could_say != NULL)
		block_wrapped(b, item, more, e->you_could_say);
	if (e->checked != NULL)
		block_wrapped(b, item, more, e->checked);
	block_blank(b);
}

void
print_helplines(struct print_buffer *out, const struct content *c,
    const struct helpline_filter *filter, time_t now, enum print_format format)
{
	struct pager p = { .out = out, .format = format, .page = 1 };
	struct handout h;
	const char *lines[2];

	handout_build(&h, c, filter, now, lang_current());
	lines[0] = h.checked;
	lines[1] = h.shown;
	p.running_title = h.title;
	print_header(&p, h.title, h.meta, h.danger, &h.crisis, lines, 2);
	for (size_t g = 0; g < h.ngroups; g++) {
		struct print_block head = { .md = format == PRINT_MARKDOWN };

		if (h.groups[g].title != NULL) {
			block_wrapped(&head, format == PRINT_MARKDOWN ? "## " : "", "", h.groups[g].title);
			if (format == PRINT_MARKDOWN)
				block_blank(&head);
			else
				block_rule(&head, '=', h.groups[g].title);
		}
		for (size_t i = 0; i < h.groups[g].nentries; i++) {
			struct print_block b = { .md = format == PRINT_MARKDOWN };

			helpline_entry(&b, &h.groups[g].entries[i], format);
			pager_put_after(&p, &head, &b);
		}
	}
	print_guide(&p, &h);
	print_notes(&p, h.notes_title, h.notes_hint);
	pager_finish(&p);
	handout_free(&h);
}

/* ---- the checklist ---- */

/* A small heading and its paragraphs, as the PDF has them under a step:
 * each paragraph an item ("- "), so two of them do not run together. */
static void
step_section(struct print_block *b, const char *head, const char *const *texts, size_t n)
{
	char *md;

	if (n == 0)
		return;
	if (b->md) {
		/* Under the item's text, after a free line, indented as its content. */
		md = md_escape(head);
		block_blank(b);
		buf_printf(&b->lines, "  **%s**\n", md);
		b->count++;
		block_blank(b);
		free(md);
		for (size_t i = 0; i < n; i++)
			block_wrapped(b, "  - ", "    ", texts[i]);
		return;
	}
	block_wrapped(b, "    ", "    ", head);
	for (size_t i = 0; i < n; i++)
		block_wrapped(b, "    - ", "      ", texts[i]);
}

/* "Done on ________   Reference number ________" as on the PDF: the
 * date written on its line when the step is done (padded to it, so the
 * reference stays in place); the reference goes under it when both do not
 * fit (in Markdown after a hard line break). */
#define WRITE_IN 14     /* columns of the line for the date */

static void
done_line(struct print_block *b, const struct checklist_step *s)
{
	const char *indent = b->md ? "  " : "    ";
	char *done_on = b->md ? md_escape(s->done_on_label) : sanitize_dup(s->done_on_label);
	char *reference = b->md ? md_escape(s->reference_label) : sanitize_dup(s->reference_label);
	const char *date = s->state == STEP_DONE ? s->date : NULL;
	char rule[PRINT_COLUMNS + 1], first[1024];
	int left;

	memset(rule, '_', PRINT_COLUMNS);
	rule[PRINT_COLUMNS] = '\0';
	snprintf(first, sizeof first, "%s%s %-*s", indent, done_on, WRITE_IN,
	    date != NULL ? date : rule + PRINT_COLUMNS - WRITE_IN);
	left = PRINT_COLUMNS - text_width(first) - 3 - text_width(reference) - 1;
	if (b->md)
		block_blank(b);
	if (left >= 12) {
		buf_printf(&b->lines, "%s   %s %s\n", first, reference, rule + PRINT_COLUMNS - left);
	} else {
		left = PRINT_COLUMNS - text_width(indent) - text_width(reference) - 1;
		left = left < WRITE_IN ? WRITE_IN : left;
		buf_printf(&b->lines, "%s%s\n%s%s %s\n", first, b->md ? "  " : "", indent, reference,
		    rule + PRINT_COLUMNS - left);
		b->count++;
	}
	b->count++;
	free(done_on);
	free(reference);
}

/* A step as the PDF has it: its box and title, when it was marked, why it
 * matters, how to do it, who and where to get help, and the line for the
 * date and a reference number. */
static void
step_entry(struct print_block *b, const struct checklist_step *s)
{
	const char *indent = b->md ? "  " : "    ";
	char box[16], line[1024];

	snprintf(box, sizeof box, "%s%s ", b->md ? "- " : "", step_mark(s->state));
	block_wrapped(b, box, b->md ? "      " : indent, s->title);
	if (s->marked != NULL)
		block_wrapped(b, b->md ? "      " : indent, b->md ? "      " : indent, s->marked);
	step_section(b, s->why_label, s->why, s->nwhy);
	step_section(b, s->how_label, s->how, s->nhow);
	if (s->agency != NULL) {
		const char *items[1] = { line };

		snprintf(line, sizeof line, "%s%s%s", s->agency,
		    s->agency_phone ? ", " : "", s->agency_phone ? s->agency_phone : "");
		step_section(b, s->who_label, items, 1);
		if (s->agency_web != NULL)
			block_url(b, b->md ? "    " : "      ", s->agency_web, s->agency_web_tag);
	}
	step_section(b, s->where_label, s->where, s->nwhere);
	done_line(b, s);
	block_blank(b);
}

void
print_steps(struct print_buffer *out, const struct content *c, const struct progress *progress,
    const struct plan_answers *plan, time_t now, enum print_format format)
{
	struct pager p = { .out = out, .format = format, .page = 1 };
	bool md = format == PRINT_MARKDOWN;
	struct checklist l;
	const char *lines[2];

	checklist_build(&l, c, progress, plan, now, lang_current());
	lines[0] = l.count;
	lines[1] = l.legend;
	p.running_title = l.title;
	print_header(&p, l.title, l.meta, NULL, NULL, lines, 2);
	for (int g = 0; g < GROUP_COUNT; g++) {
		struct print_block head = { .md = md };

		if (l.groups[g].nsteps == 0)
			continue;
		block_wrapped(&head, md ? "## " : "", "", l.groups[g].title);
		if (!md)
			block_rule(&head, '=', l.groups[g].title);
		block_blank(&head);
		/* The group's heading goes onto the page with its first step. */
		for (size_t i = 0; i < l.groups[g].nsteps; i++) {
			struct print_block b = { .md = md };

			step_entry(&b, &l.groups[g].steps[i]);
			pager_put_after(&p, &head, &b);
		}
	}
	print_notes(&p, l.notes_title, l.notes_hint);
	pager_finish(&p);
	checklist_free(&l);
}

/* ---- the fact-check sheet ---- */

/* "Label https://… (in Finnish)" on one line when it fits; else the label,
 * then the address whole on its own line (block_url). */
static void
block_labelled_url(struct print_block *b, const char *item, const char *more,
    const char *label, const char *url, const char *tag)
{
	char *line = xasprintf("%s %s%s%s%s", label, url, tag ? " (" : "", tag ? tag : "",
	    tag ? ")" : "");
	int indent = text_width(item) > text_width(more) ? text_width(item) : text_width(more);

	if (text_width(line) + indent <= PRINT_COLUMNS) {
		block_wrapped(b, item, more, line);
	} else {
		block_wrapped(b, item, more, label);
		block_url(b, more, url, tag);
	}
	free(line);
}

/* "[ ] Still right   New value: ______" to the page's edge; the line to
 * write on goes under the box when both do not fit. */
static void
fact_answer(struct print_block *b, const struct fact_sheet *s)
{
	char *still = b->md ? md_escape(s->still_right) : sanitize_dup(s->still_right);
	char *value = b->md ? md_escape(s->new_value) : sanitize_dup(s->new_value);
	const char *indent = b->md ? "- " : "  ";
	char rule[PRINT_COLUMNS + 1], *first;
	int left;

	memset(rule, '_', PRINT_COLUMNS);
	rule[PRINT_COLUMNS] = '\0';
	if (b->md)
		block_blank(b);
	first = xasprintf("%s[ ] %s", indent, still);
	left = PRINT_COLUMNS - text_width(first) - 3 - text_width(value) - 2;
	if (left >= 20) {
		buf_printf(&b->lines, "%s   %s: %s\n", first, value, rule + PRINT_COLUMNS - left);
	} else {
		left = PRINT_COLUMNS - 2 - text_width(value) - 2;
		buf_printf(&b->lines, "%s%s\n%s%s: %s\n", first, b->md ? "  " : "", "  ", value,
		    rule + PRINT_COLUMNS - (left < 12 ? 12 : left));
		b->count++;
	}
	b->count++;
	free(first);
	free(still);
	free(value);
}

static void
fact_entry(struct print_block *b, const struct fact_sheet *s, const struct fact_entry *e)
{
	const char *item = b->md ? "- " : "  ", *more = b->md ? "  " : "    ";
	const char *sub = b->md ? "  - " : "      ", *submore = b->md ? "    " : "      ";
	char *head = e->origin != NULL ? xasprintf("%s (%s)", e->name, e->origin)
	    : xstrdup(e->name);

	block_wrapped(b, b->md ? "### " : "", "", head);
	free(head);
	if (b->md)
		block_blank(b);
	for (size_t i = 0; i < e->nlines; i++) {
		const struct fact_line *l = &e->lines[i];

		switch (l->kind) {
		case FACT_LINE_ADDRESS:
			block_labelled_url(b, item, more, l->text, l->url, l->tag);
			break;
		case FACT_LINE_ITEM:
			block_wrapped(b, sub, submore, l->text);
			break;
		default:
			block_wrapped(b, item, more, l->text);
			break;
		}
	}
	if (e->stale != NULL && b->md) {
		char *checked = md_escape(e->checked), *stale = md_escape(e->stale);
		char *line = xasprintf("%s \xe2\x80\x94 **%s**", checked, stale);

		block_lines(b, item, more, line);
		free(line);
		free(checked);
		free(stale);
	} else if (e->stale != NULL) {
		char *line = xasprintf("%s \xe2\x80\x94 %s", e->checked, e->stale);

		block_wrapped(b, item, more, line);
		free(line);
	} else {
		block_wrapped(b, item, more, e->checked);
	}
	block_labelled_url(b, item, more, s->source_label, e->source, NULL);
	block_wrapped(b, item, more, e->where);
	fact_answer(b, s);
	block_blank(b);
}

/* How to correct a fact: paragraphs, and the commands indented as typed
 * (in Markdown a code block, so nothing in them reads as markup). */
static void
fact_how(struct pager *p, const struct fact_sheet *s)
{
	struct print_block b = { .md = p->format == PRINT_MARKDOWN };

	if (b.md) {
		block_wrapped(&b, "## ", "", s->how_title);
	} else {
		block_wrapped(&b, "", "", s->how_title);
		block_rule(&b, '=', s->how_title);
	}
	for (size_t i = 0; i < s->nhow; i++) {
		if (s->how_command[i]) {
			if (b.md && (i == 0 || !s->how_command[i - 1]))
				block_blank(&b);
			block_lines(&b, "    ", "    ", s->how[i]);
		} else {
			block_blank(&b);
			block_wrapped(&b, "", "", s->how[i]);
		}
	}
	block_blank(&b);
	pager_put(p, &b);
}

void
print_facts(struct print_buffer *out, const struct content *c, time_t now,
    enum print_format format)
{
	struct pager p = { .out = out, .format = format, .page = 1 };
	struct fact_sheet s;
	const char *lines[3];

	fact_sheet_build(&s, c, now, lang_current());
	lines[0] = s.intro;
	lines[1] = s.count;
	lines[2] = s.stale_count;
	p.running_title = s.title;
	print_header(&p, s.title, s.meta, NULL, NULL, lines, 3);
	for (size_t i = 0; i < s.nentries; i++) {
		struct print_block b = { .md = format == PRINT_MARKDOWN };

		fact_entry(&b, &s, &s.entries[i]);
		pager_put(&p, &b);
	}
	fact_how(&p, &s);
	pager_finish(&p);
	fact_sheet_free(&s);
}
