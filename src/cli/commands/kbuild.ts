// Placeholder registration until the Kbuild commands land.
import type { Command } from 'commander';
import type { Io } from '../io.js';

export function registerKbuildCommands(_program: Command, _io: Io, _setStatus: (n: number) => void): void {}
