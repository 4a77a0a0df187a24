// Yoga's in-process pubsub: the ingest mutations publish the statements they wrote; subscribers filter them.
// One process only; several API processes would need a shared event target (e.g. Redis).
import { createPubSub } from 'graphql-yoga';

export type DyadPubSub = ReturnType<typeof createDyadPubSub>;

export function createDyadPubSub() {
  return createPubSub<{ statementAdded: [statementId: string] }>();
}
