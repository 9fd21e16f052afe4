#!/bin/bash
# Every test function in a test's source runs: moc reads the class to list the slots QtTest runs, and a text it
# misreads (a raw string holding \") ends its list there, so the functions after it never ran and nothing failed.
# Compares each built test's -functions with the `void name()` of its source (Windows-only ones aside).
# Usage: every-slot-runs.sh SOURCE_TESTS_DIR BUILT_TESTS_DIR TEST...
set -u
sources=$1 built=$2 bad=0 checked=0
shift 2
for name in "$@"; do
    source=$sources/$name.cpp
    binary=$built/$name
    [ -x "$binary" ] || { echo "$name: not built"; bad=1; continue; }
    wanted=$(awk '/^#ifdef Q_OS_WIN/ {skip++; next} skip && /^#if/ {skip++; next} skip && /^#endif/ {skip--; next} !skip && /^    void [A-Za-z0-9_]+\(\)$/ {
        sub(/^    void /, ""); sub(/\(\)$/, ""); print }' "$source" |
        grep -vE '_data$|^(init|cleanup|initTestCase|cleanupTestCase)$' | sort -u)
    listed=$(QT_QPA_PLATFORM=offscreen "$binary" -functions 2>/dev/null | sed 's/()$//' | sort -u)
    missing=$(comm -23 <(printf '%s\n' "$wanted") <(printf '%s\n' "$listed") | grep -v '^$')
    if [ -n "$missing" ]; then
        echo "$name: never run by QtTest (moc did not list them): $(echo $missing)"
        bad=1
    fi
    checked=$((checked + 1))
done
echo "$checked test programs checked"
[ "$checked" -gt 0 ] && exit $bad || exit 1
