#include <config.h>

#include <sys/resource.h>
#ifdef HAVE_SYS_PRCTL_H
#include <sys/prctl.h>
#endif

#include "sys/privacy.h"

void
privacy_lockdown(void)
{
	struct rlimit none = { 0, 0 };

	/* A core file would hold whatever the person was reading. */
	setrlimit(RLIMIT_CORE, &none);
#ifdef HAVE_SYS_PRCTL_H
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}
