/*
 * Saved step marks: round trip with the right permissions, unknown ids
 * kept, a corrupt file moved aside (never dropped), an atomic write that
 * fails leaves the old file whole and no temp file, and forget removes
 * everything tuki wrote.
 */
#include <config.h>

#include <dirent.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../../tui/model/progress.h"
#include "test.h"

static char base[] = "/tmp/tuki-progress-XXXXXX";

static int
count_files(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		n += strncmp(e->d_name, prefix, strlen(prefix)) == 0;
	closedir(d);
	return n;
}

static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	fputs(text, f);
	fclose(f);
}

/* Two sessions that loaded the same file each save a mark of their own:
 * both marks are kept, and each session then sees the other's. */
static void
two_sessions(const char *dir, struct date today)
{
	struct progress a, b, q;
	struct tuki_error err = { 0 };

	progress_forget(dir, &err);
	CHECK(progress_load(&a, dir, NULL, 0) == PROGRESS_NONE);
	CHECK(progress_load(&b, dir, NULL, 0) == PROGRESS_NONE);
	progress_set(&a, "bank", STEP_DONE, today);
	CHECK(progress_save(&a, dir, NULL, 0, &err) == 0);
	progress_set(&b, "police-report", STEP_DONE, today);
	CHECK(progress_save(&b, dir, NULL, 0, &err) == 0);
	CHECK(progress_state(&b, "bank") == STEP_DONE);
	/* A later change in the first session keeps the second one's mark. */
	progress_set(&a, "bank", STEP_NOT_APPLICABLE, today);
	CHECK(progress_save(&a, dir, NULL, 0, &err) == 0);
	CHECK(progress_load(&q, dir, NULL, 0) == PROGRESS_LOADED);
	CHECK(progress_state(&q, "bank") == STEP_NOT_APPLICABLE);
	CHECK(progress_state(&q, "police-report") == STEP_DONE);
	progress_clear(&q);
	/* Forgotten elsewhere: only what this session changes comes back. */
	CHECK(progress_forget(dir, &err) == 1);
	progress_set(&b, "talk", STEP_DONE, today);
	CHECK(progress_save(&b, dir, NULL, 0, &err) == 0);
	CHECK(progress_load(&q, dir, NULL, 0) == PROGRESS_LOADED);
	CHECK(progress_state(&q, "talk") == STEP_DONE);
	CHECK(progress_state(&q, "police-report") == STEP_DONE);
	CHECK(progress_state(&q, "bank") == STEP_TO_DO);
	progress_clear(&q);
	progress_clear(&a);
	progress_clear(&b);
	progress_forget(dir, &err);
}

/* Two processes saving 40 marks each at the same time lose none (the lock). */
static void
two_writers_at_once(const char *dir, struct date today)
{
	struct progress q;
	struct tuki_error err = { 0 };
	pid_t pids[2];
	int lost = 0;

	for (int w = 0; w < 2; w++) {
		pids[w] = fork();
		if (pids[w] == 0) {
			struct progress mine = { 0 };

			for (int i = 0; i < 40; i++) {
				char id[32];

				snprintf(id, sizeof id, "writer%d-step%d", w, i);
				progress_set(&mine, id, STEP_DONE, today);
				if (progress_save(&mine, dir, NULL, 0, &err) != 0)
					_exit(1);
			}
			_exit(0);
		}
	}
	for (int w = 0; w < 2; w++) {
		int status;

		CHECK(waitpid(pids[w], &status, 0) == pids[w] && WIFEXITED(status) &&
		    WEXITSTATUS(status) == 0);
	}
	CHECK(progress_load(&q, dir, NULL, 0) == PROGRESS_LOADED);
	for (int w = 0; w < 2; w++)
		for (int i = 0; i < 40; i++) {
			char id[32];

			snprintf(id, sizeof id, "writer%d-step%d", w, i);
			lost += progress_state(&q, id) != STEP_DONE;
		}
	CHECK(lost == 0);
	progress_clear(&q);
	progress_forget(dir, &err);
}

int
main(void)
{
	struct progress p = { 0 }, q;
	struct tuki_error err = { 0 };
	struct date today = { 2026, 11, 22 };
	char dir[256], path[300], moved[512], *text;
	struct stat st;
	FILE *f;
	long size;

	if (mkdtemp(base) == NULL)
		return 99;
	snprintf(dir, sizeof dir, "%s/state/tuki", base);
	snprintf(path, sizeof path, "%s/progress.json", dir);

	/* The default directory follows XDG_STATE_HOME, then HOME. */
	setenv("XDG_STATE_HOME", "/x/state", 1);
	text = progress_dir();
	CHECK_STR(text, "/x/state/tuki");
	free(text);
	setenv("XDG_STATE_HOME", "relative", 1);
	setenv("HOME", "/home/someone", 1);
	text = progress_dir();
	CHECK_STR(text, "/home/someone/.local/state/tuki");
	free(text);
	unsetenv("XDG_STATE_HOME");
	unsetenv("HOME");
	CHECK(progress_dir() == NULL);

	/* Nothing saved yet. */
	CHECK(progress_load(&q, dir, NULL, 0) == PROGRESS_NONE);

	/* Round trip, 0700 directory, 0600 file, ids states and dates only. */
	progress_set(&p, "bank", STEP_DONE, today);
	progress_set(&p, "police", STEP_NOT_APPLICABLE, today);
	progress_set(&p, "removed-in-new-content", STEP_DONE, today);
	CHECK(progress_save(&p, dir, NULL, 0, &err) == 0);
	CHECK(stat(dir, &st) == 0 && (st.st_mode & 0777) == 0700);
	CHECK(stat(path, &st) == 0 && (st.st_mode & 0777) == 0600);
	CHECK(count_files(dir, "progress.json.tmp-") == 0);
	CHECK(progress_load(&q, dir, NULL, 0) == PROGRESS_LOADED);
	CHECK(q.n == 3);
	CHECK(progress_state(&q, "bank") == STEP_DONE);
	CHECK(progress_state(&q, "police") == STEP_NOT_APPLICABLE);
	CHECK(progress_state(&q, "removed-in-new-content") == STEP_DONE);
	CHECK(progress_state(&q, "never-marked") == STEP_TO_DO);
	CHECK(q.marks[0].date.year == 2026 && q.marks[0].date.day == 22);
	progress_clear(&q);
	f = fopen(path, "r");
	fseek(f, 0, SEEK_END);
	size = ftell(f);
	fclose(f);
	CHECK(size > 0 && size < 400);

	/* A write that fails (file size limit) keeps the old file and no temp file. */
	{
		struct rlimit small, old;

		/* Only the soft limit: lowering the hard one could not be undone. */
		getrlimit(RLIMIT_FSIZE, &old);
		small.rlim_cur = 8;
		small.rlim_max = old.rlim_max;
		signal(SIGXFSZ, SIG_IGN);
		setrlimit(RLIMIT_FSIZE, &small);
		progress_set(&p, "talk", STEP_DONE, today);
		memset(&err, 0, sizeof err);
		CHECK(progress_save(&p, dir, NULL, 0, &err) == -1);
		CHECK_HAS(err.message, "could not be saved");
		setrlimit(RLIMIT_FSIZE, &old);
		CHECK(count_files(dir, "progress.json.tmp-") == 0);
		CHECK(progress_load(&q, dir, NULL, 0) == PROGRESS_LOADED);
		CHECK(q.n == 3 && progress_state(&q, "talk") == STEP_TO_DO);
		progress_clear(&q);
	}

	/* Corrupt files are moved aside with the date in the name, never dropped. */
	{
		const char *bad[] = {
			"{\"version\": 1, \"steps\": {\"bank\": ",
			"\xff\xfe garbage",
			"[]",
			"{\"version\": 1, \"steps\": {\"bank\": {\"state\": \"finished\", \"date\": \"2026-01-01\"}}}",
			"{\"version\": 1, \"steps\": {\"Bad Id\": {\"state\": \"done\", \"date\": \"2026-01-01\"}}}",
			"{\"version\": 2, \"steps\": {}}",
			"",
		};

		for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
			write_file(path, bad[i]);
			CHECK(progress_load(&q, dir, moved, sizeof moved) == PROGRESS_MOVED_ASIDE);
			CHECK_HAS(moved, "progress.json.corrupt-");
			CHECK(q.n == 0);
			CHECK(access(path, F_OK) != 0);
			CHECK(access(moved, F_OK) == 0);
		}
		CHECK(count_files(dir, "progress.json.corrupt-") == 7);
	}

	/* Forget removes the file, the moved-aside copies, temp files, and the dir. */
	memset(&err, 0, sizeof err);
	CHECK(progress_save(&p, dir, NULL, 0, &err) == 0);
	if (err.status)
		fprintf(stderr, "%s\n", err.message);
	snprintf(path, sizeof path, "%s/progress.json.tmp-stale1", dir);
	write_file(path, "{}");
	memset(&err, 0, sizeof err);
	CHECK(progress_forget(dir, &err) == 9);
	CHECK(access(dir, F_OK) != 0);
	CHECK(progress_forget(dir, &err) == 0);

	/* Something else in the directory is left alone, and so is the directory. */
	CHECK(progress_save(&p, dir, NULL, 0, &err) == 0);
	snprintf(path, sizeof path, "%s/notes.txt", dir);
	write_file(path, "mine");
	CHECK(progress_forget(dir, &err) == 1);
	CHECK(access(path, F_OK) == 0);

	/* A file damaged during a session (QA M3): the save keeps every mark
	 * the session loaded, sets the damaged file aside and says where. */
	{
		struct progress s = { 0 };

		progress_clear(&p);
		progress_set(&p, "bank", STEP_DONE, today);
		progress_set(&p, "police", STEP_DONE, today);
		progress_set(&p, "diary", STEP_NOT_APPLICABLE, today);
		CHECK(progress_save(&p, dir, NULL, 0, &err) == 0);
		CHECK(progress_load(&s, dir, NULL, 0) == PROGRESS_LOADED);
		snprintf(path, sizeof path, "%s/progress.json", dir);
		write_file(path, "garbage{");
		progress_set(&s, "support", STEP_DONE, today);
		strcpy(moved, "not set");
		CHECK(progress_save(&s, dir, moved, sizeof moved, &err) == 0);
		CHECK_HAS(moved, "progress.json.corrupt-");
		CHECK(access(moved, F_OK) == 0);
		progress_clear(&s);
		CHECK(progress_load(&q, dir, NULL, 0) == PROGRESS_LOADED);
		CHECK(q.n == 4);
		CHECK(progress_state(&q, "bank") == STEP_DONE);
		CHECK(progress_state(&q, "police") == STEP_DONE);
		CHECK(progress_state(&q, "diary") == STEP_NOT_APPLICABLE);
		CHECK(progress_state(&q, "support") == STEP_DONE);
		/* A save with nothing set aside says so with "". */
		progress_set(&q, "talk", STEP_DONE, today);
		CHECK(progress_save(&q, dir, moved, sizeof moved, &err) == 0);
		CHECK_STR(moved, "");
		progress_clear(&q);
	}

	/* Temp files left by a killed save hold marks: the next save removes them (QA m3). */
	snprintf(path, sizeof path, "%s/progress.json.tmp-killed", dir);
	write_file(path, "{\"version\": 1, \"steps\": {}}");
	progress_set(&p, "bank", STEP_TO_DO, today);
	CHECK(progress_save(&p, dir, NULL, 0, &err) == 0);
	CHECK(count_files(dir, "progress.json.tmp-") == 0);

	/* Marks stay sorted by id whatever order they come in, so lookups are
	 * a binary search (QA m4). */
	{
		static const char *const ids[] = { "m", "c", "x", "a", "q", "b", "z" };

		progress_clear(&q);
		for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
			progress_set(&q, ids[i], STEP_DONE, today);
		CHECK(q.n == 7);
		for (size_t i = 1; i < q.n; i++)
			CHECK(strcmp(q.marks[i - 1].id, q.marks[i].id) < 0);
		for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
			CHECK(progress_state(&q, ids[i]) == STEP_DONE);
		CHECK(progress_state(&q, "d") == STEP_TO_DO);
		progress_clear(&q);
	}

	progress_clear(&p);
	two_sessions(dir, today);
	two_writers_at_once(dir, today);
	{
		char cmd[300];

		snprintf(cmd, sizeof cmd, "rm -rf '%s'", base);
		if (system(cmd) != 0)
			return 99;
	}
	TEST_DONE();
}
