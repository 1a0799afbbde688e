#!/usr/bin/env node
// The `station` bin (`npx station …`, `npm run station -- …`): the built CLI when it is current
// (built-cli.js), else the TypeScript sources as they are. Node strips the types of every file it
// loads from the sources, and its TypeScript stripper alone costs a start about what `node -e 0` does.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentBuiltCli } from './built-cli.js';

const built = currentBuiltCli(fileURLToPath(new URL('../..', import.meta.url)));
await import(built ? pathToFileURL(built).href : './station.ts');
