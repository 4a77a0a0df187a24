// The resolver map: one file per GraphQL type, all thin (arguments → loader or repository → result).
import { DateScalar, DateTimeScalar } from './scalars.ts';
import { Query } from './query.ts';
import { Mutation, IngestResult } from './mutation.ts';
import { Subscription } from './subscription.ts';
import { Country } from './country.ts';
import { Partner } from './partner.ts';
import { Official } from './official.ts';
import { Topic } from './topic.ts';
import { Statement } from './statement.ts';
import { Event } from './event.ts';
import { Article } from './article.ts';
import { Relation } from './relation.ts';
import { Period } from './period.ts';
import { SearchResult } from './search.ts';

export const resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Subscription,
  IngestResult,
  Country,
  Partner,
  Official,
  Topic,
  Statement,
  Event,
  Article,
  Relation,
  Period,
  SearchResult,
};
