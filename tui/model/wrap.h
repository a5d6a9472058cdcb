/* Word wrapping by display width (wcwidth), shared by screens, plain mode and print. */
#ifndef TUKI_MODEL_WRAP_H
#define TUKI_MODEL_WRAP_H

#include <stddef.h>

struct wrap_line {
	size_t start, len;      /* bytes of the line within the text */
	int width;              /* display columns */
};

/*
 * Breaks text into lines of at most width columns at spaces; a space
 * between two digits never breaks (phone numbers stay whole) and a word
 * wider than the line is cut by characters.  Returns the number of lines
 * (at least 1); writes at most max of them to lines.
 */
size_t wrap_text(const char *text, int width, struct wrap_line *lines, size_t max);

/* Display columns of s (invalid or unprintable characters count as 1). */
int text_width(const char *s);

/* Bytes of s that fit in width columns, never cutting a character. */
size_t text_fit(const char *s, int width, int *used);

#endif
