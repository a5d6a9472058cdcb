/*
 * The document language (/Lang in the catalog), so a screen reader speaks
 * Finnish as Finnish, and /MarkInfo << /Marked true >>, which says the
 * structure tags cairo writes are there to be used (without it readers
 * and pdfinfo call the document untagged).  cairo 1.16 has no call for
 * either, so they are added as a
 * PDF incremental update: the catalog again with both, a one-entry xref
 * section and a trailer pointing back at cairo's.  Anything unexpected in
 * cairo's output leaves the document as it was.
 */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/pdf_draw.h"

/* The last occurrence of needle in the first len bytes of hay, or NULL. */
static const char *
find_last(const char *hay, size_t len, const char *needle)
{
	size_t n = strlen(needle);

	for (size_t i = len >= n ? len - n + 1 : 0; i-- > 0;)
		if (memcmp(hay + i, needle, n) == 0)
			return hay + i;
	return NULL;
}

/* The number after key in the trailer ("/Size 264"), or -1. */
static long
trailer_number(const char *trailer, const char *key)
{
	const char *at = strstr(trailer, key);

	return at != NULL ? strtol(at + strlen(key), NULL, 10) : -1;
}

static void
append(struct pdf_output *b, const char *s, size_t n)
{
	char *text;

	if (b->len + n + 1 > b->cap) {
		text = realloc(b->data, (b->len + n + 1) * 2);
		if (text == NULL)
			return;
		b->data = text;
		b->cap = (b->len + n + 1) * 2;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
pdf_set_language(struct pdf_output *pdf, const char *code)
{
	const char *trailer, *startxref, *obj, *end;
	char head[32], tail[512];
	long size, root, info, prev;
	size_t dict_len, offset, xref;
	char *dict;
	bool marked;
	int n;

	if (pdf->data == NULL || strlen(code) != 2 ||
	    (trailer = find_last(pdf->data, pdf->len, "\ntrailer\n")) == NULL ||
	    (startxref = find_last(pdf->data, pdf->len, "\nstartxref\n")) == NULL)
		return;
	size = trailer_number(trailer, "/Size ");
	root = trailer_number(trailer, "/Root ");
	info = trailer_number(trailer, "/Info ");
	prev = strtol(startxref + 11, NULL, 10);
	if (size <= 0 || root <= 0 || prev <= 0)
		return;
	snprintf(head, sizeof head, "\n%ld 0 obj\n", root);
	if ((obj = find_last(pdf->data, (size_t)(trailer - pdf->data), head)) == NULL)
		return;
	obj += strlen(head);
	if ((end = strstr(obj, "\n>>\nendobj")) == NULL || memcmp(obj, "<<", 2) != 0 ||
	    (strstr(obj, "/Lang") != NULL && strstr(obj, "/Lang") < end))
		return;
	/* The catalog's entries again, with the language and the mark added
	 * (a catalog that has /MarkInfo already keeps its own). */
	dict_len = (size_t)(end - obj);
	marked = strstr(obj, "/MarkInfo") != NULL && strstr(obj, "/MarkInfo") < end;
	if ((dict = malloc(dict_len + 1)) == NULL)
		return;
	memcpy(dict, obj, dict_len);
	dict[dict_len] = '\0';
	offset = pdf->len;
	snprintf(tail, sizeof tail, "%ld 0 obj\n", root);
	append(pdf, tail, strlen(tail));
	append(pdf, dict, dict_len);
	free(dict);
	n = snprintf(tail, sizeof tail, "\n   /Lang (%s)%s\n>>\nendobj\n", code,
	    marked ? "" : "\n   /MarkInfo << /Marked true >>");
	append(pdf, tail, (size_t)n);
	xref = pdf->len;
	n = snprintf(tail, sizeof tail, "xref\n%ld 1\n%010zu 00000 n \ntrailer\n<< /Size %ld\n"
	    "   /Root %ld 0 R\n", root, offset, size, root);
	append(pdf, tail, (size_t)n);
	if (info > 0) {
		n = snprintf(tail, sizeof tail, "   /Info %ld 0 R\n", info);
		append(pdf, tail, (size_t)n);
	}
	n = snprintf(tail, sizeof tail, "   /Prev %ld\n>>\nstartxref\n%zu\n%%%%EOF\n", prev, xref);
	append(pdf, tail, (size_t)n);
}
