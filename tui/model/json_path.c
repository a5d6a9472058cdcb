#include <config.h>

#include <stdio.h>
#include <string.h>

#include "json_path.h"

/* Appends text; a path too long for the buffer is cut, never overrun. */
static size_t
json_path_append(struct json_path *path, const char *text)
{
	size_t old = path->len;
	int n;

	if (path->len >= sizeof path->text - 1)
		return old;
	n = snprintf(path->text + path->len, sizeof path->text - path->len, "%s", text);
	if (n > 0)
		path->len += (size_t)n;
	if (path->len > sizeof path->text - 1)
		path->len = sizeof path->text - 1;
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
	char buf[32];

	snprintf(buf, sizeof buf, "[%zu]", index);
	return json_path_append(path, buf);
}

void
json_path_pop(struct json_path *path, size_t len)
{
	path->len = len;
	path->text[len] = '\0';
}
