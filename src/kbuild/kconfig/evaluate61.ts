// The 6.1 Kconfig's choices: filled in below.
import { Evaluator } from './evaluate.js';

export class Evaluator61 extends Evaluator {}
