#include <config.h>

#include <string.h>

#include "json_path.h"

/* Appends text; a path too long for the buffer is cut, never overrun. */
static size_t
json_path_append(struct json_path *path, const char *text)
{
	size_t old = path->len, room, n;

	if (path->len >= sizeof path->text - 1)
		return old;
	/* memcpy, not snprintf: paths are rebuilt for every node but rarely read. */
	room = sizeof path->text - 1 - path->len;
	n = strlen(text);
	if (n > room)
		n = room;
	memcpy(path->text + path->len, text, n);
	path->len += n;
	path->text[path->len] = '\0';
	return old;
}

size_t
json_path_key(struct json_path *path, const char *key)
{
	size_t old = path->len;

	if (path->len > 0)
		json_path_append(path, ".");
	json_path_append(path, key);
	return old;
}

size_t
json_path_index(struct json_path *path, size_t index)
{
	char buf[32], *p = buf + sizeof buf;

	*--p = '\0';
	*--p = ']';
	do
		*--p = (char)('0' + index % 10);
	while ((index /= 10) != 0);
	*--p = '[';
	return json_path_append(path, p);
}

void
json_path_pop(struct json_path *path, size_t len)
{
	path->len = len;
	path->text[len] = '\0';
}
