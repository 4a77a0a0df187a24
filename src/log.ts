import { pino, type Logger } from 'pino';
import { config } from './config.ts';

let root: Logger | undefined;

/** Structured JSON logs on stderr, so stdout stays clean for command output such as `extract`. */
export function logger(): Logger {
  root ??= pino({ level: config().logLevel, base: { service: 'dyad' } }, pino.destination(2));
  return root;
}
