#include <config.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "sys/i18n.h"
#include "byte_words.h"
#include "file_text.h"
#include "json_doc.h"
#include "json_parse.h"
#include "json_path.h"
#include "utf8.h"
#include "xalloc.h"

/* What the pre-pass learns besides "the bytes are acceptable". */
struct scan {
	size_t bom;                 /* bytes of byte-order mark to skip */
};

/* Bytes the pre-pass can step over without a second look. */
static unsigned char plain_in_string[256], plain_between[256];

static void
init_plain_tables(void)
{
	if (plain_in_string['a'])
		return;
	for (int c = 0x20; c < 0x80; c++)
		plain_in_string[c] = c != '"' && c != '\\' && c != 0x7f;
	plain_between[' '] = plain_between['\t'] = plain_between[':'] = plain_between[','] = 1;
	for (int c = '0'; c <= '9'; c++)
		plain_between[c] = 1;
	for (const char *k = "truefalsn.-+eE"; *k != '\0'; k++)
		plain_between[(unsigned char)*k] = 1;
}

/* The value of the four hex digits at p, or -1. */
static long
hex4(const unsigned char *p)
{
	long v = 0;

	for (int k = 0; k < 4; k++) {
		int c = p[k];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* p is at "\\u": true for a high surrogate not followed by "\\u" and a low
 * one, or a low surrogate on its own (cJSON calls both a syntax error). */
static bool
lone_surrogate(const unsigned char *p, size_t len)
{
	long v = len >= 6 ? hex4(p + 2) : -1, w;

	if (v >= 0xdc00 && v <= 0xdfff)
		return true;
	if (v < 0xd800 || v > 0xdbff)
		return false;
	w = len >= 12 && p[6] == '\\' && p[7] == 'u' ? hex4(p + 8) : -1;
	return w < 0xdc00 || w > 0xdfff;
}

/* One pass over the bytes before the parser sees them. */
static int
scan_text(struct scan *s, const char *name, const unsigned char *p, size_t len,
    struct tuki_error *err)
{
	size_t i = 0;
	int line = 1, col = 1, depth = 0;
	bool in_string = false;

	init_plain_tables();
	if (len >= 2 && ((p[0] == 0xfe && p[1] == 0xff) || (p[0] == 0xff && p[1] == 0xfe))) {
		tuki_error_set(err, EXIT_DATAERR,
		    _("%s: the file is in UTF-16; save it as UTF-8"), name);
		return -1;
	}
	if (len >= 3 && p[0] == 0xef && p[1] == 0xbb && p[2] == 0xbf)
		s->bom = i = 3;

	while (i < len) {
		unsigned char c;

		/* The common cases in tight loops: plain ASCII inside a string,
		 * and the indentation between tokens. */
		{
			const unsigned char *skip = in_string ? plain_in_string : plain_between;
			size_t start = i;

			if (in_string)  /* eight at a time (DEL is plain, as below) */
				while (len - i >= 8) {
					uint64_t w = byte_word_load(p + i);
					uint64_t m = byte_word_control_or_high(w) |
					    byte_word_eq(w, '"') | byte_word_eq(w, '\\');

					if (m != 0) {
						i += byte_word_first(m);
						break;
					}
					i += 8;
				}
			while (i < len && skip[p[i]])
				i++;
			col += (int)(i - start);
		}
		if (i == len)
			break;
		c = p[i];
		if (c == 0) {
			tuki_error_set(err, EXIT_DATAERR,
			    _("%s:%d:%d: a NUL byte is not allowed"), name, line, col);
			return -1;
		}
		if (c >= 0x80) {
			size_t n = utf8_sequence_length(p + i, len - i);

			if (n == 0) {
				tuki_error_set(err, EXIT_DATAERR,
				    _("%s:%d:%d: invalid UTF-8"), name, line, col);
				return -1;
			}
			i += n;
			col++;
			continue;
		}
		if (in_string) {
			if (c == '"') {
				in_string = false;
			} else if (c == '\\' && i + 1 < len) {
				if (p[i + 1] == 'u' && i + 6 <= len && memcmp(p + i + 2, "0000", 4) == 0) {
					tuki_error_set(err, EXIT_DATAERR,
					    _("%s:%d:%d: \\u0000 (NUL) is not allowed in a string"),
					    name, line, col);
					return -1;
				}
				if (p[i + 1] == 'u' && lone_surrogate(p + i, len - i)) {
					tuki_error_set(err, EXIT_DATAERR,
					    _("%s:%d:%d: \\u%.4s is half of a character (a UTF-16 surrogate "
					    "without its other half); write the character itself instead"),
					    name, line, col, (const char *)p + i + 2);
					return -1;
				}
				if (p[i + 1] == 'u' && i + 6 <= len && hex4(p + i + 2) >= 0xd800 &&
				    hex4(p + i + 2) <= 0xdbff) {
					/* A whole pair: its low half is not alone. */
					i += 12;
					col += 12;
					continue;
				}
				i++;
				col++;
			} else if (c < 0x20) {
				tuki_error_set(err, EXIT_DATAERR,
				    _("%s:%d:%d: a control character inside a string must be escaped"),
				    name, line, col);
				return -1;
			}
		} else if (c == '"') {
			in_string = true;
		} else if (c == '[' || c == '{') {
			if (++depth > JSON_DOC_MAX_DEPTH) {
				tuki_error_set(err, EXIT_DATAERR,
				    _("%s:%d:%d: nested deeper than %d levels"),
				    name, line, col, JSON_DOC_MAX_DEPTH);
				return -1;
			}
		} else if (c == ']' || c == '}') {
			depth--;
		}
		if (c == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
		i++;
	}
	return 0;
}

/* Line and column of a byte offset, for syntax errors. */
static void
position_of(const char *text, size_t offset, int *line, int *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < offset && text[i] != '\0'; i++) {
		unsigned char c = (unsigned char)text[i];

		if (c == '\n') {
			(*line)++;
			*col = 1;
		} else if ((c & 0xc0) != 0x80) {
			(*col)++;
		}
	}
}

static int
compare_key_ptr(const void *a, const void *b)
{
	const cJSON *const *x = a, *const *y = b;

	return strcmp((*x)->string, (*y)->string);
}

/* Builds the JSON path of target below node into path; true if found. */
static bool
find_path(const cJSON *node, const cJSON *target, struct json_path *path)
{
	const cJSON *child;
	size_t index = 0;

	if (node == target)
		return true;
	cJSON_ArrayForEach(child, node) {
		size_t mark = cJSON_IsObject(node) ? json_path_key(path, child->string)
		    : json_path_index(path, index);

		if (find_path(child, target, path))
			return true;
		json_path_pop(path, mark);
		index++;
	}
	return false;
}

/* The later of two members with the same key in object, or NULL. */
static const cJSON *
duplicate_key(const cJSON *object)
{
	size_t n = 0, i = 0;
	const cJSON *child, *found = NULL;
	const cJSON **keys;

	cJSON_ArrayForEach(child, object)
		n++;
	if (n < 2)
		return NULL;
	/* Small objects (nearly all): pairwise is cheaper than sorting. */
	if (n <= 16) {
		for (const cJSON *a = object->child; a != NULL; a = a->next)
			for (const cJSON *b = a->next; b != NULL; b = b->next)
				if (a->string[0] == b->string[0] && strcmp(a->string, b->string) == 0)
					return b;
		return NULL;
	}
	keys = xmalloc(n * sizeof *keys);
	cJSON_ArrayForEach(child, object)
		keys[i++] = child;
	qsort(keys, n, sizeof *keys, compare_key_ptr);
	for (i = 1; i < n && found == NULL; i++)
		if (strcmp(keys[i - 1]->string, keys[i]->string) == 0)
			found = keys[i];
	free(keys);
	return found;
}

/* The first duplicate key in document order (an outer object before the
 * objects inside it), and its object; cJSON would silently keep both. */
static const cJSON *
first_duplicate(const cJSON *node, const cJSON **object)
{
	const cJSON *child, *dup;

	if (cJSON_IsObject(node) && (dup = duplicate_key(node)) != NULL) {
		*object = node;
		return dup;
	}
	cJSON_ArrayForEach(child, node)
		if ((dup = first_duplicate(child, object)) != NULL)
			return dup;
	return NULL;
}

/* The first byte at or after i that is not a blank, or len (not strchr:
 * it would take a NUL for a blank). */
static size_t
skip_blanks(const char *text, size_t i, size_t len)
{
	while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r' ||
	    text[i] == '\n'))
		i++;
	return i;
}

/*
 * The parser checks what the pre-pass would inside strings, and the grammar
 * leaves nothing else to check outside them, so a file that parses whole
 * has passed the pre-pass: it runs only when something went wrong, first,
 * so that the message is the one it always was (a bad byte before a syntax
 * error, wherever they are).
 */
int
json_doc_parse(struct json_doc *doc, const char *name, const char *text, size_t len,
    struct tuki_error *err)
{
	struct scan scan = { 0 };
	size_t stop = 0, bom, i;
	const cJSON *dup, *dup_object = NULL;
	struct json_path path = { 0 };
	int status = EXIT_DATAERR;
	bool parsed;

	memset(doc, 0, sizeof *doc);
	doc->name = name;
	if (len > JSON_DOC_MAX_BYTES) {
		tuki_error_set(err, EXIT_DATAERR,
		    _("%s: the file is too large (%zu bytes; the limit is %u)"),
		    name, len, JSON_DOC_MAX_BYTES);
		return EXIT_DATAERR;
	}
	bom = len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
	doc->root = json_parse(doc, text, bom, len, &stop);
	parsed = doc->root != NULL;
	if (!parsed || skip_blanks(text, stop, len) < len) {
		if (scan_text(&scan, name, (const unsigned char *)text, len, err) != 0)
			goto out;
		if (skip_blanks(text, scan.bom, len) == len) {
			tuki_error_set(err, EXIT_DATAERR, _("%s: the file is empty"), name);
			goto out;
		}
	}
	if (!parsed) {
		int line, col;
		size_t offset = stop < len ? stop : len - 1;
		size_t last = len;

		while (last > 0 && strchr(" \t\r\n", text[last - 1]) != NULL)
			last--;
		position_of(text, offset, &line, &col);
		if (offset + 1 >= last)
			tuki_error_set(err, EXIT_DATAERR,
			    _("%s:%d:%d: the JSON ends too early (a missing bracket or quote?)"),
			    name, line, col);
		else
			tuki_error_set(err, EXIT_DATAERR,
			    _("%s:%d:%d: JSON syntax error"), name, line, col);
		goto out;
	}
	if ((i = skip_blanks(text, stop, len)) < len) {
		int line, col;

		position_of(text, i, &line, &col);
		tuki_error_set(err, EXIT_DATAERR,
		    _("%s:%d:%d: unexpected text after the end of the JSON"),
		    name, line, col);
		goto out;
	}
	if ((dup = first_duplicate(doc->root, &dup_object)) != NULL) {
		find_path(doc->root, dup_object, &path);
		tuki_error_set(err, EXIT_DATAERR, _("%s:%d: %s: the key \"%s\" appears twice"),
		    name, json_doc_line(doc, dup), path.len ? path.text : "$", dup->string);
		goto out;
	}
	status = 0;
out:
	if (status != 0)
		json_doc_free(doc);
	return status;
}

int
json_doc_load(struct json_doc *doc, const char *path, struct tuki_error *err)
{
	struct file_text file;
	int status;

	memset(doc, 0, sizeof *doc);
	status = file_text_read(&file, path, JSON_DOC_MAX_BYTES, err);
	if (status != 0)
		return status;
	status = json_doc_parse(doc, path, file.text, file.len, err);
	file_text_free(&file);
	return status;
}

void
json_doc_free(struct json_doc *doc)
{
	arena_free(&doc->nodes);
	doc->root = NULL;
	doc->stamp = NULL;
	doc->nlines = 0;
}
