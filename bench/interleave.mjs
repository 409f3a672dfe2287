// Times two commands run in turn (A B A B …), after one warm-up run of each, and prints their
// wall times in milliseconds as JSON. A process of its own, kept small: Node forks to spawn, and
// the time a fork takes grows with the parent's memory (a few ms in the benchmark's own process,
// varying from run to run), which would blur start-up times of about 100 ms.
import { spawnSync } from "node:child_process";
import { openSync } from "node:fs";

const [runs, a, b] = JSON.parse(process.argv[2] ?? "[]");
// Output goes to /dev/null opened for writing only, as a shell's `>/dev/null` opens it: Node's
// stdio "ignore" opens it for reading and writing, which unicef-kz takes, when stdout alone is
// one, for a stream closed with `>&-` (src/stdio.ts).
const devNull = openSync("/dev/null", "w");

function time(command) {
  const [file, ...args] = command;
  const start = process.hrtime.bigint();
  const result = spawnSync(file, args, { stdio: ["ignore", devNull, "inherit"] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${command.join(" ")} exited with ${result.status}`);
  return elapsed;
}

time(a);
time(b);
const times = { a: [], b: [] };
for (let i = 0; i < runs; i += 1) {
  times.a.push(time(a));
  times.b.push(time(b));
}
process.stdout.write(JSON.stringify(times));
