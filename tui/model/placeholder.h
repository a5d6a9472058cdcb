/*
 * Placeholders such as {phone:riku} or {web:police-report} let text refer
 * to numbers and addresses that live only in the data, so correcting a
 * number never touches a translation.
 */
#ifndef TUKI_MODEL_PLACEHOLDER_H
#define TUKI_MODEL_PLACEHOLDER_H

#include <stdbool.h>
#include <stddef.h>

#define PLACEHOLDER_MAX_ID 64

struct placeholder {
	char kind[8];               /* "phone", "web" or "chat" */
	char id[PLACEHOLDER_MAX_ID];
	size_t start, end;          /* byte offsets of "{" and one past "}" */
};

/*
 * Finds the next placeholder in s at or after *pos.  Returns 1 and fills p,
 * 0 when there are no more, -1 when a "{" starts something malformed.
 */
int placeholder_next(const char *s, size_t *pos, struct placeholder *p);

/* Describes why text may not be a msgid (a phone-like number or a URL), or NULL. */
const char *text_forbidden_data(const char *text);

/* True if a and b contain the same placeholders, in any order. */
bool placeholders_match(const char *a, const char *b);

#endif
