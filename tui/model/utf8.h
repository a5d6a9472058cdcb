/* UTF-8 validation and the sanitizer every file-borne text passes through. */
#ifndef TUKI_MODEL_UTF8_H
#define TUKI_MODEL_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* Length of the valid UTF-8 sequence at p (1-4), or 0 if it is invalid. */
size_t utf8_sequence_length(const unsigned char *p, size_t len);

/* Decodes the valid sequence at *p and advances it; returns the code point. */
unsigned long utf8_next(const char **p);

/* True for code points that must never reach a terminal or printer:
 * C0 and C1 controls, DEL, bidirectional overrides and isolates, and
 * invisible characters such as U+200B, tag characters and private use. */
bool codepoint_is_unsafe(unsigned long cp);

/* Byte offset of the first unsafe or invalid character in s, or -1. */
long text_first_unsafe(const char *s);
/* The same for the len bytes at s, when the length is known (a NUL in
 * them is a control character, so unsafe). */
long text_first_unsafe_len(const char *s, size_t len);

/*
 * Copies src into dst (dstsize bytes, always terminated), replacing invalid
 * UTF-8 and unsafe characters with U+FFFD so they stay visible but harmless.
 * Returns dst.
 */
char *sanitize_text(const char *src, char *dst, size_t dstsize);
/* The same, into memory of the right size (never cut); free it. */
char *sanitize_dup(const char *src);

#endif
