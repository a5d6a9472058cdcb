/* The command line, parsed into one struct before anything runs. */
#ifndef TUKI_OPTIONS_H
#define TUKI_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

#include "sys/lang.h"

enum run_mode {
	MODE_INTERACTIVE, MODE_CHECK_CONTENT, MODE_FORGET, MODE_PRINT_HELPLINES, MODE_PRINT_STEPS,
	MODE_KIOSK, MODE_CHECK_CONFIG, MODE_HELP, MODE_VERSION, MODE_PRINT_FACTS,
};

struct options {
	enum run_mode mode;
	enum lang lang;             /* LANG_NONE unless --lang */
	bool plain;
	bool no_color;
	const char *content_dir;    /* NULL: the installed content */
	const char *local_dir;      /* NULL: SYSCONFDIR/tuki/local.d, if it exists */
	/* Printing */
	bool anonymous, open_now;
	const char *topic;          /* a topic id, checked once content is loaded */
	bool markdown;
	bool pdf;                   /* --format pdf, or a printer and no --format (PDF builds) */
	bool format_given;
	const char *printer;        /* NULL: standard output */
	const char *config;         /* kiosk configuration; NULL: SYSCONFDIR/tuki.conf */
	bool mouse;
};

/* The language of a valid --lang in argv, before the rest is parsed, so
 * that every complaint about the command line is in it; else LANG_NONE. */
enum lang options_early_lang(int argc, char **argv);

/* Parses argv; on a bad command line prints why and returns false (exit 64). */
bool options_parse(int argc, char **argv, struct options *opts);

void options_usage(FILE *out);

#endif
