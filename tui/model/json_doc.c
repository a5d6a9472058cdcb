#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sys/i18n.h"
#include "file_text.h"
#include "json_doc.h"
#include "json_path.h"
#include "utf8.h"
#include "xalloc.h"

struct node_line {
	const cJSON *node;
	int line;
};

/* A run of back-to-back arena allocations and its slice of the line table. */
struct json_segment {
	const char *start, *end;
	size_t first, count;
};

struct json_segments {
	struct json_segment *seg;
	size_t n, cap;
};

/* What the pre-pass learns: where each string token starts, in order. */
struct scan {
	int *token_lines;
	size_t ntokens, cap;
	size_t bom;                 /* bytes of byte-order mark to skip */
};

static void
scan_push(struct scan *s, int line)
{
	if (s->ntokens == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 256;
		s->token_lines = xrealloc(s->token_lines, s->cap * sizeof *s->token_lines);
	}
	s->token_lines[s->ntokens++] = line;
}

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

/* One pass over the bytes before cJSON sees them. */
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
			scan_push(s, line);
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

struct walk {
	struct json_doc *doc;
	const struct scan *scan;
	size_t next_token;
	size_t cap;
	struct json_path path;
	struct tuki_error *err;
	struct json_segments *segs;
	size_t cur;                  /* the segment the last node was in */
	bool unordered;              /* nodes not in allocation order: sort instead */
	const cJSON *dup_object, *dup;   /* the first duplicate key, in document order */
};

static int
take_token(struct walk *w)
{
	if (w->next_token < w->scan->ntokens)
		return w->scan->token_lines[w->next_token++];
	return 0;
}

/* Counts entry i (node) into its segment; a node out of order turns the
 * segments off, and the table is sorted as a whole instead. */
static void
place_in_segment(struct walk *w, const cJSON *node, size_t i)
{
	struct json_segments *s = w->segs;
	uintptr_t a = (uintptr_t)node;
	struct json_segment *seg;

	while (w->cur < s->n && (a < (uintptr_t)s->seg[w->cur].start ||
	    a >= (uintptr_t)s->seg[w->cur].end))
		w->cur++;
	if (w->cur == s->n) {
		w->unordered = true;
		return;
	}
	seg = &s->seg[w->cur];
	if (seg->count == 0)
		seg->first = i;
	else if ((uintptr_t)w->doc->lines[i - 1].node >= a) {
		w->unordered = true;
		return;
	}
	seg->count++;
}

static void
record_line(struct walk *w, const cJSON *node, int line)
{
	struct json_doc *doc = w->doc;

	if (doc->nlines == w->cap) {
		w->cap = w->cap ? w->cap * 2 : 256;
		doc->lines = xrealloc(doc->lines, w->cap * sizeof *doc->lines);
	}
	doc->lines[doc->nlines].node = node;
	doc->lines[doc->nlines].line = line;
	doc->nlines++;
	if (!w->unordered)
		place_in_segment(w, node, doc->nlines - 1);
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

static int
compare_node_line(const void *a, const void *b)
{
	const struct node_line *x = a, *y = b;
	uintptr_t px = (uintptr_t)x->node, py = (uintptr_t)y->node;

	return (px > py) - (px < py);
}

/* Walks in document order, pairing each string token with its node. */
static void
walk_node(struct walk *w, const cJSON *node, int line)
{
	const cJSON *child;
	size_t index = 0;

	if (cJSON_IsString(node) && line == 0)
		line = take_token(w);
	else if (line == 0 && w->next_token < w->scan->ntokens && node->child != NULL)
		line = w->scan->token_lines[w->next_token];   /* an array element: its first key */
	record_line(w, node, line);
	if (cJSON_IsObject(node)) {
		/* Duplicate keys, which cJSON would silently keep: the first
		 * object that has one (in document order) is the one reported. */
		if (w->dup == NULL && (w->dup = duplicate_key(node)) != NULL)
			w->dup_object = node;
		cJSON_ArrayForEach(child, node) {
			int key_line = take_token(w);

			if (cJSON_IsString(child))
				take_token(w);
			walk_node(w, child, key_line);
		}
	} else if (cJSON_IsArray(node)) {
		cJSON_ArrayForEach(child, node)
			walk_node(w, child, 0);
	}
	(void)index;
}

/* Once lines are known: the duplicate key the walk found.  The path is only
 * worked out for the message. */
static bool
check_duplicate(struct walk *w)
{
	if (w->dup == NULL)
		return true;
	find_path(w->doc->root, w->dup_object, &w->path);
	tuki_error_set(w->err, EXIT_DATAERR, _("%s:%d: %s: the key \"%s\" appears twice"),
	    w->doc->name, json_doc_line(w->doc, w->dup), w->path.len ? w->path.text : "$",
	    w->dup->string);
	return false;
}

static int
compare_segment_start(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const struct json_segment *)a)->start;
	uintptr_t y = (uintptr_t)((const struct json_segment *)b)->start;

	return (x > y) - (x < y);
}

/* After the walk: the segments that hold nodes, sorted by address, or (if
 * the nodes were not in allocation order) the whole table sorted. */
static void
finish_line_table(struct walk *w)
{
	struct json_doc *doc = w->doc;
	struct json_segments *s = w->segs;
	size_t n = 0;

	if (w->unordered) {
		qsort(doc->lines, doc->nlines, sizeof *doc->lines, compare_node_line);
		return;
	}
	for (size_t i = 0; i < s->n; i++)
		if (s->seg[i].count > 0)
			s->seg[n++] = s->seg[i];
	qsort(s->seg, n, sizeof *s->seg, compare_segment_start);
	doc->segs = s->seg;
	doc->nsegs = n;
	s->seg = NULL;
	s->n = s->cap = 0;
}

/*
 * cJSON allocates every node and string with malloc and frees them one by
 * one; a document lives exactly as long as its json_doc, so its nodes go to
 * an arena instead (a third of the loading time was malloc and free).  The
 * hooks are set only around cJSON_Parse; nothing else sees them.
 */
static struct arena *parse_arena;
static struct json_segments *parse_segments;

/*
 * Every run of back-to-back allocations is one "segment" (in practice one
 * arena block, ~100 per MiB of JSON).  Nodes are allocated in document
 * order, so the walk meets them segment by segment, rising within each:
 * json_doc_line finds the segment, then the node in it, with no sort of
 * the whole table (a qsort of ~1 M entries was 5 % of loading at x100).
 */
static void
note_allocation(struct json_segments *segs, const char *p, const char *end)
{
	struct json_segment *last = segs->n ? &segs->seg[segs->n - 1] : NULL;

	if (last != NULL && p == last->end) {
		last->end = end;
		return;
	}
	if (segs->n == segs->cap) {
		segs->cap = segs->cap ? segs->cap * 2 : 16;
		segs->seg = xrealloc(segs->seg, segs->cap * sizeof *segs->seg);
	}
	segs->seg[segs->n++] = (struct json_segment){ p, end, 0, 0 };
}

static void *
arena_malloc(size_t size)
{
	char *p = arena_alloc_raw(parse_arena, size);

	note_allocation(parse_segments, p, p + arena_rounded_size(size));
	return p;
}

static void
arena_free_nothing(void *p)
{
	(void)p;        /* the whole arena is freed with the document */
}

static cJSON *
parse_into_arena(struct arena *arena, struct json_segments *segs, const char *text,
    size_t len, const char **end)
{
	cJSON_Hooks hooks = { arena_malloc, arena_free_nothing };
	cJSON *root;

	parse_arena = arena;
	parse_segments = segs;
	cJSON_InitHooks(&hooks);
	root = cJSON_ParseWithLengthOpts(text, len, end, 0);
	cJSON_InitHooks(NULL);
	parse_arena = NULL;
	parse_segments = NULL;
	return root;
}

int
json_doc_parse(struct json_doc *doc, const char *name, const char *text, size_t len,
    struct tuki_error *err)
{
	struct scan scan = { 0 };
	struct walk walk = { 0 };
	struct json_segments segs = { 0 };
	const char *end = NULL;
	size_t i;
	int status = EXIT_DATAERR;

	memset(doc, 0, sizeof *doc);
	doc->name = name;
	if (len > JSON_DOC_MAX_BYTES) {
		tuki_error_set(err, EXIT_DATAERR,
		    _("%s: the file is too large (%zu bytes; the limit is %u)"),
		    name, len, JSON_DOC_MAX_BYTES);
		return EXIT_DATAERR;
	}
	if (scan_text(&scan, name, (const unsigned char *)text, len, err) != 0)
		goto out;
	for (i = scan.bom; i < len && strchr(" \t\r\n", text[i]) != NULL; i++)
		continue;
	if (i == len) {
		tuki_error_set(err, EXIT_DATAERR, _("%s: the file is empty"), name);
		goto out;
	}
	doc->root = parse_into_arena(&doc->nodes, &segs, text + scan.bom, len - scan.bom, &end);
	if (doc->root == NULL) {
		int line, col;
		size_t offset = end != NULL ? (size_t)(end - text) : scan.bom;

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
	for (i = (size_t)(end - text); i < len; i++) {
		if (strchr(" \t\r\n", text[i]) == NULL) {
			int line, col;

			position_of(text, i, &line, &col);
			tuki_error_set(err, EXIT_DATAERR,
			    _("%s:%d:%d: unexpected text after the end of the JSON"),
			    name, line, col);
			goto out;
		}
	}
	walk.doc = doc;
	walk.scan = &scan;
	walk.err = err;
	walk.segs = &segs;
	walk_node(&walk, doc->root, 0);
	finish_line_table(&walk);
	if (!check_duplicate(&walk))
		goto out;
	status = 0;
out:
	free(scan.token_lines);
	free(segs.seg);
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

int
json_doc_line(const struct json_doc *doc, const cJSON *node)
{
	struct node_line key = { .node = node };
	const struct node_line *hit, *base = doc->lines;
	size_t n = doc->nlines;

	if (doc->lines == NULL)
		return 0;
	if (doc->nsegs > 0) {
		/* The last segment starting at or before node, then the node in it. */
		uintptr_t a = (uintptr_t)node;
		size_t lo = 0, hi = doc->nsegs;

		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;

			if ((uintptr_t)doc->segs[mid].start <= a)
				lo = mid;
			else
				hi = mid;
		}
		if (a < (uintptr_t)doc->segs[lo].start || a >= (uintptr_t)doc->segs[lo].end)
			return 0;
		base = doc->lines + doc->segs[lo].first;
		n = doc->segs[lo].count;
	}
	hit = bsearch(&key, base, n, sizeof *base, compare_node_line);
	return hit != NULL ? hit->line : 0;
}

void
json_doc_free(struct json_doc *doc)
{
	arena_free(&doc->nodes);
	free(doc->lines);
	free(doc->segs);
	doc->root = NULL;
	doc->lines = NULL;
	doc->nlines = 0;
	doc->segs = NULL;
	doc->nsegs = 0;
}
