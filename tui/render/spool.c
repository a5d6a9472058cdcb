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
#include "model/clock.h"
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
feed_and_collect(struct spool_child *job, int wait_ms)
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

const char *
spool_tool(const char *name, char *path, size_t size)
{
	const char *dir = getenv("TUKI_CUPS_BINDIR");

	if (dir == NULL || dir[0] != '/')
		dir = CUPS_BINDIR;
	snprintf(path, size, "%s/%s", dir, name);
	return path;
}

/* The environment for a CUPS tool: tuki's, in the C locale, so what the
 * tool says can be read (the reader never sees it).  Free with free(). */
static char **
tool_environment(void)
{
	size_t n = 0, k = 0;
	char **env;

	while (environ[n] != NULL)
		n++;
	env = calloc(n + 2, sizeof *env);
	if (env == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (strncmp(environ[i], "LC_", 3) != 0 && strncmp(environ[i], "LANG=", 5) != 0
		    && strncmp(environ[i], "LANGUAGE=", 9) != 0)
			env[k++] = environ[i];
	env[k++] = (char *)"LC_ALL=C";
	env[k] = NULL;
	return env;
}

/* Starts a CUPS tool (argv[0] a name, run from spool_tool's directory) with
 * text on its stdin; 0 or an errno value. */
static int
child_start(struct spool_child *c, const char **argv, const char *text, size_t len)
{
	int to[2], from[2], status;
	posix_spawn_file_actions_t actions;
	posix_spawnattr_t attr;
	sigset_t defaults;
	char path[512];
	char **env;

	memset(c, 0, sizeof *c);
	c->to_fd = c->from_fd = -1;
	spool_tool(argv[0], path, sizeof path);
	if (pipe2(to, O_CLOEXEC) != 0)
		return errno;
	if (pipe2(from, O_CLOEXEC) != 0) {
		status = errno;
		close(to[0]);
		close(to[1]);
		return status;
	}
	env = tool_environment();
	posix_spawn_file_actions_init(&actions);
	posix_spawn_file_actions_adddup2(&actions, to[0], STDIN_FILENO);
	posix_spawn_file_actions_adddup2(&actions, from[1], STDOUT_FILENO);
	posix_spawn_file_actions_adddup2(&actions, from[1], STDERR_FILENO);
	/* Signals tuki ignores (PIPE, ALRM...) would stay ignored in the tool. */
	posix_spawnattr_init(&attr);
	sigfillset(&defaults);
	posix_spawnattr_setsigdefault(&attr, &defaults);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
	status = env == NULL ? ENOMEM
	    : posix_spawn(&c->pid, path, &actions, &attr, (char *const *)argv, env);
	posix_spawnattr_destroy(&attr);
	posix_spawn_file_actions_destroy(&actions);
	free(env);
	close(to[0]);
	close(from[1]);
	if (status != 0) {
		close(to[1]);
		close(from[0]);
		return status;
	}
	/* Neither end may ever block the program; SIGPIPE is ignored (term.c,
	 * and here for callers without a terminal), so a dead tool is EPIPE. */
	signal(SIGPIPE, SIG_IGN);
	fcntl(to[1], F_SETFL, fcntl(to[1], F_GETFL) | O_NONBLOCK);
	fcntl(from[0], F_SETFL, fcntl(from[0], F_GETFL) | O_NONBLOCK);
	c->to_fd = to[1];
	c->from_fd = from[0];
	c->text = text;
	c->len = len;
	if (len == 0) {
		close(c->to_fd);
		c->to_fd = -1;
	}
	c->deadline_ms = clock_monotonic_ms() + SPOOL_TIME_LIMIT_MS;
	c->running = true;
	return 0;
}

static void
child_close(struct spool_child *c)
{
	if (c->to_fd >= 0)
		close(c->to_fd);
	if (c->from_fd >= 0)
		close(c->from_fd);
	c->to_fd = c->from_fd = -1;
	c->running = false;
}

static void
child_kill(struct spool_child *c)
{
	int status;

	if (!c->running)
		return;
	kill(c->pid, SIGKILL);
	while (waitpid(c->pid, &status, 0) < 0 && errno == EINTR)
		continue;
	child_close(c);
}

/*
 * Moves the tool on for at most wait_ms.  True once it has ended, with
 * *exited_ok; a tool past its time limit is killed (*timed_out).
 */
static bool
child_poll(struct spool_child *c, int wait_ms, bool *exited_ok, bool *timed_out)
{
	long long left = c->deadline_ms - clock_monotonic_ms();
	int status;
	pid_t got;

	*exited_ok = *timed_out = false;
	if (!c->running)
		return false;
	if (left <= 0) {
		/* A tool stuck on a dead scheduler would otherwise hold tuki for ever. */
		child_kill(c);
		*timed_out = true;
		return true;
	}
	if (wait_ms < 0 || wait_ms > clock_wait_ms(left))
		wait_ms = (int)clock_wait_ms(left);
	if (c->from_fd >= 0 && feed_and_collect(c, wait_ms)) {
		close(c->from_fd);
		c->from_fd = -1;
		wait_ms = 0;
	}
	if (c->from_fd >= 0)
		return false;
	/* The tool has closed its output: it is ending, but not yet reaped. */
	got = waitpid(c->pid, &status, WNOHANG);
	if (got == 0) {
		if (wait_ms > 0)
			poll(NULL, 0, wait_ms < 50 ? wait_ms : 50);
		return false;
	}
	child_close(c);
	c->said[c->got] = '\0';
	*exited_ok = got > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
	return true;
}

/* "lpstat -d -p -a": the default destination and every queue's state. */
static int
start_check(struct spool_job *job)
{
	const char *argv[] = { "lpstat", "-d", "-p", "-a", NULL };

	job->step = SPOOL_CHECKING;
	return child_start(&job->child, argv, "", 0);
}

/* "lp [-d printer] -t tuki OPTIONS" with the document on its stdin. */
static int
start_lp(struct spool_job *job)
{
	const char *argv[32];
	const char *const *options = job->opts.pdf ? lp_pdf_options : lp_options;
	size_t noptions = job->opts.pdf ? sizeof lp_pdf_options / sizeof lp_pdf_options[0]
	    : sizeof lp_options / sizeof lp_options[0];
	int argc = 0;

	argv[argc++] = "lp";
	if (job->opts.printer != NULL) {
		argv[argc++] = "-d";
		argv[argc++] = job->opts.printer;
	}
	/* A neutral title: the job list must not say what the paper is about. */
	argv[argc++] = "-t";
	argv[argc++] = "tuki";
	for (size_t i = 0; i < noptions; i++)
		argv[argc++] = options[i];
	argv[argc] = NULL;
	job->step = SPOOL_SENDING;
	return child_start(&job->child, argv, job->text, job->len);
}

/* "lpstat -o QUEUE": the jobs not yet done (the queue is the id's head). */
static int
start_look(struct spool_job *job)
{
	char queue[256];
	const char *dash = strrchr(job->id, '-');
	const char *argv[] = { "lpstat", "-o", queue, NULL };

	snprintf(queue, sizeof queue, "%.*s",
	    (int)(dash != NULL ? (size_t)(dash - job->id) : strlen(job->id)), job->id);
	return child_start(&job->child, argv, "", 0);
}

static int
start_cancel(struct spool_job *job)
{
	const char *argv[] = { "cancel", job->id, NULL };

	job->step = SPOOL_CANCELLING;
	return child_start(&job->child, argv, "", 0);
}

/* The job has ended with outcome; the tool's words kept for stderr: from
 * lpstat's list, the lines about the printer. */
static bool
job_end(struct spool_job *job, enum print_outcome got, enum print_outcome *outcome)
{
	const char *said = job->child.said, *about;

	if (job->step == SPOOL_CHECKING && job->printer[0] != '\0'
	    && (about = strstr(said, job->printer)) != NULL) {
		while (about > said && about[-1] != '\n')
			about--;
		said = about;
	}
	if (got != PRINT_SENT && got != PRINT_PRINTED && got != PRINT_CANCELLED)
		first_line(said, job->raw, sizeof job->raw);
	job->step = SPOOL_IDLE;
	*outcome = got;
	return true;
}

/* The check said the printer takes jobs (or could not tell): send. */
static bool
send_now(struct spool_job *job, enum print_outcome *outcome)
{
	int error = start_lp(job);

	if (error == 0)
		return false;
	job->child.said[0] = '\0';
	return job_end(job, error == ENOENT ? PRINT_LP_MISSING : PRINT_FAILED, outcome);
}

bool
spool_poll(struct spool_job *job, int wait_ms, enum print_outcome *outcome)
{
	bool ok, timed_out;
	long long now;

	if (job->step == SPOOL_IDLE)
		return false;
	if (job->step == SPOOL_FOLLOWING && !job->child.running) {
		now = clock_monotonic_ms();
		if (now < job->next_look_ms) {
			long long left = clock_wait_ms(job->next_look_ms - now);

			if (wait_ms != 0)
				poll(NULL, 0, wait_ms < 0 || wait_ms > left ? (int)left : wait_ms);
			return false;
		}
		if (now >= job->follow_until_ms) {
			if (!job->opts.cancel_late || start_cancel(job) != 0)
				job->step = SPOOL_IDLE;     /* it stays sent */
			return false;
		}
		if (start_look(job) != 0) {
			job->step = SPOOL_IDLE;
			return false;
		}
	}
	if (!child_poll(&job->child, wait_ms, &ok, &timed_out))
		return false;
	switch (job->step) {
	case SPOOL_CHECKING:
		if (timed_out)
			return job_end(job, PRINT_NO_ANSWER, outcome);
		{
			enum print_outcome state = cups_printer_state(job->child.said, job->opts.printer,
			    job->printer, sizeof job->printer);

			if (state != PRINT_READY)
				return job_end(job, state, outcome);
		}
		return send_now(job, outcome);
	case SPOOL_SENDING:
		if (timed_out)
			return job_end(job, PRINT_NO_ANSWER, outcome);
		if (!ok)
			return job_end(job, cups_lp_failure(job->child.said), outcome);
		if (job->opts.follow && cups_job_id(job->child.said, job->id, sizeof job->id)) {
			job->step = SPOOL_FOLLOWING;
			now = clock_monotonic_ms();
			job->follow_until_ms = now + SPOOL_FOLLOW_MS;
			job->next_look_ms = now + SPOOL_LOOK_EVERY_MS;
			*outcome = PRINT_SENT;
			return true;
		}
		return job_end(job, PRINT_SENT, outcome);
	case SPOOL_FOLLOWING:
		if (ok && !cups_job_listed(job->child.said, job->id))
			return job_end(job, PRINT_PRINTED, outcome);
		job->next_look_ms = clock_monotonic_ms() + SPOOL_LOOK_EVERY_MS;
		return false;
	case SPOOL_CANCELLING:
		if (ok)
			return job_end(job, PRINT_CANCELLED, outcome);
		job->step = SPOOL_IDLE;     /* perhaps it printed just now */
		return false;
	default:
		return false;
	}
}

bool
spool_busy(const struct spool_job *job)
{
	return job->step != SPOOL_IDLE;
}

enum print_outcome
spool_start(struct spool_job *job, const struct spool_options *opts, const char *text,
    size_t len)
{
	enum print_outcome outcome = PRINT_READY;
	int error;

	memset(job, 0, sizeof *job);
	job->child.to_fd = job->child.from_fd = -1;
	job->opts = *opts;
	job->text = text;
	job->len = len;
	if (opts->printer != NULL)
		snprintf(job->printer, sizeof job->printer, "%s", opts->printer);
	error = start_check(job);
	/* Without lpstat tuki cannot ask first: lp has the last word. */
	if (error != 0 && send_now(job, &outcome))
		return outcome;
	return PRINT_READY;
}

void
spool_abandon(struct spool_job *job, bool stop)
{
	int status;

	if (job->step == SPOOL_FOLLOWING && job->opts.cancel_late) {
		/* A kiosk that ends leaves no job waiting for the next visitor. */
		child_kill(&job->child);
		if (start_cancel(job) == 0) {
			bool ok, timed_out;

			job->child.deadline_ms = clock_monotonic_ms() + 2000;
			while (!child_poll(&job->child, -1, &ok, &timed_out))
				continue;
		}
	} else if (job->child.running) {
		/* Half a job is worse than none; a whole one may finish on its own. */
		if (stop || job->step != SPOOL_SENDING || job->child.written < job->child.len) {
			child_kill(&job->child);
		} else {
			waitpid(job->child.pid, &status, WNOHANG);
			child_close(&job->child);
		}
	}
	job->step = SPOOL_IDLE;
}

enum print_outcome
spool_print(const struct spool_options *opts, const char *text, size_t len, char *printer,
    size_t printer_size, char *raw, size_t raw_size)
{
	struct spool_job job;
	struct spool_options once = *opts;
	enum print_outcome outcome;

	once.follow = once.cancel_late = false;
	outcome = spool_start(&job, &once, text, len);
	if (outcome == PRINT_READY)
		while (!spool_poll(&job, -1, &outcome))
			continue;
	snprintf(printer, printer_size, "%s", job.printer);
	snprintf(raw, raw_size, "%s", job.raw);
	return outcome;
}

enum print_outcome
spool_check(const char *printer, char *raw, size_t raw_size)
{
	struct spool_job job;
	bool ok, timed_out;
	enum print_outcome outcome;

	memset(&job, 0, sizeof job);
	raw[0] = '\0';
	if (start_check(&job) != 0)
		return PRINT_READY;
	while (!child_poll(&job.child, -1, &ok, &timed_out))
		continue;
	if (timed_out)
		return PRINT_NO_ANSWER;
	snprintf(job.printer, sizeof job.printer, "%s", printer);
	outcome = cups_printer_state(job.child.said, printer, job.printer, sizeof job.printer);
	if (outcome == PRINT_READY && !cups_printer_listed(job.child.said, printer))
		outcome = PRINT_NO_SUCH_PRINTER;
	if (outcome != PRINT_READY)
		job_end(&job, outcome, &outcome);
	snprintf(raw, raw_size, "%s", job.raw);
	return outcome;
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
		tuki_error_set(err, EXIT_NOINPUT, _("Could not save to %s: %s"), path,
		    error_reason(error));
		tuki_error_raw(err, strerror(error));
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
