/* platform.h - which pppd we speak for: Apple's (macOS) or Linux's. */
#ifndef PPPCONF_PLATFORM_H
#define PPPCONF_PLATFORM_H

/* Bit values so that catalogue rows can name both at once. */
enum platform {
	PLATFORM_LINUX = 1,
	PLATFORM_MACOS = 2
};
#define PLATFORM_BOTH (PLATFORM_LINUX | PLATFORM_MACOS)

/* The machine we were built for: macOS under __APPLE__, Linux otherwise. */
enum platform platform_default(void);
/* "macos" / "linux"; a display name "macOS" / "Linux". */
const char *platform_name(enum platform p);
const char *platform_display(enum platform p);
/* Accepts macos, mac, darwin, apple, linux (any case). 0 on success. */
int platform_parse(const char *s, enum platform *out);

#endif
