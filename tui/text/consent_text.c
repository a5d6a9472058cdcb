#include <config.h>

#include "sys/i18n.h"
#include "text/consent_text.h"

const char *const consent_paragraphs[CONSENT_PARAGRAPHS] = {
	N_("Would you like tuki to remember your marks on this computer, so they "
	    "are here next time?"),
	N_("Only the marks are kept: which steps are done or do not apply, and when. "
	    "You can delete them at any time from the About page, or with "
	    "tuki --forget."),
	N_("If someone else uses this computer, you may prefer not to keep them."),
};
