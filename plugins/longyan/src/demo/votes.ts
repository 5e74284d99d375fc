import { DemoRandom } from '@wuye/plugin-sdk';
// 龙岩's demo votes on the roll's estates: a closed one on every estate (counted and sealed by the same
// code the API uses), an older one on every third, and an open one, partly voted, on every second.
// Deterministic: salts come from the seeded stream (in real votes they are random and only the owner keeps them).
import type { Ballot, Vote, VoteVoter } from '../entities/index.js';
import { formatArea, parseArea } from '../voting/area.js';
import { countAndSeal } from '../voting/count.js';
import type { Choice, Matter } from '../voting/matters.js';
import { ballotReceipt } from '../voting/seal.js';
import type { DemoRoll } from './roll.js';

const TOPICS: { matter: Matter; title: string }[] = [
  { matter: 'USE_MAINTENANCE_FUND', title: '使用专项维修资金更换1栋电梯' },
  { matter: 'MANAGER_APPOINTMENT', title: '续聘现物业服务企业（三年）' },
  { matter: 'MANAGEMENT_RULES', title: '修改管理规约：电动自行车集中停放充电' },
  { matter: 'COMMON_PARTS_USE', title: '利用小区共有场地设置充电桩并对外经营' },
  { matter: 'RAISE_MAINTENANCE_FUND', title: '续筹专项维修资金' },
  { matter: 'REBUILD', title: '老旧小区改造：加装电梯与外立面改建' },
  { matter: 'COMMITTEE_ELECTION', title: '业主委员会换届选举' },
  { matter: 'MANAGER_APPOINTMENT', title: '解聘现物业服务企业并公开选聘' },
];

const DAY = 86_400_000;

export interface DemoVotes {
  votes: Vote[];
  voters: VoteVoter[];
  ballots: Ballot[];
  /** the ids of the votes that end closed (inserted OPEN, closed after their ballots) */
  closed: Map<string, Pick<Vote, 'closedAt' | 'closedBy' | 'result' | 'sealDigest'>>;
}

export function generateVotes(roll: DemoRoll, asOfInstant: Date): DemoVotes {
  const out: DemoVotes = { votes: [], voters: [], ballots: [], closed: new Map() };
  const ownersOf = new Map<string, { ownerId: string; units: number; area: bigint }[]>();
  for (const unit of roll.units) {
    const list = ownersOf.get(unit.estateId) ?? [];
    const entry = list.find((o) => o.ownerId === unit.ownerId);
    if (entry) (entry.units += 1), (entry.area += parseArea(unit.area));
    else list.push({ ownerId: unit.ownerId, units: 1, area: parseArea(unit.area) });
    ownersOf.set(unit.estateId, list);
  }
  roll.estates.forEach((estate, k) => {
    const rng = new DemoRandom(`longyan-votes-${estate.id}`);
    const electorate = ownersOf.get(estate.id) ?? [];
    const plans: { openedAt: Date; days: number; closed: boolean; turnout: number; agree: number }[] = [
      { openedAt: new Date(asOfInstant.getTime() - rng.int(40, 90) * DAY), days: 15, closed: true, turnout: 0.55 + rng.next() * 0.4, agree: 0.45 + rng.next() * 0.5 },
    ];
    if (k % 3 === 0) plans.push({ openedAt: new Date(asOfInstant.getTime() - rng.int(300, 400) * DAY), days: 30, closed: true, turnout: 0.7 + rng.next() * 0.25, agree: 0.6 + rng.next() * 0.35 });
    if (k % 2 === 0) plans.push({ openedAt: new Date(asOfInstant.getTime() - rng.int(2, 8) * DAY), days: 20, closed: false, turnout: 0.2 + rng.next() * 0.3, agree: 0.5 + rng.next() * 0.4 });
    for (const plan of plans.sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime())) {
      const id = `LV${String(out.votes.length + 1).padStart(6, '0')}`;
      const topic = rng.pick(TOPICS);
      const closesAt = new Date(plan.openedAt.getTime() + plan.days * DAY);
      const total = { owners: electorate.length, units: electorate.reduce((s, o) => s + o.units, 0), area: electorate.reduce((s, o) => s + o.area, 0n) };
      out.votes.push({
        id, estateId: estate.id, regionCode: estate.regionCode, matter: topic.matter, title: topic.title, description: `${estate.name}业主大会：${topic.title}`,
        status: 'OPEN', openedAt: plan.openedAt, closesAt, closedAt: null, openedBy: `street_staff@${estate.regionCode.slice(0, 9)}`, closedBy: null,
        electorateOwners: total.owners, electorateUnits: total.units, electorateArea: formatArea(total.area), result: null, sealDigest: null,
      });
      const published: { receipt: string; choice: Choice; units: number; area: bigint }[] = [];
      const castUntil = Math.min(closesAt.getTime(), asOfInstant.getTime());
      for (const owner of electorate) {
        out.voters.push({ voteId: id, ownerId: owner.ownerId, units: owner.units, area: formatArea(owner.area) });
        if (!rng.chance(plan.turnout)) continue;
        const choice: Choice = rng.chance(plan.agree) ? 'AGREE' : rng.chance(0.7) ? 'DISAGREE' : 'ABSTAIN';
        const receipt = ballotReceipt(id, choice, rng.hex(32));
        published.push({ receipt, choice, units: owner.units, area: owner.area });
        out.ballots.push({ voteId: id, ownerId: owner.ownerId, choice, units: owner.units, area: formatArea(owner.area), receipt, castAt: new Date(plan.openedAt.getTime() + rng.next() * (castUntil - plan.openedAt.getTime())) });
      }
      if (plan.closed) {
        const { result, digest } = countAndSeal({ id, estateId: estate.id, matter: topic.matter, electorate: total }, published);
        out.closed.set(id, { closedAt: closesAt, closedBy: `street_staff@${estate.regionCode.slice(0, 9)}`, result: result as unknown as Record<string, unknown>, sealDigest: digest });
      }
    }
  });
  return out;
}
