#!/usr/bin/env bash
# End-to-end tests of the cablegram binary in tmux, after fzf's: each scenario starts a private tmux server,
# types keys with send-keys and polls capture-pane until the expected text shows or a timeout passes; never a
# fixed sleep. On failure it prints the screen and exits non-zero.
#
#   browser.sh CABLEGRAM [SCENARIO...]     (no scenario: all of them; `browser.sh --list` names them)
set -u

SCENARIOS=(open_and_quit go_to_unit search statutes sort_statistics index_filter resize mouse ctrl_c ctrl_c_in_prompt home_end_xterm search_history original_text copy_and_write sigterm not_a_terminal dumb_terminal bad_input
    standard_input latin1_cable several_cables no_color colour library_list
    library_links open_folder library_features library_pivot library_pivot_ask)

if [[ ${1:-} == --list ]]; then
    printf '%s\n' "${SCENARIOS[@]}"
    exit 0
fi
BIN=${1:?usage: browser.sh CABLEGRAM [SCENARIO...]}
shift
[[ -x $BIN ]] || { echo "no executable at $BIN"; exit 2; }
# NB: scenarios change folder in their shell (`cd $WORK`), so a relative path must not be typed as given.
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
HERE=$(cd "$(dirname "$0")" && pwd)
# NB: the shared cables as the Swift tests find them: $CABLEGRAM_SHARED, else ../shared beside the repository.
SHARED=${CABLEGRAM_SHARED:-$(cd "$HERE/../../.." && pwd)/shared}
if [[ ! -d $SHARED/cables && -n ${CI:-} ]]; then
    echo "no shared cables at $SHARED (set CABLEGRAM_SHARED, or put shared/ beside the repository)"
    exit 2
fi
TIMEOUT=${E2E_TIMEOUT:-15}
WORK=$(mktemp -d)
# NB: a library where the browser looks by default would change what every scenario shows; each scenario names its
# own library, so the default one is a folder of this run.
export XDG_DATA_HOME=$WORK/data
unset CABLEGRAM_LIBRARY
SOCK=$WORK/none.sock
trap 'tmux -S "$SOCK" kill-server 2>/dev/null; rm -rf "$WORK"' EXIT

tmx() { tmux -S "$SOCK" -f /dev/null "$@"; }

# start W H: a fresh server (its own socket) with a plain shell whose prompt is "$ ".
start() {
    tmx kill-server 2>/dev/null
    SOCK=$WORK/$CURRENT.sock
    rm -f "$WORK/before" "$WORK/after"
    # NB: the test runner's environment may carry NO_COLOR; scenarios set it themselves.
    tmx new-session -d -x "$1" -y "$2" -s e2e "unset NO_COLOR; PS1='\$ ' HISTFILE=/dev/null exec bash --norc --noprofile"
    wait_for '$'
}

screen() { tmx capture-pane -p -t e2e "$@" 2>/dev/null; }
send() { tmx send-keys -t e2e "$@"; }
type_line() { tmx send-keys -t e2e -l "$1"; tmx send-keys -t e2e Enter; }

fail() {
    echo "FAIL [$CURRENT]: $*"
    echo "----- screen -----"
    screen
    echo "------------------"
    exit 1
}

# wait_for TEXT: until the screen shows TEXT (fixed string).
wait_for() {
    local deadline=$((SECONDS + TIMEOUT))
    until screen | grep -qF -- "$1"; do
        ((SECONDS < deadline)) || fail "timed out waiting for: $1"
        sleep 0.05
    done
}

# wait_gone TEXT: until the screen no longer shows TEXT.
wait_gone() {
    local deadline=$((SECONDS + TIMEOUT))
    while screen | grep -qF -- "$1"; do
        ((SECONDS < deadline)) || fail "timed out waiting for this to go: $1"
        sleep 0.05
    done
}

# expect_absent TEXT: the screen must not show TEXT now.
expect_absent() { if screen | grep -qF -- "$1"; then fail "unexpected on screen: $1"; fi; }

# launch [ARGS...]: runs cablegram from the shell, recording the terminal modes before and after.
launch() {
    type_line "clear; stty -g > $WORK/before"
    type_line "$BIN $*"
    wait_for 'Outline'
}

# after_exit STATUS: the shell is back: exit status, unchanged terminal modes, nothing of the browser left.
after_exit() {
    # NB: keys typed before the browser has gone would reach it, not the shell.
    local deadline=$((SECONDS + TIMEOUT))
    while [[ -n $(browser_pid) ]]; do ((SECONDS < deadline)) || fail "the browser did not exit"; sleep 0.05; done
    type_line "echo EXITED:\$?; stty -g > $WORK/after"
    wait_for "EXITED:$1"
    deadline=$((SECONDS + TIMEOUT))
    until [[ -s $WORK/after ]]; do ((SECONDS < deadline)) || fail "stty -g did not run"; sleep 0.05; done
    cmp -s "$WORK/before" "$WORK/after" || fail "stty -g changed: $(cat "$WORK/before") -> $(cat "$WORK/after")"
    expect_absent 'Outline'
    expect_absent '│'
    local last
    last=$(screen | grep -v '^$' | tail -1)
    [[ $last == '$' ]] || fail "the prompt is not clean: [$last]"
}

# browser_pid: the process running in the shell.
browser_pid() { ps -o pid= --ppid "$(tmx display -p -t e2e '#{pane_pid}')" | tr -d ' '; }

open_and_quit() {
    start 200 50
    launch
    wait_for '10DUSHANBE170'
    wait_for 'UNCLASSIFIED'
    wait_for '2010 TRAFFICKING IN PERSONS REPORT FOR TAJIKISTAN'
    wait_for 'Statistics'
    wait_for 'Index'
    send q
    after_exit 0
}

go_to_unit() {
    start 120 40
    launch
    send :
    wait_for 'Enter go'
    send -l 27.E
    send Enter
    wait_for 'Reader  27.E · page 5/12'
    wait_for 'Law Enforcement Statistics'
    send :
    send -l 4
    send Enter
    wait_for 'Reader  4 · page 12/12'
    send BSpace
    wait_for 'Reader  27.E · page 5/12'
    send q
    after_exit 0
}

# search: matches count as you type; Enter keeps; n steps, wrapping with a notice; Esc at a new prompt restores.
search() {
    start 120 40
    launch
    send /
    send -l cotton
    wait_for ' matches'
    send Enter
    wait_for '/cotton 1/'
    local count
    count=$(screen | grep -o '/cotton 1/[0-9]*' | head -1 | cut -d/ -f3)
    [[ $count -gt 1 ]] || fail "too few matches for cotton: $count"
    send n
    wait_for "/cotton 2/$count"
    for ((i = 2; i < count; i++)); do send n; done
    wait_for "/cotton $count/$count"
    send n
    wait_for 'search: wrapped to the top'
    wait_for "/cotton 1/$count"
    send /
    send -l zzzz
    wait_for 'no match'
    send Escape
    wait_for "/cotton 1/$count"
    send q
    after_exit 0
}

# statutes: ] to the first statute reference, ) through the mentions of its statute, Enter to its index entry,
# Backspace back along the jump list to where it started.
statutes() {
    start 200 50
    launch
    send :
    send -l 25
    send Enter
    wait_for 'Reader  25 · page 1/12'
    send ']'
    wait_for 'Art. 130.1 1/14 · mention 1/3'
    send ')'
    wait_for 'Art. 130.1 '
    wait_for '· mention 2/3'
    send ')'
    wait_for '· mention 3/3'
    send ')'
    wait_for 'mentions of Art. 130.1: wrapped to the top'
    wait_for 'Art. 130.1 1/14 · mention 1/3'
    send Enter
    wait_for 'Index  Article 130.1 of the Criminal Code · 3 mentions'
    wait_for '← Article 130.1 of the Criminal Code'
    send BSpace
    wait_gone '← Article 130.1 of the Criminal Code'
    wait_for 'Art. 130.1 1/14 · mention 1/3'
    for _ in 1 2 3 4; do send BSpace; done
    wait_gone 'Art. 130.1'
    wait_for 'Reader  25 · page 1/12'
    send q
    after_exit 0
}

# sort_statistics: s sorts by the next column (marked ▲), r reverses (▼), the pane says by which column.
sort_statistics() {
    start 200 50
    launch
    send 2
    wait_for 'Statistics  Figures'
    send s
    wait_for 'sorted by ID'
    wait_for 'ID ▲'
    send s
    wait_for 'sorted by VALUE'
    wait_for 'VALUE ▲'
    send r
    wait_for 'VALUE ▼'
    send t
    wait_for 'Statistics  Law enforcement'
    send q
    after_exit 0
}

resize() {
    start 200 50
    launch
    wait_for 'Statistics'
    expect_absent '1·Outline'
    tmx resize-window -t e2e -x 80 -y 24
    wait_for '1·Outline │ 1·Reader │ 2·Statistics │ 3·Index'
    tmx resize-window -t e2e -x 40 -y 12
    wait_for ' Outline │ Reader │ Statistics │ Index'
    tmx resize-window -t e2e -x 30 -y 10
    wait_for 'Terminal too small'
    tmx resize-window -t e2e -x 40 -y 12
    wait_gone 'Terminal too small'
    tmx resize-window -t e2e -x 200 -y 50
    wait_gone '1·Outline'
    wait_for 'Statistics'
    send q
    after_exit 0
}

# mouse_report BUTTON COLUMN ROW: an X10 mouse report (what tmux sends under TERM=screen), columns and rows from 0.
mouse_report() {
    local code=$((32 + $1)) column=$((33 + $2)) row=$((33 + $3))
    send -l "$(printf '\e[M%b%b%b' "\\$(printf %03o $code)" "\\$(printf %03o $column)" "\\$(printf %03o $row)")"
}

# mouse: a click selects the outline row under it; the wheel scrolls the reader under the pointer.
mouse() {
    start 120 40
    launch
    click 5 10
    wait_for 'Reader  25.D · page 2/12'
    wait_for '─ 25.D ─'
    wheel_down 60 10
    wait_gone '─ 25.D ─'
    send q
    after_exit 0
}

click() { mouse_report 0 "$1" "$2"; mouse_report 3 "$1" "$2"; }
wheel_down() { mouse_report 65 "$1" "$2"; mouse_report 65 "$1" "$2"; }

ctrl_c() {
    start 100 30
    launch
    send C-c
    after_exit 130
}

# Under TERM=xterm-256color in tmux, Home and End arrive as ESC[1~ and ESC[4~, which that terminfo entry does not
# list: they still move to the start and the end, and an unknown sequence is one key that the status line names.
home_end_xterm() {
    start 100 30
    type_line "clear; stty -g > $WORK/before"
    type_line "TERM=xterm-256color $BIN"
    wait_for 'Outline'
    send 2
    wait_for 'Statistics  Figures'
    send End
    expect_absent 'statute references'
    send Home
    send -l $'\e[99~'
    wait_for 'unknown key ESC[99~'
    send 1
    send Tab
    wait_for 'Reader  1'
    send End
    wait_for 'Reader  30.A · page 12/12'
    send Home
    wait_for 'Reader  header'
    wait_for 'Classification  UNCLASSIFIED'
    send q
    after_exit 0
}

# The search history is kept between runs in $XDG_STATE_HOME/cablegram/history; ↑ in the prompt recalls it.
search_history() {
    start 100 30
    local state=$WORK/state
    type_line "clear; stty -g > $WORK/before"
    type_line "XDG_STATE_HOME=$state $BIN"
    wait_for 'Outline'
    send /
    send -l cotton
    send Enter
    wait_for '/cotton 1/'
    send q
    after_exit 0
    grep -qx cotton "$state/cablegram/history" || fail "no cotton in $state/cablegram/history"
    type_line "clear; stty -g > $WORK/before"
    type_line "XDG_STATE_HOME=$state $BIN"
    wait_for 'Outline'
    send /
    wait_for 'type to search'
    send Up
    wait_for '/cotton'
    send Escape
    send q
    after_exit 0
}

# v shows the file's original lines where the reader was (page-break lines included), and v again the clean text.
original_text() {
    start 120 40
    launch
    send :
    send -l 27e
    send Enter
    wait_for 'Reader  27.E'
    send v
    wait_for 'Reader  original · line'
    wait_for 'original text: v for the clean text'
    send PageDown
    send PageDown
    wait_for 'DUSHANBE 00000170 0'
    send v
    wait_for 'clean text'
    expect_absent 'Reader  original'
    send q
    after_exit 0
}

# y copies the unit with its citation through OSC 52 (tmux keeps it as a paste buffer with set-clipboard on);
# w writes the table to a CSV file in the current folder.
copy_and_write() {
    start 120 40
    tmx set-option -g set-clipboard on
    type_line "cd $WORK"
    launch
    send :
    send -l 27e
    send Enter
    wait_for 'Reader  27.E'
    send y
    wait_for 'copied 27.E with its citation'
    local deadline=$((SECONDS + TIMEOUT))
    until tmx show-buffer 2>/dev/null | grep -qF -- '— 10DUSHANBE170 ¶27.E, 2010 TRAFFICKING'; do
        ((SECONDS < deadline)) || fail "no OSC 52 copy in tmux's buffer: $(tmx show-buffer 2>&1 | tail -2)"
        sleep 0.05
    done
    send 2
    send w
    wait_for 'write CSV to: 10DUSHANBE170-Figures.csv'
    send Enter
    wait_for 'rows to 10DUSHANBE170-Figures.csv'
    head -1 "$WORK/10DUSHANBE170-Figures.csv" | grep -q '^ID,VALUE' || fail "no CSV written in $WORK"
    send q
    after_exit 0
}

# Ctrl-C in the search or go-to prompt cancels the prompt, as in less and vim; the browser goes on.
ctrl_c_in_prompt() {
    start 100 30
    launch
    send /
    send -l cotto
    wait_for '/cotto'
    send C-c
    wait_gone '/cotto'
    send :
    send -l 27
    send C-c
    wait_for 'Reader  1'
    expect_absent ':27'
    send q
    after_exit 0
}

# index_filter: f in the index narrows the entries as typed, under the headings of the groups that keep one, with a
# count in the pane's title; Enter keeps, Esc restores the filter before, an empty filter lists every entry again.
index_filter() {
    start 120 40
    launch
    send 3
    wait_for 'Paragraph references ('
    send f
    wait_for 'filter:'
    send -l traffick
    wait_for 'filter “traffick” · '
    wait_for 'Organisations ('
    wait_for 'Statutes ('
    expect_absent 'Paragraph references ('
    screen | grep -qE 'filter .traffick. · [0-9]+ of [0-9]+ entries' || fail "no count in the index's title"
    send Enter
    send f
    send C-u
    send -l zzz
    wait_for 'No entry holds'
    send Escape
    wait_for 'Statutes ('
    expect_absent 'No entry holds'
    send f
    send C-u
    send Enter
    wait_for 'Paragraph references ('
    send q
    after_exit 0
}

# standard_input: `cat FILE | cablegram -` and `cablegram - < FILE` read the cable from standard input and the keys
# from the terminal; the terminal is given back as it was.
standard_input() {
    local seed=$HERE/../../Data/10DUSHANBE170.txt
    start 120 40
    type_line "clear; stty -g > $WORK/before"
    type_line "cat $seed | $BIN -"
    wait_for 'Outline'
    wait_for '10DUSHANBE170'
    send :
    send -l 27.E
    send Enter
    wait_for 'Reader  27.E'
    send q
    after_exit 0
    type_line "clear; stty -g > $WORK/before"
    type_line "$BIN - < $seed"
    wait_for 'Outline'
    send /
    send -l cotton
    send Enter
    wait_for 'cotton'
    send q
    after_exit 0
}

sigterm() {
    start 100 30
    launch
    local pid
    pid=$(browser_pid)
    [[ -n $pid ]] || fail "no browser process"
    kill -TERM "$pid"
    after_exit 143
}

not_a_terminal() {
    start 200 30
    type_line "clear; $BIN | cat; echo PIPED:\${PIPESTATUS[0]}"
    wait_for 'PIPED:2'
    wait_for 'use `cablegram outline` or `cablegram export`'
    type_line "clear; echo | $BIN; echo STDIN:\$?"
    wait_for 'STDIN:2'
    wait_for 'cablegram outline'
}

# bad_input: a loading problem or an unknown TERM is said on one line before the screen is touched.
# TERM=dumb (no cursor addressing) gets a message and the status of a pipe, never a screen of garbage.
dumb_terminal() {
    start 200 30
    type_line "clear; TERM=dumb $BIN; echo DUMB:\$?"
    wait_for 'DUMB:2'
    wait_for 'cannot move the cursor'
    expect_absent 'Outline'
}

bad_input() {
    start 200 30
    type_line "clear; stty -g > $WORK/before; $BIN /no/such/cable.txt; echo MISSING:\$?"
    wait_for 'MISSING:66'
    wait_for 'cablegram: /no/such/cable.txt: no such file'
    type_line "TERM=no-such-terminal $BIN; status=\$?; stty -g > $WORK/after; echo TERM:\$status"
    wait_for 'TERM:2'
    wait_for 'the terminal type "no-such-terminal" is unknown'
    cmp -s "$WORK/before" "$WORK/after" || fail "stty -g changed"
}

latin1_cable() {
    local cable=$SHARED/cables/06NEWDELHI5239.txt
    [[ -f $cable ]] || { echo "SKIP [$CURRENT]: no $cable"; return 0; }
    start 120 40
    launch "$cable"
    wait_for '06NEWDELHI5239'
    wait_for 'CONFIDENTIAL'
    send :
    send -l 6c
    send Enter
    wait_for 'Reader  6.C'
    send q
    after_exit 0
}

# several_cables: a file holding two cables opens the first; > and < show the other.
several_cables() {
    local seed=$HERE/../../Data/10DUSHANBE170.txt
    { cat "$seed"; sed 's/#0170/#0171/; s/DUSHANBE 000170/DUSHANBE 000171/' "$seed"; } > "$WORK/two.txt"
    start 120 40
    launch "$WORK/two.txt"
    wait_for '10DUSHANBE170 (1/2)'
    wait_for 'cable 1 of the 2 in this file'
    send '>'
    wait_for '10DUSHANBE171 (2/2)'
    send '>'
    wait_for 'at the last cable of the file'
    send '<'
    wait_for '10DUSHANBE170 (1/2)'
    send q
    after_exit 0
}

# no_color: with NO_COLOR set, the screen carries attributes (reverse, bold) but no colour.
no_color() {
    start 120 40
    type_line "clear; stty -g > $WORK/before"
    type_line "NO_COLOR=1 $BIN"
    wait_for 'Outline'
    local styled
    styled=$(screen -e)
    grep -q $'\e\\[[0-9;]*7m\\|\e\\[7m' <<<"$styled" || fail "no reverse video without colour"
    if grep -qE $'\e\\[([0-9]+;)*(3[0-7]|4[0-7]|38|48)(;[0-9]+)*m' <<<"$styled"; then fail "colour despite NO_COLOR"; fi
    send q
    after_exit 0
}

colour() {
    start 120 40
    launch
    screen -e | grep -qE $'\e\\[([0-9]+;)*(3[0-7]|4[0-7])(;[0-9]+)*m' || fail "no colour on a colour terminal"
    send q
    after_exit 0
}

# library_list: ../shared/cables indexed into a temporary library; --library PATH opens the cable list (the count
# the index reported in its title), Enter opens the selected cable, Backspace returns to the list as it was, ? lists
# the list's keys, q quits.
library_list() {
    [[ -d $SHARED/cables ]] || fail "no shared cables at $SHARED"
    local library=$WORK/library.sqlite indexed third
    indexed=$("$BIN" index --library="$library" "$SHARED/cables" 2>&1) || fail "index failed: $indexed"
    local count
    count=$(sed -n 's/^indexed \([0-9,]*\) cables.*/\1/p' <<<"$indexed")
    [[ -n $count ]] || fail "no count in: $indexed"
    third=$("$BIN" list --library="$library" | sed -n 3p | awk '{print $2}')
    start 120 40
    type_line "clear; stty -g > $WORK/before"
    type_line "$BIN --library $library"
    wait_for "Cables  $count"
    wait_for "1 of $count"
    wait_for "$third"
    send End
    wait_for "$count of $count"
    send Home
    send Down
    send Down
    wait_for "3 of $count"
    send Enter
    wait_for 'Outline'
    wait_for 'Reader'
    screen | head -1 | grep -qF " $third " || fail "the title bar does not name $third"
    send BSpace
    wait_for "Cables  $count"
    wait_for "3 of $count"
    expect_absent 'Outline'
    send '?'
    wait_for "The library's cable list"
    send x
    wait_for "3 of $count"
    send q
    after_exit 0
}

# library_links: a cable of ../shared/cables opened from its file, with a library at $CABLEGRAM_LIBRARY that holds
# one of its REF cables and two more cables citing that one: the index says which REF cables the library holds,
# Enter opens the held one in the panes, its Cited by group lists the three cables citing it, Backspace comes back
# to the first cable with the index as it was, and a REF the library lacks is said so in the status line.
library_links() {
    [[ -d $SHARED/corpus ]] || fail "no shared corpus at $SHARED"
    local library=$WORK/links.sqlite indexed
    indexed=$("$BIN" index --library="$library" "$SHARED/cables/09MADRID347.txt" "$SHARED/corpus/06MADRID1914.txt" \
        "$SHARED/corpus/06MADRID2657.txt" "$SHARED/corpus/07MADRID1805.txt" 2>&1) || fail "index failed: $indexed"
    start 120 40
    type_line "clear; stty -g > $WORK/before"
    type_line "CABLEGRAM_LIBRARY=$library $BIN $SHARED/cables/09MADRID347.txt"
    wait_for 'Outline'
    send 3
    wait_for '= 06MADRID1914  REF line · in the library'
    wait_for '= 07MADRID2282  REF line · not in the library'
    send f
    tmx send-keys -t e2e -l '1914'
    send Enter
    send Enter
    wait_for 'opened 06MADRID1914 from 09MADRID347'
    screen | head -1 | grep -qF ' 06MADRID1914 ' || fail "the title bar does not name 06MADRID1914"
    send 3
    wait_for 'Cited by (3)'
    wait_for '07MADRID1805'
    wait_for '06MADRID2657'
    send BSpace
    wait_for '= 06MADRID1914  REF line · in the library'
    screen | head -1 | grep -qF ' 09MADRID347 ' || fail "Backspace did not come back to 09MADRID347"
    send f
    send C-u
    tmx send-keys -t e2e -l '2282'
    send Enter
    send Enter
    wait_for '07MADRID2282 is not in the library'
    send q
    after_exit 0
}

# open_folder: `cablegram DIR` indexes the folder into the library ($CABLEGRAM_LIBRARY) and opens the list on the
# folder's cables alone (a cable indexed from elsewhere is left out); the status line gives the index's summary.
# The second time nothing is read again: every file is unchanged.
open_folder() {
    [[ -d $SHARED/cables ]] || fail "no shared cables at $SHARED"
    local library=$WORK/folder.sqlite count outside
    count=$(find "$SHARED/cables" -name '*.txt' | wc -l)
    outside=$("$BIN" index --library="$library" "$SHARED/corpus/06MADRID1914.txt" 2>&1) || fail "index: $outside"
    start 120 40
    type_line "clear; stty -g > $WORK/before"
    type_line "CABLEGRAM_LIBRARY=$library $BIN $SHARED/cables"
    wait_for "$count new, 0 replaced, 0 unchanged"
    wait_for "Cables  $count of $((count + 1)) · file:"
    expect_absent '06MADRID1914'
    send Enter
    wait_for 'Outline'
    send BSpace
    wait_for "Cables  $count of $((count + 1))"
    send q
    after_exit 0
    type_line "clear; stty -g > $WORK/before"
    type_line "CABLEGRAM_LIBRARY=$library $BIN $SHARED/cables/"
    wait_for "0 new, 0 replaced, $count unchanged"
    wait_for "Cables  $count of $((count + 1)) · file:"
    send q
    after_exit 0
}

# library_features: the cable list filtered with date:2010 (the title counts it), reversed (an arrow on the heading),
# `:` to an id outside the filter (said so) and inside it (selected), the preview beside the list at 200 columns,
# Enter opens with the place in the title, `<` steps to the previous cable of the list, Backspace returns with the
# filter intact, a filter with words shows hit counts and Esc puts the list back; the filter kept is recalled with ↑
# in the next run, from $XDG_STATE_HOME/cablegram/filter-history.
library_features() {
    [[ -d $SHARED/cables ]] || fail "no shared cables at $SHARED"
    local library=$WORK/library.sqlite state=$WORK/state indexed total kept last outside
    indexed=$("$BIN" index --library="$library" "$SHARED/cables" 2>&1) || fail "index failed: $indexed"
    total=$("$BIN" list --library="$library" | tail -1 | awk '{print $3}')
    kept=$("$BIN" list --library="$library" date:2010 | tail -1 | awk '{print $1}')
    last=$("$BIN" list --library="$library" date:2010 --reverse | sed -n 1p | awk '{print $2}')
    outside=$("$BIN" list --library="$library" date:..2009 | sed -n 1p | awk '{print $2}')
    [[ -n $kept && $kept -ge 2 && -n $outside ]] || fail "the shared cables lack cables of 2010 and before"
    start 200 50
    type_line "clear; stty -g > $WORK/before"
    type_line "XDG_STATE_HOME=$state $BIN --library $library"
    wait_for "Cables  $total"
    wait_for 'Preview'
    wait_for 'Subject'
    send f
    send -l 'date:2010'
    wait_for "Cables  $kept of $total · date:2010"
    send Enter
    send r
    wait_for 'Date ↓'
    screen | grep -F "$last" | head -1 | grep -qF "$last" || fail "$last is not listed"
    send :
    send -l "$outside"
    send Enter
    wait_for "$outside is not in this list (filter: date:2010)"
    send :
    send -l "$last"
    send Enter
    wait_for "1 of $kept"
    send Down
    wait_for "2 of $kept"
    send Enter
    wait_for 'Reader'
    wait_for "Library › date:2010 › "
    wait_for "(2 of $kept)"
    send '<'
    wait_for "(1 of $kept)"
    screen | head -1 | grep -qF "$last" || fail "< did not open $last"
    send BSpace
    wait_for "Cables  $kept of $total · date:2010"
    wait_for "1 of $kept"
    send f
    send C-u
    send -l 'trafficking'
    wait_for 'Hits'
    send Escape
    wait_for "Cables  $kept of $total · date:2010"
    expect_absent 'Hits'
    send q
    after_exit 0
    grep -qxF 'date:2010' "$state/cablegram/filter-history" || fail "the filter was not kept in filter-history"
    type_line "clear; stty -g > $WORK/before"
    type_line "XDG_STATE_HOME=$state $BIN --library $library"
    wait_for "Cables  $total"
    send f
    send Up
    wait_for 'filter: date:2010'
    send Escape
    send q
    after_exit 0
}

# link_tip_cables DIR: links into DIR the TIP report cables of ../shared/library that issue 15 names.
link_tip_cables() {
    mkdir -p "$1"
    for id in 06REYKJAVIK68 07REYKJAVIK49 07REYKJAVIK90 08REYKJAVIK36 09REYKJAVIK49 09REYKJAVIK50 10REYKJAVIK31 \
        05SANJOSE488 06SANJOSE481 07SANJOSE524 09SANJOSE127 09SANJOSE128 07BOGOTA1457; do
        [[ -f $SHARED/library/$id.txt ]] && ln -s "$SHARED/library/$id.txt" "$1/"
    done
}

# library_pivot: the TIP report cables of ../shared/library named in issue 15 and ../shared/cables indexed into a
# temporary library; the list filtered with tag:KTIP, Tab shows the pivot of its cables (the reading's progress, then
# the rows `stats --pivot` gives), Enter on the first investigated count opens the cable whose figure gives it with
# the status line naming the unit, Backspace returns to the pivot with the filter, Tab to the list, and a filter
# typed from the pivot reads it again for the cables kept.
library_pivot() {
    [[ -d $SHARED/library ]] || fail "no shared library at $SHARED"
    local library=$WORK/pivot.sqlite tip=$WORK/tip indexed kept csv row cable country id
    link_tip_cables "$tip"
    indexed=$("$BIN" index --library="$library" "$SHARED/cables" "$tip" 2>&1) || fail "index failed: $indexed"
    kept=$("$BIN" list --library="$library" tag:KTIP | tail -1 | awk '{print $1}')
    csv=$("$BIN" stats --library="$library" tag:KTIP --pivot --csv | tr -d '\r') || fail "stats --pivot failed"
    row=$(awk -F, 'NR > 1 && $3 != "" { print NR - 2; exit }' <<<"$csv")
    cable=$(awk -F, -v row="$row" 'NR == row + 2 { split($NF, ids, " "); print ids[1] }' <<<"$csv")
    country=$(awk -F, 'NR == 2 { print $1 }' <<<"$csv")
    [[ -n $kept && -n $row && -n $cable ]] || fail "no investigated count in the pivot: $csv"
    start 120 40
    type_line "clear; stty -g > $WORK/before"
    type_line "$BIN --library $library"
    wait_for 'Cables  '
    send f
    send -l 'tag:KTIP'
    send Enter
    wait_for "Cables  $kept of "
    send Tab
    wait_for 'Pivot'
    wait_for "country by year of $kept cables · tag:KTIP"
    wait_for "$country"
    wait_for 'Investigated'
    for ((id = 0; id < row; id++)); do send Down; done
    send Enter
    wait_for "$cable ¶"
    wait_for 'Reader'
    screen | head -1 | grep -qF " $cable " || fail "the title bar does not name $cable"
    send BSpace
    wait_for "country by year of $kept cables · tag:KTIP"
    send Tab
    wait_for "Cables  $kept of "
    send Tab
    send f
    send C-u
    send -l 'tag:KTIP origin:DUSHANBE'
    send Enter
    wait_for 'country by year of 1 cable · tag:KTIP origin:DUSHANBE'
    wait_for 'Tajikistan'
    expect_absent "$country  "
    send q
    after_exit 0
}

# cpu_ticks PID: the process's user and system time so far, in clock ticks.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

# library_pivot_ask: ../shared/cables and the TIP report cables indexed into a temporary library, opened with
# CABLEGRAM_PIVOT_ASKS_ABOVE set to the count tag:KTIP keeps: Tab on the whole list asks before reading it, n returns
# to the list unread; y reads it with its progress in the title, and Esc stops the reading (half a second later the
# browser idles: under 50 ms of CPU in the second after) and shows the list; Tab asks again, and a filter typed at
# the question (tag:KTIP, short) is read without asking, its trend drawn in blocks.
library_pivot_ask() {
    [[ -d $SHARED/library ]] || fail "no shared library at $SHARED"
    local library=$WORK/ask.sqlite tip=$WORK/tip indexed total kept pid before spent
    link_tip_cables "$tip"
    indexed=$("$BIN" index --library="$library" "$SHARED/cables" "$tip" 2>&1) || fail "index failed: $indexed"
    total=$("$BIN" list --library="$library" | tail -1 | awk '{print $1}')
    kept=$("$BIN" list --library="$library" tag:KTIP | tail -1 | awk '{print $1}')
    ((kept < total)) || fail "tag:KTIP keeps $kept of $total cables"
    start 120 40
    type_line "clear; stty -g > $WORK/before"
    type_line "CABLEGRAM_PIVOT_ASKS_ABOVE=$kept $BIN --library $library"
    wait_for "Cables  $total"
    send Tab
    wait_for "Read the figures of $total cables? (takes a while)  y / n"
    wait_for 'y read'
    send n
    wait_for "Cables  $total"
    expect_absent 'Read the figures'
    send Tab
    wait_for "Read the figures of $total cables?"
    send y
    wait_for "reading "
    wait_for " of $total cables"
    send Escape
    wait_for "Cables  $total"
    pid=$(browser_pid)
    [[ -n $pid ]] || fail "no browser process"
    # NB: the cable being read when Esc came is finished (a tenth of a second or so in a debug build); the second
    # after it is measured.
    sleep 0.5
    before=$(cpu_ticks "$pid")
    sleep 1
    spent=$(($(cpu_ticks "$pid") - before))
    ((spent < 5)) || fail "the reading went on after Esc: $spent ticks of CPU in a second"
    send Tab
    wait_for "Read the figures of $total cables?"
    send f
    send -l 'tag:KTIP'
    send Enter
    wait_for "country by year of $kept cables · tag:KTIP"
    wait_for 'Iceland'
    screen | grep -q '[▁▂▃▄▅▆▇█]' || fail "no trend drawn for a country with several years"
    send q
    after_exit 0
}

# NB: hardening.sh sources this file for its helpers; the scenarios run only when it is executed.
[[ ${BASH_SOURCE[0]} == "$0" ]] || return 0

run=("$@")
((${#run[@]})) || run=("${SCENARIOS[@]}")
for CURRENT in "${run[@]}"; do
    declare -F "$CURRENT" >/dev/null || { echo "no scenario $CURRENT"; exit 2; }
    "$CURRENT"
    echo "ok [$CURRENT]"
done
