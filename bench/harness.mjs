// A small timing harness: warm-up, then several batches; the figure is the median of the
// per-operation times of the batches. Time is the process's CPU time (user + system, from
// process.cpuUsage), so that other processes on a shared machine, which take the CPU away
// from this one, do not show up as slowness; wall time is recorded beside it. Competing functions run in interleaved batches
// (A, B, A, B, …) so that load on a shared machine, GC and CPU frequency hit both alike, and
// a ratio of two medians taken in the same process is fairer than two separate runs.

import { performance } from 'node:perf_hooks';

/** Median of numbers (average of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** How many calls of `fn` fill about `targetMs` milliseconds (at least 1). */
function calibrate(fn, targetMs) {
  let n = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < n; i += 1) fn();
    const elapsed = performance.now() - start;
    if (elapsed >= targetMs / 4 || n >= 1 << 20)
      return Math.max(1, Math.round((n * targetMs) / Math.max(elapsed, 1e-3)));
    n *= 4;
  }
}

// Keeps results alive so the JIT cannot drop the work.
let sink;
export function consume(value) {
  sink = value;
  return sink;
}

/**
 * Times several functions against each other.
 * @param cases - `{ name: () => unknown }`
 * @param options - `batches` (default 15), `batchMs` (target time of one batch, default 60),
 *   `warmupMs` (default 300)
 * @returns `{ name: { median, min, max, wall, batches, opsPerBatch } }`: CPU microseconds per op
 *   (median, min and max over the batches) and the median wall-clock microseconds per op
 */
export function compare(cases, { batches = 15, batchMs = 60, warmupMs = 300 } = {}) {
  const names = Object.keys(cases);
  for (const name of names) {
    const fn = cases[name];
    const until = performance.now() + warmupMs;
    while (performance.now() < until) consume(fn());
  }
  const ops = Object.fromEntries(names.map((name) => [name, calibrate(cases[name], batchMs)]));
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  const wall = Object.fromEntries(names.map((name) => [name, []]));
  for (let b = 0; b < batches; b += 1) {
    // Alternate the order too, so neither side always runs right after a GC of the other.
    const order = b % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const fn = cases[name];
      const n = ops[name];
      const start = performance.now();
      const cpu = process.cpuUsage();
      for (let i = 0; i < n; i += 1) consume(fn());
      const used = process.cpuUsage(cpu);
      samples[name].push((used.user + used.system) / n);
      wall[name].push(((performance.now() - start) * 1000) / n);
    }
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        median: median(samples[name]),
        min: Math.min(...samples[name]),
        max: Math.max(...samples[name]),
        wall: median(wall[name]),
        batches,
        opsPerBatch: ops[name],
      },
    ]),
  );
}

/** Times one function alone (same method as `compare`). */
export function time(fn, options) {
  return compare({ fn }, options).fn;
}

/** Formats microseconds for a table: µs below 10 ms, else ms. */
export function formatTime(us) {
  if (us < 1) return `${(us * 1000).toFixed(0)} ns`;
  if (us < 10_000) return `${us < 100 ? us.toFixed(1) : us.toFixed(0)} µs`;
  return `${(us / 1000).toFixed(1)} ms`;
}
