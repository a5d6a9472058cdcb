/*
 * Drawing on A4 for the PDF renderers.  A document is laid out twice:
 * once into nothing, to count the pages for "Page 1 of 3", then into
 * memory.  Every block (an entry, a step) is measured before it is drawn.
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <fontconfig/fontconfig.h>
#include <qrencode.h>

#include "render/pdf_draw.h"

/* Families fontconfig tries in turn; the package that has the first. */
#define FONT_FAMILIES "DejaVu Sans,Noto Sans,sans-serif"
#define FONT_PACKAGE "fonts-dejavu-core"
/* QR modules of 1.6 pt (0.56 mm) scan from paper with any phone; codes
 * wider than version 5 would crowd the page, so longer addresses go without. */
#define QR_MODULE 1.6
#define QR_MAX_MODULES 37

/* Body text is black and at least 10 pt, upright: read at arm's length by
 * someone older, shaken or with low vision.  Italics only for a short
 * aside ("check the hours"); grey only for rules. */
const struct rgb INK = { 0, 0, 0 };
const struct rgb MUTED = { 0.32, 0.32, 0.32 };
const struct rgb ALERT = { 0.62, 0.04, 0.09 };
const struct rgb ALERT_BG = { 0.995, 0.95, 0.95 };
const struct rgb RULE = { 0.72, 0.72, 0.72 };
const struct style ST_TITLE = { 20, true, false, { 0.05, 0.23, 0.42 }, PANGO_ALIGN_LEFT };
const struct style ST_H2 = { 13, true, false, { 0.05, 0.23, 0.42 }, PANGO_ALIGN_LEFT };
const struct style ST_GROUP = { 16, true, false, { 0.05, 0.23, 0.42 }, PANGO_ALIGN_LEFT };
const struct style ST_BODY = { 10, false, false, { 0, 0, 0 }, PANGO_ALIGN_LEFT };
const struct style ST_BOLD = { 10, true, false, { 0, 0, 0 }, PANGO_ALIGN_LEFT };
const struct style ST_PHONE = { 12, true, false, { 0, 0, 0 }, PANGO_ALIGN_LEFT };
const struct style ST_LINK = { 10, false, false, { 0.05, 0.23, 0.42 }, PANGO_ALIGN_LEFT };
const struct style ST_SMALL = { 10, false, false, { 0, 0, 0 }, PANGO_ALIGN_LEFT };
const struct style ST_SMALL_INK = { 10, false, false, { 0, 0, 0 }, PANGO_ALIGN_LEFT };
const struct style ST_SMALL_BOLD = { 10, true, false, { 0, 0, 0 }, PANGO_ALIGN_LEFT };
const struct style ST_NOTE = { 10, false, false, { 0, 0, 0 }, PANGO_ALIGN_LEFT };
const struct style ST_ASIDE = { 10, false, true, { 0, 0, 0 }, PANGO_ALIGN_LEFT };
const struct style ST_FOOT_RIGHT = { 8.5, false, false, { 0, 0, 0 }, PANGO_ALIGN_RIGHT };
const struct style ST_FOOT = { 8.5, false, false, { 0, 0, 0 }, PANGO_ALIGN_LEFT };
const struct style ST_DANGER = { 15, true, false, { 0.62, 0.04, 0.09 }, PANGO_ALIGN_LEFT };

/* ---- drawing primitives ---- */

void
set_color(struct pdf *p, struct rgb c)
{
	cairo_set_source_rgb(p->cr, c.r, c.g, c.b);
}

/* Lays out text in width w at x, y; draws it unless measuring.  Returns its height. */
double
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
double
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
double
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

void
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

/* The QR code for url, or NULL when it is wider than max_modules (too
 * long to scan from paper at that size). */
static QRcode *
qr_encode(const char *url, int max_modules)
{
	QRcode *q;

	if (!linkable(url))
		return NULL;
	q = QRcode_encodeString(url, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	if (q != NULL && q->width > max_modules) {
		QRcode_free(q);
		q = NULL;
	}
	return q;
}

double
qr_size_up_to(const char *url, int max_modules)
{
	QRcode *q = qr_encode(url, max_modules);
	double size = q != NULL ? q->width * QR_MODULE : 0;

	QRcode_free(q);
	return size;
}

/* The side of url's code in points (0: no code). */
double
qr_size(const char *url)
{
	return qr_size_up_to(url, QR_MAX_MODULES);
}

void
qr_draw(struct pdf *p, double right, double y, const char *url)
{
	qr_draw_up_to(p, right, y, url, QR_MAX_MODULES);
}

/* Draws url's code with its top right corner at x, y: vector squares, one
 * rectangle per run of dark modules. */
void
qr_draw_up_to(struct pdf *p, double right, double y, const char *url, int max_modules)
{
	QRcode *q;

	if (!p->draw || (q = qr_encode(url, max_modules)) == NULL)
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

/* "Page 1 of 3" in the reader's words: the format is a translation, which
 * msgfmt --check holds to the msgid's two %d (tuki passes it in). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void
page_number(char *out, size_t size, const char *format, int page, int pages)
{
	snprintf(out, size, format, page, pages);
}
#pragma GCC diagnostic pop

static void
footer(struct pdf *p)
{
	char page[128];

	hline(p, LEFT, LEFT + TEXT_W, PAGE_H - 52, 0.5, RULE);
	page_number(page, sizeof page, p->words->page_of, p->page, p->pages > 0 ? p->pages : p->page);
	text_at(p, LEFT, PAGE_H - 46, TEXT_W - 70, &ST_FOOT, p->words->footer);
	text_at(p, LEFT + TEXT_W - 70, PAGE_H - 46, 70, &ST_FOOT_RIGHT, page);
}

void
page_break(struct pdf *p)
{
	footer(p);
	cairo_show_page(p->cr);
	p->page++;
	p->y = TOP;
	p->hang = 0;
}

double
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
void
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
void
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
			text_at(p, LEFT + LABEL_W, p->y + 2, TEXT_W - LABEL_W, &ST_NOTE,
			    p->words->continued);
			page_break(p);
			p->y += fn(p, item, 0, p->y);
		}
		p->y += fn(p, item, i, p->y);
	}
	p->y += gap;
}

/* The title, tagged H1, and lines under it. */
void
page_title(struct pdf *p, const char *title, const char *const *lines, int n)
{
	p->y += heading_at(p, "H1", LEFT, p->y, TEXT_W, &ST_TITLE, title) + 4;
	for (int i = 0; i < n; i++)
		if (lines[i] != NULL)
			p->y += text_at(p, LEFT, p->y, TEXT_W, &ST_SMALL, lines[i]) + 2;
	p->y += 10;
}

/* Ruled lines for a person's own notes, as many as fit (at least five). */
void
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

/* ---- the document ---- */

static cairo_status_t
collect(void *closure, const unsigned char *data, unsigned int len)
{
	struct pdf_output *b = closure;

	if (b == NULL)
		return CAIRO_STATUS_SUCCESS;
	if (b->len + len + 1 > b->cap) {
		size_t cap = (b->len + len + 1) * 2;
		char *text = realloc(b->data, cap);

		if (text == NULL)
			return CAIRO_STATUS_NO_MEMORY;
		b->data = text;
		b->cap = cap;
	}
	memcpy(b->data + b->len, data, len);
	b->len += len;
	b->data[b->len] = '\0';
	return CAIRO_STATUS_SUCCESS;
}

/* One pass of the layout into out (NULL: nowhere); the page count in *pages. */
static cairo_status_t
render_pass(struct pdf_output *out, const char *title, const struct pdf_page_words *words,
    void (*layout)(struct pdf *, const void *), const void *doc, int *pages, int *unknown)
{
	struct pdf p = { .draw = true, .page = 1, .pages = *pages, .y = TOP, .words = words };
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

/*
 * Lets go of the font map pango keeps between layouts, so a long-running
 * kiosk does not grow.  Not cairo_debug_reset_static_data() or FcFini():
 * they are for a program about to end, and cairo's aborts (an assertion)
 * when pango still holds a font, which a kiosk that prints again cannot
 * rule out (seen once in tests/print/pdf.sh under load).
 */
static void
release_fonts(void)
{
	pango_cairo_font_map_set_default(NULL);
}

enum pdf_status
pdf_render(struct pdf_output *out, const char *title, const struct pdf_page_words *words,
    void (*layout)(struct pdf *, const void *), const void *doc)
{
	int pages = 0, unknown = 0;
	cairo_status_t status;

	/* Only the system's fonts and caches: fontconfig then never writes a
	 * cache into the home directory (nothing is written that was not asked for). */
	FcConfigEnableHome(FcFalse);
	status = render_pass(NULL, title, words, layout, doc, &pages, &unknown);

	if (status == CAIRO_STATUS_SUCCESS && unknown == 0)
		status = render_pass(out, title, words, layout, doc, &pages, &unknown);
	release_fonts();
	if (status == CAIRO_STATUS_SUCCESS && unknown == 0) {
		pdf_set_language(out, words->lang);
		return PDF_OK;
	}
	free(out->data);
	out->data = NULL;
	out->len = out->cap = 0;
	/* tuki says it in the reader's words; these are the names it needs. */
	snprintf(out->detail, sizeof out->detail, "%s",
	    unknown > 0 ? FONT_PACKAGE : cairo_status_to_string(status));
	return unknown > 0 ? PDF_NO_FONT : PDF_FAILED;
}

