#include <config.h>

#include <stdio.h>

#include "sys/i18n.h"
#include "text/breath.h"

static const struct { const char *words; int seconds; } phases[BREATH_PHASES] = {
	{ N_("Breathe in slowly through your nose"), 4 },
	{ N_("Hold your breath gently"), 4 },
	{ N_("Breathe out slowly through your mouth"), 6 },
};

const char *
breath_words(int phase)
{
	return _(phases[phase].words);
}

int
breath_seconds(int phase)
{
	return phases[phase].seconds;
}

const char *
count_word(int n)
{
	/* TRANSLATORS: the breathing pause counts in words, so a screen
	 * reader says them as a person would. */
	static const char *const words[] = { N_("one"), N_("two"), N_("three"), N_("four"),
		N_("five"), N_("six") };

	return n >= 1 && n <= 6 ? _(words[n - 1]) : "";
}

void
breath_still_line(int phase, char *out, size_t outsize)
{
	int s = phases[phase].seconds;
	char length[64];

	/* TRANSLATORS: how long a breath lasts, e.g. "four seconds"; %s is
	 * the number in words. */
	snprintf(length, sizeof length, P_("%s second", "%s seconds", s), count_word(s));
	/* TRANSLATORS: the breathing pause's still form, e.g. "Hold your
	 * breath gently, four seconds." */
	snprintf(out, outsize, _("%s, %s."), breath_words(phase), length);
}
