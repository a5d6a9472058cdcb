/* The one symbol tuki-pdf.so exports (see pdf_module.h). */
#include <config.h>

#include "render/pdf_module.h"

__attribute__((visibility("default")))
const struct pdf_module tuki_pdf_module = { PACKAGE_VERSION, pdf_helplines, pdf_steps,
	pdf_facts };
