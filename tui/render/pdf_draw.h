/*
 * Drawing on A4 for the PDF renderers (pdf.c, pdf_steps.c, pdf_facts.c): text through
 * pango, tagged headings and links, QR codes, and pages made of blocks
 * that are measured before they are drawn, so a page break goes before a
 * block, never through it.  Internal to the module (pdf_module.h).
 */
#ifndef TUKI_PDF_DRAW_H
#define TUKI_PDF_DRAW_H

#include <stdbool.h>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "render/pdf_module.h"

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

struct rgb {
	double r, g, b;
};

extern const struct rgb INK;
extern const struct rgb MUTED;
extern const struct rgb ALERT;
extern const struct rgb ALERT_BG;
extern const struct rgb RULE;

struct style {
	double size;
	bool bold, italic;
	struct rgb color;
	PangoAlignment align;
};

extern const struct style ST_TITLE;
extern const struct style ST_H2;
extern const struct style ST_GROUP;     /* a group of entries: "Talk to someone now" */
extern const struct style ST_BODY;
extern const struct style ST_BOLD;
extern const struct style ST_PHONE;
extern const struct style ST_LINK;
extern const struct style ST_SMALL;
extern const struct style ST_SMALL_INK;
extern const struct style ST_SMALL_BOLD;
extern const struct style ST_NOTE;
extern const struct style ST_ASIDE;    /* a short aside, in italics */
extern const struct style ST_FOOT_RIGHT;
extern const struct style ST_FOOT;
extern const struct style ST_DANGER;

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
	const struct pdf_page_words *words;     /* the footer's, tuki's translation */
};

/* Draws one row of a block at y (or measures it: p->draw false); returns its height. */
typedef double (*row_fn)(struct pdf *p, const void *item, int row, double y);

void set_color(struct pdf *p, struct rgb c);
/* Lays out text in width w at x, y; draws it unless measuring.  Returns its height. */
double text_at(struct pdf *p, double x, double y, double w, const struct style *st,
    const char *s);
/* A heading tagged H1 or H2. */
double heading_at(struct pdf *p, const char *tag, double x, double y, double w,
    const struct style *st, const char *s);
/* A web address, drawn as a link to itself. */
double link_at(struct pdf *p, double x, double y, double w, const struct style *st,
    const char *url);
void hline(struct pdf *p, double x0, double x1, double y, double width, struct rgb c);
/* The side of url's QR code in points; 0 when it is too long for a code. */
double qr_size(const char *url);
/* Draws url's code with its top right corner at right, y. */
void qr_draw(struct pdf *p, double right, double y, const char *url);
/* The same for a code up to max_modules wide (a source on the fact-check
 * sheet, which may be long; qr_size's codes stay small beside a person's list). */
double qr_size_up_to(const char *url, int max_modules);
void qr_draw_up_to(struct pdf *p, double right, double y, const char *url, int max_modules);

void page_break(struct pdf *p);
/* A row's height where it would be drawn now, drawing nothing. */
double row_height(struct pdf *p, row_fn fn, const void *item, int row);
/* Starts a new page unless h fits below p->y. */
void need(struct pdf *p, double h);
/* Puts rows 0..nrows-1 of item on the page as one block (see pdf_draw.c). */
void put_block(struct pdf *p, row_fn fn, const void *item, int nrows, double gap);
/* The title, tagged H1, and small lines under it (NULLs skipped). */
void page_title(struct pdf *p, const char *title, const char *const *lines, int n);
/* Ruled lines for a person's own notes, as many as fit (at least five). */
void notes_area(struct pdf *p, const char *title, const char *hint);

/*
 * Lays the document out twice (to count the pages, then into out) and
 * lets go of the fonts.  PDF_OK, PDF_NO_FONT (out->detail names the
 * package) or PDF_FAILED (cairo's message); on failure out has no data.
 */
enum pdf_status pdf_render(struct pdf_output *out, const char *title,
    const struct pdf_page_words *words, void (*layout)(struct pdf *p, const void *doc),
    const void *doc);

/* Adds the document language (an ISO 639-1 code) to a finished PDF (pdf_lang.c). */
void pdf_set_language(struct pdf_output *pdf, const char *code);

/* The three documents (pdf.c, pdf_steps.c, pdf_facts.c), the module's table's entries. */
enum pdf_status pdf_typeset_helplines(const struct handout *h, const struct pdf_page_words *w,
    struct pdf_output *out);
enum pdf_status pdf_typeset_steps(const struct checklist *l, const struct pdf_page_words *w,
    struct pdf_output *out);
enum pdf_status pdf_typeset_facts(const struct fact_sheet *s, const struct pdf_page_words *w,
    struct pdf_output *out);

#endif
