/* tuki: options, then one of the modes. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sys/i18n.h"
#include "text/fallback_help.h"
#include "content_check.h"
#include "sys/lang.h"
#include "model/clock.h"
#include "model/content.h"
#include "model/config.h"
#include "model/local_load.h"
#include "model/progress.h"
#include "model/xalloc.h"
#include "options.h"
#include "plain/plain.h"
#include "sys/privacy.h"
#include "render/print_request.h"
#ifdef HAVE_PDF
#include "render/pdf.h"
#endif
#include "model/session.h"
#include "render/spool.h"
#include "ui/app.h"
#include "ui/kiosk.h"
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
	/* A library's own English, for the administrator, after tuki's words. */
	if (err->raw[0] != '\0')
		fprintf(stderr, "tuki: (%s)\n", err->raw);
	return err->status;
}

/* For a failure a person meets when they came for help (not a staff
 * check): they still learn how to get help now, in their language or,
 * when it is not known yet, in all three. */
static void
print_fallback_help(void)
{
	if (lang_current() != LANG_NONE)
		fprintf(stderr, "%s\n", fallback_help(lang_current()));
	else
		for (int l = 0; l < lang_count(); l++)
			fprintf(stderr, "%s\n", fallback_help((enum lang)l));
}

static int
report_with_help(const struct tuki_error *err)
{
	report(err);
	print_fallback_help();
	return err->status;
}

static int
check_content(const struct content *c)
{
	int broken = content_check(c, clock_now(false), stderr);

	if (broken > 0)
		return EXIT_DATAERR;
	printf(_("Content is valid: %zu pages, %zu steps, %zu helplines.\n"),
	    c->npages, c->nsteps, c->nhelplines);
	return EXIT_OK;
}

/*
 * A centre's local.d files: the installed directory if it exists, or the
 * one named with --local-dir (whose files may then also belong to the
 * person running tuki, for a centre's tests).  All or nothing.
 */
static int
load_local(const struct options *opts, struct content *content, struct tuki_error *err)
{
	if (opts->local_dir != NULL)
		return content_load_local(content, opts->local_dir, true, geteuid(), err);
	return content_load_local(content, LOCAL_DIR_DEFAULT, false, (uid_t)-1, err);
}

/* In personal mode a broken local file is a calm word, and the shipped list is used. */
static char *local_warning;

static void
warn_local(const struct tuki_error *err)
{
	report(err);
	local_warning = xasprintf(_("The support centre's own additions to the list of "
	    "helplines could not be used, so tuki shows its usual list. Everything else "
	    "works as usual. (For staff: %s)"), err->message);
}

/* Why writing standard output failed, where stdio may lose errno. */
static int output_errno;

/*
 * The command line's delivery to CUPS: checked, sent, and said on stderr
 * in the reader's language ("sent", never "printed": tuki does not wait
 * for the paper); the tool's own words follow for whoever reads the log.
 */
static int
send_to_cups(const char *printer, bool pdf, const struct print_buffer *out)
{
	struct spool_options o = { .printer = printer, .pdf = pdf };
	char queue[256], raw[512], text[1024];
	enum print_outcome outcome = spool_print(&o, out->text, out->len, queue, sizeof queue,
	    raw, sizeof raw);

	print_outcome_text(outcome, queue[0] != '\0' ? queue : NULL, false, text, sizeof text);
	fprintf(stderr, "tuki: %s\n", text);
	if (raw[0] != '\0')
		fprintf(stderr, "tuki: (%s)\n", raw);
	return outcome == PRINT_SENT || outcome == PRINT_PRINTED ? EXIT_OK : EXIT_UNAVAILABLE;
}

/* --print-helplines, --print-steps and --print-facts: to standard output or to lp. */
static int
print_mode(const struct options *opts, const struct content *content)
{
	struct print_buffer out = { 0 };
	struct session session;
	struct tuki_error err = { 0 };
	struct print_request req;
	int status = EXIT_OK;

	/* A PDF on a terminal is noise: say where it should go instead. */
	if (opts->pdf && opts->printer == NULL && isatty(STDOUT_FILENO)) {
		bool list = opts->mode == MODE_PRINT_HELPLINES, facts = opts->mode == MODE_PRINT_FACTS;

		fputs("tuki: ", stderr);
		fprintf(stderr, _("a PDF cannot be shown on the terminal: send it to a file "
		    "(tuki %s --format pdf > %s) or to a printer (--printer NAME)"),
		    list ? "--print-helplines" : facts ? "--print-facts" : "--print-steps",
		    list ? "helplines.pdf" : facts ? "facts.pdf" : "checklist.pdf");
		fputc('\n', stderr);
		return EXIT_USAGE;
	}
	if (lang_current() == LANG_NONE)
		lang_activate(lang_source());
	session_init(&session, content, false);
	req = (struct print_request){
		.what = opts->mode == MODE_PRINT_HELPLINES ? PRINT_HELPLINES
		    : opts->mode == MODE_PRINT_FACTS ? PRINT_FACTS : PRINT_STEPS,
		.lang = lang_current(),
		.filter = session.filter,
		.format = opts->pdf ? PRINT_PDF : opts->markdown ? PRINT_MARKDOWN : PRINT_TEXT,
		.content = content,
		.progress = &session.progress,
		.now = session_now(&session),
	};
	if (req.what == PRINT_HELPLINES) {
		req.filter.anonymous_only = opts->anonymous;
		req.filter.open_now = opts->open_now;
		if (opts->topic != NULL
		    && (req.filter.topic = content_topic(content, opts->topic)) == NULL) {
			char known[512] = "";

			for (size_t i = 0; i < content->ntopics; i++)
				snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s",
				    i ? ", " : "", content->topics[i].id);
			fprintf(stderr, _("tuki: unknown topic \"%s\"; the topics are: %s\n"),
			    opts->topic, known);
			session_free(&session);
			return EXIT_USAGE;
		}
	}
	status = print_render(&req, &out, &err);
	if (session.notice != NULL)
		fprintf(stderr, "tuki: %s\n", session.notice);
	if (status != 0)
		report(&err);
	else if (opts->printer != NULL)
		status = send_to_cups(opts->printer, req.format == PRINT_PDF, &out);
	else if (fwrite(out.text, 1, out.len, stdout) != out.len) {
		output_errno = errno;   /* main() says what went wrong */
	}
	free(out.text);
	session_free(&session);
	return status;
}

/* Curses needs a terminal it knows; anything else gets plain mode. */
static bool
terminal_usable(void)
{
	const char *term = getenv("TERM");

	return isatty(STDIN_FILENO) && isatty(STDOUT_FILENO) && term != NULL &&
	    term[0] != '\0' && strcmp(term, "dumb") != 0;
}

static const char *
config_path(const struct options *opts)
{
	return opts->config != NULL ? opts->config : SYSCONFDIR "/tuki.conf";
}

/* The installed file must be root's; one named with --config may also be
 * the person's own (a centre's tests), like --local-dir. */
static int
load_config(const struct options *opts, struct kiosk_config *cfg, struct tuki_error *err)
{
	return config_load(cfg, config_path(opts), opts->config != NULL ? geteuid() : (uid_t)-1,
	    err);
}

/* A printer CUPS does not know (or that is paused) is a warning, not an
 * error: staff may add the queue after installing tuki. */
static void
warn_printer(const char *printer)
{
	char raw[512], text[1024];
	enum print_outcome outcome = spool_check(printer, raw, sizeof raw);

	switch (outcome) {
	case PRINT_READY:
		break;
	case PRINT_NO_SUCH_PRINTER:
		fprintf(stderr, _("tuki: warning: CUPS has no printer called %s; until it is "
		    "added (lpadmin), visitors are told that printing did not work\n"), printer);
		break;
	case PRINT_PAUSED:
		fprintf(stderr, _("tuki: warning: the printer %1$s is paused in CUPS; "
		    "cupsenable %1$s resumes it\n"), printer);
		break;
	case PRINT_NOT_ACCEPTING:
		fprintf(stderr, _("tuki: warning: the printer %1$s is not accepting jobs in CUPS; "
		    "cupsaccept %1$s lets it take them\n"), printer);
		break;
	default:
		fprintf(stderr, _("tuki: warning: could not ask CUPS about the printer %1$s: %2$s\n"),
		    printer, print_outcome_text(outcome, printer, false, text, sizeof text));
	}
}

/* --check-config: validate the kiosk configuration without starting. */
static int
check_config(const struct options *opts)
{
	struct kiosk_config cfg;
	struct tuki_error err = { 0 };

	struct content content;

	if (load_config(opts, &cfg, &err) != 0)
		return report(&err);
	/* The kiosk refuses to start on a broken local file: say so now. */
	if (content_load(&content, opts->content_dir != NULL ? opts->content_dir
	    : env_or("TUKI_CONTENT_DIR", CONTENTDIR), &err) != 0)
		return report(&err);
	if (load_local(opts, &content, &err) != 0) {
		content_free(&content);
		return report(&err);
	}
	content_free(&content);
	printf(_("%s is valid.\n"), config_path(opts));
	if (cfg.world_readable)
		fprintf(stderr, _("tuki: warning: %s can be read by anyone; it holds the staff "
		    "PIN (make it root-owned, mode 0640, group of the kiosk user)\n"),
		    config_path(opts));
	if (cfg.printer[0] != '\0')
		warn_printer(cfg.printer);
#ifdef HAVE_PDF
	/* The kiosk prints PDFs, or text pages when no module is installed:
	 * only a module that is there but will not load stops a visitor. */
	if (cfg.printer[0] != '\0' && pdf_module_installed() && !pdf_available(&err)) {
		fprintf(stderr, _("tuki: warning: printing will not work: %s\n"), err.message);
		if (err.raw[0] != '\0')
			fprintf(stderr, "tuki: (%s)\n", err.raw);
	}
#endif
	explicit_bzero(&cfg, sizeof cfg);
	return EXIT_OK;
}

/*
 * A kiosk that cannot start shows a calm "out of order" screen, never a
 * bare terminal, until it is stopped; the real error goes to stderr.
 */
static int
out_of_order(const struct tuki_error *err)
{
	report(err);
	if (!terminal_usable() || !term_start(false, true))
		return err->status;
	atexit(term_restore);
	kiosk_out_of_order_until_stopped();
	term_restore();
	return err->status;
}

/* Out of memory on screen: the terminal back to normal, then the calm line, exit 70. */
static void
out_of_memory_on_screen(void)
{
	term_restore();
	fprintf(stderr, "%s\n", xalloc_message());
	print_fallback_help();
	exit(EXIT_SOFTWARE);
}

/* Out of memory in the kiosk: the visitor's screen gives way to "out of order". */
static void
out_of_memory_in_kiosk(void)
{
	fprintf(stderr, "%s\n", xalloc_message());
	kiosk_out_of_order_until_stopped();
	term_restore();
	exit(EXIT_SOFTWARE);
}

static int
run_kiosk(const struct options *opts, const char *content_dir)
{
	struct kiosk_config cfg;
	struct tuki_error err = { 0 };
	struct content content;
	struct session session;
	struct app app;
	int status;

	if (load_config(opts, &cfg, &err) != 0)
		return out_of_order(&err);
	if (content_load(&content, content_dir, &err) != 0)
		return out_of_order(&err);
	/* A kiosk never shows a half-checked list: a broken local file is out of order. */
	if (load_local(opts, &content, &err) != 0) {
		content_free(&content);
		return out_of_order(&err);
	}
	if (!terminal_usable()) {
		fputs(_("tuki: the kiosk needs a terminal\n"), stderr);
		content_free(&content);
		return EXIT_USAGE;
	}
	lang_activate((enum lang)lang_list_find(cfg.default_language));
	session_init(&session, &content, true);
	if (!term_start(!opts->no_color && getenv("NO_COLOR") == NULL, true)) {
		fputs(_("tuki: the kiosk needs a terminal\n"), stderr);
		session_free(&session);
		content_free(&content);
		return EXIT_USAGE;
	}
	atexit(term_restore);
	xalloc_set_handler(out_of_memory_in_kiosk);
	app_init_kiosk(&app, &session, &cfg);
	status = app_run(&app);
	term_wipe_and_restore();
	session_free(&session);
	content_free(&content);
	explicit_bzero(&cfg, sizeof cfg);
	if (term_signal_received) {
		int sig = term_signal_received;

		signal(sig, SIG_DFL);
		raise(sig);
	}
	return status;
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


static int
run_interactive(const struct options *opts, const struct content *content)
{
	bool color = !opts->no_color && getenv("NO_COLOR") == NULL;
	struct session session;
	struct app app;
	int status;

	session_init(&session, content, false);
	if (local_warning != NULL && session.notice == NULL)
		session_set_notice(&session, "%s", local_warning);
	/* The language asked for has no catalog here: say so, calmly, first. */
	if (lang_missing_text() != NULL && session.notice == NULL)
		session_set_notice(&session, "%s", lang_missing_text());
	if (opts->plain || !terminal_usable() || !term_start(color, false)) {
		status = plain_run(&session, STDIN_FILENO, stdout,
		    term_plain_can_clear() ? term_plain_clear : NULL);
		session_free(&session);
		return status;
	}
	atexit(term_restore);
	xalloc_set_handler(out_of_memory_on_screen);
	/* The mouse stays off unless asked for, so phone numbers can be selected and copied. */
	if (opts->mouse)
		app_enable_mouse();
	app_init(&app, &session, lang_current() == LANG_NONE);
	status = app_run(&app);
	session_free(&session);
	/* A signal ends tuki like the quick exit: the page does not stay up. */
	if (app.quick_exit || term_signal_received)
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

/*
 * With standard output or error closed (">&-"), the next file tuki opens
 * would get that number and printf would write into it (a progress file,
 * lp's pipe).  /dev/null opened read-only takes the place instead: reading
 * gives end of file, and writing fails, so check_output() can say so.
 */
static void
hold_standard_fds(void)
{
	for (int fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF &&
		    open("/dev/null", O_RDONLY) < 0)
			_exit(EXIT_IOERR);
}

/* Output that could not be written is said and is a failure, never a
 * silent 0: a full disk, a closed standard output, a reader gone. */
static int
check_output(int status)
{
	int error;

	errno = 0;
	if (fflush(stdout) == 0 && !ferror(stdout))
		return status;
	error = output_errno != 0 ? output_errno : errno;
	if (error == 0) {
		/* stdio dropped the reason with the failed buffer: ask again. */
		clearerr(stdout);
		errno = 0;
		if (write(STDOUT_FILENO, "\n", 1) < 0)
			error = errno;
		if (error == 0)
			error = EIO;
	}
	if (error == ENOSPC || error == EDQUOT)
		fputs(_("tuki: could not write the output: the disk is full.\n"), stderr);
	else if (error == EBADF)
		fputs(_("tuki: could not write the output: standard output is closed.\n"), stderr);
	else if (error == EPIPE)
		fputs(_("tuki: could not write the output: the program reading it has stopped.\n"),
		    stderr);
	else
		fprintf(stderr, _("tuki: could not write the output: %s\n"), error_reason(error));
	return status != EXIT_OK ? status : EXIT_IOERR;
}

static int run(int argc, char **argv);

int
main(int argc, char **argv)
{
	hold_standard_fds();
	return check_output(run(argc, argv));
}

static int
run(int argc, char **argv)
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
	lang_activate(options_early_lang(argc, argv));
	if (!options_parse(argc, argv, &opts))
		return EXIT_USAGE;
	lang_activate(opts.lang);
	/* A listed language whose catalog is missing or broken: English, and why. */
	if (lang_missing_text() != NULL)
		fprintf(stderr, "tuki: %s\n", lang_missing_text());
	switch (opts.mode) {
	case MODE_HELP:
		options_usage(stdout);
		return EXIT_OK;
	case MODE_VERSION:
		printf("tuki %s\n", PACKAGE_VERSION);
#ifndef HAVE_PDF
		printf("%s\n", _("This tuki was built without PDF support: it prints text only."));
#endif
		return EXIT_OK;
	case MODE_FORGET:
		return forget_progress();
	case MODE_CHECK_CONFIG:
		return check_config(&opts);
	case MODE_KIOSK:
		return run_kiosk(&opts, opts.content_dir != NULL ? opts.content_dir
		    : env_or("TUKI_CONTENT_DIR", CONTENTDIR));
	default:
		break;
	}
	if (content_load(&content, opts.content_dir != NULL ? opts.content_dir
	    : env_or("TUKI_CONTENT_DIR", CONTENTDIR), &err) != 0)
		return opts.mode == MODE_CHECK_CONTENT ? report(&err) : report_with_help(&err);
	if (load_local(&opts, &content, &err) != 0) {
		if (opts.mode == MODE_CHECK_CONTENT) {
			content_free(&content);
			return report(&err);
		}
		warn_local(&err);
	}
	if (opts.mode == MODE_CHECK_CONTENT)
		status = check_content(&content);
	else if (opts.mode == MODE_PRINT_HELPLINES || opts.mode == MODE_PRINT_STEPS ||
	    opts.mode == MODE_PRINT_FACTS)
		status = print_mode(&opts, &content);
	else
		status = run_interactive(&opts, &content);
	content_free(&content);
	free(local_warning);
	return status;
}
