#!/usr/bin/env node
/**
 * Entry point of the `av-exclusions` executable.
 *
 * @module
 */
import { processIo } from './io.js';
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2), processIo());
