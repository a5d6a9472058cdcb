/* The guided breathing pause's words, shared by the screen and plain mode:
 * five rounds of in 4 s, hold 4 s, out 6 s. */
#ifndef TUKI_TEXT_BREATH_H
#define TUKI_TEXT_BREATH_H

#include <stddef.h>

#define BREATH_ROUNDS 5
#define BREATH_PHASES 3

/* The phase's words in the current language, e.g. "Hold your breath gently". */
const char *breath_words(int phase);
int breath_seconds(int phase);

/* A count from one to six as a word ("four"), so a voice says it as a
 * person would; "" outside that range. */
const char *count_word(int n);

/* The still form's line for a phase: "Breathe in slowly through your
 * nose, four seconds." */
void breath_still_line(int phase, char *out, size_t outsize);

#endif
