/* The kiosk configuration parser: defaults, every key, and every kind of error with its line. */
#include <config.h>

#include <locale.h>

#include "../../tui/model/config.h"
#include "test.h"

static struct tuki_error err;
static struct kiosk_config cfg;

static int
parse(const char *text)
{
	memset(&err, 0, sizeof err);
	return config_parse(&cfg, "tuki.conf", text, &err);
}

#define BAD(text, want) do { \
	CHECK(parse(text) == 65); \
	CHECK_HAS(err.message, want); \
} while (0)

int
main(void)
{
	setlocale(LC_ALL, "C.UTF-8");

	CHECK(parse("staff_pin = 482913\n") == 0);
	CHECK(cfg.nlanguages == 3 && strcmp(cfg.languages[0], "fi") == 0);
	CHECK_STR(cfg.default_language, "fi");
	CHECK(cfg.idle_reset == 180 && cfg.idle_grace == 30 && cfg.printer[0] == '\0');

	CHECK(parse("# a comment\n\n  languages =  sv en \ndefault_language=en\r\n"
	    "idle_reset = 60\nidle_grace = 10\nprinter = reception-1\nstaff_pin = 00112233\n") == 0);
	CHECK(cfg.nlanguages == 2 && strcmp(cfg.languages[0], "sv") == 0);
	CHECK_STR(cfg.default_language, "en");
	CHECK(cfg.idle_reset == 60 && cfg.idle_grace == 10);
	CHECK_STR(cfg.printer, "reception-1");
	CHECK_STR(cfg.staff_pin, "00112233");
	CHECK(parse("languages = sv\nstaff_pin = 482913") == 0);   /* no final newline */
	CHECK_STR(cfg.default_language, "sv");
	/* A byte-order mark from a Windows editor is not part of the first key (QA m8). */
	CHECK(parse("\xef\xbb\xbfstaff_pin = 482913\n") == 0);
	CHECK_STR(cfg.staff_pin, "482913");

	BAD("", "staff_pin is required");
	BAD("staff_pin = 482913\ncolour = blue\n", "tuki.conf:2: unknown key \"colour\"");
	BAD("staff_pin = 482913\nstaff_pin = 582914\n", "tuki.conf:2: \"staff_pin\" is set twice");
	BAD("staff_pin 1234\n", "tuki.conf:1: expected \"key = value\"");
	BAD("staff_pin = 12\n", "tuki.conf:1: staff_pin: expected 4 to 16 digits");
	BAD("staff_pin = 12ab\n", "staff_pin: expected 4 to 16 digits");
	BAD("staff_pin = 482913\nlanguages = fi de\n", "tuki.conf:2: languages:");
	BAD("staff_pin = 482913\nlanguages = fi fi\n", "languages:");
	BAD("staff_pin = 482913\nlanguages =\n", "languages:");
	BAD("staff_pin = 482913\ndefault_language = de\n", "default_language: expected one of fi, sv, en");
	BAD("staff_pin = 482913\nlanguages = fi\ndefault_language = sv\n",
	    "default_language sv is not among the languages");
	BAD("staff_pin = 482913\nidle_reset = 5\n", "tuki.conf:2: idle_reset: expected seconds");
	BAD("staff_pin = 482913\nidle_reset = ten\n", "idle_reset: expected seconds");
	BAD("staff_pin = 482913\nidle_reset = 99999999999999999999\n", "idle_reset: expected seconds");
	BAD("staff_pin = 482913\nidle_grace = -1\n", "idle_grace: expected seconds");
	BAD("staff_pin = 482913\nprinter = my printer\n", "printer: expected a CUPS queue name");
	BAD("staff_pin = 482913\nprinter = -d\n", "printer:");
	BAD("staff_pin = 482913\nprinter = -oraw\n", "tuki.conf:2: printer: a queue name cannot start with \"-\"");
	BAD("staff_pin = 482913\nprinter = a\033]0;x\007\n", "tuki.conf:2: a control character");
	BAD("staff_pin = 482913\n# \xff\n", "tuki.conf:2: invalid UTF-8");

	/* The sample PIN and the ones a visitor would try first (issue 36). */
	BAD("staff_pin = 000000\n", "tuki.conf:1: staff_pin: the sample PIN");
	BAD("staff_pin = 000000\n", "set staff_pin in tuki.conf to 4 to 16 digits");
	BAD("staff_pin = 1111\n", "staff_pin: the sample PIN");
	BAD("staff_pin = 123456\n", "staff_pin: the sample PIN");
	BAD("staff_pin = 654321\n", "staff_pin: the sample PIN");
	BAD("staff_pin = 2468\n", "staff_pin: the sample PIN");
	BAD("staff_pin = 7890123\n", "staff_pin: the sample PIN");
	BAD("staff_pin = 9999999999999999\n", "staff_pin: the sample PIN");
	CHECK(parse("staff_pin = 1235\n") == 0);
	CHECK(parse("staff_pin = 0001\n") == 0);
	BAD("languages = fi\n", "staff_pin is required");
	BAD("languages = fi\n", "\"staff_pin = \" and 4 to 16 digits");
	/* Only text a visitor can read where the paper comes out (QA m1). */
	BAD("staff_pin = 482913\nprinter_location = A\xe2\x80\xae" "evil\n",
	    "tuki.conf:2: printer_location: expected text without control, invisible");
	BAD("staff_pin = 482913\nprinter_location = A\xe2\x81\xa6x\n", "tuki.conf:2: printer_location");
	BAD("staff_pin = 482913\nprinter_location = A\xe2\x80\x8bx\n", "tuki.conf:2: printer_location");
	CHECK(parse("staff_pin = 482913\nprinter_location = Vastaanoton tiski \xe2\x80\x93 "
	    "Receptionen\n") == 0);
	/* A default outside the languages names its line (QA m8). */
	BAD("staff_pin = 482913\nlanguages = fi\ndefault_language = sv\n",
	    "tuki.conf:3: default_language sv is not among the languages");

	memset(&err, 0, sizeof err);
	CHECK(config_load(&cfg, "/nonexistent/tuki.conf", (uid_t)-1, &err) == 66);
	CHECK_HAS(err.message, "/nonexistent/tuki.conf: cannot open");
	memset(&err, 0, sizeof err);
	CHECK(config_load(&cfg, "/", (uid_t)-1, &err) == 66);

	TEST_DONE();
}
