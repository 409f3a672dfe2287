// How npm run bench measures: a command against a baseline, run in turn, medians and their ratio.
import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";

const INTERLEAVE = fileURLToPath(new URL("interleave.mjs", import.meta.url));

export interface Comparison {
  name: string;
  baseline: string[];
  command: string[];
  target: number;
  runs: number;
  /** Peak memory allowed, in bytes, if the comparison has a memory target. */
  memoryLimit?: number;
  /** Makes what the comparison needs (a file, an index) before it is timed. */
  prepare?: () => void;
}

/** A row of the table, measured when it is asked for. */
export interface Measured {
  name: string;
  measure: () => string[] | Promise<string[]>;
}

export function requireTool(tool: string, hint: string): void {
  if (!hasTool(tool)) {
    console.error(`bench: ${tool} is missing; ${hint}`);
    process.exit(2);
  }
}

export function hasTool(tool: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
}

/**
 * Wall times in milliseconds of the baseline and the command, run in turn by bench/interleave.mjs;
 * the output is thrown away, as into /dev/null.
 */
function timeInterleaved(comparison: Comparison): { baseline: number[]; ours: number[] } {
  const input = JSON.stringify([comparison.runs, comparison.baseline, comparison.command]);
  const result = spawnSync(process.execPath, [INTERLEAVE, input], { stdio: ["ignore", "pipe", "inherit"] });
  if (result.status !== 0) throw new Error(`${comparison.name}: timing failed`);
  const { a, b } = JSON.parse(result.stdout.toString()) as { a: number[]; b: number[] };
  return { baseline: a, ours: b };
}

/** Peak resident memory of one run in bytes, read by GNU time. */
function peakMemory(command: string[]): number {
  const devNull = openSync("/dev/null", "w"); // write-only, as in interleave.mjs
  const result = spawnSync("/usr/bin/time", ["-f", "%M", ...command], { stdio: ["ignore", devNull, "pipe"] });
  closeSync(devNull);
  const kilobytes = Number(result.stderr.toString().trim().split("\n").at(-1));
  return kilobytes * 1024;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The value below which this share of the values lie (nearest rank). */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(1)} ms`);

/** Times a comparison and gives its row of the table. */
export function compare(comparison: Comparison): string[] {
  comparison.prepare?.();
  const { baseline, ours } = timeInterleaved(comparison);
  const ratio = median(ours) / median(baseline);
  const memory = comparison.memoryLimit === undefined ? undefined : peakMemory(comparison.command);
  const met = ratio <= comparison.target && (memory === undefined || memory <= (comparison.memoryLimit ?? 0));
  return [
    comparison.name,
    ms(median(baseline)),
    ms(median(ours)),
    `${ratio.toFixed(2)}×`,
    `≤ ${comparison.target}×${comparison.memoryLimit === undefined ? "" : `, ≤ ${mb(comparison.memoryLimit)}`}`,
    memory === undefined ? "" : mb(memory),
    met ? "target met" : "target missed",
  ];
}
