#!/usr/bin/env python3
"""Summarises a Java Flight Recorder file of a gospages run: where the time goes.

Usage: bench/jfr_hotspots.py RECORDING.jfr [--src DIR] [--top N] [--depth D]

Reads the recording with the JDK's `jfr print` (text form) and prints:
  * the job's steps (Spring Batch 6 StepExecutionEvent): start offset and duration;
  * CPU samples (jdk.ExecutionSample) per step window and per thread group;
  * per step: hot methods by self samples (top frame), by "own code" (the nearest ru.gospages frame
    above the sample, i.e. our method plus the library code it called) and inclusive ru.gospages methods;
  * inside `outputs`: samples per call path below the output tasklet (which file costs what);
    --src DIR (a copy of src/main/java of the measured build) adds the source text of each line;
  * threads in native code (jdk.NativeMethodSample: file I/O, fsync ...);
  * allocation (jdk.ObjectAllocationSample weights) by class and by allocating ru.gospages frame;
  * garbage collection: count, total and longest pause, heap used after GC.
Only the JDK's `jfr` tool and Python 3 are needed.
"""
import argparse
import collections
import os
import re
import subprocess
import sys

OWN = "ru.gospages."
STEPS = ["prepare", "intake", "merge", "carryOver", "outputs", "complete"]
UNITS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0, "min": 60.0, "h": 3600.0, "d": 86400.0}
SIZES = {"bytes": 1, "byte": 1, "kB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12}
FRAME = re.compile(r"^\s{4}(\S.*?)(?: line: (-?\d+))?\s*$")


def events(jfr, recording, names, depth=64):
    """Yields each event of the given types as a dict of its top-level fields plus 'stack' [(method, line)]."""
    cmd = [jfr, "print", "--events", names, "--stack-depth", str(depth), recording]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, encoding="utf-8", errors="replace", bufsize=1 << 20)
    event = None
    in_stack = False
    nested = 0
    for raw in proc.stdout:
        line = raw.rstrip("\n")
        if event is None:
            if line.endswith("{") and not line.startswith(" "):
                event = {"type": line[:-1].strip(), "stack": []}
            continue
        if in_stack:
            if line.startswith("  ]"):
                in_stack = False
                continue
            m = FRAME.match(line)
            if m and m.group(1) != "...":
                event["stack"].append((m.group(1), int(m.group(2)) if m.group(2) else -1))
            continue
        if nested:
            if line.strip() == "}":
                nested -= 1
            elif line.rstrip().endswith("{"):
                nested += 1
            continue
        if line == "}":
            yield event
            event = None
            continue
        if line.startswith("  ") and not line.startswith("   ") and " = " in line:
            key, value = line.strip().split(" = ", 1)
            if value == "[":
                in_stack = key == "stackTrace"
                if not in_stack:
                    nested = 0
                continue
            if value == "{":
                nested = 1
                continue
            event[key] = value
    proc.wait()


def seconds_of_day(text):
    m = re.match(r"(\d+):(\d+):(\d+(?:\.\d+)?)", text)
    return int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3)) if m else None


def duration(text):
    total = 0.0
    for number, unit in re.findall(r"([\d.]+)\s*([a-zµ]+)", text or ""):
        total += float(number) * UNITS.get(unit, 0)
    return total


def size(text):
    m = re.match(r"([\d.]+)\s*(\w+)", text or "")
    return float(m.group(1)) * SIZES.get(m.group(2), 1) if m else 0.0


def quoted(text):
    m = re.match(r'"([^"]*)"', text or "")
    return m.group(1) if m else (text or "")


def method_name(frame):
    return frame.split("(", 1)[0]


def short(method):
    parts = method.split(".")
    # package.Class.method → Class.method (keep nested class names)
    for i, p in enumerate(parts):
        if p[:1].isupper():
            return ".".join(parts[i:])
    return method


def thread_group(name):
    if name.startswith("intake-"):
        return "intake-N"
    return name if name in ("main", "progress") else "other"


class Clock:
    """Turns HH:MM:SS.fff into seconds, unwrapping midnight."""

    def __init__(self):
        self.base = None
        self.last = None
        self.days = 0

    def __call__(self, text):
        t = seconds_of_day(text)
        if t is None:
            return None
        if self.last is not None and t + 3600 < self.last:
            self.days += 1
        self.last = t
        return t + self.days * 86400


def pct(n, total):
    return f"{100.0 * n / total:5.1f} %" if total else "   -  "


def table(title, counter, total, top, width=100):
    print(f"  {title}")
    for key, n in counter.most_common(top):
        text = key if len(key) <= width else key[: width - 1] + "…"
        print(f"    {n:7d} {pct(n, total)}  {text}")


def source_line(src, method, line):
    if not src or line < 0:
        return ""
    cls = method.rsplit(".", 1)[0].split("$")[0]
    path = os.path.join(src, cls.replace(".", "/") + ".java")
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.readlines()
        return lines[line - 1].strip() if 0 < line <= len(lines) else ""
    except OSError:
        return ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("recording")
    ap.add_argument("--src", help="src/main/java of the measured build, to show source lines")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--depth", type=int, default=96)
    ap.add_argument("--jfr", default=os.path.join(os.environ.get("JAVA_HOME", ""), "bin", "jfr")
                    if os.environ.get("JAVA_HOME") else "jfr")
    a = ap.parse_args()
    clock = Clock()

    # ---- steps (Spring Batch 6 JFR events) -------------------------------------------------------------
    steps = []
    partitions = []
    first_time = None
    for e in events(a.jfr, a.recording, "StepExecutionEvent", depth=1):
        start = clock(e.get("startTime", ""))
        name = quoted(e.get("stepName"))
        d = duration(e.get("duration"))
        (partitions if ":" in name else steps).append((name, start, d))
    steps.sort(key=lambda s: s[1])
    # ---- CPU samples ---------------------------------------------------------------------------------
    clock2 = Clock()
    samples = []  # (time, thread, stack)
    for e in events(a.jfr, a.recording, "jdk.ExecutionSample", depth=a.depth):
        t = clock2(e.get("startTime", ""))
        samples.append((t, quoted(e.get("sampledThread")), e["stack"]))
    if not samples:
        print("no jdk.ExecutionSample events in the recording")
        return
    t0 = min(s[0] for s in samples)
    t_end = max(s[0] for s in samples)

    def window(t):
        if steps and t < steps[0][1]:
            return "start-up"
        for name, start, d in steps:
            if start <= t <= start + d:
                return name
        if steps and t > steps[-1][1] + steps[-1][2]:
            return "after job"
        return "between steps"

    print(f"Recording: {a.recording}")
    print(f"CPU samples: {len(samples)} over {t_end - t0:.1f} s (jdk.ExecutionSample, Java code only)")
    print()
    print("Steps (StepExecutionEvent): offset from the first sample, duration")
    for name, start, d in steps:
        print(f"  {name:<12} +{start - t0:7.2f} s  {d:8.2f} s")
    if partitions:
        ds = sorted(p[2] for p in partitions)
        print(f"  intake partitions: {len(ds)}, sum {sum(ds):.1f} s, mean {sum(ds) / len(ds):.3f} s, "
              f"median {ds[len(ds) // 2]:.3f} s, max {ds[-1]:.3f} s")
    print()

    by_window = collections.defaultdict(list)
    for s in samples:
        by_window[window(s[0])].append(s)
    order = ["start-up"] + [s[0] for s in steps] + ["between steps", "after job"]
    print("Samples per window and thread group")
    groups = ["main", "intake-N", "progress", "other"]
    print(f"  {'window':<14}{'samples':>9}{'share':>9}   " + "".join(f"{g:>10}" for g in groups))
    for w in order:
        ss = by_window.get(w, [])
        if not ss:
            continue
        g = collections.Counter(thread_group(s[1]) for s in ss)
        print(f"  {w:<14}{len(ss):9d}{pct(len(ss), len(samples)):>9}   " + "".join(f"{g.get(x, 0):10d}" for x in groups))
    print()

    def report(title, ss):
        total = len(ss)
        self_counter = collections.Counter()
        own_counter = collections.Counter()
        incl_counter = collections.Counter()
        pkg_counter = collections.Counter()
        for _, _, stack in ss:
            if not stack:
                continue
            top = method_name(stack[0][0])
            self_counter[short(top)] += 1
            pkg = ".".join(p for p in top.split(".")[:3] if not p[:1].isupper())
            pkg_counter[pkg] += 1
            own = next((method_name(f) for f, _ in stack if f.startswith(OWN)), None)
            own_counter[short(own) if own else "(no ru.gospages frame)"] += 1
            seen = set()
            for f, _ in stack:
                m = method_name(f)
                if m.startswith(OWN) and m not in seen:
                    seen.add(m)
                    incl_counter[short(m)] += 1
        print(f"== {title}: {total} samples")
        table("self (top frame):", self_counter, total, a.top)
        table("by package of the top frame:", pkg_counter, total, 8)
        table("by nearest ru.gospages frame (our method + the library code it calls):", own_counter, total, a.top)
        table("inclusive ru.gospages methods:", incl_counter, total, a.top)
        print()

    report("whole run", samples)
    for w in order:
        ss = by_window.get(w, [])
        if len(ss) >= max(20, 0.02 * len(samples)):
            report(w, ss)

    # ---- outputs: which file costs what ---------------------------------------------------------------
    out = by_window.get("outputs", [])
    if out:
        paths = collections.Counter()
        for _, _, stack in out:
            own = [(method_name(f), line) for f, line in reversed(stack) if f.startswith(OWN)]
            # from the tasklet upwards: the tasklet line, then the next two of our frames
            idx = next((i for i, (m, _) in enumerate(own) if "Tasklet" in m or "Publication" in m), 0)
            chain = own[idx: idx + 3]
            if not chain:
                paths["(no ru.gospages frame)"] += 1
                continue
            head = chain[0]
            src = source_line(a.src, head[0], head[1])
            key = f"{short(head[0])}:{head[1]}" + (f"  «{src}»" if src else "")
            key += "".join(f" → {short(m)}:{l}" for m, l in chain[1:])
            paths[key] += 1
        print(f"== outputs by call path (tasklet line → our next frames): {len(out)} samples")
        for key, n in paths.most_common(25):
            print(f"    {n:7d} {pct(n, len(out))}  {key[:220]}")
        print()

    # ---- native samples -------------------------------------------------------------------------------
    clock3 = Clock()
    native = collections.Counter()
    native_own = collections.Counter()
    nn = 0
    for e in events(a.jfr, a.recording, "jdk.NativeMethodSample", depth=a.depth):
        t = clock3(e.get("startTime", ""))
        if not e["stack"]:
            continue
        w = window(t)
        if w in ("start-up", "after job"):
            continue
        nn += 1
        native[f"{w:<10} {short(method_name(e['stack'][0][0]))}"] += 1
        own = next((method_name(f) for f, _ in e["stack"] if f.startswith(OWN)), None)
        if own:
            native_own[f"{w:<10} {short(own)}"] += 1
    if nn:
        print(f"== threads in native code during the job (jdk.NativeMethodSample, every 20 ms per thread): {nn} samples")
        table("top native frame:", native, nn, a.top)
        table("nearest ru.gospages frame:", native_own, nn, 10)
        print()

    # ---- allocation --------------------------------------------------------------------------------------
    alloc_cls = collections.Counter()
    alloc_own = collections.Counter()
    alloc_step = collections.Counter()
    total_alloc = 0.0
    clock4 = Clock()
    for e in events(a.jfr, a.recording, "jdk.ObjectAllocationSample", depth=a.depth):
        t = clock4(e.get("startTime", ""))
        w = size(e.get("weight"))
        total_alloc += w
        cls = (e.get("objectClass") or "?").split(" (", 1)[0]
        alloc_cls[cls] += w
        alloc_step[window(t)] += w
        own = next((method_name(f) for f, _ in e["stack"] if f.startswith(OWN)), None)
        alloc_own[short(own) if own else "(no ru.gospages frame)"] += w
    if total_alloc:
        print(f"== allocation (jdk.ObjectAllocationSample weights): about {total_alloc / 1e9:.1f} GB in total")
        for title, counter in (("by window:", alloc_step), ("by class:", alloc_cls), ("by nearest ru.gospages frame:", alloc_own)):
            print(f"  {title}")
            for key, w in counter.most_common(a.top if title != "by window:" else 10):
                print(f"    {w / 1e6:9.0f} MB {100.0 * w / total_alloc:5.1f} %  {key[:110]}")
        print()

    # ---- GC -------------------------------------------------------------------------------------------
    count = 0
    pauses = 0.0
    longest = 0.0
    per_window = collections.defaultdict(lambda: [0, 0.0, 0.0, 0.0])  # collections, pauses, longest, max heap after
    kinds = collections.Counter()
    clock5 = Clock()
    for e in events(a.jfr, a.recording, "jdk.GarbageCollection", depth=1):
        w = window(clock5(e.get("startTime", "")))
        count += 1
        p = duration(e.get("sumOfPauses"))
        pauses += p
        longest = max(longest, duration(e.get("longestPause")))
        kinds[quoted(e.get("name")) or e.get("name", "?")] += 1
        per_window[w][0] += 1
        per_window[w][1] += p
        per_window[w][2] = max(per_window[w][2], duration(e.get("longestPause")))
    used_after = []
    clock6 = Clock()
    for e in events(a.jfr, a.recording, "jdk.GCHeapSummary", depth=1):
        if quoted(e.get("when")) == "After GC":
            u = size(e.get("heapUsed"))
            used_after.append(u)
            w = window(clock6(e.get("startTime", "")))
            per_window[w][3] = max(per_window[w][3], u)
    print(f"== GC: {count} collections ({', '.join(f'{k} {n}' for k, n in kinds.most_common())}), pauses {pauses:.2f} s "
          f"in total, longest {longest * 1000:.0f} ms; heap used after GC: max {max(used_after) / 1e6 if used_after else 0:.0f} MB")
    for w in order:
        if w in per_window:
            n, p, l, u = per_window[w]
            print(f"  {w:<14} {n:5d} collections, pauses {p:6.2f} s, longest {l * 1000:5.0f} ms, heap after GC max {u / 1e6:5.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
