/* civil.h - day numbers of the proleptic Gregorian calendar, so date
 * arithmetic (weekdays, weeks, days apart) is integer arithmetic. */
#ifndef BRIEF_CIVIL_H
#define BRIEF_CIVIL_H

/* Days since 1970-01-01 (Howard Hinnant's algorithm). */
long civil_days(int y, int m, int d);

/* The inverse of civil_days. */
void civil_from_days(long z, int *y, int *m, int *d);

/* Days of a stored date, "YYYY", "YYYY-MM" or "YYYY-MM-DD" (its first
 * day), or -1 when date is NULL or not one. */
long civil_days_of(const char *date);

#endif
