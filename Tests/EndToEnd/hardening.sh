#!/usr/bin/env bash
# Signals, terminal state and hostile text: the built cablegram in tmux, with the helpers of browser.sh (a private
# tmux server per scenario, send-keys, polling capture-pane until the expected text shows; never a fixed sleep).
# After every scenario the shell's `stty -g` must equal what it was before the program started.
#
#   hardening.sh CABLEGRAM [SCENARIO...]     (no scenario: all of them; `hardening.sh --list` names them)
set -u

HARDENING_SCENARIOS=(sigint sighup sigquit suspend_and_resume stop_resize_continue resize_while_suspended
    resize_storm_while_searching hostile_text)

if [[ ${1:-} == --list ]]; then
    printf '%s\n' "${HARDENING_SCENARIOS[@]}"
    exit 0
fi
# shellcheck source=browser.sh
source "$(dirname "$0")/browser.sh" "$@"
shift

# signal_ends NAME STATUS: the browser gets the signal from outside and ends with STATUS, the terminal restored.
signal_ends() {
    start 120 40
    launch
    local pid
    pid=$(browser_pid)
    [[ -n $pid ]] || fail "no browser process"
    kill "-$1" "$pid"
    after_exit "$2"
}

sigint() { signal_ends INT 130; }
sighup() { signal_ends HUP 129; }
sigquit() { signal_ends QUIT 131; }

# wait_stopped: until the shell reports the job stopped and shows its prompt again.
wait_stopped() {
    wait_for 'Stopped'
    local deadline=$((SECONDS + TIMEOUT))
    until [[ $(screen | grep -v '^$' | tail -1) == '$' ]]; do
        ((SECONDS < deadline)) || fail "no prompt after the stop"
        sleep 0.05
    done
}

# suspend_and_resume: Ctrl-Z and an outside SIGTSTP give the shell back with its terminal modes; fg redraws.
suspend_and_resume() {
    start 120 40
    launch
    wait_for '10DUSHANBE170'
    send C-z
    wait_stopped
    type_line "stty -g > $WORK/suspended; clear"
    wait_gone 'Stopped'
    cmp -s "$WORK/before" "$WORK/suspended" || fail "stty -g while suspended: $(cat "$WORK/suspended")"
    type_line "fg"
    wait_for 'Outline'
    wait_for '10DUSHANBE170'
    expect_absent 'Stopped'
    kill -TSTP "$(browser_pid)"
    wait_stopped
    type_line "clear; fg"
    wait_for 'Outline'
    wait_for '10DUSHANBE170'
    send q
    after_exit 0
}

# stop_resize_continue: stopped by SIGSTOP (which cannot be caught) while the window shrinks, then continued: the
# browser draws at the new size. The shell runs without job control, as under a script or a supervisor, so the
# browser keeps the terminal while stopped and the resize's SIGWINCH waits for it.
stop_resize_continue() {
    start 200 50
    type_line "set +m"
    launch
    wait_for 'Statistics'
    expect_absent '1·Outline'
    local pid
    pid=$(browser_pid)
    kill -STOP "$pid"
    tmx resize-window -t e2e -x 80 -y 24
    kill -CONT "$pid"
    wait_for '1·Outline │ 1·Reader │ 2·Statistics │ 3·Index'
    send q
    after_exit 0
}

# resize_while_suspended: the window shrinks while the browser is suspended (Ctrl-Z), so its SIGWINCH goes to the
# shell; after fg the browser still draws at the new size.
resize_while_suspended() {
    start 200 50
    launch
    wait_for 'Statistics'
    expect_absent '1·Outline'
    send C-z
    wait_stopped
    tmx resize-window -t e2e -x 80 -y 24
    type_line "clear; fg"
    wait_for '1·Outline │ 1·Reader │ 2·Statistics │ 3·Index'
    send q
    after_exit 0
}

# resize_storm_while_searching: hundreds of resizes while a query is being typed; the query survives, the search
# runs, and the last size is the one drawn.
resize_storm_while_searching() {
    start 120 40
    launch
    send /
    send -l cot
    wait_for '/cot'
    local sizes=("200 50" "80 24" "40 12" "120 40" "30 8" "100 30") rest=ton i
    for ((i = 0; i < 300; i++)); do
        # shellcheck disable=SC2086
        tmx resize-window -t e2e -x ${sizes[i % 6]% *} -y ${sizes[i % 6]#* }
        ((i % 100 == 50)) && send -l "${rest:i / 100:1}"
    done
    tmx resize-window -t e2e -x 80 -y 24
    wait_for '/cotton'
    wait_for ' matches'
    send Enter
    wait_for '/cotton 1/'
    wait_for '1·Outline │ 1·Reader │ 2·Statistics │ 3·Index'
    local pid
    pid=$(browser_pid)
    for ((i = 0; i < 200; i++)); do kill -WINCH "$pid"; done
    send n
    wait_for '/cotton 2/'
    send q
    after_exit 0
}

# hostile_text: a cable that tries to set the title, write the clipboard (OSC 52), clear the screen and reorder text
# shows all of it as visible escapes; tmux's title and paste buffers stay untouched.
hostile_text() {
    local cable=$WORK/hostile.txt
    {
        printf 'UNCLAS ALPHA 000001\n\nSUBJECT: \033]2;subject-owned\007TITLE\n\n'
        printf '1. (U) Title \033]0;owned\007, clipboard \033]52;c;b3duZWQ=\007, clear \033[2J\033[H, '
        printf 'DCS \033Pq#0\033\\, C1 \302\2332J, bidi abc\342\200\256fed\342\200\254.\n\n2. (U) '
        for _ in $(seq 1 60); do printf 'Plain prose fills the rest of the cable. '; done
        printf '\n'
    } > "$cable"
    start 120 40
    tmx set-option -g set-clipboard on
    local title
    title=$(tmx display -p -t e2e '#{pane_title}')
    launch "$cable"
    send :
    send -l 1
    send Enter
    wait_for 'Title ^[]0;owned^G, clipboard ^[]52;c;b3duZWQ=^G'
    wait_for 'clear ^[[2J^[[H'
    wait_for 'C1 <U+009B>2J, bidi abc<U+202E>fed<U+202C>.'
    wait_for '^[]2;subject-owned^GTITLE'
    [[ $(tmx display -p -t e2e '#{pane_title}') == "$title" ]] || fail "the pane title changed"
    [[ -z $(tmx list-buffers) ]] || fail "a paste buffer was set: $(tmx list-buffers)"
    wait_for 'Outline'
    send q
    after_exit 0
}

run=("$@")
((${#run[@]})) || run=("${HARDENING_SCENARIOS[@]}")
for CURRENT in "${run[@]}"; do
    declare -F "$CURRENT" >/dev/null || { echo "no scenario $CURRENT"; exit 2; }
    "$CURRENT"
    echo "ok [$CURRENT]"
done
