/*
 * The handout and the checklist as an A4 PDF.  The document is laid out
 * twice: once into nothing, to count the pages for "Page 1 of 3", then
 * into memory.  Every block (an entry, a step) is measured before it is
 * drawn, so a page break goes before it, never through it; a block longer
 * than a page goes on overleaf after a "continued" line.
 */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <qrencode.h>

#include "model/utf8.h"
#include "render/pdf.h"
#include "sys/i18n.h"
#include "text/handout_doc.h"

/* A4 in points, and the text area inside the margins. */
#define PAGE_W 595.276
#define PAGE_H 841.890
#define LEFT 56.0
#define TEXT_W (PAGE_W - 2 * LEFT)
#define TOP 50.0
#define BOTTOM (PAGE_H - 68.0)
/* Contacts: a label column, the number or address, the hours, the QR code. */
#define LABEL_W 56.0
#define HOURS_X (LEFT + 262.0)
#define HOURS_W 150.0
#define DAYS_W 60.0
/* QR modules of 1.6 pt (0.56 mm) scan from paper with any phone; codes
 * wider than version 5 would crowd the page, so longer addresses go without. */
#define QR_MODULE 1.6
#define QR_MAX_MODULES 37

/* Families fontconfig tries in turn; the package that has the first. */
#define FONT_FAMILIES "DejaVu Sans,Noto Sans,sans-serif"
#define FONT_PACKAGE "fonts-dejavu-core"

struct rgb {
	double r, g, b;
};

static const struct rgb INK = { 0.10, 0.10, 0.10 };
static const struct rgb MUTED = { 0.32, 0.32, 0.32 };
static const struct rgb ALERT = { 0.62, 0.04, 0.09 };
static const struct rgb ALERT_BG = { 0.995, 0.95, 0.95 };
static const struct rgb RULE = { 0.72, 0.72, 0.72 };

struct style {
	double size;
	bool bold, italic;
	struct rgb color;
	PangoAlignment align;
};

static const struct style ST_TITLE = { 20, true, false, { 0.05, 0.23, 0.42 }, PANGO_ALIGN_LEFT };
static const struct style ST_H2 = { 13, true, false, { 0.05, 0.23, 0.42 }, PANGO_ALIGN_LEFT };
static const struct style ST_BODY = { 10, false, false, { 0.10, 0.10, 0.10 }, PANGO_ALIGN_LEFT };
static const struct style ST_BOLD = { 10, true, false, { 0.10, 0.10, 0.10 }, PANGO_ALIGN_LEFT };
static const struct style ST_PHONE = { 12, true, false, { 0.10, 0.10, 0.10 }, PANGO_ALIGN_LEFT };
static const struct style ST_LINK = { 10, false, false, { 0.05, 0.23, 0.42 }, PANGO_ALIGN_LEFT };
static const struct style ST_SMALL = { 8.8, false, false, { 0.32, 0.32, 0.32 }, PANGO_ALIGN_LEFT };
static const struct style ST_SMALL_INK = { 8.8, false, false, { 0.10, 0.10, 0.10 }, PANGO_ALIGN_LEFT };
static const struct style ST_SMALL_BOLD = { 8.8, true, false, { 0.10, 0.10, 0.10 }, PANGO_ALIGN_LEFT };
static const struct style ST_NOTE = { 8.8, false, true, { 0.32, 0.32, 0.32 }, PANGO_ALIGN_LEFT };
static const struct style ST_FOOT_RIGHT = { 7.5, false, false, { 0.32, 0.32, 0.32 }, PANGO_ALIGN_RIGHT };
static const struct style ST_FOOT = { 7.5, false, false, { 0.32, 0.32, 0.32 }, PANGO_ALIGN_LEFT };
static const struct style ST_DANGER = { 15, true, false, { 0.62, 0.04, 0.09 }, PANGO_ALIGN_LEFT };

struct pdf {
	cairo_surface_t *surface;
	cairo_t *cr;
	bool draw;          /* false while a block is measured */
	int page;           /* the current page, from 1 */
	int pages;          /* all pages, known in the second pass (0 in the first) */
	double y;           /* where the next block goes */
	double hang;        /* how far the last QR code reaches below p->y */
	int tagged;         /* inside a heading or link tag: no P of its own */
	int unknown;        /* glyphs no installed font has */
};

/* ---- drawing primitives ---- */

static void
set_color(struct pdf *p, struct rgb c)
{
	cairo_set_source_rgb(p->cr, c.r, c.g, c.b);
}

/* Lays out text in width w at x, y; draws it unless measuring.  Returns its height. */
static double
text_at(struct pdf *p, double x, double y, double w, const struct style *st, const char *s)
{
	PangoLayout *l = pango_cairo_create_layout(p->cr);
	PangoFontDescription *fd = pango_font_description_new();
	int width, height;

	pango_font_description_set_family(fd, FONT_FAMILIES);
	pango_font_description_set_absolute_size(fd, st->size * PANGO_SCALE);
	pango_font_description_set_weight(fd, st->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_style(fd, st->italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	pango_layout_set_width(l, (int)(w * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	pango_layout_set_alignment(l, st->align);
	pango_layout_set_text(l, s, -1);
	p->unknown += pango_layout_get_unknown_glyphs_count(l);
	pango_layout_get_size(l, &width, &height);
	if (p->draw) {
		/* All text is in the structure tree, so a reader that follows the
		 * tags (cairo marks the PDF tagged from 1.17) misses none of it. */
		if (p->tagged == 0)
			cairo_tag_begin(p->cr, "P", NULL);
		set_color(p, st->color);
		cairo_move_to(p->cr, x, y);
		pango_cairo_show_layout(p->cr, l);
		if (p->tagged == 0)
			cairo_tag_end(p->cr, "P");
	}
	g_object_unref(l);
	return (double)height / PANGO_SCALE;
}

/* A heading, tagged H1 or H2 for screen readers. */
static double
heading_at(struct pdf *p, const char *tag, double x, double y, double w, const struct style *st,
    const char *s)
{
	double h;

	if (p->draw)
		cairo_tag_begin(p->cr, tag, NULL);
	p->tagged++;
	h = text_at(p, x, y, w, st, s);
	p->tagged--;
	if (p->draw)
		cairo_tag_end(p->cr, tag);
	return h;
}

/* Only plain http(s) addresses become links: nothing that could break the tag's quoting. */
static bool
linkable(const char *url)
{
	return (strncmp(url, "https://", 8) == 0 || strncmp(url, "http://", 7) == 0) &&
	    strpbrk(url, "'\\ ") == NULL && strlen(url) < 400;
}

/* A web address, drawn as a link to itself. */
static double
link_at(struct pdf *p, double x, double y, double w, const struct style *st, const char *url)
{
	bool tag = p->draw && linkable(url);
	double h;

	if (p->draw)
		cairo_tag_begin(p->cr, "P", NULL);
	if (tag) {
		char attr[512];

		snprintf(attr, sizeof attr, "uri='%s'", url);
		cairo_tag_begin(p->cr, CAIRO_TAG_LINK, attr);
	}
	p->tagged++;
	h = text_at(p, x, y, w, st, url);
	p->tagged--;
	if (tag)
		cairo_tag_end(p->cr, CAIRO_TAG_LINK);
	if (p->draw)
		cairo_tag_end(p->cr, "P");
	return h;
}

static void
hline(struct pdf *p, double x0, double x1, double y, double width, struct rgb c)
{
	if (!p->draw)
		return;
	set_color(p, c);
	cairo_set_line_width(p->cr, width);
	cairo_move_to(p->cr, x0, y);
	cairo_line_to(p->cr, x1, y);
	cairo_stroke(p->cr);
}

/* The QR code for url, or NULL when it is too long to scan from paper. */
static QRcode *
qr_encode(const char *url)
{
	QRcode *q;

	if (!linkable(url) || strlen(url) > 120)
		return NULL;
	q = QRcode_encodeString(url, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (q != NULL && q->width > QR_MAX_MODULES) {
		QRcode_free(q);
		q = NULL;
	}
	return q;
}

/* The side of url's code in points (0: no code). */
static double
qr_size(const char *url)
{
	QRcode *q = qr_encode(url);
	double size = q != NULL ? q->width * QR_MODULE : 0;

	QRcode_free(q);
	return size;
}

/* Draws url's code with its top right corner at x, y: vector squares, one
 * rectangle per run of dark modules. */
static void
qr_draw(struct pdf *p, double right, double y, const char *url)
{
	QRcode *q;

	if (!p->draw || (q = qr_encode(url)) == NULL)
		return;
	double x = right - q->width * QR_MODULE;

	cairo_set_source_rgb(p->cr, 0, 0, 0);
	for (int r = 0; r < q->width; r++) {
		for (int c = 0; c < q->width;) {
			int run = 0;

			while (c + run < q->width && (q->data[r * q->width + c + run] & 1))
				run++;
			if (run > 0)
				cairo_rectangle(p->cr, x + c * QR_MODULE, y + r * QR_MODULE,
				    run * QR_MODULE, QR_MODULE);
			c += run > 0 ? run : 1;
		}
	}
	cairo_fill(p->cr);
	QRcode_free(q);
}

/* ---- pages ---- */

static void
footer(struct pdf *p)
{
	char page[128];

	hline(p, LEFT, LEFT + TEXT_W, PAGE_H - 52, 0.5, RULE);
	/* TRANSLATORS: page footer of the printed PDF, e.g. "Page 1 of 3". */
	snprintf(page, sizeof page, _("Page %1$d of %2$d"), p->page, p->pages > 0 ? p->pages : p->page);
	text_at(p, LEFT, PAGE_H - 46, TEXT_W - 70, &ST_FOOT,
	    _("tuki makes no network connection and keeps no log. Nothing you read or "
	    "mark is sent anywhere."));
	text_at(p, LEFT + TEXT_W - 70, PAGE_H - 46, 70, &ST_FOOT_RIGHT, page);
}

static void
page_break(struct pdf *p)
{
	footer(p);
	cairo_show_page(p->cr);
	p->page++;
	p->y = TOP;
	p->hang = 0;
}

/* Draws one row of a block at y (or measures it); returns its height. */
typedef double (*row_fn)(struct pdf *p, const void *item, int row, double y);

static double
row_height(struct pdf *p, row_fn fn, const void *item, int row)
{
	bool draw = p->draw;
	double h;

	double hang = p->hang;

	p->draw = false;
	h = fn(p, item, row, 0);
	p->draw = draw;
	p->hang = hang;
	return h;
}

/* Starts a new page unless h fits below p->y. */
static void
need(struct pdf *p, double h)
{
	if (p->y + h > BOTTOM && p->y > TOP)
		page_break(p);
}

/*
 * Puts a block of rows on the page, on the next page if it does not fit
 * here.  Only a block longer than a whole page is split: at the foot a
 * "continued" line, overleaf its first row (the heading) again.
 */
static void
put_block(struct pdf *p, row_fn fn, const void *item, int nrows, double gap)
{
	double h = 0, hang = p->hang;
	bool split, draw = p->draw;

	/* Measured in order: a code may reach into the rows after it. */
	p->draw = false;
	for (int i = 0; i < nrows; i++)
		h += fn(p, item, i, 0);
	p->draw = draw;
	p->hang = hang;
	need(p, h);
	split = p->y + h > BOTTOM;
	for (int i = 0; i < nrows; i++) {
		if (split && i > 0 && p->y + row_height(p, fn, item, i) > BOTTOM - 16) {
			/* TRANSLATORS: the last line of a page when an entry goes on overleaf. */
			text_at(p, LEFT + LABEL_W, p->y + 2, TEXT_W - LABEL_W, &ST_NOTE,
			    _("(continued on the next page)"));
			page_break(p);
			p->y += fn(p, item, 0, p->y);
		}
		p->y += fn(p, item, i, p->y);
	}
	p->y += gap;
}

/* The title, tagged H1, and lines under it. */
static void
page_title(struct pdf *p, const char *title, const char *const *lines, int n)
{
	p->y += heading_at(p, "H1", LEFT, p->y, TEXT_W, &ST_TITLE, title) + 4;
	for (int i = 0; i < n; i++)
		if (lines[i] != NULL)
			p->y += text_at(p, LEFT, p->y, TEXT_W, &ST_SMALL, lines[i]) + 2;
	p->y += 10;
}

/* Ruled lines for a person's own notes, as many as fit (at least five). */
static void
notes_area(struct pdf *p, const char *title, const char *hint)
{
	const double line = 24;
	double head;
	int n;

	p->draw = false;
	head = text_at(p, LEFT, 0, TEXT_W, &ST_H2, title) + 2 + text_at(p, LEFT, 0, TEXT_W, &ST_SMALL, hint);
	p->draw = true;
	need(p, head + 5 * line + 8);
	p->y += heading_at(p, "H2", LEFT, p->y, TEXT_W, &ST_H2, title) + 2;
	p->y += text_at(p, LEFT, p->y, TEXT_W, &ST_SMALL, hint) + 4;
	n = (int)((BOTTOM - p->y) / line);
	if (n > 14)
		n = 14;
	for (int i = 0; i < n; i++) {
		p->y += line;
		hline(p, LEFT, LEFT + TEXT_W, p->y, 0.5, RULE);
	}
}

/* ---- the helpline list ---- */

/* Splits "Mon–Fri 09:00–20:00" into the days and the times: before the
 * first word with a digit, an abbreviation such as "kl." going with the
 * times.  False when the line has no times ("Every day, around the clock"). */
static bool
split_hours(const char *line, char *days, size_t dsize, const char **times)
{
	const char *digit = strpbrk(line, "0123456789");
	const char *cut;

	if (digit == NULL)
		return false;
	cut = digit;
	while (cut > line && cut[-1] != ' ')
		cut--;
	if (cut == line)
		return false;
	/* "kl. 9–20": the abbreviation stays with the time. */
	if (cut - line >= 2 && cut[-2] == '.') {
		const char *word = cut - 2;

		while (word > line && word[-1] != ' ')
			word--;
		if (word > line)
			cut = word;
	}
	if ((size_t)(cut - line) >= dsize)
		return false;
	memcpy(days, line, (size_t)(cut - line));
	days[cut - line - 1] = '\0';        /* without the space */
	*times = cut;
	return true;
}

/* The week's hours as a small two-column table with hairlines. */
static double
hours_table(struct pdf *p, double x, double y, double w, const struct handout_contact *ct)
{
	const struct style *st = ct->hours_unknown ? &ST_NOTE : &ST_SMALL_INK;
	double yy = y;

	for (size_t k = 0; k < ct->nhours; k++) {
		char days[128];
		const char *times;
		double h;

		if (split_hours(ct->hours[k], days, sizeof days, &times)) {
			double a = text_at(p, x, yy + 2, DAYS_W - 4, st, days);
			double b = text_at(p, x + DAYS_W, yy + 2, w - DAYS_W, st, times);

			h = a > b ? a : b;
		} else {
			h = text_at(p, x, yy + 2, w, st, ct->hours[k]);
		}
		yy += h + 4;
		if (ct->nhours > 1 && k + 1 < ct->nhours)
			hline(p, x, x + w, yy, 0.3, RULE);
	}
	return yy - y;
}

static double
contact_row(struct pdf *p, const struct handout_contact *ct, double y)
{
	double x = LEFT + LABEL_W, qr = ct->kind != CONTACT_PHONE ? qr_size(ct->value) : 0;
	double main_w, h, hh = 0, note_w, below = 0;

	/* A code stands beside its own address: this row starts below the last. */
	if (qr > 0 && p->hang > 0) {
		below = p->hang;
		y += below;
		p->hang = 0;
	}

	text_at(p, LEFT, y + (ct->kind == CONTACT_PHONE ? 2.5 : 1), LABEL_W - 4, &ST_SMALL, ct->label);
	if (ct->kind == CONTACT_WEB)
		main_w = TEXT_W - LABEL_W - (qr > 0 ? qr + 14 : 0);
	else
		main_w = HOURS_X - x - 12;
	if (ct->kind == CONTACT_PHONE)
		h = text_at(p, x, y, main_w, &ST_PHONE, ct->value);
	else
		h = link_at(p, x, y, main_w, &ST_LINK, ct->value);
	if (ct->languages[0] != '\0')
		h += 1 + text_at(p, x, y + h + 1, main_w, &ST_SMALL, ct->languages);
	if (ct->nhours > 0)
		hh = hours_table(p, HOURS_X, y, HOURS_W, ct);
	if (hh > h)
		h = hh;
	/* The note runs under the number and the hours, beside the code. */
	if (ct->note != NULL) {
		note_w = HOURS_X + HOURS_W - x;
		h += 3 + text_at(p, x, y + h + 3, note_w, &ST_NOTE, ct->note);
	}
	/* The code hangs beside the rows below instead of pushing them down. */
	h += 9;
	if (qr > 0) {
		qr_draw(p, LEFT + TEXT_W, y, ct->value);
		p->hang = qr + 6 > h ? qr + 6 - h : 0;
	} else {
		p->hang = p->hang > h ? p->hang - h : 0;
	}
	return below + h;
}

/* Rows of an entry: its name, each contact, anonymity and cost. */
static double
entry_row(struct pdf *p, const void *item, int row, double y)
{
	const struct handout_entry *e = item;
	char terms[512];
	double h;

	if (row == 0) {
		hline(p, LEFT, LEFT + TEXT_W, y + 0.5, 0.6, RULE);
		return 7 + heading_at(p, "H2", LEFT, y + 7, TEXT_W, &ST_H2, e->name) + 5;
	}
	if ((size_t)row <= e->ncontacts)
		return contact_row(p, &e->contacts[row - 1], y);
	snprintf(terms, sizeof terms, "%s %s", e->anonymous, e->cost);
	/* Beside a code that still hangs here, and the entry ends below it. */
	h = text_at(p, LEFT + LABEL_W, y, HOURS_X + HOURS_W - LEFT - LABEL_W, &ST_SMALL_INK, terms) + 4;
	if (p->hang > h)
		h = p->hang;
	p->hang = 0;
	return h;
}

/* The box under the title: 112, then the crisis line for the reader's language. */
static double
emergency_box(struct pdf *p, const struct handout *h, double y)
{
	const double pad = 12, inner = TEXT_W - 2 * pad - 4;
	double yy = y + pad, x = LEFT + pad + 4;

	yy += heading_at(p, "H2", x, yy, inner, &ST_DANGER, h->danger) + 6;
	for (size_t i = 0; i < h->crisis.n; i++) {
		const struct doc_block *b = &h->crisis.blocks[i];

		if (b->style == DOC_HEADING)
			yy += text_at(p, x, yy, inner, &ST_BOLD, b->text) + 2;
		else if (b->style == DOC_LABEL)
			yy += text_at(p, x, yy, inner, &ST_BODY, b->text) + 2;
	}
	return yy + pad - 2 - y;
}

static void
draw_emergency_box(struct pdf *p, const struct handout *h)
{
	double height;

	p->draw = false;
	height = emergency_box(p, h, 0);
	p->draw = true;
	cairo_rectangle(p->cr, LEFT, p->y, TEXT_W, height);
	set_color(p, ALERT_BG);
	cairo_fill_preserve(p->cr);
	set_color(p, ALERT);
	cairo_set_line_width(p->cr, 1.2);
	cairo_stroke(p->cr);
	cairo_rectangle(p->cr, LEFT, p->y, 5, height);
	cairo_fill(p->cr);
	emergency_box(p, h, p->y);
	p->y += height + 14;
}

/* A link with its code, for the guide at the end of the list. */
static double
guide_row(struct pdf *p, const void *item, int row, double y)
{
	const struct handout *h = item;
	double qr = qr_size(h->guide_web), w = TEXT_W - (qr > 0 ? qr + 14 : 0), yy = y;

	(void)row;
	yy += heading_at(p, "H2", LEFT, yy, w, &ST_H2, h->guide_title) + 4;
	yy += text_at(p, LEFT, yy, w, &ST_BODY, h->guide_name) + 3;
	yy += link_at(p, LEFT, yy, w, &ST_LINK, h->guide_web);
	qr_draw(p, LEFT + TEXT_W, y, h->guide_web);
	return (yy - y > qr ? yy - y : qr) + 10;
}

static void
layout_helplines(struct pdf *p, const void *doc)
{
	const struct handout *h = doc;
	const char *lines[3] = { h->meta, h->checked, h->shown };

	page_title(p, h->heading, lines, 3);
	draw_emergency_box(p, h);
	for (size_t g = 0; g < h->ngroups; g++)
		for (size_t i = 0; i < h->groups[g].nentries; i++)
			put_block(p, entry_row, &h->groups[g].entries[i],
			    (int)h->groups[g].entries[i].ncontacts + 2, 4);
	if (h->guide_web != NULL) {
		hline(p, LEFT, LEFT + TEXT_W, p->y, 0.6, RULE);
		p->y += 8;
		put_block(p, guide_row, h, 1, 6);
	}
	notes_area(p, h->notes_title, h->notes_hint);
}

/* ---- the checklist ---- */

static void
checkbox(struct pdf *p, double x, double y, enum step_state state)
{
	const double s = 11;

	if (!p->draw)
		return;
	set_color(p, INK);
	cairo_set_line_width(p->cr, 1);
	cairo_rectangle(p->cr, x, y, s, s);
	cairo_stroke(p->cr);
	cairo_set_line_width(p->cr, 1.8);
	if (state == STEP_DONE) {
		cairo_move_to(p->cr, x + 2.2, y + 5.8);
		cairo_line_to(p->cr, x + 4.6, y + 8.6);
		cairo_line_to(p->cr, x + 9.2, y + 2.4);
		cairo_stroke(p->cr);
	} else if (state == STEP_NOT_APPLICABLE) {
		cairo_move_to(p->cr, x + 2.5, y + s / 2);
		cairo_line_to(p->cr, x + s - 2.5, y + s / 2);
		cairo_stroke(p->cr);
	}
}

/* A small heading and paragraphs under it, indented under the step's title. */
static double
paragraphs(struct pdf *p, double y, const char *head, const char *const *texts, size_t n)
{
	const double x = LEFT + 20, w = TEXT_W - 20;
	double yy = y;

	if (n == 0)
		return 0;
	yy += text_at(p, x, yy, w, &ST_SMALL_BOLD, head) + 1;
	for (size_t i = 0; i < n; i++)
		yy += text_at(p, x, yy, w, &ST_SMALL_INK, texts[i]) + 2;
	return yy - y + 3;
}

enum { STEP_ROW_TITLE, STEP_ROW_WHY, STEP_ROW_HOW, STEP_ROW_WHO, STEP_ROW_WHERE, STEP_ROW_DONE,
	STEP_ROWS };

/* The organisation: name, phone, address and its code. */
static double
agency_row(struct pdf *p, const struct checklist_step *s, double y)
{
	const double x = LEFT + 20;
	double qr = s->agency_web != NULL ? qr_size(s->agency_web) : 0;
	double w = TEXT_W - 20 - (qr > 0 ? qr + 14 : 0), yy = y;

	if (s->agency == NULL)
		return 0;
	yy += text_at(p, x, yy, w, &ST_SMALL_BOLD, _("Who")) + 1;
	yy += text_at(p, x, yy, w, &ST_SMALL_INK, s->agency) + 1;
	if (s->agency_phone != NULL)
		yy += text_at(p, x, yy, w, &ST_BOLD, s->agency_phone) + 1;
	if (s->agency_web != NULL) {
		yy += link_at(p, x, yy, w, &ST_LINK, s->agency_web) + 1;
		qr_draw(p, LEFT + TEXT_W, y, s->agency_web);
	}
	return (yy - y > qr ? yy - y : qr) + 4;
}

/* "Done on ________   Reference number ________", the date filled in when done. */
static double
done_row(struct pdf *p, const struct checklist_step *s, double y)
{
	const double x = LEFT + 20, rule_y = y + 16;
	double w1 = 150, x2 = x + 200, h;

	h = text_at(p, x, y + 4, w1, &ST_SMALL, s->done_on_label);
	if (s->state == STEP_DONE && s->date != NULL)
		text_at(p, x + 60, y + 2, w1 - 60, &ST_BODY, s->date);
	hline(p, x + 58, x + w1 + 20, rule_y, 0.6, MUTED);
	text_at(p, x2, y + 4, 110, &ST_SMALL, s->reference_label);
	hline(p, x2 + 112, LEFT + TEXT_W, rule_y, 0.6, MUTED);
	return (h + 4 > 18 ? h + 4 : 18) + 6;
}

static double
step_row(struct pdf *p, const void *item, int row, double y)
{
	const struct checklist_step *s = item;
	double h;

	switch (row) {
	case STEP_ROW_TITLE:
		hline(p, LEFT, LEFT + TEXT_W, y + 0.5, 0.4, RULE);
		checkbox(p, LEFT + 1, y + 8, s->state);
		h = 6 + text_at(p, LEFT + 20, y + 6, TEXT_W - 20, &ST_BOLD, s->title) + 2;
		if (s->marked != NULL)
			h += text_at(p, LEFT + 20, y + h, TEXT_W - 20, &ST_SMALL, s->marked) + 1;
		return h + 3;
	case STEP_ROW_WHY:
		return paragraphs(p, y, _("Why it matters"), s->why, s->nwhy);
	case STEP_ROW_HOW:
		return paragraphs(p, y, _("How to do it"), s->how, s->nhow);
	case STEP_ROW_WHO:
		return agency_row(p, s, y);
	case STEP_ROW_WHERE:
		return paragraphs(p, y, _("Where to get help"), s->where, s->nwhere);
	default:
		return done_row(p, s, y);
	}
}

static void
layout_steps(struct pdf *p, const void *doc)
{
	const struct checklist *l = doc;
	/* The legend's [x] and [-] read as the boxes drawn below. */
	const char *lines[3] = { l->meta, l->count, l->legend };

	page_title(p, l->heading, lines, 3);
	for (int g = 0; g < GROUP_COUNT; g++) {
		const struct checklist_group *grp = &l->groups[g];
		double head;

		if (grp->nsteps == 0)
			continue;
		/* A group heading never ends a page alone. */
		p->draw = false;
		head = text_at(p, LEFT, 0, TEXT_W, &ST_H2, grp->title) + 6;
		for (int r = 0; r < STEP_ROWS; r++)
			head += row_height(p, step_row, &grp->steps[0], r);
		p->draw = true;
		need(p, head);
		p->y += 4 + heading_at(p, "H2", LEFT, p->y + 4, TEXT_W, &ST_H2, grp->title) + 2;
		for (size_t i = 0; i < grp->nsteps; i++)
			put_block(p, step_row, &grp->steps[i], STEP_ROWS, 4);
		p->y += 6;
	}
	notes_area(p, l->notes_title, l->notes_hint);
}

/* ---- the document ---- */

static cairo_status_t
collect(void *closure, const unsigned char *data, unsigned int len)
{
	struct print_buffer *b = closure;

	if (b == NULL)
		return CAIRO_STATUS_SUCCESS;
	if (b->len + len + 1 > b->cap) {
		b->cap = (b->len + len + 1) * 2;
		b->text = realloc(b->text, b->cap);
		if (b->text == NULL)
			return CAIRO_STATUS_NO_MEMORY;
	}
	memcpy(b->text + b->len, data, len);
	b->len += len;
	b->text[b->len] = '\0';
	return CAIRO_STATUS_SUCCESS;
}

/* One pass of the layout into out (NULL: nowhere); the page count in *pages. */
static cairo_status_t
render_pass(struct print_buffer *out, const char *title, void (*layout)(struct pdf *, const void *),
    const void *doc, int *pages, int *unknown)
{
	struct pdf p = { .draw = true, .page = 1, .pages = *pages, .y = TOP };
	cairo_status_t status;

	p.surface = cairo_pdf_surface_create_for_stream(collect, out, PAGE_W, PAGE_H);
	cairo_pdf_surface_set_metadata(p.surface, CAIRO_PDF_METADATA_TITLE, title);
	cairo_pdf_surface_set_metadata(p.surface, CAIRO_PDF_METADATA_CREATOR, "tuki");
	p.cr = cairo_create(p.surface);
	layout(&p, doc);
	footer(&p);
	cairo_show_page(p.cr);
	status = cairo_status(p.cr);
	cairo_destroy(p.cr);
	cairo_surface_finish(p.surface);
	if (status == CAIRO_STATUS_SUCCESS)
		status = cairo_surface_status(p.surface);
	cairo_surface_destroy(p.surface);
	*pages = p.page;
	*unknown = p.unknown;
	return status;
}

/* Lets go of the fonts pango and fontconfig keep between layouts, so a
 * long-running kiosk does not grow and leak checkers see only tuki's own. */
static void
release_fonts(void)
{
	pango_cairo_font_map_set_default(NULL);
	cairo_debug_reset_static_data();
	FcFini();
}

static int
render(struct print_buffer *out, const char *title, void (*layout)(struct pdf *, const void *),
    const void *doc, struct tuki_error *err)
{
	int pages = 0, unknown = 0;
	cairo_status_t status;

	/* Only the system's fonts and caches: fontconfig then never writes a
	 * cache into the home directory (nothing is written that was not asked for). */
	FcConfigEnableHome(FcFalse);
	status = render_pass(NULL, title, layout, doc, &pages, &unknown);

	if (status == CAIRO_STATUS_SUCCESS && unknown == 0)
		status = render_pass(out, title, layout, doc, &pages, &unknown);
	release_fonts();
	if (status == CAIRO_STATUS_SUCCESS && unknown == 0)
		return 0;
	free(out->text);
	memset(out, 0, sizeof *out);
	if (unknown > 0) {
		tuki_error_set(err, EXIT_UNAVAILABLE, _("Could not make the PDF: no installed font "
		    "has all the letters it needs. Install the package %s and try again."),
		    FONT_PACKAGE);
		return EXIT_UNAVAILABLE;
	}
	tuki_error_set(err, EXIT_SOFTWARE, _("Could not make the PDF: %s"),
	    cairo_status_to_string(status));
	return EXIT_SOFTWARE;
}

int
pdf_helplines(struct print_buffer *out, const struct content *c,
    const struct helpline_filter *filter, time_t now, struct tuki_error *err)
{
	struct handout h;
	int status;

	handout_build(&h, c, filter, now);
	status = render(out, h.title, layout_helplines, &h, err);
	handout_free(&h);
	return status;
}

int
pdf_steps(struct print_buffer *out, const struct content *c, const struct progress *progress,
    time_t now, struct tuki_error *err)
{
	struct checklist l;
	int status;

	checklist_build(&l, c, progress, now);
	status = render(out, l.title, layout_steps, &l, err);
	checklist_free(&l);
	return status;
}
