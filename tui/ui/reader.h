/*
 * The reader: one document wrapped to the window and scrolled.  Pages,
 * steps, helplines, Help now, the keys and notices are all readers that
 * differ in the document they build (and pages and steps in a few keys).
 */
#ifndef TUKI_UI_READER_H
#define TUKI_UI_READER_H

#include "text/doc.h"
#include "app.h"

/* Fills a document for the reader, in the current language; item is
 * what reader_open was given (a page, a step, a helpline, or NULL). */
typedef void (*doc_builder)(struct app *app, const void *item, struct doc *doc);

/* A reader view's own state. */
struct reader_state {
	doc_builder build;
	const void *item;
};

extern const struct screen reader_screen;

/* Opens screen (reader_screen, or one that draws as it does) on item. */
struct view *reader_open(struct app *app, const struct screen *screen, doc_builder build,
    const void *item);
void app_open_reader(struct app *app, doc_builder build, const void *item);

/* What a reader view shows; NULL for a view that is no reader. */
const struct reader_state *reader_of(const struct view *view);

/* The reader's drawing and keys, for screens that read as it does. */
void reader_draw(struct app *app, struct view *view);
bool reader_key(struct app *app, struct view *view, wint_t key, bool function_key);

/* Readers that are not content pages (help.c). */
void help_keys_doc(struct app *app, const void *item, struct doc *doc);
void help_now_doc(struct app *app, const void *item, struct doc *doc);
void notice_doc(struct app *app, const void *item, struct doc *doc);

#endif
