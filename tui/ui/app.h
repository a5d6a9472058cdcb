/* The interactive session: a stack of views, each drawn by its screen. */
#ifndef TUKI_UI_APP_H
#define TUKI_UI_APP_H

#include <stdbool.h>
#include <wchar.h>

#include "sys/lang.h"

#include "../model/config.h"
#include "../model/content.h"
#include "model/session.h"

struct app;
struct view;
struct kiosk_state;

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
	/* For the centre's staff (the kiosk's PIN and staff screens): in the
	 * kiosk's own language, never the welcome screen's all-language bar,
	 * which has no room for "Back". */
	bool for_staff;
	/* The screen's own state: each view of it gets state_size bytes
	 * (view->state), as tmux's window_mode_entry->data; free_state, if
	 * set, lets go of what the state holds before the view goes. */
	size_t state_size;
	void (*free_state)(void *state);
};

/* One screen on the stack: the list position nearly every screen has,
 * and the rest in the screen's own state. */
struct view {
	const struct screen *screen;
	int selected;               /* focused item in a list */
	int scroll;                 /* first shown line */
	int list_top, list_rows;    /* where draw_list put the list, for paging */
	void *state;                /* the screen's own, owned by the view; NULL if it has none */
};

/*
 * What a mode other than personal changes in the loop (the kiosk, which
 * registers it with app_set_mode): the app asks here and never calls a
 * mode's screens itself.  NULL members keep the personal behaviour.
 */
struct app_mode {
	/* q, Esc Esc: instead of ending the program. */
	void (*leave)(struct app *app);
	/* L, F2: instead of the language chooser. */
	void (*next_language)(struct app *app);
	/* S: the staff's way in. */
	void (*staff)(struct app *app);
	/* Before a language is chosen, the languages the key bar and Help
	 * now speak, into out (CONFIG_MAX_LANGUAGES); 0 once one is. */
	int (*languages_before_choice)(const struct app *app, enum lang *out);
	/* Between keys: shortens *wait so the loop wakes in time; true if
	 * it changed the screen. */
	bool (*idle)(struct app *app, int *wait);
};

/* Work that goes on beside the screens (the print job): the loop polls it
 * between keys and stops it on the way out. */
struct app_job {
	/* Moves it on without waiting (shortens *wait while it runs); true if
	 * its outcome changed the screen. */
	bool (*poll)(struct app *app, int *wait);
	/* On the way out (stop: the quick exit). */
	void (*abandon)(bool stop);
};

#define APP_MAX_DEPTH 16
/* Background jobs at once: today only the print job. */
#define APP_MAX_JOBS 2

struct app {
	struct session *session;
	const struct content *content;
	char *notice;               /* the notice being shown (session or print outcome); owned */
	const char *print_target;   /* where the last print went: NULL for a file */
	struct kiosk_state *kiosk;  /* NULL in personal mode; the rules are in model/kiosk_policy.c */
	const struct app_mode *mode;        /* NULL in personal mode */
	const struct app_job *jobs[APP_MAX_JOBS];
	int njobs;
	long long last_key_ms;      /* when the last key came (the kiosk's idle reset) */
	struct view stack[APP_MAX_DEPTH];
	int depth;
	bool running;
	int status;
	bool quick_exit;            /* leave no trace on the way out */
	long long last_esc_ms;      /* when a lone Esc came, for Esc Esc */
};

void app_init(struct app *app, struct session *session, bool choose_language);
/* A mode's hooks, set once at start (the kiosk). */
void app_set_mode(struct app *app, struct kiosk_state *kiosk, const struct app_mode *mode);
/* The mode's languages_before_choice, or 0. */
int app_languages_before_choice(const struct app *app, enum lang *out);
/* Polls job between keys from now on; adding it again does nothing. */
void app_add_job(struct app *app, const struct app_job *job);
/* Switches to lang; a catalog that cannot be read leaves English and a
 * calm notice saying so. */
void app_set_language(struct app *app, enum lang lang);
/* --mouse: a click selects a list item, a click on the selected one opens it. */
void app_enable_mouse(void);
/* Runs until the session ends; every view is gone when it returns. */
int app_run(struct app *app);

struct view *app_view(struct app *app);
/* Opens screen on top.  Its state is a copy of init (screen->state_size
 * bytes), or zeroed when init is NULL.  Returns the new view. */
struct view *app_push(struct app *app, const struct screen *screen, const void *init);
/* Closes the top view, unless it is the last. */
void app_pop(struct app *app);
/* Puts screen in the top view's place (the last one too). */
struct view *app_replace(struct app *app, const struct screen *screen, const void *init);
/* Closes every view and the notice, and starts again on screen. */
void app_start_over(struct app *app, const struct screen *screen, const void *init);
/* The view under the top one, or NULL. */
struct view *app_view_below(struct app *app);

extern const struct screen chooser_screen;
extern const struct screen home_screen;
extern const struct screen steps_screen;
extern const struct screen directory_screen;

/* Openers: each builds its screen's state, so no caller touches another
 * screen's fields. */
void section_open(struct app *app, enum section section);
void breathing_open(struct app *app);
void forget_open(struct app *app);
void consent_open(struct app *app);
/* The plan's questions; from_steps: go back to the steps afterwards,
 * else put the steps in their place. */
void plan_open(struct app *app, bool from_steps, int selected);

/* Opens item n (0-based) of the home menu, as its number there would. */
void app_open_home_item(struct app *app, int n);

/* Opens the detail view of a helpline (from the directory or a step). */
void app_open_helpline(struct app *app, const struct helpline *h);

#endif
