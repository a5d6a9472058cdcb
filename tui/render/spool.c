#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "sys/i18n.h"
#include "model/utf8.h"
#include "render/print.h"
#include "render/spool.h"

extern char **environ;

/*
 * A4 is 595 x 842 points.  At 10 characters and 6 lines an inch, 72
 * columns take 518 points and 60 lines 720 points; the margins leave a
 * little more than that, so CUPS never wraps a line or breaks a page on
 * its own: tuki's form feeds decide.
 */
static const char *const lp_options[] = {
	"-o", "media=A4", "-o", "cpi=10", "-o", "lpi=6",
	"-o", "page-left=34", "-o", "page-right=34",
	"-o", "page-top=54", "-o", "page-bottom=54",
};

/* How long lp may take to accept a job before tuki gives up on it. */
enum { LP_TIME_LIMIT_MS = 15000 };

static long long
monotonic_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Writes all of text to fd while collecting what lp says on out_fd, until
 * lp closes its output or the time limit passes (then returns false). */
static bool
feed_and_collect(int in_fd, const char *text, size_t len, int out_fd, char *said, size_t size)
{
	size_t written = 0, got = 0;
	long long deadline = monotonic_ms() + LP_TIME_LIMIT_MS;
	bool in_time = true;

	fcntl(in_fd, F_SETFL, fcntl(in_fd, F_GETFL) | O_NONBLOCK);
	for (;;) {
		struct pollfd fds[2] = {
			{ .fd = written < len ? in_fd : -1, .events = POLLOUT },
			{ .fd = out_fd, .events = POLLIN },
		};

		long long left = deadline - monotonic_ms();
		int ready;

		if (left <= 0) {
			in_time = false;
			break;
		}
		ready = poll(fds, 2, (int)left);
		if (ready < 0 && errno == EINTR)
			continue;
		if (ready < 0)
			break;
		if (ready == 0) {
			in_time = false;
			break;
		}
		if (fds[0].revents & (POLLERR | POLLHUP)) {
			written = len;      /* lp stopped reading */
		} else if (fds[0].revents & POLLOUT) {
			ssize_t n = write(in_fd, text + written, len - written);

			if (n > 0)
				written += (size_t)n;
			else if (n < 0 && errno != EAGAIN && errno != EINTR)
				written = len;
		}
		if (written >= len && in_fd >= 0) {
			close(in_fd);
			in_fd = -1;
		}
		if (fds[1].revents & (POLLIN | POLLHUP)) {
			char tmp[512];
			ssize_t n = read(out_fd, tmp, sizeof tmp);

			if (n <= 0)
				break;
			if (got < size - 1) {
				size_t take = (size_t)n < size - 1 - got ? (size_t)n : size - 1 - got;

				memcpy(said + got, tmp, take);
				got += take;
			}
		}
	}
	if (in_fd >= 0)
		close(in_fd);
	said[got] = '\0';
	return in_time;
}

/* The first non-empty line of what lp said, cleaned for the screen. */
static void
first_line(const char *said, char *out, size_t size)
{
	char line[512];
	size_t n;

	while (*said == '\n')
		said++;
	n = strcspn(said, "\n");
	if (n >= sizeof line)
		n = sizeof line - 1;
	memcpy(line, said, n);
	line[n] = '\0';
	sanitize_text(line, out, size);
}

/* A PDF carries its own page geometry: only the paper size is said. */
static const char *const lp_pdf_options[] = { "-o", "media=A4" };

static int spool_with(const char *printer, const char *const *options, size_t noptions,
    const char *text, size_t len, struct tuki_error *err);

int
spool_print(const char *printer, const char *text, size_t len, struct tuki_error *err)
{
	return spool_with(printer, lp_options, sizeof lp_options / sizeof lp_options[0], text, len,
	    err);
}

int
spool_print_pdf(const char *printer, const char *pdf, size_t len, struct tuki_error *err)
{
	return spool_with(printer, lp_pdf_options, sizeof lp_pdf_options / sizeof lp_pdf_options[0],
	    pdf, len, err);
}

static int
spool_with(const char *printer, const char *const *options, size_t noptions, const char *text,
    size_t len, struct tuki_error *err)
{
	const char *argv[32];
	int argc = 0, to_lp[2], from_lp[2], status;
	posix_spawn_file_actions_t actions;
	pid_t pid;
	char said[4096], line[512];
	struct sigaction ignore = { .sa_handler = SIG_IGN }, old;
	bool in_time;

	argv[argc++] = "lp";
	if (printer != NULL) {
		argv[argc++] = "-d";
		argv[argc++] = printer;
	}
	/* A neutral title: the job list must not say what the paper is about. */
	argv[argc++] = "-t";
	argv[argc++] = "tuki";
	for (size_t i = 0; i < noptions; i++)
		argv[argc++] = options[i];
	argv[argc] = NULL;

	if (pipe2(to_lp, O_CLOEXEC) != 0 || pipe2(from_lp, O_CLOEXEC) != 0) {
		tuki_error_set(err, EXIT_UNAVAILABLE, _("Printing failed: %s"), strerror(errno));
		return EXIT_UNAVAILABLE;
	}
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_adddup2(&actions, to_lp[0], STDIN_FILENO);
	posix_spawn_file_actions_adddup2(&actions, from_lp[1], STDOUT_FILENO);
	posix_spawn_file_actions_adddup2(&actions, from_lp[1], STDERR_FILENO);
	status = posix_spawnp(&pid, "lp", &actions, NULL, (char *const *)argv, environ);
	posix_spawn_file_actions_destroy(&actions);
	close(to_lp[0]);
	close(from_lp[1]);
	if (status != 0) {
		close(to_lp[1]);
		close(from_lp[0]);
		if (status == ENOENT)
			tuki_error_set(err, EXIT_UNAVAILABLE,
			    _("Printing failed: the print command lp is not installed."));
		else
			tuki_error_set(err, EXIT_UNAVAILABLE, _("Printing failed: %s"), strerror(status));
		return EXIT_UNAVAILABLE;
	}
	/* A printer that goes away mid-job must not kill tuki with SIGPIPE. */
	sigaction(SIGPIPE, &ignore, &old);
	in_time = feed_and_collect(to_lp[1], text, len, from_lp[0], said, sizeof said);
	sigaction(SIGPIPE, &old, NULL);
	close(from_lp[0]);
	/* An lp stuck on a dead scheduler would otherwise hold tuki for ever. */
	if (!in_time)
		kill(pid, SIGKILL);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		continue;
	if (!in_time) {
		tuki_error_set(err, EXIT_UNAVAILABLE,
		    _("Printing failed: the printer did not answer in time, so the job was stopped."));
		return EXIT_UNAVAILABLE;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
		return 0;
	first_line(said, line, sizeof line);
	tuki_error_set(err, EXIT_UNAVAILABLE, _("Printing failed: %s"),
	    line[0] != '\0' ? line : _("the print command lp reported an error."));
	return EXIT_UNAVAILABLE;
}

/* Why a save failed, in the reader's language rather than strerror's. */
static void
save_error(struct tuki_error *err, const char *path, int error)
{
	switch (error) {
	case EEXIST:
		tuki_error_set(err, EXIT_NOINPUT,
		    _("A file called %s is already there, so nothing was saved. Please choose another name."),
		    path);
		break;
	case ENOSPC:
	case EDQUOT:
		tuki_error_set(err, EXIT_NOINPUT,
		    _("Could not save to %s: there is no room left on the disk."), path);
		break;
	case EACCES:
	case EPERM:
	case EROFS:
		tuki_error_set(err, EXIT_NOINPUT,
		    _("Could not save to %s: you do not have permission to write there."), path);
		break;
	case ENOENT:
	case ENOTDIR:
		tuki_error_set(err, EXIT_NOINPUT,
		    _("Could not save to %s: that folder does not exist."), path);
		break;
	default:
		tuki_error_set(err, EXIT_NOINPUT, _("Could not save to %s: %s"), path, strerror(error));
	}
}

/* O_EXCL: a person's existing file (or a FIFO or device under that name)
 * is never replaced; a half-written file is removed again. */
int
spool_save(const char *path, const char *text, size_t len, struct tuki_error *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	size_t done = 0;

	if (fd < 0) {
		save_error(err, path, errno);
		return -1;
	}
	while (done < len) {
		ssize_t n = write(fd, text + done, len - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			save_error(err, path, n < 0 ? errno : ENOSPC);
			close(fd);
			unlink(path);
			return -1;
		}
		done += (size_t)n;
	}
	if (fsync(fd) != 0 && errno != EINVAL) {
		save_error(err, path, errno);
		close(fd);
		unlink(path);
		return -1;
	}
	if (close(fd) != 0) {
		save_error(err, path, errno);
		unlink(path);
		return -1;
	}
	return 0;
}
