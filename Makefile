# brief - a terminal briefing reader.  `make run` to try it, `make check` to test it.
VERSION = 0.1.0

PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
DATADIR ?= $(PREFIX)/share/brief
PKG_CONFIG ?= pkg-config
CFLAGS ?= -O2 -g
# a sanitizer build keeps its objects apart from the plain one
BUILD ?= build$(if $(SANITIZE),-san)
SEEDS ?= ../shared/seeds
# the annotated corpora: make model trains on them, make eval measures on their development split
CORPORA ?= ../shared/corpora

PKGS = ncursesw sqlite3 yaml-0.1 zlib
TEST_PKGS = cmocka

WARNINGS = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wformat=2 -Wundef -Wvla -Wno-unused-parameter
ifdef SANITIZE
SAN_FLAGS = -fsanitize=$(SANITIZE) -fno-omit-frame-pointer -fno-sanitize-recover=all
endif

# Deferred (=): pkg-config is asked only after the dependency check has run.
# The feature level is set here once for every file (ncursesw's own is dropped).
FEATURES = -D_XOPEN_SOURCE=700
DEP_CFLAGS = $(filter-out -D_XOPEN_SOURCE=%,$(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null))
DEP_LIBS = $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) -lm -pthread
TEST_CFLAGS = $(shell $(PKG_CONFIG) --cflags $(TEST_PKGS) 2>/dev/null)
TEST_LIBS = $(shell $(PKG_CONFIG) --libs $(TEST_PKGS) 2>/dev/null)

# clang writes DWARF 5 forms Debian's valgrind cannot read (make check runs
# the reader under valgrind): its debug information is asked in version 4
DWARF := $(if $(findstring clang,$(shell $(CC) --version 2>/dev/null)),-gdwarf-4)

ALL_CFLAGS = -std=c11 -pthread $(FEATURES) $(WARNINGS) -Iinclude -DBRIEF_VERSION=\"$(VERSION)\" \
	-DBRIEF_DATADIR=\"$(DATADIR)\" $(DEP_CFLAGS) $(SAN_FLAGS) $(CFLAGS) $(DWARF) -MMD -MP
ALL_LDFLAGS = $(SAN_FLAGS) $(LDFLAGS)

LIB_SRC = $(wildcard src/core/*.c src/cache/*.c src/extract/*.c) \
	$(filter-out src/import/main.c,$(wildcard src/import/*.c)) \
	$(filter-out src/cli/main.c,$(wildcard src/cli/*.c src/ui/*.c))
LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
LIB = $(BUILD)/libbrief.a
PROGRAMS = $(BUILD)/brief $(BUILD)/brief-import

TEST_SRC = $(wildcard tests/unit/*.c tests/import/*.c tests/ui/*.c)
TEST_BIN = $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
TEST_SUPPORT = tests/support/support.c

# Fuzz harnesses: linked with libFuzzer by `make fuzz`, and with a replay
# driver for `make check`, which runs each over its seeds and past crashes.
FUZZ_NAMES = $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_REPLAY = $(FUZZ_NAMES:%=$(BUILD)/tests/fuzz/replay_%)
FUZZ_SUPPORT = tests/fuzz/support.c
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 2

# `make V=1` shows the full command lines.
ifeq ($(V),1)
Q =
say = @true
else
Q = @
say = @printf '  %-5s %s\n'
endif

.PHONY: all run check check-valgrind bench expected eval model fuzz fuzz-binaries install uninstall clean deps FORCE
.DEFAULT_GOAL := all

all: $(PROGRAMS)

# Missing libraries are installed when running as root, otherwise the exact
# apt-get line is printed and the build stops.
$(BUILD)/.deps: mk/deps.sh
	@mkdir -p $(BUILD)
	@PKG_CONFIG=$(PKG_CONFIG) sh mk/deps.sh $(PKGS)
	@touch $@
$(BUILD)/.deps-test: mk/deps.sh | $(BUILD)/.deps
	@PKG_CONFIG=$(PKG_CONFIG) sh mk/deps.sh $(TEST_PKGS)
	@touch $@
deps: $(BUILD)/.deps

# The data folder the programs are built for: changed (make install
# PREFIX=...), the files that name it are built again, so no binary built
# for another prefix is installed.
$(BUILD)/.datadir: FORCE
	@mkdir -p $(BUILD)
	@echo '$(DATADIR)' | cmp -s - $@ 2>/dev/null || echo '$(DATADIR)' >$@
$(BUILD)/obj/src/core/paths.o $(BUILD)/obj/src/ui/theme.o: $(BUILD)/.datadir
FORCE:

$(BUILD)/obj/%.o: %.c | $(BUILD)/.deps
	@mkdir -p $(dir $@)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(say) AR $@
	$(Q)$(AR) rcs $@ $^

$(BUILD)/brief: $(BUILD)/obj/src/cli/main.o $(LIB)
	$(say) LD $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(DEP_LIBS)

$(BUILD)/brief-import: $(BUILD)/obj/src/import/main.o $(LIB)
	$(say) LD $@
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(DEP_LIBS)

$(BUILD)/tests/%: tests/%.c $(TEST_SUPPORT) tests/support/support.h $(LIB) | $(BUILD)/.deps-test
	@mkdir -p $(dir $@)
	$(say) TEST $@
	$(Q)$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -Itests/support -o $@ $< $(TEST_SUPPORT) $(LIB) \
		$(ALL_LDFLAGS) $(TEST_LIBS) $(DEP_LIBS)

$(BUILD)/tests/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c $(FUZZ_SUPPORT) tests/fuzz/fuzz.h $(LIB)
	@mkdir -p $(dir $@)
	$(say) TEST $@
	$(Q)$(CC) $(ALL_CFLAGS) -DFUZZ_NAME=\"$*\" -Itests/fuzz -o $@ $< tests/fuzz/replay.c $(FUZZ_SUPPORT) \
		$(LIB) $(ALL_LDFLAGS) $(DEP_LIBS)

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_SUPPORT) tests/fuzz/fuzz.h $(LIB)
	@mkdir -p $(dir $@)
	$(say) FUZZ $@
	$(Q)$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -Itests/fuzz -o $@ $< $(FUZZ_SUPPORT) $(LIB) \
		$(ALL_LDFLAGS) $(DEP_LIBS)

fuzz-binaries: $(FUZZ_NAMES:%=$(BUILD)/fuzz/fuzz_%) $(PROGRAMS) $(BUILD)/tests/ui/test_monkey

# Every harness for FUZZ_SECONDS (FUZZ_JOBS at a time) from its seeds, then
# the long monkey test; crashes are kept in $(FUZZ_BUILD)/crashes.
fuzz:
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang SANITIZE=address,undefined \
		CFLAGS="-O1 -g -fsanitize=fuzzer-no-link" fuzz-binaries
	@BRIEF_BUILD=$(FUZZ_BUILD) FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(FUZZ_JOBS) \
		sh tests/fuzz/run.sh $(FUZZ_NAMES)

run: all
	$(BUILD)/brief-import --db $(BUILD)/cache.db data/samples
	$(BUILD)/brief --db $(BUILD)/cache.db

check: all $(TEST_BIN) $(FUZZ_REPLAY)
	@BRIEF_BUILD=$(BUILD) BRIEF_SRC=$(CURDIR) BRIEF_SEEDS=$(SEEDS) sh tests/run.sh $(TEST_BIN) $(FUZZ_REPLAY)

check-valgrind: all $(TEST_BIN) $(FUZZ_REPLAY)
	@BRIEF_BUILD=$(BUILD) BRIEF_SRC=$(CURDIR) BRIEF_SEEDS=$(SEEDS) BRIEF_VALGRIND=1 sh tests/run.sh $(TEST_BIN) \
		$(FUZZ_REPLAY)

$(BUILD)/tagspeed: bench/tagspeed.c $(LIB) | $(BUILD)/.deps
	$(say) LD $@
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(LIB) $(ALL_LDFLAGS) $(DEP_LIBS)

# The screen the first-screen test expects, written anew after a deliberate
# change of the screen; never part of make check, which only compares.
expected: all
	@sh tests/ui/expected.sh $(BUILD)

bench: all $(BUILD)/tagspeed
	@BRIEF_BUILD=$(BUILD) sh bench/run.sh

# Offline programs over the corpora of $(CORPORA): the trainer and the
# development-set scorer share its readers.  Built only by these targets.
TOOLS_SRC = tools/corpus.c tools/devset.c tools/relateval.c tools/timeml.c
TOOLS_HDR = tools/corpus.h tools/devset.h tools/relateval.h tools/timeml.h

# Extraction quality against tests/extract/gold.txt and, when the corpora
# are there, against the development set (figures, not a pass/fail).
$(BUILD)/eval: tests/extract/eval.c $(TOOLS_SRC) $(TOOLS_HDR) $(LIB) | $(BUILD)/.deps
	$(say) LD $@
	$(Q)$(CC) $(ALL_CFLAGS) -Itools -o $@ $< $(TOOLS_SRC) $(LIB) $(ALL_LDFLAGS) $(DEP_LIBS)

eval: $(BUILD)/eval
	@$(BUILD)/eval tests/extract/gold.txt data/samples $(SEEDS) $(if $(V),-v) \
		$(if $(wildcard $(CORPORA)/gum),--dev $(CORPORA))

# The taggers' models, data/pos.model and data/ner.model, trained again
# from the corpora: deterministic, so the same compiler gives the same bytes.
$(BUILD)/train: tools/train.c $(TOOLS_SRC) $(TOOLS_HDR) $(LIB) | $(BUILD)/.deps
	$(say) LD $@
	$(Q)$(CC) $(ALL_CFLAGS) -Itools -o $@ $< $(TOOLS_SRC) $(LIB) $(ALL_LDFLAGS) $(DEP_LIBS)

model: $(BUILD)/train
	@if [ ! -d "$(CORPORA)/gum" ]; then \
		echo "make model: no annotated corpora in $(CORPORA) (give CORPORA=DIR); data/ner.model stays as it is" >&2; \
		exit 1; fi
	$(BUILD)/train $(CORPORA) data/actors.yaml data

install: all
	@sh mk/install.sh $(BUILD) "$(DESTDIR)" $(PREFIX)

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/brief $(DESTDIR)$(BINDIR)/brief-import
	rm -f $(DESTDIR)$(PREFIX)/share/man/man1/brief.1 $(DESTDIR)$(PREFIX)/share/man/man1/brief-import.1
	rm -f $(DESTDIR)$(PREFIX)/share/man/man5/brief.5
	rm -f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/brief
	rm -f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/brief-import
	rm -f $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_brief
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf $(BUILD) build-san $(FUZZ_BUILD)

-include $(LIB_OBJ:.o=.d) $(BUILD)/obj/src/cli/main.d $(BUILD)/obj/src/import/main.d \
	$(wildcard $(BUILD)/tests/*/*.d $(BUILD)/fuzz/*.d)
