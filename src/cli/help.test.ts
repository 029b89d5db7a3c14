import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from './program.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every command and subcommand, with its path: [['import', 'clients'], …]. */
function allCommands(command: Command, path: string[] = []): [string[], Command][] {
  return command.commands.flatMap((sub) => {
    const subPath = [...path, sub.name()];
    return [[subPath, sub] as [string[], Command], ...allCommands(sub, subPath)];
  });
}

/** What `rapport <path> --help` prints, including the examples added after the options. */
function helpOf(command: Command): string {
  let text = '';
  command.configureOutput({ writeOut: (chunk) => (text += chunk) });
  command.outputHelp();
  return text;
}

function runCli(args: string[]): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, ['bin/rapport.mjs', ...args], { cwd: ROOT });
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  return new Promise((done) => child.on('exit', (code) => done({ code, stdout })));
}

describe('rapport --help', () => {
  const commands = allCommands(buildProgram());

  it('covers every command the issue asks for (each one is checked below)', () => {
    expect(commands.map(([path]) => path.join(' '))).toEqual(
      expect.arrayContaining([
        'serve',
        'migrate',
        'demo',
        'import',
        'import clients',
        'export',
        'export clients',
        'export interactions',
        'user',
        'user create',
        'token',
        'token create',
      ]),
    );
  });

  it.each(commands.map(([path, command]) => [path.join(' '), command] as const))(
    '"%s --help" describes the command and shows an example',
    (path, command) => {
      const help = helpOf(command);
      expect(command.description().length).toBeGreaterThan(20);
      expect(help).toContain(`Usage: rapport ${path}`);
      expect(help).toMatch(/Examples?:\n {2}\$ (DATA_DIR=\S+ |DATABASE_URL=\S+ )?npx rapport /);
    },
  );

  it('documents that the demo refuses a database that already has a workspace', () => {
    const demo = commands.find(([path]) => path.join(' ') === 'demo')?.[1] as Command;
    expect(helpOf(demo)).toContain('if a workspace exists already, it refuses and changes\nnothing');
  });

  it('prints help from the real command line', async () => {
    const [top, importHelp] = await Promise.all([runCli(['--help']), runCli(['import', '--help'])]);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Commands:\n {2}serve/);
    for (const name of ['demo', 'import', 'export', 'user', 'token'])
      expect(top.stdout).toContain(`  ${name}`);
    expect(importHelp.code).toBe(0);
    expect(importHelp.stdout).toContain('Usage: rapport import [options] [command]');
    expect(importHelp.stdout).toMatch(/clients \[options\] <file>\s+Import clients from a CSV file/);
  });
});
