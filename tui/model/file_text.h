/* A whole small file read into memory: regular files only, with a size limit. */
#ifndef TUKI_MODEL_FILE_TEXT_H
#define TUKI_MODEL_FILE_TEXT_H

#include <stddef.h>
#include <sys/types.h>

#include "error.h"

struct file_text {
	char *text;         /* NUL-terminated; may hold NULs of its own */
	size_t len;
	size_t mapped;
	mode_t mode;        /* the file's permission bits */
	uid_t uid;          /* its owner (local.d files must be root's) */
};

/*
 * Reads path; 0, or 66 (missing, unreadable, not a regular file: a FIFO
 * or device is refused without waiting on it) or 65 (larger than max
 * bytes) with a message naming the file.
 */
int file_text_read(struct file_text *f, const char *path, size_t max, struct tuki_error *err);
void file_text_free(struct file_text *f);

#endif
