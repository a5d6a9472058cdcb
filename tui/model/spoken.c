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
			    && !is_digit(p[n])) {
				best = ct->value;
				best_len = n;
			}
		}
	for (size_t i = 0; i < c->nagencies; i++) {
		const char *v = c->agencies[i].phone;

		if (v != NULL && strlen(v) > best_len && strncmp(p, v, strlen(v)) == 0
		    && !is_digit(p[strlen(v)])) {
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

		/* Only where a number can start: not in the middle of a digit run. */
		if ((is_digit(*p) || *p == '+') && (p == text || !is_digit(p[-1])))
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
