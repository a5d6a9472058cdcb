#include <config.h>

#include <string.h>

#include "byte_words.h"
#include "utf8.h"
#include "xalloc.h"

size_t
utf8_sequence_length(const unsigned char *p, size_t len)
{
	unsigned char c = p[0];
	size_t n;
	unsigned long cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3f);
	}
	/* Overlong forms, surrogates and values past U+10FFFF are invalid. */
	if ((n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) || cp > 0x10ffff ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

unsigned long
utf8_next(const char **p)
{
	const unsigned char *s = (const unsigned char *)*p;
	size_t n = utf8_sequence_length(s, 4);   /* a NUL stops it early */
	unsigned long cp;

	if (n == 0) {
		(*p)++;
		return 0xfffd;
	}
	if (n == 1)
		cp = s[0];
	else
		cp = s[0] & (0xff >> (n + 1));
	for (size_t i = 1; i < n; i++)
		cp = (cp << 6) | (s[i] & 0x3f);
	*p += n;
	return cp;
}

/*
 * Invisible characters that are never there by accident: they hide text
 * from the reader or smuggle it past one (the zero-width space, the word
 * joiner and invisible operators, line and paragraph separators, tag
 * characters, private-use and noncharacters).  ZWNJ and ZWJ (U+200C,
 * U+200D) stay allowed: emoji and some scripts need them.
 */
static bool
codepoint_is_invisible(unsigned long cp)
{
	return cp == 0x200b || cp == 0x2028 || cp == 0x2029 || (cp >= 0x2060 && cp <= 0x2064) ||
	    cp == 0x180e || (cp >= 0xfff9 && cp <= 0xfffb) ||
	    (cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xe000 && cp <= 0xf8ff) ||
	    cp >= 0xf0000 || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
}

bool
codepoint_is_unsafe(unsigned long cp)
{
	return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) ||
	    cp == 0x061c || (cp >= 0x200e && cp <= 0x200f) ||
	    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0xfeff || codepoint_is_invisible(cp);
}

long
text_first_unsafe_len(const char *s, size_t len)
{
	size_t i = 0;

	/* Most text is printable ASCII: eight bytes at a time, then byte by
	 * byte from the first byte that is not; decode the rest. */
	while (len - i >= 8) {
		uint64_t w = byte_word_load(s + i);
		uint64_t m = byte_word_control_or_high(w) | byte_word_eq(w, 0x7f);

		if (m != 0) {
			i += byte_word_first(m);
			break;
		}
		i += 8;
	}
	while (i < len) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c < 0x7f) {
			i++;
			continue;
		}
		size_t n = utf8_sequence_length((const unsigned char *)s + i, len - i);
		const char *q = s + i;

		if (n == 0 || codepoint_is_unsafe(utf8_next(&q)))
			return (long)i;
		i += n;
	}
	return -1;
}

long
text_first_unsafe(const char *s)
{
	return text_first_unsafe_len(s, strlen(s));
}

char *
sanitize_text(const char *src, char *dst, size_t dstsize)
{
	static const char replacement[] = "\xef\xbf\xbd";
	size_t out = 0, len = strlen(src);
	const char *p = src;

	if (dstsize == 0)
		return dst;
	while (*p != '\0') {
		size_t n = utf8_sequence_length((const unsigned char *)p, len - (size_t)(p - src));
		const char *q = p;
		bool bad = n == 0 || codepoint_is_unsafe(utf8_next(&q));
		const char *piece = bad ? replacement : p;
		size_t piece_len = bad ? 3 : n;

		if (out + piece_len >= dstsize)
			break;
		memcpy(dst + out, piece, piece_len);
		out += piece_len;
		p += n == 0 ? 1 : n;
	}
	dst[out] = '\0';
	return dst;
}

char *
sanitize_dup(const char *src)
{
	/* The worst case: every byte becomes a three-byte U+FFFD. */
	size_t size = 3 * strlen(src) + 1;

	return sanitize_text(src, xmalloc(size), size);
}
