/** Every contender of the parse benchmark, in table order. */
import { edifactByteScan, edifactSplitTokenizer, x12ByteScan, x12SplitTokenizer } from './baselines.js';
import type { Contender } from './types.js';

export const contenders: Contender[] = [
  { id: 'ours-x12-envelope', label: 'ours X12 envelope (stream)', input: 'x12', family: 'ours', streamingOurs: true, load: async () => (await import('./ours.js')).loadOurs('x12', 'envelope') },
  { id: 'ours-x12-full', label: 'ours X12 full validation (stream)', input: 'x12', family: 'ours', streamingOurs: true, load: async () => (await import('./ours.js')).loadOurs('x12', 'full') },
  { id: 'x12-parser', label: 'npm x12-parser (stream)', input: 'x12', family: 'npm', load: async () => (await import('./npm.js')).loadX12Parser() },
  { id: 'node-x12', label: 'npm node-x12 (stream)', input: 'x12', family: 'npm', load: async () => (await import('./npm.js')).loadNodeX12() },
  { id: 'x12-byte-scan', label: 'limit: byte scan, no strings', input: 'x12', family: 'baseline', load: async () => x12ByteScan },
  { id: 'x12-split', label: 'limit: split tokenizer', input: 'x12', family: 'baseline', load: async () => x12SplitTokenizer },
  { id: 'ours-edifact-envelope', label: 'ours EDIFACT envelope (stream)', input: 'edifact', family: 'ours', streamingOurs: true, load: async () => (await import('./ours.js')).loadOurs('edifact', 'envelope') },
  { id: 'ours-edifact-full', label: 'ours EDIFACT full validation (stream)', input: 'edifact', family: 'ours', streamingOurs: true, load: async () => (await import('./ours.js')).loadOurs('edifact', 'full') },
  { id: 'edifact', label: 'npm edifact Parser (write)', input: 'edifact', family: 'npm', load: async () => (await import('./npm.js')).loadEdifactParser() },
  { id: 'edifact-byte-scan', label: 'limit: byte scan, no strings', input: 'edifact', family: 'baseline', load: async () => edifactByteScan },
  { id: 'edifact-split', label: 'limit: split tokenizer', input: 'edifact', family: 'baseline', load: async () => edifactSplitTokenizer },
];
