/* Words about a contact's language, whole per language ("answers in Finnish"). */
#ifndef TUKI_TEXT_CONTACT_TEXT_H
#define TUKI_TEXT_CONTACT_TEXT_H

#include <stddef.h>

#include "model/content.h"

/* "answers in Finnish", "answers in Finnish and Swedish", ...: for a contact
 * shown to someone whose language it does not serve. */
const char *contact_answers_in(const struct helpline *h, const struct contact *k);

/* The current reader's page of a (model/contact_choice.h decides), with
 * " (in Finnish)" after it when the page is in another language; "" when a
 * has no page.  Returns out. */
const char *address_text(const struct web_address *a, char *out, size_t size);


#endif
