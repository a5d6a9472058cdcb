/* The strict JSON reader: encoding, syntax positions, depth, duplicate keys, lines. */
#include <config.h>

#include <limits.h>
#include <locale.h>
#include <stdlib.h>

#include "../../tui/model/json_doc.h"
#include "test.h"

/* Parses text and returns the error message ("" when it parsed). */
static const char *
parse(const char *text, size_t len, struct tuki_error *err)
{
	struct json_doc doc;

	memset(err, 0, sizeof *err);
	if (json_doc_parse(&doc, "t.json", text, len, err) == 0)
		json_doc_free(&doc);
	return err->message;
}

#define P(s) parse((s), sizeof(s) - 1, &err)

/*
 * {"a": "<k x's><special><12 y's>",\n"b": 1} in memory of exactly its
 * length (so ASan sees any read past it), for every k from 0 to 24: the
 * pre-pass and the parser read strings eight bytes at a time, and a special
 * byte must be found, at its column, wherever it falls in a word.
 */
static void
check_every_offset(void)
{
	static const struct {
		const char *special, *error, *value;    /* value: what special reads as */
	} cases[] = {
		{ "\xff", "invalid UTF-8", NULL },
		{ "\x01", "a control character inside a string must be escaped", NULL },
		{ "\n", "a control character inside a string must be escaped", NULL },
		{ "", "a NUL byte is not allowed", NULL },          /* the NUL is added below */
		{ "\\u0000", "\\u0000 (NUL) is not allowed", NULL },
		{ "\\udc00", "\\udc00 is half of a character", NULL },
		{ "\\\"", NULL, "\"" },
		{ "\\\\", NULL, "\\" },
		{ "\\u00e4", NULL, "\xc3\xa4" },
		{ "\\ud83d\\ude00", NULL, "\xf0\x9f\x98\x80" },
		{ "\x7f", NULL, "\x7f" },
		{ "\xc3\xa4", NULL, "\xc3\xa4" },
		{ "\xe2\x80\xae", NULL, "\xe2\x80\xae" },  /* unsafe, but that is the loaders' check */
	};
	static const char tail[] = "yyyyyyyyyyyy\",\n\"b\": 1}";

	for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
		for (int k = 0; k <= 24; k++) {
			char buf[128], want[128];
			size_t len = 0, sp = strlen(cases[c].special);
			struct tuki_error err;
			struct json_doc doc;
			char *text;

			len += (size_t)snprintf(buf, sizeof buf, "{\"a\": \"%.*s", k, "xxxxxxxxxxxxxxxxxxxxxxxxx");
			memcpy(buf + len, cases[c].special, sp);
			len += sp;
			if (sp == 0)
				buf[len++] = '\0';
			memcpy(buf + len, tail, sizeof tail - 1);
			len += sizeof tail - 1;
			text = malloc(len);
			memcpy(text, buf, len);
			memset(&err, 0, sizeof err);
			if (cases[c].error != NULL) {
				snprintf(want, sizeof want, "t.json:1:%d: %s", 8 + k, cases[c].error);
				CHECK(json_doc_parse(&doc, "t.json", text, len, &err) != 0);
				CHECK_HAS(err.message, want);
			} else {
				CHECK(json_doc_parse(&doc, "t.json", text, len, &err) == 0);
				snprintf(want, sizeof want, "%.*s%syyyyyyyyyyyy", k, "xxxxxxxxxxxxxxxxxxxxxxxxx",
				    cases[c].value);
				CHECK_STR(json_member(doc.root, "a")->valuestring, want);
				CHECK(json_doc_line(&doc, json_member(doc.root, "b")) == 2);
				json_doc_free(&doc);
			}
			free(text);
			/* Cut just after the special: the string never ends. */
			len = (size_t)(strstr(buf + 7, "yyy") - buf) + 1;
			if (cases[c].error == NULL) {
				text = malloc(len);
				memcpy(text, buf, len);
				memset(&err, 0, sizeof err);
				CHECK(json_doc_parse(&doc, "t.json", text, len, &err) != 0);
				CHECK_HAS(err.message, "ends too early");
				free(text);
			}
		}
	}
}

int
main(void)
{
	struct tuki_error err;
	struct json_doc doc;

	setlocale(LC_ALL, "C.UTF-8");
	check_every_offset();

	CHECK_STR(P("{\"a\": \"x\"}"), "");
	CHECK(err.status == 0);

	CHECK_HAS(P(""), "t.json: the file is empty");
	CHECK(err.status == 65);
	CHECK_HAS(P("  \n "), "the file is empty");
	CHECK_HAS(P("{\"a\": \"\xff\"}"), "t.json:1:8: invalid UTF-8");
	CHECK_HAS(P("{\n\"a\": \"\xc0\xaf\"}"), "t.json:2:7: invalid UTF-8");      /* overlong */
	CHECK_HAS(P("{\"a\": \"\xed\xa0\x80\"}"), "invalid UTF-8");                 /* surrogate */
	CHECK_HAS(P("{\"a\": \"x\0\"}"), "t.json:1:9: a NUL byte");
	CHECK_HAS(P("{\"a\":\n \"x\\u0000\"}"), "t.json:2:4: \\u0000 (NUL)");
	CHECK_HAS(P("{\"a\": \"tab\there\"}"), "control character");
	/* A lone surrogate escape says what is wrong, not "syntax error". */
	CHECK_HAS(P("{\"a\":\n \"x\\ud800\"}"),
	    "t.json:2:4: \\ud800 is half of a character (a UTF-16 surrogate without its other half)");
	CHECK_HAS(P("{\"a\": \"\\uDC41x\"}"), "\\uDC41 is half of a character");
	CHECK_HAS(P("{\"a\": \"\\ud800\\u0041\"}"), "\\ud800 is half of a character");
	CHECK_STR(P("{\"a\": \"\\ud83d\\ude00 \\uD83D\\uDE00\"}"), "");       /* a whole pair */
	CHECK_HAS(P("\xff\xfe{}"), "UTF-16");
	CHECK_STR(P("\xef\xbb\xbf{\"a\": 1}"), "");                                 /* UTF-8 BOM */
	CHECK_HAS(P("{\n  \"a\": 1,\n  \"b\": ]\n}"), "t.json:3:8: JSON syntax error");
	CHECK_HAS(P("{\"a\": [1, 2"), "ends too early");
	CHECK_HAS(P("{\"a\": 1} x"), "t.json:1:10: unexpected text after the end");
	CHECK_HAS(P("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"),
	    "nested deeper than 32 levels");
	CHECK_HAS(P("{\n\"a\": 1,\n\"b\": {\"c\": 1,\n \"c\": 2}}"),
	    "t.json:4: b: the key \"c\" appears twice");

	/* A hundred thousand levels is refused before cJSON recurses. */
	{
		size_t n = 200000;
		char *deep = malloc(n + 1);

		memset(deep, '[', n / 2);
		memset(deep + n / 2, ']', n / 2);
		deep[n] = '\0';
		CHECK_HAS(parse(deep, n, &err), "nested deeper");
		free(deep);
	}
	/* Oversize input is refused by size, not parsed. */
	{
		size_t n = JSON_DOC_MAX_BYTES + 1;
		char *big = malloc(n + 1);

		memset(big, ' ', n);
		big[0] = '"';
		big[n - 1] = '"';
		big[n] = '\0';
		CHECK_HAS(parse(big, n, &err), "too large");
		free(big);
	}

	/*
	 * The pre-pass runs only when the parse fails, yet its message still
	 * comes first: a bad byte anywhere in the file (after the value too)
	 * is named before a syntax error, trailing text or an empty file.
	 */
	CHECK_HAS(P("{\"a\": 1}\0"), "t.json:1:9: a NUL byte is not allowed");
	CHECK_HAS(P("{\"a\": 1}\n \xff"), "t.json:2:2: invalid UTF-8");
	CHECK_HAS(P("{\"a\": 1} x \x01"), "t.json:1:10: unexpected text after the end");
	CHECK_HAS(P("{\"a\" 1,\n\"b\": \"\xc3\"}"), "t.json:2:7: invalid UTF-8");
	CHECK_HAS(P("{\"a\" 1,\n\"b\": \"\\u0000\"}"), "t.json:2:7: \\u0000 (NUL)");
	CHECK_HAS(P("{\"a\" 1,\n\"b\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"),
	    "t.json:2:37: nested deeper than 32 levels");
	CHECK_HAS(P("\xef\xbb\xbf \n\t"), "t.json: the file is empty");
	CHECK_HAS(P("\xff\xfe[]"), "UTF-16");
	CHECK_STR(P("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"), "");   /* 32 */
	CHECK_HAS(P("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"),
	    "t.json:1:33: nested deeper than 32 levels");

	/* JSON's own grammar: numbers as JSON writes them, every escape. */
	CHECK_HAS(P("{\"n\": 01}"), "t.json:1:8: JSON syntax error");
	CHECK_HAS(P("[1., 2]"), "t.json:1:4: JSON syntax error");
	CHECK_HAS(P("[+1, 2]"), "t.json:1:2: JSON syntax error");
	CHECK_HAS(P("[\"a\" \"b\"]"), "t.json:1:6: JSON syntax error");
	CHECK_HAS(P("{\"a\" 1}"), "t.json:1:6: JSON syntax error");
	CHECK_HAS(P("[\"\\q\"]"), "JSON syntax error");
	CHECK_HAS(P("[tru]"), "JSON syntax error");
	CHECK_HAS(P("{\"a\": \"x"), "ends too early");
	{
		static const char text[] =
		    "{\"s\": \"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e4\\ud83d\\ude00\", "
		    "\"n\": -1.5e2, \"i\": 3000000000, \"t\": true, \"f\": false, \"z\": null, "
		    "\"o\": {}, \"l\": [[], [1, \"x\"]]}";
		const cJSON *l;

		memset(&err, 0, sizeof err);
		CHECK(json_doc_parse(&doc, "t.json", text, sizeof text - 1, &err) == 0);
		CHECK_STR(cJSON_GetObjectItem(doc.root, "s")->valuestring,
		    "a\"\\/\b\f\n\r\t\xc3\xa4\xf0\x9f\x98\x80");
		CHECK(cJSON_GetObjectItem(doc.root, "n")->valuedouble == -150);
		CHECK(cJSON_GetObjectItem(doc.root, "n")->valueint == -150);
		CHECK(cJSON_GetObjectItem(doc.root, "i")->valueint == INT_MAX);
		CHECK(cJSON_IsTrue(cJSON_GetObjectItem(doc.root, "t")));
		CHECK(cJSON_IsFalse(cJSON_GetObjectItem(doc.root, "f")));
		CHECK(cJSON_IsNull(cJSON_GetObjectItem(doc.root, "z")));
		CHECK(cJSON_GetArraySize(cJSON_GetObjectItem(doc.root, "o")) == 0);
		l = cJSON_GetObjectItem(doc.root, "l");
		CHECK(cJSON_GetArraySize(l) == 2);
		CHECK(l->child->prev == l->child->next);   /* cJSON's: the first's prev is the last */
		CHECK_STR(cJSON_GetArrayItem(cJSON_GetArrayItem(l, 1), 1)->valuestring, "x");
		CHECK(cJSON_GetArrayItem(cJSON_GetArrayItem(l, 1), 0)->valueint == 1);
		json_doc_free(&doc);
	}

	/* Lines of string tokens: keys give a member's line, array strings their own. */
	{
		static const char text[] = "{\n  \"title\": \"A\",\n  \"list\": [\n    \"x\",\n    \"y\"\n  ],\n  \"n\": 3\n}";

		memset(&err, 0, sizeof err);
		CHECK(json_doc_parse(&doc, "t.json", text, sizeof text - 1, &err) == 0);
		CHECK(json_doc_line(&doc, cJSON_GetObjectItem(doc.root, "title")) == 2);
		CHECK(json_doc_line(&doc, cJSON_GetObjectItem(doc.root, "list")) == 3);
		CHECK(json_doc_line(&doc, cJSON_GetArrayItem(cJSON_GetObjectItem(doc.root, "list"), 1)) == 5);
		CHECK(json_doc_line(&doc, cJSON_GetObjectItem(doc.root, "n")) == 7);
		json_doc_free(&doc);
	}

	/* The first duplicate in document order is the one named: the outer
	 * object's, though the inner one comes first in the text. */
	CHECK_HAS(P("{\"a\": {\"x\": 1,\n \"x\": 2},\n\"a\": 3}"),
	    "t.json:3: $: the key \"a\" appears twice");
	CHECK_HAS(P("[{\"a\": 1}, {\"b\": 1,\n \"c\": [{\"d\": 1, \"d\": 2}],\n \"b\": 2}]"),
	    "t.json:3: [1]: the key \"b\" appears twice");

	/*
	 * A large document: every node still finds its line (the line table
	 * grows many times over), and a node of another document finds none.
	 */
	{
		enum { N = 20000 };
		size_t cap = (size_t)N * 40 + 16, len = 0;
		char *text = malloc(cap);
		struct json_doc other;
		const cJSON *item;
		int line = 2, wrong = 0;

		len += (size_t)snprintf(text + len, cap - len, "[\n");
		for (int i = 0; i < N; i++)
			len += (size_t)snprintf(text + len, cap - len, "{\"k\": \"v%d\", \"n\": %d}%s\n",
			    i, i, i + 1 < N ? "," : "");
		len += (size_t)snprintf(text + len, cap - len, "]\n");
		memset(&err, 0, sizeof err);
		CHECK(json_doc_parse(&doc, "t.json", text, len, &err) == 0);
		CHECK(doc.nlines == 1 + 3 * (size_t)N);
		cJSON_ArrayForEach(item, doc.root) {
			wrong += json_doc_line(&doc, item) != line;
			wrong += json_doc_line(&doc, cJSON_GetObjectItem(item, "n")) != line;
			line++;
		}
		CHECK(wrong == 0);
		CHECK(line == N + 2);
		memset(&err, 0, sizeof err);
		CHECK(json_doc_parse(&other, "u.json", "{\"k\": 1}", 8, &err) == 0);
		CHECK(json_doc_line(&doc, other.root) == 0);
		CHECK(json_doc_line(&other, other.root->child) == 1);
		json_doc_free(&other);
		/* The same document with a duplicate key at its end. */
		len -= 3;       /* "\n]\n" */
		len += (size_t)snprintf(text + len, cap - len, ",\n{\"k\": 1,\n\"k\": 2}]\n");
		CHECK_HAS(parse(text, len, &err), "t.json:20003: [20000]: the key \"k\" appears twice");
		json_doc_free(&doc);
		free(text);
	}

	/* Files: missing is 66, a directory is 66. */
	memset(&err, 0, sizeof err);
	CHECK(json_doc_load(&doc, "/nonexistent/x.json", &err) == 66);
	CHECK_HAS(err.message, "/nonexistent/x.json: cannot open");
	memset(&err, 0, sizeof err);
	CHECK(json_doc_load(&doc, "/", &err) == 66);
	CHECK_HAS(err.message, "not a regular file");

	TEST_DONE();
}
