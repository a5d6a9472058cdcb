#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "sys/i18n.h"
#include "model/utf8.h"
#include "model/wrap.h"
#include "options.h"

void
options_usage(FILE *out)
{
	/* The synopsis is option syntax, the same in every language; only
	 * "Usage:" is translated, and the lines align under its width. */
	char first[160];
	const char *synopsis[] = {
		first,
		"     [--content-dir DIR] [--local-dir DIR]",
		"tuki --kiosk [--config FILE] [--local-dir DIR]",
		"tuki --check-config [--config FILE] [--local-dir DIR]",
		"tuki --check-content [--content-dir DIR] [--local-dir DIR]",
		"tuki --print-helplines [--lang L] [--anonymous] [--open-now] [--topic T]",
		"                       [--format pdf|text|markdown] [--printer NAME]",
		"tuki --print-steps [--lang L] [--format pdf|text|markdown] [--printer NAME]",
		"tuki --print-facts [--lang L] [--format pdf|text|markdown] [--printer NAME]",
		"tuki --forget",
		"tuki --help | --version",
	};
	/* TRANSLATORS: before the command lines of tuki --help. */
	const char *label = _("Usage:");
	size_t at = (size_t)snprintf(first, sizeof first, "tuki [--lang ");

	for (int i = 0; i < lang_list_count() && at < sizeof first; i++)
		at += (size_t)snprintf(first + at, sizeof first - at, "%s%s", i ? "|" : "",
		    lang_list_code(i));
	if (at < sizeof first)
		snprintf(first + at, sizeof first - at, "] [--plain] [--no-color] [--mouse]");

	for (size_t i = 0; i < sizeof synopsis / sizeof synopsis[0]; i++)
		fprintf(out, "%-*s %s\n", i == 0 ? 0 : text_width(label), i == 0 ? label : "",
		    synopsis[i]);
#ifndef HAVE_PDF
	fprintf(out, "%s\n", _("This tuki was built without PDF support: it prints text only."));
#endif
}

static void
usage_error(const char *fmt, const char *arg)
{
	char safe[128];

	fputs("tuki: ", stderr);
	/* fmt is a translated message with one %s (msgfmt --check keeps the
	 * translations' formats in step with the msgids). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	fprintf(stderr, fmt, sanitize_text(arg, safe, sizeof safe));
#pragma GCC diagnostic pop
	fputc('\n', stderr);
	options_usage(stderr);
}

static void
unknown_language(const char *arg)
{
	char safe[128];

	fputs("tuki: ", stderr);
	/* TRANSLATORS: the second %s lists the language codes: "fi, sv, en". */
	fprintf(stderr, _("unknown language \"%s\": use one of %s"),
	    sanitize_text(arg, safe, sizeof safe), lang_list_codes_text());
	fputc('\n', stderr);
	options_usage(stderr);
}

enum lang
options_early_lang(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
			return (enum lang)lang_list_find(argv[i + 1]);
		if (strncmp(argv[i], "--lang=", 7) == 0)
			return (enum lang)lang_list_find(argv[i] + 7);
	}
	return LANG_NONE;
}

/* The modes exclude each other: two of them is a usage error naming both,
 * found before anything is printed, deleted or started. */
static bool
set_mode(struct options *opts, enum run_mode mode, const char *option, const char **mode_option)
{
	if (*mode_option != NULL && opts->mode != mode) {
		fprintf(stderr, "tuki: ");
		fprintf(stderr, _("%s and %s cannot be used together: choose one of them"),
		    *mode_option, option);
		fputc('\n', stderr);
		options_usage(stderr);
		return false;
	}
	opts->mode = mode;
	*mode_option = option;
	return true;
}

/* The entry for the option getopt_long() returned as c, or NULL. */
static const struct option *
find_option(const struct option *longopts, int c)
{
	for (; longopts->name != NULL; longopts++)
		if (longopts->val == c)
			return longopts;
	return NULL;
}

bool
options_parse(int argc, char **argv, struct options *opts)
{
	enum { OPT_LANG = 256, OPT_PLAIN, OPT_NO_COLOR, OPT_CONTENT_DIR, OPT_CHECK_CONTENT,
		OPT_FORGET, OPT_HELP, OPT_VERSION,
		OPT_PRINT_HELPLINES, OPT_PRINT_STEPS, OPT_ANONYMOUS, OPT_OPEN_NOW, OPT_TOPIC, OPT_FORMAT,
		OPT_PRINTER, OPT_KIOSK, OPT_CONFIG, OPT_CHECK_CONFIG, OPT_MOUSE, OPT_LOCAL_DIR,
		OPT_PRINT_FACTS };
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "plain", no_argument, NULL, OPT_PLAIN },
		{ "no-color", no_argument, NULL, OPT_NO_COLOR },
		{ "content-dir", required_argument, NULL, OPT_CONTENT_DIR },
		{ "local-dir", required_argument, NULL, OPT_LOCAL_DIR },
		{ "check-content", no_argument, NULL, OPT_CHECK_CONTENT },
		{ "forget", no_argument, NULL, OPT_FORGET },
		{ "kiosk", no_argument, NULL, OPT_KIOSK },
		{ "config", required_argument, NULL, OPT_CONFIG },
		{ "check-config", no_argument, NULL, OPT_CHECK_CONFIG },
		{ "mouse", no_argument, NULL, OPT_MOUSE },
		{ "print-helplines", no_argument, NULL, OPT_PRINT_HELPLINES },
		{ "print-steps", no_argument, NULL, OPT_PRINT_STEPS },
		{ "print-facts", no_argument, NULL, OPT_PRINT_FACTS },
		{ "anonymous", no_argument, NULL, OPT_ANONYMOUS },
		{ "open-now", no_argument, NULL, OPT_OPEN_NOW },
		{ "topic", required_argument, NULL, OPT_TOPIC },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "printer", required_argument, NULL, OPT_PRINTER },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	const char *mode_option = NULL;
	bool help = false, version = false;
	bool seen[OPT_PRINT_FACTS - OPT_LANG + 1] = { false };
	int c;

	memset(opts, 0, sizeof *opts);
	opts->lang = LANG_NONE;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		/* A value given twice is an error, as a key twice is in tuki.conf:
		 * which one would a person expect to win?  (A flag twice is harmless.) */
		const struct option *o = find_option(longopts, c);

		if (o != NULL && o->has_arg == required_argument) {
			char name[32];

			if (seen[c - OPT_LANG]) {
				snprintf(name, sizeof name, "--%s", o->name);
				usage_error(_("the option %s is given twice"), name);
				return false;
			}
			seen[c - OPT_LANG] = true;
		}
		switch (c) {
		case OPT_LANG:
			opts->lang = (enum lang)lang_list_find(optarg);
			if (opts->lang == LANG_NONE) {
				unknown_language(optarg);
				return false;
			}
			break;
		case OPT_PLAIN:
			opts->plain = true;
			break;
		case OPT_NO_COLOR:
			opts->no_color = true;
			break;
		case OPT_CONTENT_DIR:
			opts->content_dir = optarg;
			break;
		case OPT_LOCAL_DIR:
			opts->local_dir = optarg;
			break;
		case OPT_CHECK_CONTENT:
			if (!set_mode(opts, MODE_CHECK_CONTENT, "--check-content", &mode_option))
				return false;
			break;
		case OPT_PRINT_HELPLINES:
			if (!set_mode(opts, MODE_PRINT_HELPLINES, "--print-helplines", &mode_option))
				return false;
			break;
		case OPT_PRINT_STEPS:
			if (!set_mode(opts, MODE_PRINT_STEPS, "--print-steps", &mode_option))
				return false;
			break;
		case OPT_PRINT_FACTS:
			if (!set_mode(opts, MODE_PRINT_FACTS, "--print-facts", &mode_option))
				return false;
			break;
		case OPT_ANONYMOUS:
			opts->anonymous = true;
			break;
		case OPT_OPEN_NOW:
			opts->open_now = true;
			break;
		case OPT_TOPIC:
			opts->topic = optarg;
			break;
		case OPT_FORMAT:
			opts->format_given = true;
			opts->markdown = strcmp(optarg, "markdown") == 0;
			opts->pdf = strcmp(optarg, "pdf") == 0;
#ifndef HAVE_PDF
			if (opts->pdf) {
				usage_error(_("this tuki was built without PDF support: use --format text "
				    "or markdown (%s)"), optarg);
				return false;
			}
#endif
			if (!opts->markdown && !opts->pdf && strcmp(optarg, "text") != 0) {
				usage_error(_("unknown format \"%s\": use pdf, text or markdown"), optarg);
				return false;
			}
			break;
		case OPT_PRINTER:
			if (optarg[0] == '\0' || optarg[0] == '-') {
				usage_error(_("\"%s\" is not a printer name"), optarg);
				return false;
			}
			opts->printer = optarg;
			break;
		case OPT_KIOSK:
			if (!set_mode(opts, MODE_KIOSK, "--kiosk", &mode_option))
				return false;
			break;
		case OPT_CHECK_CONFIG:
			if (!set_mode(opts, MODE_CHECK_CONFIG, "--check-config", &mode_option))
				return false;
			break;
		case OPT_CONFIG:
			opts->config = optarg;
			break;
		case OPT_MOUSE:
			opts->mouse = true;
			break;
		case OPT_FORGET:
			if (!set_mode(opts, MODE_FORGET, "--forget", &mode_option))
				return false;
			break;
		case OPT_HELP:
			help = true;
			break;
		case OPT_VERSION:
			version = true;
			break;
		case ':':
			usage_error(_("the option %s needs a value"), argv[optind - 1]);
			return false;
		default:
			usage_error(_("unknown option %s"), argv[optind - 1]);
			return false;
		}
	}
	if (optind < argc) {
		usage_error(_("unexpected argument \"%s\""), argv[optind]);
		return false;
	}
	/* --help wins over everything, then --version (never a mode started). */
	if (help || version) {
		opts->mode = help ? MODE_HELP : MODE_VERSION;
		return true;
	}
	if (opts->config != NULL && opts->mode != MODE_KIOSK && opts->mode != MODE_CHECK_CONFIG) {
		usage_error(_("%s works only with --kiosk or --check-config"), "--config");
		return false;
	}
	if (opts->local_dir != NULL && opts->mode == MODE_FORGET) {
		usage_error(_("%s does not work with --forget"), "--local-dir");
		return false;
	}
	/* Options that only make sense with a print mode. */
	if (opts->mode != MODE_PRINT_HELPLINES && (opts->anonymous || opts->open_now || opts->topic)) {
		usage_error(_("%s works only with --print-helplines"),
		    opts->anonymous ? "--anonymous" : opts->open_now ? "--open-now" : "--topic");
		return false;
	}
	if (opts->mode != MODE_PRINT_HELPLINES && opts->mode != MODE_PRINT_STEPS &&
	    opts->mode != MODE_PRINT_FACTS && (opts->format_given || opts->printer)) {
		usage_error(_("%s works only with --print-helplines, --print-steps or --print-facts"),
		    opts->printer ? "--printer" : "--format");
		return false;
	}
	/* Accepted and then ignored would leave a person wondering. */
	if ((opts->mouse || opts->plain) && opts->mode != MODE_INTERACTIVE) {
		usage_error(_("%s works only in the interactive program"),
		    opts->mouse ? "--mouse" : "--plain");
		return false;
	}
	if (opts->content_dir != NULL && (opts->mode == MODE_CHECK_CONFIG || opts->mode == MODE_FORGET)) {
		usage_error(_("%s does not work with --check-config or --forget"), "--content-dir");
		return false;
	}
#ifdef HAVE_PDF
	/* A printer gets the typeset PDF unless a format is asked for. */
	if (opts->printer != NULL && !opts->format_given)
		opts->pdf = true;
#endif
	return true;
}
