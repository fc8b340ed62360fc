/* platform.c - which pppd we speak for: Apple's (macOS) or Linux's. */
#include "base/platform.h"

#include <ctype.h>
#include <string.h>

enum platform platform_default(void)
{
#ifdef __APPLE__
	return PLATFORM_MACOS;
#else
	return PLATFORM_LINUX;
#endif
}

const char *platform_name(enum platform p)
{
	return p == PLATFORM_MACOS ? "macos" : "linux";
}

const char *platform_display(enum platform p)
{
	return p == PLATFORM_MACOS ? "macOS" : "Linux";
}

int platform_parse(const char *s, enum platform *out)
{
	static const struct { const char *name; enum platform p; } names[] = {
		{ "macos", PLATFORM_MACOS }, { "mac", PLATFORM_MACOS },
		{ "osx", PLATFORM_MACOS }, { "darwin", PLATFORM_MACOS },
		{ "apple", PLATFORM_MACOS }, { "linux", PLATFORM_LINUX },
	};
	char low[16];
	size_t i, n = strlen(s);

	if (n >= sizeof low)
		return -1;
	for (i = 0; i <= n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(low, names[i].name) == 0) {
			*out = names[i].p;
			return 0;
		}
	}
	return -1;
}
