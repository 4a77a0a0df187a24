// The comparison server of bench/api.ts: the same graph served by @neo4j/graphql (a bench-only dependency),
// with type definitions equivalent to graphql/*.graphql: the same node types and fields, relationships as the
// library declares them, and the library's own generated queries, filters, sorting and aggregates.
// What it cannot generate is computed by @cypher fields that run Dyad's own Cypher (the relation timeline and the
// five-index search), so those two scenarios compare the servers, not the queries.
//   npx tsx bench/neo4j-graphql.ts PORT      (bench/api.ts starts it in its own process)
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createYoga } from 'graphql-yoga';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { getDriver } from '../src/db/driver.ts';
import { cypher } from '../src/db/queries.ts';

/** Dyad's timeline query for the Country `this` and the country `$with`, one map per row. */
const timelineCypher = `CALL (this) {
${cypher('read/relation-timeline')
  .replace(/^\/\/.*$/gm, '')
  .replace(/\$a\b/g, 'this.code')
  .replace(/\$b\b/g, '$with')
  .replaceAll('$from', 'null')
  .replaceAll('$to', 'null')}
}
RETURN {period: period, kind: kind, topic: topic, statements: statements, toneSum: toneSum, toned: toned, events: events} AS row`;

const searchCypher = `CALL () {
${cypher('read/search').replace(/^\/\/.*$/gm, '').replaceAll('$query', '$text').replaceAll('$limit', '$first')}
}
RETURN {kind: kind, id: id, score: score} AS hit`;

export const typeDefs = /* GraphQL */ `
  extend schema @mutation(operations: [])

  type Country @node {
    code: ID!
    name: String!
    names: [String!]
    kind: String
    officials: [Official!]! @relationship(type: "SERVES", direction: IN)
    statementsMade: [Statement!]! @relationship(type: "ON_BEHALF_OF", direction: IN)
    concernedBy: [Statement!]! @relationship(type: "CONCERNS", direction: IN)
    events: [Event!]! @relationship(type: "INVOLVES", direction: IN)
    timeline(with: ID!, unit: String!): [TimelineRow!]! @cypher(statement: """${timelineCypher}""", columnName: "row")
  }

  type TimelineRow {
    period: String!
    kind: String
    topic: String
    statements: Int!
    toneSum: Float!
    toned: Int!
    events: Int!
  }

  type Official @node {
    id: ID!
    name: String!
    aliases: [String!]
    titles: [String!]
    country: [Country!]! @relationship(type: "SERVES", direction: OUT)
    statements: [Statement!]! @relationship(type: "MADE_BY", direction: IN)
    events: [Event!]! @relationship(type: "PARTICIPANT", direction: IN)
  }

  type Topic @node {
    id: ID!
    label: String
    about: String
    parent: [Topic!]! @relationship(type: "CHILD_OF", direction: OUT)
    statements: [Statement!]! @relationship(type: "ABOUT", direction: IN)
  }

  type Statement @node {
    id: ID!
    text: String!
    language: String!
    kind: String!
    tone: Int
    date: String
    start: Int!
    end: Int!
    speaker: [Official!]! @relationship(type: "MADE_BY", direction: OUT)
    speakerCountry: [Country!]! @relationship(type: "ON_BEHALF_OF", direction: OUT)
    targets: [Country!]! @relationship(type: "CONCERNS", direction: OUT)
    topics: [Topic!]! @relationship(type: "ABOUT", direction: OUT)
    event: [Event!]! @relationship(type: "DURING", direction: OUT)
    article: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
  }

  type Event @node {
    id: ID!
    type: String!
    date: String
    countries: [Country!]! @relationship(type: "INVOLVES", direction: OUT)
    participants: [Official!]! @relationship(type: "PARTICIPANT", direction: OUT)
    articles: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT)
  }

  type Article @node {
    id: ID!
    url: String
    source: String
    title: String
    language: String
    publishedAt: String
    text: String
  }

  type SearchHit {
    kind: String!
    id: ID!
    score: Float!
  }

  type Query {
    search(text: String!, first: Int!): [SearchHit!]! @cypher(statement: """${searchCypher}""", columnName: "hit")
  }
`;

export async function serveNeo4jGraphql(port: number): Promise<void> {
  const { driver } = getDriver();
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: false, logging: false });
  createServer(yoga).listen(port, '127.0.0.1', () => console.log(`@neo4j/graphql on ${port}`));
}

const port = Number(process.argv[2]);
if (fileURLToPath(import.meta.url) === path.resolve(process.argv[1] ?? '') && Number.isInteger(port)) await serveNeo4jGraphql(port);
