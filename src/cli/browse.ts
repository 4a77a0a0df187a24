import { config } from '../config.ts';
import { serverLayout } from '../neo4j/layout.ts';
import { storedPassword } from '../neo4j/configure.ts';
import { readyQueries } from '../api/browse-files.ts';

/** Prints the exact steps to open the graph in Neo4j Browser with the Dyad style and ready queries. */
export async function browse(): Promise<void> {
  const cfg = config();
  const local = cfg.neo4j.uri === undefined;
  const browser = local ? `http://127.0.0.1:${cfg.local.httpPort}/browser/` : '(your Neo4j Browser)';
  const bolt = cfg.neo4j.uri ?? `bolt://127.0.0.1:${cfg.local.boltPort}`;
  const password = cfg.neo4j.password ?? (local ? storedPassword(serverLayout()) : undefined);
  const api = `http://localhost:${cfg.port}`;
  const lines = [
    `1. Open ${browser}`,
    `2. Connect to ${bolt} as ${cfg.neo4j.user}${password ? ` with password ${password}` : ' (password: NEO4J_PASSWORD)'}.`,
    `3. With the API running (\`npm start\` or \`npx dyad serve\`), type in the Browser's editor:`,
    `     :style ${api}/browse/dyad.grass`,
    `   for Dyad's colours and captions, then`,
    `     :play ${api}/browse/guide.html`,
    `   for a guide whose slides hold the ready queries (click one, then run it).`,
    `   Without the API: drag cypher/browse/dyad.grass onto the Browser window, and paste the queries below.`,
    `4. Ready queries (cypher/browse/; save them with the star to keep them as favourites):`,
    ...readyQueries().map((q) => `     ${q.name.padEnd(24)} ${q.title}${q.params.length ? `  [${q.params.join('; ')}]` : ''}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
