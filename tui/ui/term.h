/* The terminal: start, restore on every exit path, signals, quick exit. */
#ifndef TUKI_UI_TERM_H
#define TUKI_UI_TERM_H

#include <signal.h>
#include <stdbool.h>

/* Set by the signal handlers; the main loop acts on them. */
extern volatile sig_atomic_t term_signal_received;

/* First thing in main: ignores the signals that must not end tuki (PIPE,
 * USR1, USR2, ALRM, XFSZ) and makes a crash put the terminal back. */
void term_install_signal_handlers(void);

/* Starts curses; false (and nothing changed) if the terminal cannot be used.
 * While it runs, INT, TERM, HUP, QUIT (ignored with raw_keys: the kiosk),
 * XCPU, VTALRM and PROF set term_signal_received for the loop. */
bool term_start(bool use_color, bool raw_keys);

/* Restores the terminal; safe to call twice and from atexit. */
void term_restore(void);

/* Leaves no trace: clears the screen and scrollback, then restores. */
void term_wipe_and_restore(void);

/* Clears the screen and the scrollback while curses stays active (kiosk reset). */
void term_clear_everything(void);

/* Plain mode: true when standard output is a terminal whose terminfo
 * entry can clear it (not TERM=dumb, not a pipe or a file); sets up
 * terminfo for term_plain_clear without starting curses. */
bool term_plain_can_clear(void);

/* Plain mode's quick exit: clears the screen and the scrollback. */
void term_plain_clear(void);

/* True if keys are already waiting to be read. */
bool term_input_pending(void);

bool term_active(void);
bool term_has_color(void);

#endif
