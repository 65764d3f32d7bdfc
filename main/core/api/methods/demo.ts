/** The demo domain's method: the first-start offer fills the open, empty workspace with the demo. Spread into the contract. */
import { z } from 'zod';
import { method } from '../define.js';
import type { DemoCreateResult } from '../../demo/types.js';

export const demoMethods = {
  'demo.create': method<DemoCreateResult>()(z.object({}).strict(), 'Fill the open workspace, when it is still empty, with the demo: three partners, about 200 orders, records and planted mismatches (a task)'),
} as const;
