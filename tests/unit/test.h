/* A minimal unit-test harness: each test binary exits 1 if any check failed. */
#ifndef TUKI_TEST_H
#define TUKI_TEST_H

#include <stdio.h>
#include <string.h>

static int test_failures;

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
		test_failures++; \
	} \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *got_ = (got), *want_ = (want); \
	if (got_ == NULL || strcmp(got_, want_) != 0) { \
		fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
		    got_ ? got_ : "(null)", want_); \
		test_failures++; \
	} \
} while (0)

/* got must contain want */
#define CHECK_HAS(got, want) do { \
	const char *got_ = (got), *want_ = (want); \
	if (got_ == NULL || strstr(got_, want_) == NULL) { \
		fprintf(stderr, "%s:%d: \"%s\" does not contain \"%s\"\n", __FILE__, __LINE__, \
		    got_ ? got_ : "(null)", want_); \
		test_failures++; \
	} \
} while (0)

#define TEST_DONE() do { \
	if (test_failures) \
		fprintf(stderr, "%d check(s) failed\n", test_failures); \
	return test_failures ? 1 : 0; \
} while (0)

#endif
