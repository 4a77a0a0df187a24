import { readRows } from '../run.ts';
import type { TopicRow } from './rows.ts';

/** The whole taxonomy; small enough that one query per request serves every topic field. */
export function allTopics(): Promise<TopicRow[]> {
  return readRows<TopicRow>('read/topics-all');
}
