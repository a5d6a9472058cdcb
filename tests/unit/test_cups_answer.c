/* What CUPS's tools say (in the C locale), read into tuki's outcomes. */
#include <config.h>

#include <locale.h>

#include "../../tui/render/cups_answer.h"
#include "test.h"

static const char all_well[] =
    "system default destination: desk\n"
    "printer desk is idle.  enabled since Sun Dec  6 20:02:40 2026\n"
    "printer hall disabled since Sun Dec  6 20:02:40 2026 -\n"
    "\tPaused\n"
    "desk accepting requests since Sun Dec  6 20:02:40 2026\n"
    "hall accepting requests since Sun Dec  6 20:02:40 2026\n"
    "deskjet not accepting requests since Sun Dec  6 20:02:40 2026 -\n"
    "\tRejecting Jobs\n";

int
main(void)
{
	char name[64], id[64];

	setlocale(LC_ALL, "C.UTF-8");
	/* A named printer: ready, paused, not accepting (a longer name is another queue). */
	CHECK(cups_printer_state(all_well, "desk", name, sizeof name) == PRINT_READY);
	CHECK_STR(name, "desk");
	CHECK(cups_printer_state(all_well, "hall", name, sizeof name) == PRINT_PAUSED);
	CHECK(cups_printer_state(all_well, "deskjet", name, sizeof name) == PRINT_NOT_ACCEPTING);
	CHECK(cups_printer_state(all_well, "desk/a4", name, sizeof name) == PRINT_READY);
	/* The default: resolved by name; none set is said so. */
	CHECK(cups_printer_state(all_well, NULL, name, sizeof name) == PRINT_READY);
	CHECK_STR(name, "desk");
	CHECK(cups_printer_state("no system default destination\nprinter x is idle.\n", NULL,
	    name, sizeof name) == PRINT_NO_DEFAULT);
	CHECK(cups_printer_state("lpstat: Scheduler is not running.\n", "desk", name,
	    sizeof name) == PRINT_NO_SCHEDULER);
	/* Not listed: perhaps a queue CUPS makes on demand, so lp decides. */
	CHECK(cups_printer_state(all_well, "elsewhere", name, sizeof name) == PRINT_READY);
	CHECK(!cups_printer_listed(all_well, "elsewhere"));
	CHECK(cups_printer_listed(all_well, "hall"));
	CHECK(!cups_printer_listed(all_well, "des"));

	/* lp's failures. */
	CHECK(cups_lp_failure("lp: Error - The printer or class does not exist.\n")
	    == PRINT_NO_SUCH_PRINTER);
	CHECK(cups_lp_failure("lp: Error - No default destination.\n") == PRINT_NO_DEFAULT);
	CHECK(cups_lp_failure("lp: Destination \"desk\" is not accepting jobs.\n")
	    == PRINT_NOT_ACCEPTING);
	CHECK(cups_lp_failure("lp: Unable to connect to server: No such file\n")
	    == PRINT_NO_SCHEDULER);
	CHECK(cups_lp_failure("lp: something new\n") == PRINT_FAILED);

	/* The job id, and whether lpstat -o still lists it. */
	CHECK(cups_job_id("request id is desk-42 (1 file(s))\n", id, sizeof id));
	CHECK_STR(id, "desk-42");
	CHECK(!cups_job_id("", id, sizeof id));
	CHECK(cups_job_listed("desk-41  root  1024  Sun\ndesk-42  root  1024  Sun\n", "desk-42"));
	CHECK(!cups_job_listed("desk-420  root  1024  Sun\n", "desk-42"));
	CHECK(!cups_job_listed("", "desk-42"));

	/* The reader's sentences (untranslated here): the kiosk adds staff to failures only. */
	{
		char text[512];

		CHECK_HAS(print_outcome_text(PRINT_PAUSED, "desk", true, text, sizeof text),
		    "the printer desk is paused");
		CHECK_HAS(text, "Please ask a member of staff.");
		print_outcome_text(PRINT_SENT, "desk", true, text, sizeof text);
		CHECK_STR(text, "Sent to the printer. It should come out in a moment.");
		print_outcome_text(PRINT_PAUSED, "desk", false, text, sizeof text);
		CHECK(strstr(text, "staff") == NULL);
	}
	TEST_DONE();
}
