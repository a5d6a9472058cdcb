/* Phone numbers as plain mode writes them, so that a voice reads them the
 * way a person says a phone number and a reader can still dial them. */
#ifndef TUKI_MODEL_SPOKEN_H
#define TUKI_MODEL_SPOKEN_H

#include <stddef.h>

#include "model/content.h"

/*
 * Writes a phone number one digit at a time, the operator's groups kept
 * apart by a comma: "09 2525 0111" becomes "0 9, 2 5 2 5, 0 1 1 1" and
 * "+358 29 509 5200" "+3 5 8, 2 9, 5 0 9, 5 2 0 0".  Text-to-speech reads
 * a space before three digits as a thousands separator ("116 006" is
 * "one hundred sixteen thousand six" in Finnish and Swedish), and a group
 * of two or more digits as a quantity; single digits are read one by one.
 * Returns out (always terminated).
 */
char *phone_spoken(const char *number, char *out, size_t outsize);

/* Copies text into out with every phone number of the content (helpline
 * contacts, step agencies) in the spoken form; digits that are part of a
 * longer run are left alone.  Returns out. */
char *text_speak_phones(const struct content *c, const char *text, char *out, size_t outsize);

/*
 * Copies text into out with each web address as a voice should read it:
 * without "https://" or "http://", without "www." and without a slash at
 * its end, so "https://www.riku.fi/" becomes "riku.fi" (heard as "riku
 * piste fi", "riku punkt fi", "riku dot fi", never letter by letter) and
 * a person can still type it.  Returns out.
 */
char *text_speak_addresses(const char *text, char *out, size_t outsize);

/* Turns the screen's " · " between two parts of a line into ", ", which a
 * voice reads as a short pause instead of a word.  In place. */
void text_speak_pauses(char *text);

#endif
