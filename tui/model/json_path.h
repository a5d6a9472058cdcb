/* A JSON path such as helplines[3].contacts[0].hours, built while walking. */
#ifndef TUKI_MODEL_JSON_PATH_H
#define TUKI_MODEL_JSON_PATH_H

#include <stddef.h>

struct json_path {
	char text[256];
	size_t len;
};

/* Each push returns the previous length, to be given back to json_path_pop(). */
size_t json_path_key(struct json_path *path, const char *key);
size_t json_path_index(struct json_path *path, size_t index);
void json_path_pop(struct json_path *path, size_t len);

#endif
