// Option parsing shared by the commands.
import type { Limits } from '../../eval/interpreter.js';
import { parseLine } from '../../syntax/parse.js';
import { CliError } from '../io.js';

export const collect = (value: string, previous: string[]): string[] => [...previous, value];

/**
 * Separate command-line variable assignments from other words: as make
 * does, a word is an assignment if it reads as one (the grammar decides).
 */
export function splitAssignments(words: string[]): { commandLine: string[]; others: string[] } {
  const commandLine: string[] = [];
  const others: string[] = [];
  for (const w of words) {
    const line = parseLine(w, { file: '<command line>', line: 0 });
    (line.type === 'Assignment' && line.modifiers.length === 0 && line.name !== '' ? commandLine : others).push(w);
  }
  return { commandLine, others };
}

export function parseEnvAssignments(list: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const item of list) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new CliError(`--env expects NAME=VALUE, got '${item}'`);
    env[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return env;
}

export function parseLimits(options: { maxDepth?: string; maxValue?: string; maxInclude?: string; maxInput?: string }): Partial<Limits> {
  const limits: Partial<Limits> = {};
  const num = (text: string, flag: string): number => {
    if (!/^[0-9]+$/.test(text) || Number(text) <= 0) throw new CliError(`${flag} expects a positive whole number, got '${text}'`);
    return Number(text);
  };
  if (options.maxDepth !== undefined) limits.maxExpansionDepth = num(options.maxDepth, '--max-depth');
  if (options.maxValue !== undefined) limits.maxValueLength = num(options.maxValue, '--max-value');
  if (options.maxInclude !== undefined) limits.maxIncludeDepth = num(options.maxInclude, '--max-include');
  if (options.maxInput !== undefined) limits.maxInputSize = num(options.maxInput, '--max-input');
  return limits;
}
