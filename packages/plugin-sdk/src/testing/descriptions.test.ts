import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describedProblems } from './descriptions.js';

describe('describedProblems', () => {
  it('lists the plugin\'s own types, fields, arguments and values without a Chinese description, and nothing of the core', () => {
    const schema = buildSchema(`
      type Query { "业主大会表决" longyanVote(id: ID): LongyanVote longyanBare: Int estate: Estate }
      "业主大会表决 — a vote" type LongyanVote { "编号" id: ID! title: String }
      type Estate { id: ID! "red drive" longyanRedDrive: Int }
      enum LongyanChoice { "同意" AGREE DISAGREE }
      "列表" type LongyanVoteConnection { edges: [Int] }
    `);
    expect(describedProblems(schema, 'longyan')).toEqual([
      expect.stringMatching(/^Query\.longyanVote\(id\)/),
      expect.stringMatching(/^Query\.longyanBare:/),
      expect.stringMatching(/^LongyanVote\.title:/),
      expect.stringMatching(/^Estate\.longyanRedDrive: .*"red drive"/),
      expect.stringMatching(/^LongyanChoice: /),
      expect.stringMatching(/^LongyanChoice\.DISAGREE/),
    ]);
  });
});
