#include <config.h>

#include <stdbool.h>
#include <string.h>

#include "model/spoken.h"

static bool
is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* Appends s to out at *len, never past outsize - 1. */
static void
put(char *out, size_t outsize, size_t *len, const char *s)
{
	size_t n = strlen(s);

	if (*len + n >= outsize)
		n = outsize - 1 - *len;
	memcpy(out + *len, s, n);
	*len += n;
	out[*len] = '\0';
}

char *
phone_spoken(const char *number, char *out, size_t outsize)
{
	size_t len = 0;
	bool digit_before = false, gap = false;

	if (outsize == 0)
		return out;
	out[0] = '\0';
	for (const char *p = number; *p != '\0'; p++) {
		char one[2] = { *p, '\0' };

		if (*p == ' ' || *p == '-') {
			gap = digit_before;     /* a group ends; the comma comes before the next */
			continue;
		}
		if (is_digit(*p) && digit_before)
			put(out, outsize, &len, gap ? ", " : " ");
		else if (gap)
			put(out, outsize, &len, ", ");
		put(out, outsize, &len, one);
		digit_before = is_digit(*p);
		gap = false;
	}
	return out;
}

/* A character that joins what follows it to a word or an address. */
static bool
inside_word(char ch)
{
	return is_digit(ch) || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
	    || ch == '.' || ch == '/' || ch == ':' || ch == '-' || ch == '_' || ch == '@';
}

/* True if a number that ends just before p ends there as a word: not
 * "112.fi" or "112/en", where it is part of an address. */
static bool
ends_word(const char *p)
{
	bool joins = *p == '.' || *p == '/' || *p == '-' || *p == '_' || *p == '@';

	if (is_digit(*p) || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
		return false;
	return !(joins && p[1] != '\0' && p[1] != ' ');
}

/* The longest phone number of the content that starts at p, or NULL. */
static const char *
phone_at(const struct content *c, const char *p)
{
	const char *best = NULL;
	size_t best_len = 0;

	for (size_t i = 0; i < c->nhelplines; i++)
		for (size_t k = 0; k < c->helplines[i].ncontacts; k++) {
			const struct contact *ct = &c->helplines[i].contacts[k];
			size_t n = strlen(ct->value);

			if (ct->kind == CONTACT_PHONE && n > best_len && strncmp(p, ct->value, n) == 0
			    && ends_word(p + n)) {
				best = ct->value;
				best_len = n;
			}
		}
	for (size_t i = 0; i < c->nagencies; i++) {
		const char *v = c->agencies[i].phone;

		if (v != NULL && strlen(v) > best_len && strncmp(p, v, strlen(v)) == 0
		    && ends_word(p + strlen(v))) {
			best = v;
			best_len = strlen(v);
		}
	}
	return best;
}

char *
text_speak_phones(const struct content *c, const char *text, char *out, size_t outsize)
{
	size_t len = 0;

	if (outsize == 0)
		return out;
	out[0] = '\0';
	for (const char *p = text; *p != '\0';) {
		const char *phone = NULL;
		char one[2] = { *p, '\0' };

		/* Only where a number can start: not inside a digit run, a word
		 * or a web address ("112.fi" is a name, not a number). */
		if ((is_digit(*p) || *p == '+') && (p == text || !inside_word(p[-1])))
			phone = phone_at(c, p);
		if (phone != NULL) {
			char spoken[128];

			put(out, outsize, &len, phone_spoken(phone, spoken, sizeof spoken));
			p += strlen(phone);
		} else {
			put(out, outsize, &len, one);
			p++;
		}
	}
	return out;
}

/* The length of "https://", "http://" (and "www." after it) at p, or 0. */
static size_t
address_prefix(const char *p)
{
	size_t n = strncmp(p, "https://", 8) == 0 ? 8 : strncmp(p, "http://", 7) == 0 ? 7 : 0;

	if (n > 0 && strncmp(p + n, "www.", 4) == 0)
		n += 4;
	return n;
}

char *
text_speak_addresses(const char *text, char *out, size_t outsize)
{
	size_t len = 0;

	if (outsize == 0)
		return out;
	out[0] = '\0';
	for (const char *p = text; *p != '\0';) {
		size_t skip = address_prefix(p);
		char one[2] = { *p, '\0' };

		if (skip == 0) {
			put(out, outsize, &len, one);
			p++;
			continue;
		}
		/* The address without its scheme and "www.": "poliisi.fi/rikosilmoitus"
		 * is read as words, and a browser still finds it. */
		p += skip;
		while (*p != '\0' && *p != ' ') {
			/* A slash that ends the address adds nothing to hear or type. */
			bool last_slash = *p == '/' && (p[1] == '\0' || p[1] == ' ' ||
			    ((p[1] == '.' || p[1] == ',' || p[1] == ')') && (p[2] == '\0' || p[2] == ' ')));

			one[0] = *p++;
			if (!last_slash)
				put(out, outsize, &len, one);
		}
	}
	return out;
}

void
text_speak_pauses(char *text)
{
	static const char dot[] = " \xc2\xb7 ";   /* " · " between two parts of a badge */
	char *at;

	while ((at = strstr(text, dot)) != NULL) {
		at[0] = ',';
		at[1] = ' ';
		memmove(at + 2, at + sizeof dot - 1, strlen(at + sizeof dot - 1) + 1);
	}
}
