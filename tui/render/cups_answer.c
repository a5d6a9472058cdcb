#include <config.h>

#include <stdio.h>
#include <string.h>

#include "sys/i18n.h"
#include "render/cups_answer.h"

/* Whether line (up to its newline) contains needle. */
static bool
line_has(const char *line, const char *needle)
{
	const char *end = strchr(line, '\n');
	const char *hit = strstr(line, needle);

	return hit != NULL && (end == NULL || hit < end);
}

/* The next line, or NULL after the last. */
static const char *
next_line(const char *line)
{
	const char *nl = strchr(line, '\n');

	return nl != NULL && nl[1] != '\0' ? nl + 1 : NULL;
}

/* Whether line starts with word followed by a blank (a whole name). */
static bool
starts_with_name(const char *line, const char *word)
{
	size_t n = strlen(word);

	return n > 0 && strncmp(line, word, n) == 0 && (line[n] == ' ' || line[n] == '\t');
}

static bool
says(const char *said, const char *needle)
{
	return strstr(said, needle) != NULL;
}

static enum print_outcome
scheduler_failure(const char *said)
{
	if (says(said, "Scheduler is not running") || says(said, "Unable to connect to server")
	    || says(said, "Connection refused"))
		return PRINT_NO_SCHEDULER;
	return PRINT_READY;
}

enum print_outcome
cups_printer_state(const char *said, const char *printer, char *name, size_t size)
{
	char queue[256];
	size_t n;

	if (scheduler_failure(said) != PRINT_READY)
		return PRINT_NO_SCHEDULER;
	if (printer == NULL) {
		const char *d = strstr(said, "system default destination: ");

		if (d == NULL)
			return says(said, "no system default destination") ? PRINT_NO_DEFAULT
			    : PRINT_READY;
		d += strlen("system default destination: ");
		n = strcspn(d, "\n");
		snprintf(name, size, "%.*s", (int)n, d);
		printer = name;
	} else {
		snprintf(name, size, "%s", printer);
	}
	/* "queue/instance" is a set of options on queue. */
	n = strcspn(printer, "/");
	snprintf(queue, sizeof queue, "%.*s", (int)n, printer);
	/* A queue lpstat does not list may be one CUPS makes on demand: lp decides. */
	for (const char *line = said; line != NULL; line = next_line(line)) {
		if (strncmp(line, "printer ", 8) == 0 && starts_with_name(line + 8, queue)) {
			if (line_has(line, " disabled since"))
				return PRINT_PAUSED;
		} else if (starts_with_name(line, queue) && line_has(line, " not accepting requests")) {
			return PRINT_NOT_ACCEPTING;
		}
	}
	return PRINT_READY;
}

bool
cups_printer_listed(const char *said, const char *printer)
{
	char queue[256];

	snprintf(queue, sizeof queue, "%.*s", (int)strcspn(printer, "/"), printer);
	for (const char *line = said; line != NULL; line = next_line(line))
		if (strncmp(line, "printer ", 8) == 0 && starts_with_name(line + 8, queue))
			return true;
	return false;
}

enum print_outcome
cups_lp_failure(const char *said)
{
	if (scheduler_failure(said) != PRINT_READY)
		return PRINT_NO_SCHEDULER;
	if (says(said, "does not exist") || says(said, "Invalid destination")
	    || says(said, "Unknown destination") || says(said, "not found"))
		return PRINT_NO_SUCH_PRINTER;
	if (says(said, "No default destination"))
		return PRINT_NO_DEFAULT;
	if (says(said, "not accepting jobs"))
		return PRINT_NOT_ACCEPTING;
	if (says(said, "canceled") || says(said, "cancelled"))
		return PRINT_CANCELLED;
	return PRINT_FAILED;
}

bool
cups_job_id(const char *said, char *id, size_t size)
{
	const char *at = strstr(said, "request id is ");
	size_t n;

	if (at == NULL)
		return false;
	at += strlen("request id is ");
	n = strcspn(at, " \n");
	if (n == 0 || n >= size)
		return false;
	snprintf(id, size, "%.*s", (int)n, at);
	return true;
}

bool
cups_job_listed(const char *said, const char *id)
{
	for (const char *line = said; line != NULL; line = next_line(line))
		if (starts_with_name(line, id))
			return true;
	return false;
}

/* The sentence, without the kiosk's addition. */
static void
sentence(enum print_outcome outcome, const char *printer, char *buf, size_t size)
{
	switch (outcome) {
	case PRINT_READY:
	case PRINT_SENT:
		snprintf(buf, size, "%s", _("Sent to the printer. It should come out in a moment."));
		break;
	case PRINT_PRINTED:
		snprintf(buf, size, "%s", _("Printed. Please collect it from the printer."));
		break;
	case PRINT_NO_SUCH_PRINTER:
		if (printer != NULL)
			/* TRANSLATORS: %s is the printer's name as CUPS knows it. */
			snprintf(buf, size, _("Nothing was printed: there is no printer called %s "
			    "on this computer."), printer);
		else
			snprintf(buf, size, "%s", _("Nothing was printed: the printer was not found "
			    "on this computer."));
		break;
	case PRINT_NO_DEFAULT:
		snprintf(buf, size, "%s", _("Nothing was printed: no printer has been chosen as "
		    "the usual one on this computer."));
		break;
	case PRINT_PAUSED:
		if (printer != NULL)
			snprintf(buf, size, _("Nothing was printed: the printer %s is paused at the "
			    "moment."), printer);
		else
			snprintf(buf, size, "%s", _("Nothing was printed: the printer is paused at "
			    "the moment."));
		break;
	case PRINT_NOT_ACCEPTING:
		if (printer != NULL)
			snprintf(buf, size, _("Nothing was printed: the printer %s is not taking new "
			    "jobs at the moment."), printer);
		else
			snprintf(buf, size, "%s", _("Nothing was printed: the printer is not taking "
			    "new jobs at the moment."));
		break;
	case PRINT_NO_SCHEDULER:
		snprintf(buf, size, "%s", _("Nothing was printed: the printing service on this "
		    "computer is not running."));
		break;
	case PRINT_LP_MISSING:
		snprintf(buf, size, "%s", _("Printing failed: the print command lp is not installed."));
		break;
	case PRINT_CANCELLED:
		snprintf(buf, size, "%s", _("The printer did not print it in time, so the job was "
		    "cancelled. Nothing is left waiting at the printer."));
		break;
	case PRINT_NO_ANSWER:
		snprintf(buf, size, "%s", _("Printing failed: the printer did not answer in time, "
		    "so the job was stopped."));
		break;
	case PRINT_BUSY:
		snprintf(buf, size, "%s", _("The printer is still busy with the last job. Please "
		    "try again in a moment."));
		break;
	case PRINT_FAILED:
	default:
		snprintf(buf, size, "%s", _("Nothing was printed: the printer refused the job."));
		break;
	}
}

const char *
print_outcome_text(enum print_outcome outcome, const char *printer, bool kiosk, char *buf,
    size_t size)
{
	sentence(outcome, printer, buf, size);
	if (kiosk && outcome != PRINT_SENT && outcome != PRINT_PRINTED && outcome != PRINT_READY
	    && outcome != PRINT_BUSY) {
		size_t n = strlen(buf);

		snprintf(buf + n, size - n, " %s", _("Please ask a member of staff."));
	}
	return buf;
}
