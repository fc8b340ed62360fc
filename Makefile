# Makefile - builds pppconf, runs every test layer, installs it. GNU make 3.81+.

VERSION = 0.1.0
DATE = 2026-11-26

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
BASE_CPPFLAGS = -D_POSIX_C_SOURCE=200809L -DPPPCONF_VERSION='"$(VERSION)"' -Isrc -I$(B)/gen
ifeq ($(UNAME_S),Darwin)
BASE_CPPFLAGS += -D_DARWIN_C_SOURCE
endif

# Curses: ncursesw, then ncurses, then plain -lncurses (macOS). Override with
# make CURSES_CFLAGS=... CURSES_LIBS=...
CURSES_CFLAGS ?= $(filter-out -D_XOPEN_SOURCE=% -D_DEFAULT_SOURCE,$(shell $(PKG_CONFIG) --cflags ncursesw 2>/dev/null || $(PKG_CONFIG) --cflags ncurses 2>/dev/null))
CURSES_LIBS ?= $(shell $(PKG_CONFIG) --libs ncursesw 2>/dev/null || $(PKG_CONFIG) --libs ncurses 2>/dev/null || echo -lncurses)
TUI_CPPFLAGS = -D_XOPEN_SOURCE=700 -D_XOPEN_SOURCE_EXTENDED $(CURSES_CFLAGS)

SAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
# Linking build/asan/pppconf, which the leak layer runs hundreds of times: on
# Linux it is not position-independent, and with GCC the UBSan runtime is
# linked in. LeakSanitizer then no longer scans that runtime's 6 MB of zeroed
# globals, nor relocated tables, at every exit: each run takes about a third
# less time (195 ms to 120 ms for `explain noauth` on a 2-core machine).
SAN_LDFLAGS =
ifeq ($(UNAME_S),Linux)
SAN_LDFLAGS = -no-pie $(if $(shell $(CC) -v 2>&1 | grep 'gcc version'),-static-libubsan)
endif

# One folder per layer (docs/ARCHITECTURE.md); only src/tui includes curses.
HDRS = $(filter-out src/tui/%,$(wildcard src/*/*.h)) $(wildcard src/pppd/catalog/*.inc)
TUI_HDRS = $(wildcard src/tui/*.h)
CORE_SRC = $(sort $(filter-out src/tui/% src/cli/main.c,$(wildcard src/*/*.c)))
TUI_SRC = $(sort $(wildcard src/tui/*.c))
TEST_SRC = $(sort $(wildcard tests/unit/test_*.c))
TEST_HDRS = $(wildcard tests/unit/*.h)
# Tests that read ../shared (the pinned pppd sources, the corpus).
SHARED_TEST_SRC = $(sort $(wildcard tests/shared/test_*.c))

B = build
CORE_OBJ = $(CORE_SRC:%.c=$(B)/obj/%.o)
TUI_OBJ = $(TUI_SRC:%.c=$(B)/obj/%.o)
MAIN_OBJ = $(B)/obj/src/cli/main.o
CORE_ASAN_OBJ = $(CORE_SRC:%.c=$(B)/asan/%.o)
ASAN_PROG_OBJ = $(CORE_ASAN_OBJ) $(TUI_SRC:%.c=$(B)/asan/%.o) $(B)/asan/src/cli/main.o
TESTS = $(TEST_SRC:tests/unit/%.c=$(B)/test/%) $(SHARED_TEST_SRC:tests/shared/%.c=$(B)/shared-test/%)
ASAN_TESTS = $(TEST_SRC:tests/unit/%.c=$(B)/asan-test/%)

all: pppconf

pppconf: $(CORE_OBJ) $(TUI_OBJ) $(MAIN_OBJ)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(CURSES_LIBS)

# The program with AddressSanitizer, LeakSanitizer and UBSan, for the leak
# layer of the tests (the shell tests run it through PPPCONF).
$(B)/asan/pppconf: $(ASAN_PROG_OBJ)
	$(CC) -O1 -g $(SAN_FLAGS) $(SAN_LDFLAGS) $(LDFLAGS) -o $@ $^ $(CURSES_LIBS)

$(B)/obj/src/tui/%.o: src/tui/%.c $(HDRS) $(TUI_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(TUI_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/obj/src/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -c -o $@ $<

$(B)/asan/src/tui/%.o: src/tui/%.c $(HDRS) $(TUI_HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(TUI_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) -O1 -g $(SAN_FLAGS) -c -o $@ $<

$(B)/asan/src/%.o: src/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) -O1 -g $(SAN_FLAGS) -c -o $@ $<

$(B)/test/%: tests/unit/%.c $(TEST_HDRS) $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) -Itests/unit $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -o $@ $< $(CORE_OBJ)

# The tests that read ../shared run with the sanitizers: the corpus is the
# widest real input they meet.
$(B)/shared-test/%: tests/shared/%.c tests/shared/cite_apple.h tests/shared/cite_comment.h tests/unit/t.h tests/unit/doc_test_util.h $(CORE_ASAN_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) -Itests/unit $(CPPFLAGS) $(WARNFLAGS) -O1 -g $(SAN_FLAGS) -o $@ $< $(CORE_ASAN_OBJ)

$(B)/asan-test/%: tests/unit/%.c $(TEST_HDRS) $(CORE_ASAN_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) -Itests/unit $(CPPFLAGS) $(WARNFLAGS) -O1 -g $(SAN_FLAGS) -o $@ $< $(CORE_ASAN_OBJ)

# The translations (po/<lang>.po) become C tables at build time, read by
# src/base/i18n.c: no gettext at run time. `make pot` regenerates the
# template po/pppconf.pot from the marked strings and the catalogue.
PO = $(sort $(wildcard po/*.po))
$(B)/po2c: po/po2c.c
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -o $@ po/po2c.c

$(B)/gen/po/tables.inc: $(B)/po2c $(PO)
	@mkdir -p $(dir $@)
	$(B)/po2c $(PO) >$@.tmp && mv $@.tmp $@

$(B)/obj/src/base/i18n.o $(B)/asan/src/base/i18n.o: $(B)/gen/po/tables.inc

$(B)/catpot: po/catpot.c $(CORE_OBJ)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -o $@ po/catpot.c $(CORE_OBJ)

$(B)/pot/pppconf.pot: po/mkpot.sh $(B)/catpot $(CORE_SRC) $(TUI_SRC) src/cli/main.c
	@mkdir -p $(dir $@)
	VERSION=$(VERSION) BUGS=$(HOMEPAGE) sh po/mkpot.sh $@ $(B)/catpot \
	  $(sort $(CORE_SRC) $(TUI_SRC) src/cli/main.c)

pot: $(B)/pot/pppconf.pot
	cp $(B)/pot/pppconf.pot po/pppconf.pot

# The fuzz target's seed corpus is replayed by `make test` through a plain
# driver; `make fuzz` runs libFuzzer itself (clang).
$(B)/test/fuzz_replay: tests/fuzz/fuzz_doc.c tests/fuzz/replay.c $(CORE_ASAN_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) -O1 -g $(SAN_FLAGS) -o $@ tests/fuzz/fuzz_doc.c tests/fuzz/replay.c $(CORE_ASAN_OBJ)

FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
fuzz: $(B)/gen/po/tables.inc
	@mkdir -p $(B)/fuzz $(B)/fuzz-corpus
	$(FUZZ_CC) $(BASE_CPPFLAGS) -g -O1 -fsanitize=fuzzer,address,undefined -o $(B)/fuzz/fuzz_doc tests/fuzz/fuzz_doc.c $(CORE_SRC)
	$(B)/fuzz/fuzz_doc -max_total_time=$(FUZZ_SECONDS) $(B)/fuzz-corpus tests/fuzz/corpus

tests: $(TESTS) $(ASAN_TESTS) $(B)/test/fuzz_replay $(B)/asan/pppconf $(B)/po2c $(B)/catpot

# make test builds with one job per CPU (unless make was given -j), then
# tests/run.sh runs several tests at once.
TEST_JOBS ?= $(shell getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
test:
	@$(MAKE) $(if $(findstring jobserver,$(MAKEFLAGS)),,-j$(TEST_JOBS)) pppconf tests || \
	  { echo "FAIL build: see the errors above"; echo "0 passed, 1 failed"; exit 1; }
	@sh tests/run.sh

# A strict, warnings-are-errors build of everything with no GNU extensions.
strict:
	$(MAKE) clean-obj
	$(MAKE) CFLAGS="-O2 -Werror" pppconf

run: pppconf
	./pppconf $(ARGS)

# --- Benchmarks and screenshots (tests/bench, tests/tools); not part of make test.
# The core driver links from an archive so it needs only the modules it calls.
$(B)/bench/libcore.a: $(CORE_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	$(AR) rc $@ $(CORE_OBJ)

$(B)/bench/bench_core: tests/bench/bench_core.c $(B)/bench/libcore.a
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -o $@ $< $(B)/bench/libcore.a

bench:
	@sh tests/bench/run.sh

screenshots: pppconf
	@sh tests/tools/screenshot.sh --list tests/tools/screens.list
# --- end of benchmarks and screenshots

# The man page and the completions take their lists from the program's own
# tables, through a small generator linked against the core.
$(B)/mkdoc: man/mkdoc.c $(CORE_OBJ)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -o $@ man/mkdoc.c $(CORE_OBJ)

$(B)/pppconf.8: man/pppconf.8.in $(B)/mkdoc pppconf
	$(B)/mkdoc directives >$(B)/man-directives
	$(B)/mkdoc fixes >$(B)/man-fixes
	$(B)/mkdoc synopsis >$(B)/man-synopsis
	$(B)/mkdoc options-roff >$(B)/man-options
	$(B)/mkdoc exit-roff >$(B)/man-exit
	./pppconf --help-keys=roff >$(B)/man-keys
	awk -v v="$(VERSION)" -v dt="$(DATE)" \
	  '/^@DIRECTIVES@$$/ { while ((getline l < "$(B)/man-directives") > 0) print l; next } \
	   /^@FIXES@$$/ { while ((getline l < "$(B)/man-fixes") > 0) print l; next } \
	   /^@SYNOPSIS@$$/ { while ((getline l < "$(B)/man-synopsis") > 0) print l; next } \
	   /^@OPTIONS@$$/ { while ((getline l < "$(B)/man-options") > 0) print l; next } \
	   /^@EXIT@$$/ { while ((getline l < "$(B)/man-exit") > 0) print l; next } \
	   /^@KEYS@$$/ { while ((getline l < "$(B)/man-keys") > 0) print l; next } \
	   { gsub(/@VERSION@/, v); gsub(/@DATE@/, dt); print }' man/pppconf.8.in >$@

$(B)/completion/%: contrib/completion/%.in $(B)/mkdoc
	@mkdir -p $(dir $@)
	for w in names commands options valued categories zsh-commands zsh-options; do \
	  $(B)/mkdoc $$w >$(B)/completion/$*.$$w || exit 1; done
	$(B)/mkdoc fixes | sed -n 's/^\.B //p' >$(B)/completion/$*.fixes
	awk -v d="$(B)/completion/$*" \
	  'function words(w,  l, s) { s = ""; while ((getline l < (d "." w)) > 0) s = s (s == "" ? "" : " ") l; return s } \
	   function lines(w,  l) { while ((getline l < (d "." w)) > 0) print l } \
	   BEGIN { n = words("names"); f = words("fixes"); c = words("commands"); \
	           o = words("options"); v = words("valued"); k = words("categories") } \
	   /^@ZSH_COMMANDS@$$/ { lines("zsh-commands"); next } \
	   /^@ZSH_OPTIONS@$$/ { lines("zsh-options"); next } \
	   { gsub(/@NAMES@/, n); gsub(/@FIXES@/, f); gsub(/@COMMANDS@/, c); \
	     gsub(/@OPTIONS@/, o); gsub(/@VALUED@/, v); gsub(/@CATEGORIES@/, k); print }' $< >$@
	rm -f $(B)/completion/$*.*

docs: $(B)/pppconf.8 $(B)/completion/pppconf.bash $(B)/completion/_pppconf

install: pppconf docs
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man8 \
	  $(DESTDIR)$(DATADIR)/bash-completion/completions $(DESTDIR)$(DATADIR)/zsh/site-functions
	cp pppconf $(DESTDIR)$(BINDIR)/pppconf
	chmod 755 $(DESTDIR)$(BINDIR)/pppconf
	cp $(B)/pppconf.8 $(DESTDIR)$(MANDIR)/man8/pppconf.8
	cp $(B)/completion/pppconf.bash $(DESTDIR)$(DATADIR)/bash-completion/completions/pppconf
	cp $(B)/completion/_pppconf $(DESTDIR)$(DATADIR)/zsh/site-functions/_pppconf
	chmod 644 $(DESTDIR)$(MANDIR)/man8/pppconf.8 \
	  $(DESTDIR)$(DATADIR)/bash-completion/completions/pppconf \
	  $(DESTDIR)$(DATADIR)/zsh/site-functions/_pppconf

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/pppconf $(DESTDIR)$(MANDIR)/man8/pppconf.8 \
	  $(DESTDIR)$(DATADIR)/bash-completion/completions/pppconf \
	  $(DESTDIR)$(DATADIR)/zsh/site-functions/_pppconf

# A versioned source tarball, and a Homebrew formula that builds from it.
# Set DIST_URL to where the tarball will be published.
DIST_URL ?= file://$(CURDIR)/$(B)/pppconf-$(VERSION).tar.gz
HOMEPAGE ?= https://example.invalid/pppconf
dist:
	@mkdir -p $(B)
	git archive --format=tar.gz --prefix=pppconf-$(VERSION)/ -o $(B)/pppconf-$(VERSION).tar.gz HEAD
	sum=`(sha256sum $(B)/pppconf-$(VERSION).tar.gz 2>/dev/null || shasum -a 256 $(B)/pppconf-$(VERSION).tar.gz) | cut -d' ' -f1`; \
	sed -e "s|@URL@|$(DIST_URL)|" -e "s|@VERSION@|$(VERSION)|" -e "s|@SHA256@|$$sum|" \
	    -e "s|@HOMEPAGE@|$(HOMEPAGE)|" contrib/homebrew/pppconf.rb.in >$(B)/pppconf.rb
	@echo "$(B)/pppconf-$(VERSION).tar.gz and $(B)/pppconf.rb"

clean-obj:
	rm -rf $(B)/obj

clean:
	rm -rf $(B) pppconf

.PHONY: all test tests strict run bench screenshots install uninstall clean clean-obj fuzz docs dist pot

# --- Test drivers for the shell tests: tests/tools/<name>.c -> build/tools/<name>,
# linked against the core (e.g. build/tools/swtool for the safewrite tests).
TOOL_SRC = $(sort $(wildcard tests/tools/*.c))
TOOLS = $(TOOL_SRC:tests/tools/%.c=$(B)/tools/%)
$(B)/tools/%: tests/tools/%.c $(CORE_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(BASE_CPPFLAGS) $(CPPFLAGS) $(WARNFLAGS) $(CFLAGS) -o $@ $< $(CORE_OBJ)
tests: $(TOOLS)
# --- end of test drivers
