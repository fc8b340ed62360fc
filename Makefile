# Makefile - builds pppconf, runs every test layer, installs it. GNU make 3.81+.

VERSION = 0.1.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share
DESTDIR ?=

CC ?= cc
CFLAGS ?= -O2 -g
WARNFLAGS = -std=c99 -Wall -Wextra -Wpedantic
PKG_CONFIG ?= pkg-config
UNAME_S := $(shell uname -s)

# Strict POSIX everywhere (no _GNU_SOURCE), so glibc-only calls fail to build.
BASE_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -DPPPCONF_VERSION='"$(VERSION)"' -Isrc
ifeq ($(UNAME_S),Darwin)
BASE_CPPFLAGS += -D_DARWIN_C_SOURCE
endif

# Curses: ncursesw, then ncurses, then plain -lncurses (macOS). Override with
# make CURSES_CFLAGS=... CURSES_LIBS=...
CURSES_CFLAGS ?= $(filter-out -D_XOPEN_SOURCE=% -D_DEFAULT_SOURCE,$(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null || $(PKG_CONFIG) --cflags ncurses 2>/dev/null))
CURSES_LIBS ?= $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || $(PKG_CONFIG) --libs ncurses 2>/dev/null || echo -lncurses)
TUI_CPPFLAGS = -D_XOPEN_SOURCE=700 -D_XOPEN_SOURCE_EXTENDED $(CURSES_CFLAGS)

SAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

HDRS = $(wildcard src/*.h src/catalog/*.inc)
TUI_HDRS = $(wildcard src/tui/*.h)
CORE_SRC = $(sort $(filter-out src/main.c,$(wildcard src/*.c)))
TUI_SRC = $(sort $(wildcard src/tui/*.c))
TEST_SRC = $(sort $(wildcard tests/unit/test_*.c))

B = build
CORE_OBJ = $(CORE_SRC:%.c=$(B)/obj/%.o)
TUI_OBJ = $(TUI_SRC:%.c=$(B)/obj/%.o)
MAIN_OBJ = $(B)/obj/src/main.o
CORE_ASAN_OBJ = $(CORE_SRC:%.c=$(B)/asan/%.o)
TESTS = $(TEST_SRC:tests/unit/%.c=$(B)/test/%)
ASAN_TESTS = $(TEST_SRC:tests/unit/%.c=$(B)/asan-test/%)

all: pppconf

pppconf: $(CORE_OBJ) $(TUI_OBJ) $(MAIN_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(CURSES_LIBS)

$(B)/obj/src/tui/%.o: src/tui/%.c $(HDRS) $(TUI_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(TUI_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/obj/src/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/asan/src/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) -O1 -g $(SAN_FLAGS) -c -o $@ $<

$(B)/test/%: tests/unit/%.c tests/unit/t.h $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) -Itests/unit $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -o $@ $< $(CORE_OBJ)

$(B)/asan-test/%: tests/unit/%.c tests/unit/t.h $(CORE_ASAN_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) -Itests/unit $(CPPFLAGS) $(WARNFLAGS) -O1 -g $(SAN_FLAGS) -o $@ $< $(CORE_ASAN_OBJ)

# The fuzz target's seed corpus is replayed by `make test` through a plain
# driver; `make fuzz` runs libFuzzer itself (clang).
$(B)/test/fuzz_replay: tests/fuzz/fuzz_doc.c tests/fuzz/replay.c $(CORE_ASAN_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) -O1 -g $(SAN_FLAGS) -o $@ tests/fuzz/fuzz_doc.c tests/fuzz/replay.c $(CORE_ASAN_OBJ)

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
fuzz:
	@mkdir -p $(B)/fuzz $(B)/fuzz-corpus
	$(FUZZ_CC) $(BASE_CPPFLAGS) -g -O1 -fsanitize=fuzzer,address,undefined -o $(B)/fuzz/fuzz_doc tests/fuzz/fuzz_doc.c $(CORE_SRC)
	$(B)/fuzz/fuzz_doc -max_total_time=$(FUZZ_SECONDS) $(B)/fuzz-corpus tests/fuzz/corpus

tests: $(TESTS) $(ASAN_TESTS) $(B)/test/fuzz_replay

test: pppconf tests
	@sh tests/run.sh

# A strict, warnings-are-errors build of everything with no GNU extensions.
strict:
	$(MAKE) clean-obj
	$(MAKE) CFLAGS="-O2 -Werror" pppconf

run: pppconf
	./pppconf $(ARGS)

bench: pppconf
	@sh tests/bench/run.sh

install: pppconf
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man8
	cp pppconf $(DESTDIR)$(BINDIR)/pppconf
	chmod 755 $(DESTDIR)$(BINDIR)/pppconf
	if [ -f man/pppconf.8 ]; then cp man/pppconf.8 $(DESTDIR)$(MANDIR)/man8/pppconf.8; chmod 644 $(DESTDIR)$(MANDIR)/man8/pppconf.8; fi

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pppconf $(DESTDIR)$(MANDIR)/man8/pppconf.8

clean-obj:
	rm -rf $(B)/obj

clean:
	rm -rf $(B) pppconf

.PHONY: all test tests strict run bench install uninstall clean clean-obj fuzz

# --- Test drivers for the shell tests: tests/tools/<name>.c -> build/tools/<name>,
# linked against the core (e.g. build/tools/swtool for the safewrite tests).
TOOL_SRC = $(sort $(wildcard tests/tools/*.c))
TOOLS = $(TOOL_SRC:tests/tools/%.c=$(B)/tools/%)
$(B)/tools/%: tests/tools/%.c $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -o $@ $< $(CORE_OBJ)
tests: $(TOOLS)
# --- end of test drivers
