// The GraphQL documents the dashboard sends: the public API only, nothing the page could not ask itself.

export const COUNTRIES = /* GraphQL */ `
  query DashboardCountries($after: String) {
    countries(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { code kind name } }
    }
  }`;

export const PARTNERS = /* GraphQL */ `
  query DashboardPartners($code: ID!) {
    country(code: $code) {
      code
      partners(first: 10) { country { code name } statements events weight }
    }
  }`;

// The timeline comes by month; the page folds months into quarters or years, so changing the period needs no
// new request.
export const RELATION = /* GraphQL */ `
  query DashboardRelation($a: ID!, $b: ID!) {
    relation(a: $a, b: $b) {
      statementCount
      eventCount
      tone
      firstAt
      lastAt
      topics { count topic { id label } }
      timeline(interval: MONTH) {
        start
        statements
        tone
        byKind { kind count }
        byTopic { count topic { id } }
      }
      officials { id name titles country { code } }
    }
  }`;

// Each official's statements between the two: one count per official on the server, so this comes after the
// rest of the view has been drawn.
export const OFFICIAL_COUNTS = /* GraphQL */ `
  query DashboardOfficialCounts($a: ID!, $b: ID!) {
    relation(a: $a, b: $b) {
      officials { id statements(filter: { between: [$a, $b] }, first: 0) { totalCount } }
    }
  }`;

export const STATEMENTS = /* GraphQL */ `
  query DashboardStatements($a: ID!, $b: ID!, $filter: StatementFilter, $first: Int, $after: String) {
    relation(a: $a, b: $b) {
      statements(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id text language kind date start end
            speaker { id name }
            speakerCountry { code name }
            targets { code name }
            topics { id label }
            article { id url title source }
          }
        }
      }
    }
  }`;

export const ARTICLE = /* GraphQL */ `
  query DashboardArticle($id: ID!) {
    article(id: $id) { id url title source language publishedAt text }
  }`;
