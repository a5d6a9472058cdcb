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
#include "model/clock.h"
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

/* Feeds lp and collects what it says for at most wait_ms (-1: until
 * something happens); true once lp has closed its output. */
static bool
feed_and_collect(struct spool_job *job, int wait_ms)
{
	struct pollfd fds[2] = {
		{ .fd = job->written < job->len ? job->to_fd : -1, .events = POLLOUT },
		{ .fd = job->from_fd, .events = POLLIN },
	};
	int ready = poll(fds, 2, wait_ms);

	/* EINTR (a resize, say) is not the end of the job: the caller polls again. */
	if (ready <= 0)
		return false;
	if (fds[0].revents & (POLLERR | POLLHUP)) {
		job->written = job->len;      /* lp stopped reading */
	} else if (fds[0].revents & POLLOUT) {
		ssize_t n = write(job->to_fd, job->text + job->written, job->len - job->written);

		if (n > 0)
			job->written += (size_t)n;
		else if (n < 0 && errno != EAGAIN && errno != EINTR)
			job->written = job->len;
	}
	if (job->written >= job->len && job->to_fd >= 0) {
		close(job->to_fd);
		job->to_fd = -1;
	}
	if (fds[1].revents & (POLLIN | POLLHUP)) {
		char tmp[512];
		ssize_t n = read(job->from_fd, tmp, sizeof tmp);

		if (n < 0 && (errno == EINTR || errno == EAGAIN))
			return false;
		if (n <= 0)
			return true;
		if (job->got < sizeof job->said - 1) {
			size_t room = sizeof job->said - 1 - job->got;
			size_t take = (size_t)n < room ? (size_t)n : room;

			memcpy(job->said + job->got, tmp, take);
			job->got += take;
		}
	}
	return false;
}

/* Length of the escape sequence at s (ESC or a C1 introducer), so that a
 * whole CSI or OSC sequence is dropped, not only its ESC byte. */
static size_t
escape_length(const unsigned char *s)
{
	size_t i;
	bool csi, string;

	if (s[0] == 0x1b) {
		if (s[1] == '\0')
			return 1;
		csi = s[1] == '[';
		string = s[1] == ']' || s[1] == 'P' || s[1] == '_' || s[1] == '^' || s[1] == 'X';
		i = 2;
		if (!csi && !string)
			return 2;
	} else if (s[0] == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f) {
		csi = s[1] == 0x9b;
		string = s[1] == 0x9d || s[1] == 0x90 || s[1] == 0x9f || s[1] == 0x9e || s[1] == 0x98;
		i = 2;
		if (!csi && !string)
			return 2;
	} else {
		return 0;
	}
	for (; s[i] != '\0' && s[i] != '\n'; i++) {
		if (csi && s[i] >= 0x40 && s[i] <= 0x7e)
			return i + 1;
		if (!csi && s[i] == 0x07)
			return i + 1;
		if (!csi && s[i] == 0x1b && s[i + 1] == '\\')
			return i + 2;
		if (!csi && s[i] == 0xc2 && s[i + 1] == 0x9c)
			return i + 2;
	}
	return i;
}

/* The first non-empty line of what lp said, cleaned for the screen:
 * escape sequences dropped whole, then the usual sanitizing. */
static void
first_line(const char *said, char *out, size_t size)
{
	char line[512];
	size_t n = 0;

	while (*said == '\n')
		said++;
	while (*said != '\0' && *said != '\n' && n < sizeof line - 1) {
		size_t skip = escape_length((const unsigned char *)said);

		if (skip > 0) {
			said += skip;
			continue;
		}
		line[n++] = *said++;
	}
	line[n] = '\0';
	sanitize_text(line, out, size);
}

/* A PDF carries its own page geometry: only the paper size is said. */
static const char *const lp_pdf_options[] = { "-o", "media=A4" };

/* Starts "lp [-d printer] -t tuki OPTIONS" with text on its stdin. */
static int
start_with(struct spool_job *job, const char *printer, const char *const *options,
    size_t noptions, const char *text, size_t len, struct tuki_error *err)
{
	const char *argv[32];
	int argc = 0, to_lp[2], from_lp[2], status;
	posix_spawn_file_actions_t actions;
	posix_spawnattr_t attr;
	sigset_t defaults;

	memset(job, 0, sizeof *job);
	job->to_fd = job->from_fd = -1;
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

	if (pipe2(to_lp, O_CLOEXEC) != 0)
		goto failed;
	if (pipe2(from_lp, O_CLOEXEC) != 0) {
		close(to_lp[0]);
		close(to_lp[1]);
		goto failed;
	}
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_adddup2(&actions, to_lp[0], STDIN_FILENO);
	posix_spawn_file_actions_adddup2(&actions, from_lp[1], STDOUT_FILENO);
	posix_spawn_file_actions_adddup2(&actions, from_lp[1], STDERR_FILENO);
	/* Signals tuki ignores (PIPE, ALRM...) would stay ignored in lp. */
	posix_spawnattr_init(&attr);
	sigfillset(&defaults);
	posix_spawnattr_setsigdefault(&attr, &defaults);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
	status = posix_spawnp(&job->pid, "lp", &actions, &attr, (char *const *)argv, environ);
	posix_spawnattr_destroy(&attr);
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
	/* Neither end may ever block the program; SIGPIPE is ignored (term.c,
	 * and here for callers without a terminal), so a dead lp is EPIPE. */
	signal(SIGPIPE, SIG_IGN);
	fcntl(to_lp[1], F_SETFL, fcntl(to_lp[1], F_GETFL) | O_NONBLOCK);
	fcntl(from_lp[0], F_SETFL, fcntl(from_lp[0], F_GETFL) | O_NONBLOCK);
	job->to_fd = to_lp[1];
	job->from_fd = from_lp[0];
	job->text = text;
	job->len = len;
	job->deadline_ms = clock_monotonic_ms() + SPOOL_TIME_LIMIT_MS;
	job->running = true;
	return 0;

failed:
	tuki_error_set(err, EXIT_UNAVAILABLE, _("Printing failed: %s"), strerror(errno));
	return EXIT_UNAVAILABLE;
}

static void
close_job(struct spool_job *job)
{
	if (job->to_fd >= 0)
		close(job->to_fd);
	if (job->from_fd >= 0)
		close(job->from_fd);
	job->to_fd = job->from_fd = -1;
	job->running = false;
}

bool
spool_poll(struct spool_job *job, int wait_ms, int *result, struct tuki_error *err)
{
	/* On the timers' clock, so a test can shorten the limit (TUKI_TIME_SCALE). */
	long long left = job->deadline_ms - clock_monotonic_ms();
	int status;
	pid_t got;

	if (!job->running)
		return false;
	if (left <= 0) {
		/* An lp stuck on a dead scheduler would otherwise hold tuki for ever. */
		kill(job->pid, SIGKILL);
		while (waitpid(job->pid, &status, 0) < 0 && errno == EINTR)
			continue;
		close_job(job);
		tuki_error_set(err, EXIT_UNAVAILABLE,
		    _("Printing failed: the printer did not answer in time, so the job was stopped."));
		*result = EXIT_UNAVAILABLE;
		return true;
	}
	if (wait_ms < 0 || wait_ms > clock_wait_ms(left))
		wait_ms = (int)clock_wait_ms(left);
	if (job->from_fd >= 0 && feed_and_collect(job, wait_ms)) {
		close(job->from_fd);
		job->from_fd = -1;
		wait_ms = 0;
	}
	if (job->from_fd >= 0)
		return false;
	/* lp has closed its output: it is ending, but not yet reaped. */
	got = waitpid(job->pid, &status, WNOHANG);
	if (got == 0) {
		if (wait_ms > 0)
			poll(NULL, 0, wait_ms < 50 ? wait_ms : 50);
		return false;
	}
	if (got < 0)
		status = 0x7f00;    /* not an exit 0 */
	close_job(job);
	job->said[job->got] = '\0';
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		*result = 0;
		return true;
	}
	{
		char line[512];

		first_line(job->said, line, sizeof line);
		tuki_error_set(err, EXIT_UNAVAILABLE, _("Printing failed: %s"),
		    line[0] != '\0' ? line : _("the print command lp reported an error."));
	}
	*result = EXIT_UNAVAILABLE;
	return true;
}

void
spool_abandon(struct spool_job *job, bool stop)
{
	int status;

	if (!job->running)
		return;
	/* Half a job is worse than none; a whole one may finish on its own. */
	if (stop || job->written < job->len) {
		kill(job->pid, SIGKILL);
		while (waitpid(job->pid, &status, 0) < 0 && errno == EINTR)
			continue;
	} else {
		waitpid(job->pid, &status, WNOHANG);
	}
	close_job(job);
}

int
spool_start(struct spool_job *job, const char *printer, const char *text, size_t len,
    struct tuki_error *err)
{
	return start_with(job, printer, lp_options, sizeof lp_options / sizeof lp_options[0],
	    text, len, err);
}

int
spool_start_pdf(struct spool_job *job, const char *printer, const char *pdf, size_t len,
    struct tuki_error *err)
{
	return start_with(job, printer, lp_pdf_options,
	    sizeof lp_pdf_options / sizeof lp_pdf_options[0], pdf, len, err);
}

/* The command line waits: the job to its end, within the time limit. */
static int
run_to_end(struct spool_job *job, struct tuki_error *err)
{
	int result;

	while (!spool_poll(job, -1, &result, err))
		continue;
	return result;
}

int
spool_print(const char *printer, const char *text, size_t len, struct tuki_error *err)
{
	struct spool_job job;
	int result = spool_start(&job, printer, text, len, err);

	return result != 0 ? result : run_to_end(&job, err);
}

int
spool_print_pdf(const char *printer, const char *pdf, size_t len, struct tuki_error *err)
{
	struct spool_job job;
	int result = spool_start_pdf(&job, printer, pdf, len, err);

	return result != 0 ? result : run_to_end(&job, err);
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
	case ELOOP:         /* a folder on the way is a link that goes round in circles */
		tuki_error_set(err, EXIT_NOINPUT,
		    _("Could not save to %s: that folder does not exist."), path);
		break;
	case ENAMETOOLONG:
		tuki_error_set(err, EXIT_NOINPUT,
		    _("Could not save to %s: the name is too long. Please choose a shorter one."),
		    path);
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
