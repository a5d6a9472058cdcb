/* The strict JSON reader: encoding, syntax positions, depth, duplicate keys, lines. */
#include <config.h>

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

int
main(void)
{
	struct tuki_error err;
	struct json_doc doc;

	setlocale(LC_ALL, "C.UTF-8");

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

	/* Files: missing is 66, a directory is 66. */
	memset(&err, 0, sizeof err);
	CHECK(json_doc_load(&doc, "/nonexistent/x.json", &err) == 66);
	CHECK_HAS(err.message, "/nonexistent/x.json: cannot open");
	memset(&err, 0, sizeof err);
	CHECK(json_doc_load(&doc, "/", &err) == 66);
	CHECK_HAS(err.message, "not a regular file");

	TEST_DONE();
}
