// ResidentialEstate.governingRules — the articles in force that govern an estate on some topics (e.g.
// beside its public-revenue statement): national law, the province's and its city's documents. The
// estate's region comes from registry through @requires; the rules of any number of estates cost one
// SQL statement.
import { governingArticles, today } from '../governing.js';
import { builder } from './builder.js';
import { checkTopics } from './document.js';
import { ArticleRef, EstateRef } from './refs.js';
import { DEFAULT_RULES, ruleLimit } from './topic.js';

EstateRef.implement({
  externalFields: (t) => ({ regionCode: t.field({ type: 'RegionCode' }) }),
  fields: (t) => ({
    id: t.exposeID('id', { description: '编号 — the estate\'s id (its key)' }),
    governingRules: t.field({
      type: [ArticleRef],
      description: '适用条文 — the articles in force on `asOf` (default today) on any of `topics` that apply where the estate is, higher levels first',
      requires: builder.selection<{ regionCode: string }>('regionCode'),
      args: {
        topics: t.arg.idList({ required: true, description: '主题 — Topic codes, e.g. ["PUBLIC_REVENUE"]' }),
        asOf: t.arg({ type: 'Date', description: 'the date (default: today)' }),
        first: t.arg.int({ description: `at most this many (default ${DEFAULT_RULES})` }),
      },
      resolve: (estate, args, ctx) => {
        checkTopics(args.topics.map(String), 'topics');
        return governingArticles(ctx).load({ topics: args.topics.map(String), appliesIn: estate.regionCode, asOf: args.asOf ?? today(ctx), limit: ruleLimit(args.first) });
      },
    }),
  }),
});
