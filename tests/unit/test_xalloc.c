/* One out-of-memory policy (the handler runs; by default the calm line and exit 70), and no silent cut of an error message. */
#include <config.h>

#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "model/arena.h"
#include "model/error.h"
#include "model/xalloc.h"
#include "test.h"

static jmp_buf back;
static int handled;

static void
handler(void)
{
	handled++;
	longjmp(back, 1);
}

/* An overflowing size fails the same way as a refused malloc, without asking for it. */
static int
fails(int which)
{
	handled = 0;
	xalloc_set_handler(handler);
	if (setjmp(back) == 0) {
		if (which == 0)
			(void)xcalloc(SIZE_MAX / 2, 4);
		else
			(void)xreallocarray(NULL, SIZE_MAX / 2, 4);
	}
	xalloc_set_handler(NULL);
	return handled;
}

/* The arena: text packed byte by byte, everything else still aligned for
 * any type, zeroed where asked, across blocks and for oversize requests. */
static void
check_arena(void)
{
	struct arena a = { 0 };
	char *s, *t;
	int aligned = 1, zeroed = 1;

	for (int i = 0; i < 20000; i++) {
		size_t n = (size_t)(i % 37);
		unsigned char *z;

		s = arena_alloc_bytes(&a, n + 1);
		memset(s, 'x', n);
		s[n] = '\0';
		z = arena_alloc(&a, 8 + (size_t)(i % 50));
		aligned &= (uintptr_t)z % _Alignof(max_align_t) == 0;
		for (int k = 0; k < 8 + i % 50; k++)
			zeroed &= z[k] == 0;
		memset(z, 0xff, 8 + (size_t)(i % 50));
	}
	CHECK(aligned && zeroed);
	s = arena_strdup(&a, "abc");
	t = arena_strdup(&a, "de");
	CHECK(t == s + 4);                  /* no padding between texts */
	CHECK(strcmp(s, "abc") == 0 && strcmp(t, "de") == 0);
	s = arena_alloc_bytes(&a, 200000);  /* larger than a block */
	memset(s, 1, 200000);
	CHECK((uintptr_t)arena_alloc_raw(&a, 1) % _Alignof(max_align_t) == 0);
	arena_free(&a);
}

int
main(void)
{
	int fds[2], status;
	pid_t pid;
	char said[512] = "";
	ssize_t n;
	char *s;

	CHECK(fails(0) == 1);
	CHECK(fails(1) == 1);

	{
		/* The growable array: room for arr[n], doubling from first. */
		int *arr = NULL;
		size_t i, cap = 0;

		for (i = 0; i < 100; i++) {
			XGROW(arr, i, cap, 4);
			arr[i] = (int)i;
		}
		CHECK(cap == 128);
		CHECK(arr[99] == 99);
		CHECK(xgrow(arr, 5, &cap, 4, sizeof *arr) == arr && cap == 128);
		free(arr);
	}

	s = xasprintf("%s-%d", "a long line", 42);
	CHECK(strcmp(s, "a long line-42") == 0);
	free(s);
	s = xmalloc(0);         /* never NULL, even for nothing */
	CHECK(s != NULL);
	free(s);

	{
		/* An error longer than its buffer ends with an ellipsis, never silently. */
		struct tuki_error err = { 0 };
		char *path = xmalloc(3000);

		memset(path, 'p', 2999);
		path[2999] = '\0';
		tuki_error_set(&err, 66, "%s: cannot be read", path);
		CHECK(strlen(err.message) == sizeof err.message - 1);
		CHECK(strcmp(err.message + strlen(err.message) - 3, "\xe2\x80\xa6") == 0);
		free(path);
	}

	/* The default: a calm line on stderr and status 70. */
	CHECK(pipe(fds) == 0);
	pid = fork();
	if (pid == 0) {
		dup2(fds[1], STDERR_FILENO);
		(void)xcalloc(SIZE_MAX / 2, 4);
		_exit(0);
	}
	close(fds[1]);
	n = read(fds[0], said, sizeof said - 1);
	said[n > 0 ? n : 0] = '\0';
	close(fds[0]);
	waitpid(pid, &status, 0);
	CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 70);
	CHECK(strstr(said, "run out of memory") != NULL);
	check_arena();
	TEST_DONE();
}
