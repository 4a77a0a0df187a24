# The Dyad API (and CLI) on Node 20. Neo4j runs in its own container (docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY graphql ./graphql
COPY examples ./examples
COPY neo4j ./neo4j
COPY tsconfig.json ./
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --retries=6 CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Applies the schema and loads the examples, then serves; NEO4J_URI points at the neo4j service.
CMD ["node", "bin/dyad.mjs", "start"]
