/* The timers' clock: TUKI_TIME_SCALE speeds it up for tests, within 1..100. */
#include <config.h>

#include <stdlib.h>
#include <time.h>

#include "../../tui/model/clock.h"
#include "test.h"

static int
scale_of(const char *value)
{
	if (value == NULL)
		unsetenv("TUKI_TIME_SCALE");
	else
		setenv("TUKI_TIME_SCALE", value, 1);
	return clock_time_scale();
}

int
main(void)
{
	long long r0, s0, s1, r1;
	struct timespec nap = { 0, 50 * 1000000L };

	/* Only whole numbers from 1 to 100 count; anything else is real time. */
	CHECK(scale_of(NULL) == 1);
	CHECK(scale_of("") == 1);
	CHECK(scale_of("10") == 10);
	CHECK(scale_of("100") == 100);
	CHECK(scale_of("101") == 1);
	CHECK(scale_of("0") == 1);
	CHECK(scale_of("-5") == 1);
	CHECK(scale_of("2.5") == 1);
	CHECK(scale_of("ten") == 1);

	/* Waits come back in real milliseconds, rounded up, never 0 for a wait. */
	scale_of("10");
	CHECK(clock_wait_ms(60000) == 6000);
	CHECK(clock_wait_ms(1) == 1);
	CHECK(clock_wait_ms(0) == 0);
	CHECK(clock_wait_ms(-40) == 0);
	scale_of(NULL);
	CHECK(clock_wait_ms(250) == 250);

	/* At 10 the timers' clock moves ten real milliseconds' worth for each
	 * one; bounded on both sides by real readings taken around it. */
	scale_of("10");
	r0 = clock_real_ms();
	s0 = clock_monotonic_ms();
	nanosleep(&nap, NULL);
	s1 = clock_monotonic_ms();
	r1 = clock_real_ms();
	CHECK(s1 - s0 >= 10 * 50 - 10);
	CHECK(s1 - s0 <= 10 * (r1 - r0) + 10);
	scale_of(NULL);
	r0 = clock_real_ms();
	s0 = clock_monotonic_ms();
	nanosleep(&nap, NULL);
	s1 = clock_monotonic_ms();
	r1 = clock_real_ms();
	CHECK(s1 - s0 >= 50 - 1 && s1 - s0 <= r1 - r0 + 1);
	TEST_DONE();
}
