/* tuki: options, then one of the modes. */
#include <config.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "lang.h"
#include "model/content.h"
#include "model/progress.h"
#include "options.h"
#include "plain.h"
#include "privacy.h"
#include "session.h"
#include "ui/app.h"
#include "ui/term.h"

/* Installed paths, overridable so the build tree runs and tests uninstalled. */
static const char *
env_or(const char *name, const char *fallback)
{
	const char *value = getenv(name);

	return value != NULL && value[0] != '\0' ? value : fallback;
}

static int
report(const struct tuki_error *err)
{
	fprintf(stderr, "tuki: %s\n", err->message);
	return err->status;
}

static int
check_content(const struct content *c)
{
	printf(_("Content is valid: %zu pages, %zu steps, %zu helplines.\n"),
	    c->npages, c->nsteps, c->nhelplines);
	return EXIT_OK;
}

/* --forget: delete saved marks, every moved-aside copy and temp file. */
static int
forget_progress(void)
{
	char *dir = progress_dir();
	struct tuki_error err = { 0 };
	int removed;

	if (dir == NULL) {
		puts(_("There are no saved marks to delete."));
		return EXIT_OK;
	}
	removed = progress_forget(dir, &err);
	free(dir);
	if (removed < 0)
		return report(&err);
	if (removed == 0)
		puts(_("There are no saved marks to delete."));
	else
		puts(_("Your saved marks were deleted from this computer."));
	return EXIT_OK;
}

/* Curses needs a terminal it knows; anything else gets plain mode. */
static bool
terminal_usable(void)
{
	const char *term = getenv("TERM");

	return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && term != NULL &&
	    term[0] != '\0' && strcmp(term, "dumb") != 0;
}

static int
run_interactive(const struct options *opts, const struct content *content)
{
	bool color = !opts->no_color && getenv("NO_COLOR") == NULL;
	struct session session;
	struct app app;
	int status;

	session_init(&session, content, false);
	if (opts->plain || !terminal_usable() || !term_start(color)) {
		status = plain_run(&session, STDIN_FILENO, stdout, 72);
		session_free(&session);
		return status;
	}
	atexit(term_restore);
	app_init(&app, &session, lang_current() == LANG_NONE);
	status = app_run(&app);
	session_free(&session);
	if (app.quick_exit)
		term_wipe_and_restore();
	else
		term_restore();
	if (term_signal_received) {
		int sig = term_signal_received;

		signal(sig, SIG_DFL);
		raise(sig);
	}
	return status;
}

int
main(int argc, char **argv)
{
	struct options opts;
	struct content content;
	struct tuki_error err = { 0 };
	int status;

	privacy_lockdown();
	term_install_signal_handlers();
	locale_init(env_or("TUKI_LOCALEDIR", LOCALEDIR));

	/* Even a complaint about the command line speaks the person's language. */
	lang_activate(lang_from_environment());
	if (!options_parse(argc, argv, &opts))
		return EXIT_USAGE;
	lang_activate(opts.lang);
	switch (opts.mode) {
	case MODE_HELP:
		options_usage(stdout);
		return EXIT_OK;
	case MODE_VERSION:
		printf("tuki %s\n", PACKAGE_VERSION);
		return EXIT_OK;
	case MODE_FORGET:
		return forget_progress();
	default:
		break;
	}
	if (content_load(&content, opts.content_dir != NULL ? opts.content_dir
	    : env_or("TUKI_CONTENT_DIR", CONTENTDIR), &err) != 0)
		return report(&err);
	if (opts.mode == MODE_CHECK_CONTENT)
		status = check_content(&content);
	else
		status = run_interactive(&opts, &content);
	content_free(&content);
	return status;
}
