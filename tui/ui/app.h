/* The interactive session: a stack of views, each drawn by its screen. */
#ifndef TUKI_UI_APP_H
#define TUKI_UI_APP_H

#include <stdbool.h>
#include <wchar.h>

#include "sys/lang.h"

#include "text/doc.h"
#include "../model/config.h"
#include "../model/content.h"
#include "model/session.h"
#include "render/print_request.h"
#include "kiosk.h"

struct app;
struct view;

/* What each screen family implements (one file per family in tui/ui/). */
struct screen {
	/* Draws the whole view; leaves the cursor on the focus. */
	void (*draw)(struct app *app, struct view *view);
	/* Handles a key; returns false to let the app try its global keys. */
	bool (*key)(struct app *app, struct view *view, wint_t key, bool function_key);
	/* Optional: called every tick_ms while the view is on top (animation). */
	void (*tick)(struct app *app, struct view *view);
	int tick_ms;
	/* Prompts take every printable key, so global letter keys stay off. */
	bool takes_text;
};

/* Fills a document for the reader screen, in the current language. */
typedef void (*doc_builder)(struct app *app, const struct view *view, struct doc *doc);

struct view {
	const struct screen *screen;
	int selected;               /* focused item in a list */
	int scroll;                 /* first shown line */
	int section;                /* for the list of a section's pages */
	const void *item;           /* page, step or helpline shown by the reader */
	doc_builder build;          /* for the reader */
	long long started_ms;       /* for timed screens */
	int list_top, list_rows;    /* where draw_list put the list, for mouse clicks */
	int phase;                  /* for multi-step screens and prompts */
	/* A question's text that scrolls above its answers (question.c). */
	int text_scroll, text_rows, text_lines;
	/* A list whose items take several rows (the directory): the item on
	 * each screen row, -1 for none, for mouse clicks. */
	bool row_map;
	short row_item[256];
};

#define APP_MAX_DEPTH 16

struct app {
	struct session *session;
	const struct content *content;
	char *notice;               /* the notice being shown (session or print outcome); owned */
	const char *print_target;   /* where the last print went: NULL for a file */
	struct kiosk_state *kiosk;  /* NULL in personal mode; the policy is in kiosk.c */
	long long last_key_ms;      /* when the last key came (the kiosk's idle reset) */
	struct view stack[APP_MAX_DEPTH];
	int depth;
	bool running;
	int status;
	bool quick_exit;            /* leave no trace on the way out */
	long long last_esc_ms;      /* when a lone Esc came, for Esc Esc */
};

void app_init(struct app *app, struct session *session, bool choose_language);
/* Switches to lang; a catalog that cannot be read leaves English and a
 * calm notice saying so. */
void app_set_language(struct app *app, enum lang lang);
/* --mouse: a click selects a list item, a click on the selected one opens it. */
void app_enable_mouse(void);
int app_run(struct app *app);

struct view *app_view(struct app *app);
void app_push(struct app *app, struct view view);
void app_pop(struct app *app);
void app_open_reader(struct app *app, doc_builder build, const void *item);

extern const struct screen chooser_screen;
extern const struct screen home_screen;
extern const struct screen section_screen;
extern const struct screen reader_screen;
extern const struct screen page_screen;
extern const struct screen steps_screen;
extern const struct screen plan_screen;
extern const struct screen directory_screen;
extern const struct screen consent_screen;
extern const struct screen breathing_screen;
extern const struct screen forget_screen;
extern const struct screen print_prompt_screen;
extern const struct screen welcome_screen;
extern const struct screen still_there_screen;
extern const struct screen pin_screen;
extern const struct screen staff_screen;

/* Kiosk: the calm three-language screen for a broken configuration,
 * shown until a signal stops the program. */
void kiosk_out_of_order_until_stopped(void);

/* p: print the helpline list or the checklist. */
void app_print(struct app *app, enum print_what what);
/* Moves a print job on without waiting (shortens *wait while one runs);
 * true if its outcome changed the screen. */
bool print_job_poll(struct app *app, int *wait);
/* On the way out (stop: the quick exit): see spool_abandon(). */
void print_job_abandon(bool stop);

/* Opens item n (0-based) of the home menu, as its number there would. */
void app_open_home_item(struct app *app, int n);

/* Opens the detail view of a helpline (from the directory or a step). */
void app_open_helpline(struct app *app, const struct helpline *h);

/* Readers that are not content pages. */
void help_keys_doc(struct app *app, const struct view *view, struct doc *doc);
void help_now_doc(struct app *app, const struct view *view, struct doc *doc);
void notice_doc(struct app *app, const struct view *view, struct doc *doc);

#endif
