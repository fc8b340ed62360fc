/* t.h - the whole unit-test harness: checks that count, and one summary line. */
#ifndef PPPCONF_T_H
#define PPPCONF_T_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int t_passed, t_failed;

/* Tests that save keep pppconf's history under their own folder `dir`,
 * never in the machine's state folder. */
static inline void t_state_dir(const char *dir)
{
	char p[4096];

	snprintf(p, sizeof p, "%s/state", dir);
	setenv("PPPCONF_STATE_DIR", p, 1);
}

#define T_OK(cond, ...) t_ok_(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
/* Compares C strings; prints both on failure. */
#define T_STREQ(got, want, ...) \
	t_streq_((got), (want), __FILE__, __LINE__, __VA_ARGS__)
/* Compares byte ranges (which may hold NULs). */
#define T_MEMEQ(got, glen, want, wlen, ...) \
	t_memeq_((got), (glen), (want), (wlen), __FILE__, __LINE__, __VA_ARGS__)
#define T_INTEQ(got, want, ...) \
	t_inteq_((long long)(got), (long long)(want), __FILE__, __LINE__, __VA_ARGS__)

static inline void t_report_(int ok, const char *file, int line, const char *fmt, va_list ap)
{
	if (ok) {
		t_passed++;
		return;
	}
	t_failed++;
	fprintf(stdout, "not ok: %s:%d: ", file, line);
	vfprintf(stdout, fmt, ap);
	fputc('\n', stdout);
}

#include <stdarg.h>

static inline int t_ok_(int ok, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	t_report_(ok, file, line, fmt, ap);
	va_end(ap);
	return ok;
}

static inline void t_show_(const char *label, const char *p, size_t n)
{
	size_t i;

	fprintf(stdout, "    %s: \"", label);
	for (i = 0; i < n && i < 400; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '\\')
			fputs("\\\\", stdout);
		else if (c >= 0x20 && c < 0x7f)
			fputc(c, stdout);
		else
			fprintf(stdout, "\\x%02X", c);
	}
	fputs(n > 400 ? "\"...\n" : "\"\n", stdout);
}

static inline int t_memeq_(const char *got, size_t glen, const char *want, size_t wlen,
                    const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	int ok = glen == wlen && (glen == 0 || memcmp(got, want, glen) == 0);

	va_start(ap, fmt);
	t_report_(ok, file, line, fmt, ap);
	va_end(ap);
	if (!ok) {
		t_show_("got ", got ? got : "(null)", got ? glen : 6);
		t_show_("want", want, wlen);
	}
	return ok;
}

static inline int t_streq_(const char *got, const char *want, const char *file,
                    int line, const char *fmt, ...)
{
	va_list ap;
	int ok = got && want && strcmp(got, want) == 0;

	va_start(ap, fmt);
	t_report_(ok, file, line, fmt, ap);
	va_end(ap);
	if (!ok) {
		t_show_("got ", got ? got : "(null)", strlen(got ? got : "(null)"));
		t_show_("want", want ? want : "(null)", strlen(want ? want : "(null)"));
	}
	return ok;
}

static inline int t_inteq_(long long got, long long want, const char *file, int line,
                    const char *fmt, ...)
{
	va_list ap;
	int ok = got == want;

	va_start(ap, fmt);
	t_report_(ok, file, line, fmt, ap);
	va_end(ap);
	if (!ok)
		fprintf(stdout, "    got %lld, want %lld\n", got, want);
	return ok;
}

/* The last line every test program prints; tests/run.sh adds them up. */
static inline int t_done(void)
{
	printf("%d passed, %d failed\n", t_passed, t_failed);
	return t_failed ? 1 : 0;
}

#endif
