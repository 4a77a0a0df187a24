// The one `graphql` instance. Packages in node_modules (yoga, graphql-tools, armor) load its CommonJS build,
// while a bundler (vitest's vite) hands our own sources the ESM build from its "module" field: two realms,
// whose instanceof checks fail ("Cannot use GraphQLObjectType from another module or realm"). Requiring it
// here gives our code the same instance as the libraries under node, tsx and vitest alike.
import { createRequire } from 'node:module';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const { GraphQLError, GraphQLScalarType, Kind, getNamedType, getNullableType, isListType, isObjectType, isAbstractType } = graphql;
export type GraphQLError = import('graphql').GraphQLError;
export type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLSchema,
  GraphQLOutputType,
  SelectionSetNode,
  ValueNode,
} from 'graphql';
