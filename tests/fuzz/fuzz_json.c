/* libFuzzer harness: the strict JSON reader (pre-pass, parser, lines, duplicate keys). */
#include <config.h>

#include <stddef.h>
#include <stdint.h>

#include "../../tui/model/json_doc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_doc doc;
	struct tuki_error err = { 0 };

	if (json_doc_parse(&doc, "fuzz.json", (const char *)data, size, &err) == 0)
		json_doc_free(&doc);
	return 0;
}
