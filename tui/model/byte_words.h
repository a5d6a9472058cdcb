/*
 * Eight bytes at a time in plain C: most of a content file is ASCII text
 * inside strings, and asking "is any of these eight bytes special?" costs
 * about what one byte does.
 */
#ifndef TUKI_MODEL_BYTE_WORDS_H
#define TUKI_MODEL_BYTE_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define BYTE_WORDS_ONES UINT64_C(0x0101010101010101)
#define BYTE_WORDS_HIGHS UINT64_C(0x8080808080808080)

static inline uint64_t
byte_word_load(const void *p)
{
	uint64_t w;

	memcpy(&w, p, sizeof w);        /* one unaligned load where allowed */
	return w;
}

/*
 * The masks below have the high bit set in a flagged byte.  Exact about
 * whether any byte is flagged and which is the first (lowest address): a
 * borrow can only flag bytes after a true one.
 */

/* Bytes of w equal to c. */
static inline uint64_t
byte_word_eq(uint64_t w, unsigned char c)
{
	uint64_t x = w ^ (BYTE_WORDS_ONES * c);

	return (x - BYTE_WORDS_ONES) & ~x & BYTE_WORDS_HIGHS;
}

/* Bytes of w below 0x20 or at 0x80 and above. */
static inline uint64_t
byte_word_control_or_high(uint64_t w)
{
	return ((w - BYTE_WORDS_ONES * 0x20) | w) & BYTE_WORDS_HIGHS;
}

/* Index (0-7) of the first flagged byte of a non-zero mask, or 0 where the
 * byte order is not known: callers then go on byte by byte from there. */
static inline size_t
byte_word_first(uint64_t mask)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (size_t)__builtin_ctzll(mask) / 8;
#else
	(void)mask;
	return 0;
#endif
}

#endif
