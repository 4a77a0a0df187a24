// The taxonomy: topic ids, statement kinds with their tone sign, event types. Reference data shared by the
// pipeline, the writer and the API.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface TopicDef {
  id: string;
  label: string;
  about: string;
  parent: string | null;
}
export interface KindDef {
  id: string;
  tone: number;
  plover: string;
  about: string;
}
export interface EventTypeDef {
  id: string;
  about: string;
}

const topicsFile = require('./topics.json') as { topics: Array<Omit<TopicDef, 'parent'>> };
const kindsFile = require('./statement-kinds.json') as { kinds: KindDef[]; eventTypes: EventTypeDef[] };

export const TOPICS: readonly TopicDef[] = topicsFile.topics.map((t) => ({
  ...t,
  parent: t.id.includes('.') ? t.id.slice(0, t.id.lastIndexOf('.')) : null,
}));
export const KINDS: readonly KindDef[] = kindsFile.kinds;
export const EVENT_TYPES: readonly EventTypeDef[] = kindsFile.eventTypes;

const toneByKind = new Map(KINDS.map((k) => [k.id, k.tone]));

/** The cooperation sign of a statement kind: +1 cooperative, 0 neutral, -1 conflictual. */
export function toneOf(kind: string): number {
  return toneByKind.get(kind) ?? 0;
}
