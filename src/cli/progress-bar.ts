import { Presets, SingleBar } from 'cli-progress';
import type { CliIO } from './cli-io.ts';

export interface ProgressBar {
  /** Starts (or restarts) the bar for a phase of the work: "Checking", "Importing"… */
  phase(name: string, total: number, format?: (value: number) => string): void;
  update(value: number): void;
  stop(): void;
}

const count = (value: number) => value.toLocaleString('en');

const SILENT: ProgressBar = { phase() {}, update() {}, stop() {} };

/** A progress bar on the terminal; nothing at all when the output is a file or a pipe. */
export function progressBar(io: CliIO): ProgressBar {
  if (!io.isInteractive) return SILENT;
  const bar = new SingleBar(
    {
      stream: io.err,
      format: ' {phase} [{bar}] {percentage}% | {done} of {all}',
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 250,
    },
    Presets.shades_classic,
  );
  let running = false;
  let format = count;
  return {
    phase(name, total, formatValue = count) {
      if (running) bar.stop();
      format = formatValue;
      bar.start(total, 0, { phase: name, done: format(0), all: format(total) });
      running = true;
    },
    update(value) {
      if (running) bar.update(value, { done: format(value) });
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}
