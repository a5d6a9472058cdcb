#include <config.h>

#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "model/utf8.h"
#include "options.h"

void
options_usage(FILE *out)
{
	fprintf(out, _("Usage: tuki [--lang fi|sv|en] [--plain] [--no-color] [--content-dir DIR]\n"
	    "       tuki --check-content [--content-dir DIR]\n"
	    "       tuki --forget\n"
	    "       tuki --help | --version\n"));
}

static void
usage_error(const char *fmt, const char *arg)
{
	char safe[128];

	fputs("tuki: ", stderr);
	fprintf(stderr, fmt, sanitize_text(arg, safe, sizeof safe));
	fputc('\n', stderr);
	options_usage(stderr);
}

bool
options_parse(int argc, char **argv, struct options *opts)
{
	enum { OPT_LANG = 256, OPT_PLAIN, OPT_NO_COLOR, OPT_CONTENT_DIR, OPT_CHECK_CONTENT,
		OPT_FORGET, OPT_HELP, OPT_VERSION };
	static const struct option longopts[] = {
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "plain", no_argument, NULL, OPT_PLAIN },
		{ "no-color", no_argument, NULL, OPT_NO_COLOR },
		{ "content-dir", required_argument, NULL, OPT_CONTENT_DIR },
		{ "check-content", no_argument, NULL, OPT_CHECK_CONTENT },
		{ "forget", no_argument, NULL, OPT_FORGET },
		{ "help", no_argument, NULL, OPT_HELP },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(opts, 0, sizeof *opts);
	opts->lang = LANG_NONE;
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_LANG:
			opts->lang = lang_parse(optarg);
			if (opts->lang == LANG_NONE || strlen(optarg) != 2) {
				usage_error(_("unknown language \"%s\": use fi, sv or en"), optarg);
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
		case OPT_CHECK_CONTENT:
			opts->mode = MODE_CHECK_CONTENT;
			break;
		case OPT_FORGET:
			opts->mode = MODE_FORGET;
			break;
		case OPT_HELP:
			opts->mode = MODE_HELP;
			break;
		case OPT_VERSION:
			opts->mode = MODE_VERSION;
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
	return true;
}
