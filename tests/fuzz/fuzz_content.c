/*
 * libFuzzer harness: the content loader.  The first byte picks which file
 * the input stands for; the other two are small valid files.
 */
#include <config.h>

#include <stddef.h>
#include <stdint.h>

#include "../../tui/model/content.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char pages[] =
    "{\"pages\": [{\"id\": \"a\", \"section\": \"reassurance\", \"title\": \"A\", \"body\": [{\"p\": \"x\"}]},"
    "{\"id\": \"b\", \"section\": \"coping\", \"title\": \"B\", \"body\": [{\"li\": \"{phone:h}\"}]},"
    "{\"id\": \"c\", \"section\": \"about\", \"title\": \"C\", \"body\": [{\"h\": \"y\"}]}]}";
static const char steps[] =
    "{\"agencies\": [], \"steps\": [{\"id\": \"s\", \"group\": \"first\", \"title\": \"S\","
    " \"why\": [\"w\"], \"how\": [\"h\"]}]}";
static const char helplines[] =
    "{\"languages\": [{\"code\": \"fi\", \"name\": \"Finnish\"}], \"topics\": [{\"id\": \"t\", \"label\": \"T\"}],"
    " \"helplines\": [{\"id\": \"h\", \"name\": \"H\", \"description\": \"D\", \"cost\": \"free\","
    " \"topics\": [\"t\"], \"contacts\": [{\"type\": \"phone\", \"value\": \"112\", \"languages\": [\"fi\"],"
    " \"hours\": {\"mon\": [[\"22:00\", \"06:00\"]]}, \"checked\": \"2026-11-22\","
    " \"source\": \"https://x.fi\"}], \"anonymous\": null, \"further_reading\": [\"https://x.fi\"]}]}";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *texts[FILE_COUNT] = { pages, steps, helplines };
	size_t lens[FILE_COUNT] = { sizeof pages - 1, sizeof steps - 1, sizeof helplines - 1 };
	struct content c;
	struct tuki_error err = { 0 };
	int which;

	if (size < 1)
		return 0;
	which = data[0] % FILE_COUNT;
	texts[which] = (const char *)data + 1;
	lens[which] = size - 1;
	if (content_load_buffers(&c, texts, lens, &err) == 0)
		content_free(&c);
	return 0;
}
