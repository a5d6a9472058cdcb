#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sys/i18n.h"
#include "config.h"
#include "file_text.h"
#include "sys/lang_list.h"
#include "utf8.h"

#define CONFIG_MAX_BYTES 65536

static bool
known_language(const char *code)
{
	return lang_list_find(code) >= 0;
}

/* Parses a whole number of seconds in [min, max]. */
static bool
parse_seconds(const char *value, int min, int max, int *out)
{
	char *end;
	long n;

	if (value[0] < '0' || value[0] > '9')
		return false;
	errno = 0;
	n = strtol(value, &end, 10);
	if (errno != 0 || *end != '\0' || n < min || n > max)
		return false;
	*out = (int)n;
	return true;
}

static bool
parse_languages(struct kiosk_config *cfg, char *value)
{
	cfg->nlanguages = 0;
	for (char *save = NULL, *w = strtok_r(value, " \t,", &save); w != NULL;
	    w = strtok_r(NULL, " \t,", &save)) {
		if (!known_language(w) || cfg->nlanguages == CONFIG_MAX_LANGUAGES)
			return false;
		for (int i = 0; i < cfg->nlanguages; i++)
			if (strcmp(cfg->languages[i], w) == 0)
				return false;
		strcpy(cfg->languages[cfg->nlanguages++], w);
	}
	return cfg->nlanguages > 0;
}

static bool
valid_printer(const char *v)
{
	size_t n = strlen(v);

	if (n == 0 || n >= 128 || v[0] == '-')
		return false;
	/* CUPS queue names: printable, no spaces, slashes or '#'. */
	for (; *v != '\0'; v++)
		if (*v <= ' ' || *v >= 0x7f || *v == '/' || *v == '#' || *v == '\\')
			return false;
	return true;
}

static bool
valid_pin(const char *v)
{
	size_t n = strlen(v);

	if (n < CONFIG_PIN_MIN || n > CONFIG_PIN_MAX)
		return false;
	for (; *v != '\0'; v++)
		if (*v < '0' || *v > '9')
			return false;
	return true;
}

/*
 * A PIN anyone could guess first: the same digit throughout (000000, the
 * sample's), or digits that climb or fall by one step (123456, 654321,
 * 2468, 7890).  The kiosk's end must not be the first thing a visitor tries.
 */
static bool
trivial_pin(const char *v)
{
	int step = (v[1] - v[0] + 10) % 10;

	for (size_t i = 2; v[i] != '\0'; i++)
		if ((v[i] - v[i - 1] + 10) % 10 != step)
			return false;
	return true;
}

static char *
trim(char *s)
{
	char *end;

	while (*s == ' ' || *s == '\t')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
		*--end = '\0';
	return s;
}

/* ---- one setter per key: NULL when the value is good, else the message ---- */

static const char *
set_languages(struct kiosk_config *cfg, char *value)
{
	/* TRANSLATORS: the last %s lists the language codes: "fi, sv, en". */
	return parse_languages(cfg, value) ? NULL : N_("%s:%d: languages: expected one to eight "
	    "of %s, each once, separated by spaces");
}

static const char *
set_default_language(struct kiosk_config *cfg, char *value)
{
	if (!known_language(value))
		/* TRANSLATORS: the last %s lists the language codes: "fi, sv, en". */
		return N_("%s:%d: default_language: expected one of %s");
	strcpy(cfg->default_language, value);
	return NULL;
}

static const char *
set_idle_reset(struct kiosk_config *cfg, char *value)
{
	return parse_seconds(value, 10, 86400, &cfg->idle_reset) ? NULL
	    : N_("%s:%d: idle_reset: expected seconds from 10 to 86400");
}

static const char *
set_idle_grace(struct kiosk_config *cfg, char *value)
{
	return parse_seconds(value, 5, 600, &cfg->idle_grace) ? NULL
	    : N_("%s:%d: idle_grace: expected seconds from 5 to 600");
}

static const char *
set_printer(struct kiosk_config *cfg, char *value)
{
	/* lp would take it for an option. */
	if (value[0] == '-')
		/* xgettext:c-format */
		return N_("%s:%d: printer: a queue name cannot start with \"-\"");
	if (!valid_printer(value))
		return N_("%s:%d: printer: expected a CUPS queue name without spaces");
	strcpy(cfg->printer, value);
	return NULL;
}

/* Free text a visitor reads ("at the reception desk"): printable, one line. */
static const char *
set_printer_location(struct kiosk_config *cfg, char *value)
{
	if (strlen(value) >= sizeof cfg->printer_location)
		return N_("%s:%d: printer_location: expected at most 127 bytes");
	/* The same rule as content texts: nothing that hides or turns text around. */
	if (text_first_unsafe(value) >= 0)
		return N_("%s:%d: printer_location: expected text without control, invisible "
		    "or text-direction characters");
	strcpy(cfg->printer_location, value);
	return NULL;
}

static const char *
set_staff_pin(struct kiosk_config *cfg, char *value)
{
	if (!valid_pin(value))
		return N_("%s:%d: staff_pin: expected 4 to 16 digits");
	if (trivial_pin(value))
		return N_("%s:%d: staff_pin: the sample PIN and PINs as easy to guess (one digit "
		    "repeated, or a run such as 123456 or 2468) are refused; set staff_pin in %s "
		    "to 4 to 16 digits of your own");
	strcpy(cfg->staff_pin, value);
	return NULL;
}

/*
 * The keys of tuki.conf(5): a new key is one row here and one setter
 * above.  Every message is "%s:%d: ..." with the file and line (a third
 * "%s", if any, is the file again); a required key's "missing" message is
 * "%s: ..." with the file.
 */
static const struct config_key {
	const char *name;
	const char *(*set)(struct kiosk_config *cfg, char *value);
	const char *missing;        /* NULL: optional */
} config_keys[] = {
	{ "languages", set_languages, NULL },
	{ "default_language", set_default_language, NULL },
	{ "idle_reset", set_idle_reset, NULL },
	{ "idle_grace", set_idle_grace, NULL },
	{ "printer", set_printer, NULL },
	{ "printer_location", set_printer_location, NULL },
	/* xgettext:c-format */
	{ "staff_pin", set_staff_pin, N_("%s: staff_pin is required, so staff can stop the "
	    "kiosk; set it in the file as \"staff_pin = \" and 4 to 16 digits of your own") },
};

#define CONFIG_KEY_COUNT (sizeof config_keys / sizeof config_keys[0])

static const struct config_key *
config_key(const char *name)
{
	for (size_t k = 0; k < CONFIG_KEY_COUNT; k++)
		if (strcmp(config_keys[k].name, name) == 0)
			return &config_keys[k];
	return NULL;
}

int
config_parse(struct kiosk_config *cfg, const char *name, const char *text,
    struct tuki_error *err)
{
	bool seen[CONFIG_KEY_COUNT] = { false };
	int lineno = 0, default_line = 0;
	const char *p = text;

	memset(cfg, 0, sizeof *cfg);
	/* Every language, as far as the welcome screen has room. */
	for (int i = 0; i < lang_list_count() && i < CONFIG_MAX_LANGUAGES; i++)
		strcpy(cfg->languages[cfg->nlanguages++], lang_list_code(i));
	cfg->idle_reset = 180;
	cfg->idle_grace = 30;
	/* A Windows editor puts a byte-order mark first: not part of the first key. */
	if (strncmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;

	while (*p != '\0') {
		char line[512], *key, *value, *eq;
		size_t n = strcspn(p, "\n");
		const struct config_key *k;
		const char *problem;

		lineno++;
		if (n >= sizeof line) {
			tuki_error_set(err, EXIT_DATAERR, _("%s:%d: the line is too long"), name, lineno);
			return EXIT_DATAERR;
		}
		memcpy(line, p, n);
		line[n] = '\0';
		p += n + (p[n] == '\n');
		for (char *c = line; *c != '\0'; c++) {
			if ((unsigned char)*c < 0x20 && *c != '\t' && *c != '\r') {
				tuki_error_set(err, EXIT_DATAERR,
				    _("%s:%d: a control character is not allowed"), name, lineno);
				return EXIT_DATAERR;
			}
		}
		for (size_t i = 0; line[i] != '\0';) {
			size_t len = utf8_sequence_length((const unsigned char *)line + i, n - i);

			if (len == 0) {
				tuki_error_set(err, EXIT_DATAERR, _("%s:%d: invalid UTF-8"), name, lineno);
				return EXIT_DATAERR;
			}
			i += len;
		}
		key = trim(line);
		if (*key == '\0' || *key == '#')
			continue;
		eq = strchr(key, '=');
		if (eq == NULL) {
			tuki_error_set(err, EXIT_DATAERR, _("%s:%d: expected \"key = value\""), name, lineno);
			return EXIT_DATAERR;
		}
		*eq = '\0';
		key = trim(key);
		value = trim(eq + 1);
		k = config_key(key);
		if (k == NULL) {
			char safe[128];

			tuki_error_set(err, EXIT_DATAERR, _("%s:%d: unknown key \"%s\""), name, lineno,
			    sanitize_text(key, safe, sizeof safe));
			return EXIT_DATAERR;
		}
		if (seen[k - config_keys]) {
			tuki_error_set(err, EXIT_DATAERR, _("%s:%d: \"%s\" is set twice"), name, lineno, key);
			return EXIT_DATAERR;
		}
		seen[k - config_keys] = true;
		if (k->set == set_default_language)
			default_line = lineno;
		/* The key table's messages are formats: "%s:%d: ..." (the file,
		 * the line, the file again) for a bad value, "%s: ..." for a
		 * missing key; msgfmt --check keeps their translations in step. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
		if ((problem = k->set(cfg, value)) != NULL) {
			/* The last %s: the language codes for the language keys,
			 * the file's name for the others. */
			bool lang_key = k->set == set_languages || k->set == set_default_language;

			tuki_error_set(err, EXIT_DATAERR, _(problem), name, lineno,
			    lang_key ? lang_list_codes_text() : name);
			return EXIT_DATAERR;
		}
#pragma GCC diagnostic pop
	}
	for (size_t r = 0; r < CONFIG_KEY_COUNT; r++) {
		if (config_keys[r].missing != NULL && !seen[r]) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
			tuki_error_set(err, EXIT_DATAERR, _(config_keys[r].missing), name);
#pragma GCC diagnostic pop
			return EXIT_DATAERR;
		}
	}

	/* Only a default_language line can name one that is not offered. */
	if (cfg->default_language[0] == '\0')
		strcpy(cfg->default_language, cfg->languages[0]);
	for (int i = 0; i < cfg->nlanguages; i++)
		if (strcmp(cfg->languages[i], cfg->default_language) == 0)
			return 0;
	tuki_error_set(err, EXIT_DATAERR, _("%s:%d: default_language %s is not among the "
	    "languages"), name, default_line, cfg->default_language);
	return EXIT_DATAERR;
}

/* Counts the lines up to the first NUL, so the message can name its line. */
static int
line_of_nul(const char *text)
{
	int line = 1;

	for (const char *c = text; *c != '\0'; c++)
		line += *c == '\n';
	return line;
}

/*
 * Whoever can write tuki.conf sets the staff PIN and the printer visitors'
 * lists go to: the same rule as local.d files (local_load.c).
 */
static bool
safe_owner(const char *path, const struct file_text *file, uid_t also_owner,
    struct tuki_error *err)
{
	if (file->uid != 0 && file->uid != also_owner) {
		tuki_error_set(err, EXIT_DATAERR, _("%s: refused: the file must be owned by "
		    "root, because it sets the staff PIN and the printer"), path);
		return false;
	}
	if (file->mode & (S_IWGRP | S_IWOTH)) {
		tuki_error_set(err, EXIT_DATAERR, _("%s: refused: group or others can change "
		    "the file; make it writable by its owner only (chmod 640)"), path);
		return false;
	}
	return true;
}

int
config_load(struct kiosk_config *cfg, const char *path, uid_t also_owner,
    struct tuki_error *err)
{
	struct file_text file;
	int status = file_text_read(&file, path, CONFIG_MAX_BYTES, err);

	if (status != 0)
		return status;
	if (!safe_owner(path, &file, also_owner, err)) {
		file_text_free(&file);
		return EXIT_DATAERR;
	}
	if (strlen(file.text) != file.len) {
		tuki_error_set(err, EXIT_DATAERR, _("%s:%d: a NUL byte is not allowed"), path,
		    line_of_nul(file.text));
		file_text_free(&file);
		return EXIT_DATAERR;
	}
	status = config_parse(cfg, path, file.text, err);
	cfg->world_readable = (file.mode & S_IROTH) != 0;
	file_text_free(&file);
	return status;
}
