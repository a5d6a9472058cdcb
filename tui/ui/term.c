#include <config.h>

#include <curses.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

#include "term.h"
#include "layout.h"

volatile sig_atomic_t term_signal_received;

static bool active;
static bool color;

/* For a crash: the terminal modes from before curses, and the bytes that
 * clear the screen, leave the alternate screen and show the cursor. */
static struct termios saved_modes;
static bool have_saved_modes;
static char leave_bytes[256];
static volatile size_t leave_len;

static void
on_signal(int sig)
{
	term_signal_received = sig;
}

/* Signals that would end tuki with nothing of its own to say: a dead lp
 * or reader (PIPE), a stray kill (USR1, USR2, ALRM), a file too big
 * (XFSZ, so the write fails and says so instead). */
static const int ignored_signals[] = { SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM, SIGXFSZ };

/* Signals that end tuki through the loop: the terminal is restored and
 * the screen cleared, then the signal is raised again for the parent. */
static const int ending_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGXCPU, SIGVTALRM,
    SIGPROF };

static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS };
static struct sigaction crash_old[sizeof crash_signals / sizeof crash_signals[0]];

/*
 * A crash cannot go through the loop: put the terminal back with the
 * async-signal-safe calls only (write, tcsetattr), then let the signal
 * do what it did before (the sanitizers' report, or the default end).
 */
static void
on_crash(int sig, siginfo_t *info, void *context)
{
	if (active) {
		if (leave_len > 0)
			(void)!write(STDOUT_FILENO, leave_bytes, leave_len);
		if (have_saved_modes)
			tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
	}
	for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
		if (crash_signals[i] != sig)
			continue;
		if ((crash_old[i].sa_flags & SA_SIGINFO) && crash_old[i].sa_sigaction != NULL) {
			sigaction(sig, &crash_old[i], NULL);
			crash_old[i].sa_sigaction(sig, info, context);
			return;
		}
		if (crash_old[i].sa_handler != SIG_IGN && crash_old[i].sa_handler != SIG_DFL &&
		    crash_old[i].sa_handler != NULL) {
			sigaction(sig, &crash_old[i], NULL);
			crash_old[i].sa_handler(sig);
			return;
		}
	}
	signal(sig, SIG_DFL);
	raise(sig);
}

void
term_install_signal_handlers(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_IGN;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof ignored_signals / sizeof ignored_signals[0]; i++)
		sigaction(ignored_signals[i], &sa, NULL);
	sa.sa_handler = NULL;
	sa.sa_sigaction = on_crash;
	sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
	for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++)
		sigaction(crash_signals[i], &sa, &crash_old[i]);
}

/* Before newterm(), so ncurses keeps its hands off these. */
static void
catch_ending_signals(bool kiosk)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: a blocked read returns so the loop sees the flag. */
	for (size_t i = 0; i < sizeof ending_signals / sizeof ending_signals[0]; i++)
		sigaction(ending_signals[i], &sa, NULL);
	/* A kiosk is ended by the service (TERM) or the staff PIN, not by QUIT,
	 * and a stray TSTP must not leave it stopped (and never restarted). */
	if (kiosk) {
		signal(SIGQUIT, SIG_IGN);
		signal(SIGTSTP, SIG_IGN);
	}
}

static void
release_ending_signals(void)
{
	for (size_t i = 0; i < sizeof ending_signals / sizeof ending_signals[0]; i++)
		signal(ending_signals[i], SIG_DFL);
}

static int
add_leave_byte(int c)
{
	if (leave_len < sizeof leave_bytes)
		leave_bytes[leave_len++] = (char)c;
	return c;
}

/* The bytes on_crash() writes, worked out while it is still safe to. */
static void
prepare_crash_restore(void)
{
	const char *caps[] = { clear_screen, exit_ca_mode, clear_screen, cursor_normal,
	    keypad_local, exit_attribute_mode };

	leave_len = 0;
	for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++)
		if (caps[i] != NULL && caps[i] != (char *)-1)
			tputs(caps[i], 1, add_leave_byte);
	if (leave_len == sizeof leave_bytes)
		leave_len = 0;      /* cut short, so better none */
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
	have_saved_modes = tcgetattr(STDIN_FILENO, &saved_modes) == 0;
	catch_ending_signals(raw_keys);
	if (newterm(NULL, stdout, stdin) == NULL) {
		/* Plain mode takes over: there a signal simply ends tuki. */
		release_ending_signals();
		return false;
	}
	prepare_crash_restore();
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
	/* Without an alternate screen (the Linux console, vt100) the last page
	 * would stay up for whoever sits down next: clear it first. */
	if (exit_ca_mode == NULL || exit_ca_mode[0] == '\0') {
		clear();
		refresh();
	}
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
term_plain_can_clear(void)
{
	const char *term = getenv("TERM");
	int err;

	if (!isatty(STDOUT_FILENO) || term == NULL || term[0] == '\0' || strcmp(term, "dumb") == 0)
		return false;
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return false;
	return clear_screen != NULL && clear_screen != (char *)-1 && clear_screen[0] != '\0';
}

void
term_plain_clear(void)
{
	fflush(stdout);
	/* Plain mode never had an alternate screen: clear it explicitly (the
	 * Linux console has no E3 either), then the scrollback. */
	putp(clear_screen);
	clear_scrollback();
}

bool
term_input_pending(void)
{
	struct pollfd in = { .fd = STDIN_FILENO, .events = POLLIN };

	return poll(&in, 1, 0) > 0 && (in.revents & POLLIN);
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
