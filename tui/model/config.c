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
#include "utf8.h"

#define CONFIG_MAX_BYTES 65536

static const char *const known_languages[] = { "fi", "sv", "en", NULL };

static bool
known_language(const char *code)
{
	for (int i = 0; known_languages[i] != NULL; i++)
		if (strcmp(code, known_languages[i]) == 0)
			return true;
	return false;
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

	if (n < 4 || n > 16)
		return false;
	for (; *v != '\0'; v++)
		if (*v < '0' || *v > '9')
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

int
config_parse(struct kiosk_config *cfg, const char *name, const char *text,
    struct tuki_error *err)
{
	static const char *const keys[] = {
		"languages", "default_language", "idle_reset", "idle_grace", "printer",
		"staff_pin", NULL,
	};
	bool seen[6] = { false };
	int lineno = 0;
	const char *p = text;

	memset(cfg, 0, sizeof *cfg);
	strcpy(cfg->languages[0], "fi");
	strcpy(cfg->languages[1], "sv");
	strcpy(cfg->languages[2], "en");
	cfg->nlanguages = 3;
	cfg->idle_reset = 180;
	cfg->idle_grace = 30;
	/* A Windows editor puts a byte-order mark first: not part of the first key. */
	if (strncmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;

	while (*p != '\0') {
		char line[512], *key, *value, *eq;
		size_t n = strcspn(p, "\n");
		int k;

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
		for (k = 0; keys[k] != NULL && strcmp(keys[k], key) != 0; k++)
			continue;
		if (keys[k] == NULL) {
			char safe[128];

			tuki_error_set(err, EXIT_DATAERR, _("%s:%d: unknown key \"%s\""), name, lineno,
			    sanitize_text(key, safe, sizeof safe));
			return EXIT_DATAERR;
		}
		if (seen[k]) {
			tuki_error_set(err, EXIT_DATAERR, _("%s:%d: \"%s\" is set twice"), name, lineno, key);
			return EXIT_DATAERR;
		}
		seen[k] = true;
		switch (k) {
		case 0:
			if (!parse_languages(cfg, value)) {
				tuki_error_set(err, EXIT_DATAERR, _("%s:%d: languages: expected one to three "
				    "of fi, sv, en, separated by spaces"), name, lineno);
				return EXIT_DATAERR;
			}
			break;
		case 1:
			if (!known_language(value)) {
				tuki_error_set(err, EXIT_DATAERR,
				    _("%s:%d: default_language: expected fi, sv or en"), name, lineno);
				return EXIT_DATAERR;
			}
			strcpy(cfg->default_language, value);
			break;
		case 2:
			if (!parse_seconds(value, 10, 86400, &cfg->idle_reset)) {
				tuki_error_set(err, EXIT_DATAERR, _("%s:%d: idle_reset: expected seconds "
				    "from 10 to 86400"), name, lineno);
				return EXIT_DATAERR;
			}
			break;
		case 3:
			if (!parse_seconds(value, 5, 600, &cfg->idle_grace)) {
				tuki_error_set(err, EXIT_DATAERR, _("%s:%d: idle_grace: expected seconds "
				    "from 5 to 600"), name, lineno);
				return EXIT_DATAERR;
			}
			break;
		case 4:
			if (value[0] == '-') {
				/* lp would take it for an option. */
				tuki_error_set(err, EXIT_DATAERR, _("%s:%d: printer: a queue name cannot "
				    "start with \"-\""), name, lineno);
				return EXIT_DATAERR;
			}
			if (!valid_printer(value)) {
				tuki_error_set(err, EXIT_DATAERR, _("%s:%d: printer: expected a CUPS "
				    "queue name without spaces"), name, lineno);
				return EXIT_DATAERR;
			}
			strcpy(cfg->printer, value);
			break;
		case 5:
			if (!valid_pin(value)) {
				tuki_error_set(err, EXIT_DATAERR, _("%s:%d: staff_pin: expected 4 to 16 "
				    "digits"), name, lineno);
				return EXIT_DATAERR;
			}
			strcpy(cfg->staff_pin, value);
			break;
		}
	}
	if (!seen[5]) {
		tuki_error_set(err, EXIT_DATAERR, _("%s: staff_pin is required, so staff can "
		    "stop the kiosk"), name);
		return EXIT_DATAERR;
	}
	if (cfg->default_language[0] == '\0')
		strcpy(cfg->default_language, cfg->languages[0]);
	for (int i = 0; i < cfg->nlanguages; i++)
		if (strcmp(cfg->languages[i], cfg->default_language) == 0)
			return 0;
	tuki_error_set(err, EXIT_DATAERR, _("%s: default_language %s is not among the "
	    "languages"), name, cfg->default_language);
	return EXIT_DATAERR;
}

int
config_load(struct kiosk_config *cfg, const char *path, struct tuki_error *err)
{
	struct file_text file;
	int status = file_text_read(&file, path, CONFIG_MAX_BYTES, err);

	if (status != 0)
		return status;
	if (strlen(file.text) != file.len) {
		tuki_error_set(err, EXIT_DATAERR, _("%s: a NUL byte is not allowed"), path);
		file_text_free(&file);
		return EXIT_DATAERR;
	}
	status = config_parse(cfg, path, file.text, err);
	cfg->world_readable = (file.mode & S_IROTH) != 0;
	file_text_free(&file);
	return status;
}
