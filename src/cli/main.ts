import { AppError } from '../core/errors/app-error.ts';
import { buildProgram } from './program.ts';

// `rapport export clients | head` closes the pipe early: stop quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  // Expected failures (a locked data directory, a refused row) get plain lines, not a stack.
  if (error instanceof AppError) {
    console.error(`rapport: ${error.message}`);
    for (const detail of error.details)
      console.error(`  ${detail.path ? `${detail.path}: ` : ''}${detail.message}`);
    process.exit(1);
  }
  throw error;
}
