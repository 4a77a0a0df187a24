// Fan-out limit: armor's cost counts fields (and `first` only when written literally), but what hurts Neo4j is
// how many objects a query can make us load: page sizes multiplied down the nesting, including pages sized by
// variables and lists that have no page size (counterparts of counterparts of ...). This plugin estimates that
// number before execution and refuses the query above the limit, so no resolver (and no Cypher) runs.
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isAbstractType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValueNode,
} from './graphql.ts';
import type { Plugin } from 'graphql-yoga';
import { apiError } from './errors.ts';
import { DEFAULT_PAGE_SIZE } from './inputs.ts';

/** What a list without a page size (counterparts, officials, targets, ...) is assumed to hold. */
export const UNPAGED_LIST_ESTIMATE = 10;

function intArg(value: ValueNode | undefined, variables: Record<string, unknown>): number | undefined {
  if (value === undefined) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** How many objects `document` can return at most, under the estimates above. */
export function estimateObjects(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const seen = new Set<string>();

  const walk = (set: SelectionSetNode, parent: GraphQLOutputType): number => {
    const named = getNamedType(parent);
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const target = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : named;
        total += target && isObjectType(target) ? walk(sel.selectionSet, target) : 0;
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(sel.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        const target = schema.getType(fragment.typeCondition.name.value);
        total += target && isObjectType(target) ? walk(fragment.selectionSet, target) : 0;
        seen.delete(fragment.name.value);
        continue;
      }
      if (!sel.selectionSet || !(isObjectType(named))) continue;
      const field = named.getFields()[sel.name.value];
      if (!field) continue;
      const type = getNullableType(field.type);
      const first = intArg(sel.arguments?.find((a) => a.name.value === 'first')?.value, variables);
      const isConnection = getNamedType(type).name.endsWith('Connection');
      const underConnection = named.name.endsWith('Connection');
      let factor = 1;
      if (isConnection) factor = first ?? DEFAULT_PAGE_SIZE;
      else if (isListType(type) && !underConnection) factor = first ?? UNPAGED_LIST_ESTIMATE;
      const child = getNamedType(type);
      const inner = isObjectType(child) ? walk(sel.selectionSet, child) : isAbstractType(child) ? maxOverTypes(sel.selectionSet, child.name) : 0;
      total += factor * (1 + inner);
    }
    return total;
  };

  const maxOverTypes = (set: SelectionSetNode, abstractName: string): number => {
    const abstract = schema.getType(abstractName);
    if (!abstract || !isAbstractType(abstract)) return 0;
    return Math.max(0, ...schema.getPossibleTypes(abstract).map((t) => walk(set, t)));
  };

  let worst = 0;
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && d.name?.value !== operationName) continue;
    const root = d.operation === 'query' ? schema.getQueryType() : d.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (root) worst = Math.max(worst, walk(d.selectionSet, root));
  }
  return worst;
}

export function fanOutLimitPlugin(maxObjects: number): Plugin {
  const check = (schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined, operationName: string | null | undefined) => {
    const n = estimateObjects(schema, document, variables ?? {}, operationName);
    return n > maxObjects ? apiError('QUERY_TOO_COMPLEX', `the query could return about ${Math.round(n)} objects; the limit is ${maxObjects} (ask for smaller pages or less nesting)`) : null;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const error = check(args.schema, args.document, args.variableValues, args.operationName);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = check(args.schema, args.document, args.variableValues, args.operationName);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

/** Every `first` argument of the document, literal or from a variable (undefined when not an integer). */
function firstArguments(document: DocumentNode, variables: Record<string, unknown> | null): number[] {
  const found: number[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        const arg = sel.arguments?.find((a) => a.name.value === 'first');
        const n = variables === null && arg?.value.kind === Kind.VARIABLE ? undefined : intArg(arg?.value, variables ?? {});
        if (n !== undefined) found.push(n);
      }
      if (sel.kind !== Kind.FRAGMENT_SPREAD) visit(sel.selectionSet);
    }
  };
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION) visit(d.selectionSet);
  return found;
}

/**
 * A page bigger than MAX_PAGE_SIZE is the client's mistake (BAD_USER_INPUT), and says so before the cost
 * limits would call the same query "too complex": literal sizes are checked before validation, sizes from
 * variables before execution.
 */
export function pageSizePlugin(maxPageSize: number): Plugin {
  const tooBig = (sizes: number[]) => {
    const worst = Math.max(-Infinity, ...sizes);
    return worst > maxPageSize ? apiError('BAD_USER_INPUT', `first must be at most ${maxPageSize} (MAX_PAGE_SIZE), got ${worst}`) : null;
  };
  return {
    onValidate({ params, setResult }) {
      const error = tooBig(firstArguments(params.documentAST, null));
      if (error) setResult([error]);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = tooBig(firstArguments(args.document, args.variableValues ?? {}));
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
