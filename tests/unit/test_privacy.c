/* privacy_lockdown(): no core dumps, and the process is not dumpable. */
#include <config.h>

#include <sys/prctl.h>
#include <sys/resource.h>

#include "../../tui/sys/privacy.h"
#include "test.h"

int
main(void)
{
	struct rlimit rl;

	privacy_lockdown();
	CHECK(getrlimit(RLIMIT_CORE, &rl) == 0);
	CHECK(rl.rlim_cur == 0 && rl.rlim_max == 0);
	CHECK(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0);
	TEST_DONE();
}
