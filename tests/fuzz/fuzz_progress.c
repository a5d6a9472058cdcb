/* libFuzzer harness: the saved-progress parser. */
#include <config.h>

#include <stddef.h>
#include <stdint.h>

#include "../../tui/model/progress.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct progress p;

	if (progress_parse(&p, "progress.json", (const char *)data, size))
		progress_clear(&p);
	return 0;
}
