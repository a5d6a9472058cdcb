/*
 * Plain mode's breathing pause: in the still form one line a breath, in the
 * counting form a number every second; s switches, any other line ends it.
 */
#include <config.h>

#include <string.h>
#include <time.h>

#include "sys/i18n.h"
#include "text/breath.h"
#include "plain/prompt.h"
#include "plain/screens.h"

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * Waits until deadline (ms, monotonic), in the counting form saying each
 * second's number.  A line typed meanwhile: "s" switches between the still
 * form (one line a breath) and counting; anything else ends the pause.
 * Returns false when the pause ends.
 */
static bool
breathe_until(struct plain *p, long long start, long long deadline)
{
	int said = 0;

	for (;;) {
		long long now = now_ms();
		long long next = deadline;
		int second = (int)((now - start) / 1000) + 1;

		if (now >= deadline)
			return true;
		if (!p->still) {
			if (second > said) {
				plain_say(p, "%s", count_word(second));
				fflush(p->out);
				said = second;
			}
			next = start + (long long)said * 1000;
			if (next > deadline)
				next = deadline;
		}
		if (plain_input_waiting(p, (int)(next - now))) {
			char line[64];

			if (!plain_read_line(p, line, sizeof line)) {
				p->leaving = true;
				return false;
			}
			if (plain_leaves(p, line))
				return false;
			if (plain_word_action(KEYS_BREATHING, line) != ACT_BREATH_FORM) {
				if (plain_word_action(KEYS_GLOBAL, line) == ACT_HELP_NOW)
					plain_help_now(p);
				return false;
			}
			p->still = !p->still;
			said = second;  /* no count repeated after a switch */
		}
	}
}

void
plain_breathing(struct plain *p)
{
	plain_title(p, _("A breathing pause"));
	/* TRANSLATORS: plain mode; "s" is typed as is in every language. */
	plain_say(p, "%s", _("Five slow rounds. Press Enter at any time to stop. Type s and Enter "
	    "to switch between one line a breath and a count every second."));
	for (int round = 1; round <= BREATH_ROUNDS; round++) {
		plain_blank(p);
		plain_say(p, _("Round %d of %d"), round, BREATH_ROUNDS);
		for (int i = 0; i < BREATH_PHASES; i++) {
			long long start = now_ms();
			char line[256];

			breath_still_line(i, line, sizeof line);
			plain_say(p, "%s", line);
			fflush(p->out);
			if (!breathe_until(p, start, start + breath_seconds(i) * 1000LL))
				return;
		}
	}
	plain_blank(p);
	plain_say(p, "%s", _("Well done. Notice how you feel now."));
}
