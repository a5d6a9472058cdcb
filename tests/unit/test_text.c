/* Text handling: wrapping by display width, the sanitizer, placeholders. */
#include <config.h>

#include <locale.h>
#include <stdlib.h>

#include "../../tui/model/placeholder.h"
#include "../../tui/model/spoken.h"
#include "../../tui/model/utf8.h"
#include "../../tui/model/wrap.h"
#include "test.h"

/* Widths: ASCII (controls too) one column each, as mbrtowc and wcwidth say. */
static void
check_widths(void)
{
	char ascii[128];
	int used;

	for (int c = 1; c < 128; c++)
		ascii[c - 1] = (char)c;
	ascii[127] = '\0';
	CHECK(text_width(ascii) == 127);
	CHECK(text_width("H\xc3\xa4n \xe4\xb8\xad") == 6);     /* ä one column, 中 two */
	CHECK(text_fit("ab\xe4\xb8\xad" "c", 3, &used) == 2 && used == 2);
	CHECK(text_fit("ab\xe4\xb8\xad" "c", 4, &used) == 5 && used == 4);
	CHECK(text_fit("a\xff" "b", 3, &used) == 3 && used == 3);   /* a bad byte: one column */
}

static void
check_wrap(void)
{
	check_widths();
	struct wrap_line l[16];
	const char *t = "Hyvää päivää, olet turvassa täällä.";
	size_t n = wrap_text(t, 14, l, 16);

	CHECK(n == 3);
	CHECK(l[0].len == strlen("Hyvää päivää,") && l[0].width == 13);
	for (size_t i = 0; i < n; i++)
		CHECK(l[i].width <= 14);

	/* A phone number is never split at its inner spaces. */
	t = "Soita numeroon 09 2525 0111 milloin vain";
	n = wrap_text(t, 22, l, 16);
	CHECK(n == 3);
	CHECK(strncmp(t + l[1].start, "09 2525 0111", 12) == 0);

	/* Nor a command from its option. */
	t = "delete them with tuki --forget at any time";
	n = wrap_text(t, 22, l, 16);
	CHECK(n == 3);
	CHECK(strncmp(t + l[0].start + l[0].len - 4, "tuki", 4) != 0);
	CHECK(strstr(t + l[1].start, "tuki --forget") == t + l[1].start);

	/* Wide characters count two columns. */
	CHECK(text_width("日本語") == 6);
	n = wrap_text("日本語日本語", 5, l, 16);
	CHECK(n == 3 && l[0].width == 4);

	/* A word longer than the line is cut, not lost. */
	n = wrap_text("abcdefghij", 4, l, 16);
	CHECK(n == 3 && l[2].len == 2);
	CHECK(wrap_text("", 10, l, 16) == 1);
	CHECK(text_fit("äöå", 2, NULL) == 4);
}

/*
 * text_first_unsafe_len reads eight bytes at a time: an unsafe character is
 * found wherever it falls in a word, a safe one never stops it, and nothing
 * past len is read (exact-size memory, for ASan).
 */
static void
check_unsafe_every_offset(void)
{
	static const struct {
		const char *c;
		bool unsafe;
	} cases[] = {
		{ "\t", true }, { "\x01", true }, { "\x7f", true }, { "\xff", true },
		{ "\xc2\x85", true },                 /* NEL, a C1 control */
		{ "\xe2\x80\xae", true },             /* right-to-left override */
		{ "\xe2\x80\x8b", true },             /* zero width space */
		{ "\xc3\xa4", false }, { "\xe2\x82\xac", false }, { "~", false }, { " ", false },
	};

	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++)
		for (int k = 0; k <= 20; k++)
			for (int tail = 0; tail <= 9; tail++) {
				char buf[64];
				int n = snprintf(buf, sizeof buf, "%.*s%s%.*s", k, "aaaaaaaaaaaaaaaaaaaaa",
				    cases[c].c, tail, "bbbbbbbbb");
				char *s = malloc((size_t)n);

				memcpy(s, buf, (size_t)n);
				CHECK(text_first_unsafe_len(s, (size_t)n) == (cases[c].unsafe ? k : -1));
				CHECK(text_first_unsafe(buf) == (cases[c].unsafe ? k : -1));
				free(s);
			}
	CHECK(text_first_unsafe_len("abcdefgh\0ij", 11) == 8);     /* a NUL inside is a control */
}

static void
check_sanitize(void)
{
	char out[128];

	{
		/* sanitize_dup keeps all of a long text and still replaces what is unsafe. */
		char *long_text = malloc(10001), *clean;

		memset(long_text, 'b', 10000);
		long_text[10000] = '\0';
		long_text[9990] = '\033';
		clean = sanitize_dup(long_text);
		CHECK(strlen(clean) == 10000 + 2);      /* ESC became a three-byte U+FFFD */
		CHECK(clean[strlen(clean) - 1] == 'b');
		free(clean);
		free(long_text);
	}
	sanitize_text("a\033]0;pwned\007b", out, sizeof out);
	CHECK(strchr(out, '\033') == NULL && strchr(out, '\007') == NULL);
	CHECK_STR(out, "a\xef\xbf\xbd]0;pwned\xef\xbf\xbd" "b");
	sanitize_text("x\xc2\x9b" "31m", out, sizeof out);          /* C1 CSI */
	CHECK_STR(out, "x\xef\xbf\xbd" "31m");
	sanitize_text("evil\xe2\x80\xaetxt", out, sizeof out);      /* RLO */
	CHECK_STR(out, "evil\xef\xbf\xbdtxt");
	sanitize_text("bad \xff byte", out, sizeof out);
	CHECK_STR(out, "bad \xef\xbf\xbd byte");
	sanitize_text("Hyvää", out, sizeof out);
	CHECK_STR(out, "Hyvää");
	/* Invisible characters never reach the screen; ZWJ in an emoji stays. */
	sanitize_text("zero\xe2\x80\x8bwidth \xf3\xa0\x81\x81tag", out, sizeof out);
	CHECK_STR(out, "zero\xef\xbf\xbdwidth \xef\xbf\xbdtag");
	CHECK(text_first_unsafe("a\xe2\x80\xa8" "b") == 1);                      /* U+2028 */
	CHECK(text_first_unsafe("\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x92\xbb") == -1);  /* ZWJ */
	sanitize_text("truncated äää", out, 12);
	CHECK_STR(out, "truncated ");      /* never half a character */
	CHECK(text_first_unsafe("fine") == -1);
	CHECK(text_first_unsafe("no\ttabs") == 2);
	check_unsafe_every_offset();
}

static void
check_placeholders(void)
{
	struct placeholder p;
	size_t pos = 0;

	CHECK(placeholder_next("Call {phone:mieli-fi} now", &pos, &p) == 1);
	CHECK_STR(p.kind, "phone");
	CHECK_STR(p.id, "mieli-fi");
	CHECK(p.start == 5 && p.end == 21);
	CHECK(placeholder_next("Call {phone:mieli-fi} now", &pos, &p) == 0);
	pos = 0;
	CHECK(placeholder_next("a {b} c", &pos, &p) == -1);
	pos = 0;
	CHECK(placeholder_next("{web:Upper}", &pos, &p) == -1);

	CHECK(placeholders_match("{phone:a} and {web:b}", "{web:b} ja {phone:a}"));
	CHECK(!placeholders_match("{phone:a}", "{phone:b}"));
	CHECK(!placeholders_match("{phone:a}", "nothing"));

	CHECK(text_forbidden_data("Call 09 2525 0111") != NULL);
	CHECK(text_forbidden_data("Call +358 9 2525") != NULL);
	CHECK(text_forbidden_data("see https://x.fi") != NULL);
	CHECK(text_forbidden_data("see www.x.fi") != NULL);
	CHECK(text_forbidden_data("In 2020, about 33 people") == NULL);
	CHECK(text_forbidden_data("Call {phone:emergency-112}") == NULL);
}

/* Plain mode's phone numbers: digit by digit, a comma between groups. */
static void
check_spoken_phones(void)
{
	char out[128];

	CHECK(strcmp(phone_spoken("116 006", out, sizeof out), "1 1 6, 0 0 6") == 0);
	CHECK(strcmp(phone_spoken("09 2525 0111", out, sizeof out), "0 9, 2 5 2 5, 0 1 1 1") == 0);
	CHECK(strcmp(phone_spoken("+358 29 509 5200", out, sizeof out),
	    "+3 5 8, 2 9, 5 0 9, 5 2 0 0") == 0);
	CHECK(strcmp(phone_spoken("112", out, sizeof out), "1 1 2") == 0);
	CHECK(strcmp(phone_spoken("080-005-005", out, sizeof out), "0 8 0, 0 0 5, 0 0 5") == 0);
	/* Cut short, it is still terminated. */
	CHECK(strcmp(phone_spoken("116 006", out, 6), "1 1 6") == 0);
}

/* Only the content's own numbers are rewritten, never a year or a count. */
static void
check_speak_phones(void)
{
	struct contact contacts[] = {
		{ .kind = CONTACT_PHONE, .value = "112" },
		{ .kind = CONTACT_PHONE, .value = "09 2525 0111" },
		{ .kind = CONTACT_WEB, .value = "2020" },
	};
	struct helpline h = { .contacts = contacts, .ncontacts = 3 };
	struct agency a = { .phone = "0295 536 220" };
	struct content c = { .helplines = &h, .nhelplines = 1, .agencies = &a, .nagencies = 1 };
	char out[256];

	text_speak_phones(&c, "Call 112 or 09 2525 0111; in 2020 about 33 000 people.", out,
	    sizeof out);
	CHECK(strcmp(out, "Call 1 1 2 or 0 9, 2 5 2 5, 0 1 1 1; in 2020 about 33 000 people.") == 0);
	text_speak_phones(&c, "Phone: 0295 536 220, 1120 and 0112", out, sizeof out);
	CHECK(strcmp(out, "Phone: 0 2 9 5, 5 3 6, 2 2 0, 1120 and 0112") == 0);
}

int
main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	check_wrap();
	check_sanitize();
	check_placeholders();
	check_spoken_phones();
	check_speak_phones();
	TEST_DONE();
}
