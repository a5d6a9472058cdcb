/* The one symbol tuki-pdf.so exports (see pdf_module.h). */
#include <config.h>

#include <stdlib.h>

#include "render/pdf_draw.h"

/* Gives back a PDF the module made (its memory is the module's to free). */
static void
release(struct pdf_output *out)
{
	free(out->data);
	out->data = NULL;
	out->len = out->cap = 0;
}

__attribute__((visibility("default")))
const struct pdf_module tuki_pdf_module = { PACKAGE_VERSION, pdf_typeset_helplines,
	pdf_typeset_steps, pdf_typeset_facts, release };
