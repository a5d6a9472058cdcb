#include <config.h>

#include <curses.h>
#include <stdio.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "term.h"
#include "layout.h"

volatile sig_atomic_t term_signal_received;

static bool active;
static bool color;

static void
on_signal(int sig)
{
	term_signal_received = sig;
}

void
term_install_signal_handlers(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a blocked read returns so the loop sees the flag. */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

/* A calm palette: colour pairs only ever add to attributes that carry meaning. */
static void
init_colors(void)
{
	start_color();
	use_default_colors();
	init_pair(PAIR_HEADER, COLOR_BLUE, -1);
	init_pair(PAIR_OPEN, COLOR_GREEN, -1);
	init_pair(PAIR_NOTE, COLOR_CYAN, -1);
}

bool
term_start(bool use_color, bool raw_keys)
{
	if (newterm(NULL, stdout, stdin) == NULL)
		return false;
	active = true;
	set_escdelay(100);     /* tells a lone Esc from an arrow key, even over ssh */
	/* The kiosk takes raw keys: Ctrl-C, Ctrl-Z, Ctrl-\\ and flow control arrive as keys. */
	if (raw_keys)
		raw();
	else
		cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	intrflush(stdscr, FALSE);
	curs_set(1);
	color = use_color && has_colors();
	if (color)
		init_colors();
	return true;
}

void
term_restore(void)
{
	if (!active)
		return;
	active = false;
	endwin();
	fflush(stdout);
}

/* The terminal's "clear scrollback" (E3), or the xterm sequence most understand. */
static void
clear_scrollback(void)
{
	const char *e3 = tigetstr("E3");

	if (e3 != NULL && e3 != (char *)-1)
		putp(e3);
	else
		fputs("\033[3J", stdout);
	fflush(stdout);
}

void
term_clear_everything(void)
{
	clear();
	refresh();
	clear_scrollback();
	clearok(curscr, TRUE);
}

void
term_wipe_and_restore(void)
{
	bool alternate;

	if (!active)
		return;
	alternate = exit_ca_mode != NULL && exit_ca_mode[0] != '\0';
	clear();
	refresh();
	term_restore();
	/* Without an alternate screen (the Linux console) the text is still there. */
	if (!alternate && clear_screen != NULL)
		putp(clear_screen);
	clear_scrollback();
}

bool
term_active(void)
{
	return active;
}

bool
term_has_color(void)
{
	return color;
}
