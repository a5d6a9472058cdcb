/*
 * JSON's grammar, strictly, into cJSON's node type: a recursive-descent
 * parser that puts nodes and strings in the document's arena, each node
 * with its line.  json_doc.c's pre-pass runs only when it fails.
 */
#include <config.h>

#include <limits.h>
#include <locale.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "byte_words.h"
#include "json_parse.h"
#include "utf8.h"
#include "xalloc.h"

/*
 * Each node carries its line: cJSON's node, then the line and the document
 * it belongs to (a stamp, so a node of another document finds no line).  In
 * the arena's 16-byte steps this is 80 bytes, less than a node plus a slot
 * in a node -> line table, and finding a line is a load.
 */
struct json_node {
	cJSON node;             /* first: a cJSON * is a struct json_node * */
	const void *stamp;
	int line;
};

static void
set_line(struct json_doc *doc, cJSON *node, int line)
{
	((struct json_node *)node)->line = line;
	doc->nlines++;
}

/*
 * A strict recursive-descent parser into cJSON's node type (so the loaders
 * read the tree with cJSON's accessors), with nodes and strings in the
 * document's arena.  It refuses what the pre-pass refuses (bad UTF-8 and
 * control characters in strings, \u0000, lone surrogates, deep nesting),
 * without saying why: json_doc.c then runs the pre-pass for the message.
 *
 * Lines: an object member's is the line of its key; a string in an array
 * its own; an object or array in an array (or the root) takes the line of
 * the next string token, its first key in practice ("pending" until then);
 * anything else has none (0).
 */
struct parser {
	struct json_doc *doc;
	const char *text;
	size_t pos, len;
	int line, depth;
	cJSON **pending;
	size_t npending, pending_cap;
};

static void skip_space_run(struct parser *p);

/* Blanks between tokens: usually none, so the first byte decides inline. */
static inline void
skip_space(struct parser *p)
{
	if (p->pos < p->len && (unsigned char)p->text[p->pos] > ' ')
		return;
	skip_space_run(p);
}

static void
skip_space_run(struct parser *p)
{
	const char *t = p->text;
	size_t i = p->pos, len = p->len;
	int line = p->line;

	/* 1 for a blank, 2 for a newline (it also counts a line). */
	static const unsigned char blank[256] = {
		[' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 2,
	};
	unsigned char k;

	/* Locals, not p->: the loop runs for every blank between tokens. */
	for (; i < len && (k = blank[(unsigned char)t[i]]) != 0; i++)
		line += k >> 1;
	p->pos = i;
	p->line = line;
}

static cJSON *
new_node(struct parser *p, int type, int line)
{
	struct json_node *n = arena_alloc_raw(&p->doc->nodes, sizeof *n);

	/* Every field written here, so the arena need not zero it first. */
	*n = (struct json_node){ .node.type = type, .stamp = p->doc->stamp, .line = line };
	if (line > 0)
		p->doc->nlines++;
	return &n->node;
}

/* A string token starts on this line: the pending containers take it. */
static void
string_token(struct parser *p)
{
	for (size_t i = 0; i < p->npending; i++)
		set_line(p->doc, p->pending[i], p->line);
	p->npending = 0;
}

static bool
parse_hex4(struct parser *p, size_t at, unsigned long *v)
{
	*v = 0;
	if (p->len - at < 4)
		return false;
	for (int k = 0; k < 4; k++) {
		char c = p->text[at + (size_t)k];

		*v <<= 4;
		if (c >= '0' && c <= '9')
			*v |= (unsigned long)(c - '0');
		else if (c >= 'a' && c <= 'f')
			*v |= (unsigned long)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			*v |= (unsigned long)(c - 'A' + 10);
		else
			return false;
	}
	return true;
}

static size_t
put_utf8(char *out, unsigned long cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* The string at p->pos (its opening quote), unescaped into the arena. */
static char *
parse_string(struct parser *p)
{
	const char *t = p->text;
	size_t end = p->pos + 1, len = p->len, n = 0;
	bool escaped = false;
	char *out;

	/*
	 * Find the closing quote, checking what the pre-pass checks inside a
	 * string (no control characters, valid UTF-8): json_doc.c runs the
	 * pre-pass only when this parse fails.  Eight bytes at a time up to
	 * the first byte that is not plain printable ASCII.
	 */
	for (;;) {
		unsigned char c;

		while (len - end >= 8) {
			uint64_t w = byte_word_load(t + end);
			uint64_t m = byte_word_eq(w, '"') | byte_word_eq(w, '\\') |
			    byte_word_control_or_high(w);

			if (m != 0) {
				end += byte_word_first(m);
				break;
			}
			end += 8;
		}
		if (end >= len)
			break;
		c = (unsigned char)t[end];
		if (c == '"')
			break;
		if (c == '\\') {
			escaped = true;
			end = len - end > 2 ? end + 2 : len;
		} else if (c < 0x20) {
			p->pos = end;
			return NULL;
		} else if (c >= 0x80) {
			size_t k = utf8_sequence_length((const unsigned char *)t + end, len - end);

			if (k == 0) {
				p->pos = end;
				return NULL;
			}
			end += k;
		} else {
			end++;
		}
	}
	if (end >= p->len) {
		p->pos = p->len;
		return NULL;
	}
	out = arena_alloc_bytes(&p->doc->nodes, end - p->pos);
	if (!escaped) {         /* nearly all: copied as it is */
		n = end - p->pos - 1;
		memcpy(out, p->text + p->pos + 1, n);
		out[n] = '\0';
		p->pos = end + 1;
		return out;
	}
	for (p->pos++; p->pos < end; ) {
		char c = p->text[p->pos];
		unsigned long cp, low;

		if ((unsigned char)c < 0x20)
			return NULL;
		if (c != '\\') {
			out[n++] = c;
			p->pos++;
			continue;
		}
		switch (p->text[p->pos + 1]) {
		case '"': out[n++] = '"'; break;
		case '\\': out[n++] = '\\'; break;
		case '/': out[n++] = '/'; break;
		case 'b': out[n++] = '\b'; break;
		case 'f': out[n++] = '\f'; break;
		case 'n': out[n++] = '\n'; break;
		case 'r': out[n++] = '\r'; break;
		case 't': out[n++] = '\t'; break;
		case 'u':
			if (end - p->pos < 6 || !parse_hex4(p, p->pos + 2, &cp) || cp == 0 ||
			    (cp >= 0xdc00 && cp <= 0xdfff))
				return NULL;
			if (cp >= 0xd800 && cp <= 0xdbff) {
				if (end - p->pos < 12 || p->text[p->pos + 6] != '\\' ||
				    p->text[p->pos + 7] != 'u' || !parse_hex4(p, p->pos + 8, &low) ||
				    low < 0xdc00 || low > 0xdfff)
					return NULL;
				cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
				p->pos += 6;
			}
			/* An escape is at least as long as the UTF-8 it stands for. */
			n += put_utf8(out + n, cp);
			p->pos += 4;
			break;
		default:
			p->pos++;
			return NULL;
		}
		p->pos += 2;
	}
	out[n] = '\0';
	p->pos = end + 1;
	return out;
}

/* A number as JSON writes it (no "01", "1." or "+1"), read as cJSON reads it. */
static bool
parse_number(struct parser *p, cJSON *node)
{
	const char *t = p->text;
	size_t start = p->pos, i = p->pos, n;
	char buf[64], *dot;
	double v;

#define DIGITS(i) ((i) < p->len && t[i] >= '0' && t[i] <= '9')
	if (i < p->len && t[i] == '-')
		i++;
	if (!DIGITS(i))
		goto bad;
	if (t[i] == '0')
		i++;
	else
		while (DIGITS(i))
			i++;
	if (i < p->len && t[i] == '.') {
		i++;
		if (!DIGITS(i))
			goto bad;
		while (DIGITS(i))
			i++;
	}
	if (i < p->len && (t[i] == 'e' || t[i] == 'E')) {
		i++;
		if (i < p->len && (t[i] == '+' || t[i] == '-'))
			i++;
		if (!DIGITS(i))
			goto bad;
		while (DIGITS(i))
			i++;
	}
#undef DIGITS
	n = i - start;
	if (n >= sizeof buf)
		goto bad;
	memcpy(buf, t + start, n);
	buf[n] = '\0';
	/* strtod follows LC_NUMERIC: a Finnish locale reads "1,5". */
	if ((dot = memchr(buf, '.', n)) != NULL)
		*dot = localeconv()->decimal_point[0];
	v = strtod(buf, NULL);
	node->valuedouble = v;
	node->valueint = v >= INT_MAX ? INT_MAX : v <= (double)INT_MIN ? INT_MIN : (int)v;
	p->pos = i;
	return true;
bad:
	p->pos = i;
	return false;
}

static bool
parse_word(struct parser *p, const char *word)
{
	size_t n = strlen(word);

	if (p->len - p->pos < n || memcmp(p->text + p->pos, word, n) != 0)
		return false;
	p->pos += n;
	return true;
}

static void
link_child(cJSON *parent, cJSON *child, cJSON **last)
{
	if (*last == NULL)
		parent->child = child;
	else
		(*last)->next = child;
	child->prev = *last;
	*last = child;
	parent->child->prev = child;    /* cJSON's convention: first->prev is the last */
}

static cJSON *parse_value(struct parser *p, int key_line);

/* An object or array at p->pos; key_line as for parse_value. */
static cJSON *
parse_container(struct parser *p, int key_line)
{
	bool object = p->text[p->pos] == '{';
	char close = object ? '}' : ']';
	cJSON *node, *last = NULL;

	/* The pre-pass names the depth; this only keeps the recursion bounded. */
	if (++p->depth > JSON_DOC_MAX_DEPTH)
		return NULL;
	node = new_node(p, object ? cJSON_Object : cJSON_Array, key_line);
	if (key_line == 0) {
		XGROW(p->pending, p->npending, p->pending_cap, 16);
		p->pending[p->npending++] = node;
	}
	p->pos++;
	skip_space(p);
	if (p->pos < p->len && p->text[p->pos] == close) {
		if (key_line == 0)
			p->npending--;      /* empty: it has no line */
		p->pos++;
		p->depth--;
		return node;
	}
	for (;;) {
		cJSON *child;
		char *key = NULL;
		int line = 0;

		skip_space(p);
		if (object) {
			if (p->pos >= p->len || p->text[p->pos] != '"')
				return NULL;
			line = p->line;
			string_token(p);
			if ((key = parse_string(p)) == NULL)
				return NULL;
			skip_space(p);
			if (p->pos >= p->len || p->text[p->pos] != ':')
				return NULL;
			p->pos++;
		}
		if ((child = parse_value(p, line)) == NULL)
			return NULL;
		child->string = key;
		link_child(node, child, &last);
		skip_space(p);
		if (p->pos < p->len && p->text[p->pos] == ',') {
			p->pos++;
			continue;
		}
		if (p->pos < p->len && p->text[p->pos] == close) {
			p->pos++;
			p->depth--;
			return node;
		}
		return NULL;
	}
}

/*
 * The value at p->pos (after blanks), or NULL with p->pos where it went
 * wrong.  key_line: the line of its key, or 0 in an array or at the root.
 */
static cJSON *
parse_value(struct parser *p, int key_line)
{
	cJSON *node;

	skip_space(p);
	if (p->pos >= p->len)
		return NULL;
	switch (p->text[p->pos]) {
	case '{':
	case '[':
		return parse_container(p, key_line);
	case '"':
		string_token(p);
		node = new_node(p, cJSON_String, key_line ? key_line : p->line);
		node->valuestring = parse_string(p);
		return node->valuestring != NULL ? node : NULL;
	case 't':
		return parse_word(p, "true") ? new_node(p, cJSON_True, key_line) : NULL;
	case 'f':
		return parse_word(p, "false") ? new_node(p, cJSON_False, key_line) : NULL;
	case 'n':
		return parse_word(p, "null") ? new_node(p, cJSON_NULL, key_line) : NULL;
	default:
		node = new_node(p, cJSON_Number, key_line);
		return parse_number(p, node) ? node : NULL;
	}
}

cJSON *
json_parse(struct json_doc *doc, const char *text, size_t start, size_t len, size_t *stop)
{
	struct parser p = { .doc = doc, .text = text, .pos = start, .len = len, .line = 1 };
	cJSON *root;

	/* The stamp: any address that is this document's alone. */
	doc->stamp = arena_alloc_bytes(&doc->nodes, 1);
	root = parse_value(&p, 0);
	free(p.pending);
	*stop = p.pos;
	return root;
}

int
json_doc_line(const struct json_doc *doc, const cJSON *node)
{
	const struct json_node *n = (const struct json_node *)node;

	return n != NULL && doc->stamp != NULL && n->stamp == doc->stamp ? n->line : 0;
}
