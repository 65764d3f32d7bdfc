#!/usr/bin/env node
// The crossdock command runs the TypeScript sources directly through tsx's loader, so `npx crossdock` works right
// after `npm ci` with no build step and can never run stale compiled code.
import { register } from 'tsx/esm/api';

register();
await import('../main/cli/index.ts');
