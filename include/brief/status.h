/* status.h - the reader's status line (status.c). */
#ifndef BRIEF_STATUS_H
#define BRIEF_STATUS_H

#include "brief/app.h"

void status_draw(struct app *a);

#endif
