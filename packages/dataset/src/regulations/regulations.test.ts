import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AS_OF } from '../dates.js';
import { generateRegistry } from '../registry/index.js';
import { generateRegulations, LOCAL_DRAFTS, TOPIC_CODES } from './index.js';
import type { RegulationDocumentRow } from './types.js';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const { documents } = generateRegulations();
const byTitle = (title: string) => documents.find((d) => d.title === title)!;
const isCity = (code: string | null) => !!code && code !== '350000' && code.endsWith('00');
const firstIssued = (d: RegulationDocumentRow) => d.versions[0]!.issuedOn;

describe('determinism', () => {
  it('gives the same slice for the same seed, another for another seed, and is memoised and frozen', () => {
    expect(sha256(generateRegulations({ seed: 7 }))).toBe(sha256(generateRegulations({ seed: 7 })));
    expect(sha256(generateRegulations({ seed: 7 }))).not.toBe(sha256(generateRegulations({ seed: 8 })));
    expect(generateRegulations()).toBe(generateRegulations({ seed: 20240910, scale: 1 }));
    expect(Object.isFrozen(documents[0]!.versions[0]!.articles)).toBe(true);
  });

  it('leaves the registry slice as it was (its own streams)', () => {
    const before = sha256(generateRegistry({ seed: 11 }));
    generateRegulations({ seed: 11, scale: 0.5 });
    expect(sha256(generateRegistry({ seed: 11 }))).toBe(before);
  });
});

describe("the seed's figures", () => {
  it('has exactly 111 new local policies issued by the cities in 2023', () => {
    expect(documents.filter((d) => isCity(d.regionCode) && firstIssued(d)?.startsWith('2023'))).toHaveLength(111);
  });

  it('keeps the proportion at another scale', () => {
    const twice = generateRegulations({ scale: 2 }).documents;
    expect(twice.filter((d) => isCity(d.regionCode) && firstIssued(d)?.startsWith('2023'))).toHaveLength(222);
  });

  it('spreads the local policies over all nine cities', () => {
    const cities = new Set(documents.filter((d) => isCity(d.regionCode)).map((d) => d.regionCode));
    expect(cities.size).toBe(9);
  });

  it('has the documents the seed names, with the 2023 amendment of the provincial regulation in force', () => {
    for (const title of ['中华人民共和国民法典', '物业管理条例', '关于贯彻〈福建省物业管理条例〉的实施意见', '关于学习宣传贯彻新修正〈福建省物业管理条例〉的通知', '福建省物业服务企业信用综合评价办法']) {
      expect(byTitle(title)?.status, title).toBe('IN_FORCE');
    }
    const regulation = byTitle('福建省物业管理条例');
    expect(regulation.versions.map((v) => [v.label, v.status])).toEqual([
      ['2018年修订', 'AMENDED'],
      ['2023年修正', 'IN_FORCE'],
    ]);
    expect(regulation.versions[0]!.effectiveUntil).toBe(regulation.versions[1]!.effectiveFrom);
    expect(regulation.versions[1]!.issuedOn).toMatch(/^2023-07/);
    const amended = regulation.versions[1]!.articles.map((a) => a.text).join('');
    expect(amended).toContain('推动业主委员会中建立党组织');
    expect(amended).toContain('公共收益');
  });

  it('has the four drafts the seed lists in progress, none issued', () => {
    const drafts = ['（前期）物业服务合同示范文本', '福建省（前期）物业服务合同备案实施细则', '福建省住宅专项维修资金管理办法', '福建省业主大会和业主委员会指导意见'].map(byTitle);
    expect(drafts.map((d) => d.status).every((s) => s === 'DRAFT' || s === 'CONSULTATION')).toBe(true);
    expect(drafts.every((d) => d.versions.every((v) => v.issuedOn === null))).toBe(true);
    const localDrafts = documents.filter((d) => isCity(d.regionCode) && (d.status === 'DRAFT' || d.status === 'CONSULTATION'));
    expect(localDrafts).toHaveLength(LOCAL_DRAFTS);
  });
});

describe('consistency', () => {
  it('numbers ids uniquely and in order', () => {
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    const versions = documents.flatMap((d) => d.versions);
    const articles = versions.flatMap((v) => v.articles);
    for (const list of [ids(documents), ids(versions), ids(articles)]) expect(new Set(list).size).toBe(list.length);
    expect(versions.every((v) => v.articles.every((a) => a.versionId === v.id))).toBe(true);
  });

  it('dates nothing after the seed document, and every version in force for an unbroken span', () => {
    for (const d of documents) {
      for (const v of d.versions) {
        for (const date of [v.draftedOn, v.issuedOn, v.consultationFrom]) if (date) expect(date <= AS_OF).toBe(true);
      }
      const promulgated = d.versions.filter((v) => v.effectiveFrom);
      promulgated.forEach((v, i) => {
        const next = promulgated[i + 1];
        if (next) expect(v.effectiveUntil).toBe(next.effectiveFrom);
      });
    }
  });

  it('has one version in force at most, and a status that matches its versions', () => {
    for (const d of documents) {
      expect(d.versions.filter((v) => v.status === 'IN_FORCE').length).toBeLessThanOrEqual(1);
      if (d.status === 'REPEALED') expect(d.repealedOn).not.toBeNull();
    }
    expect(documents.some((d) => d.status === 'REPEALED')).toBe(true);
    expect(documents.filter((d) => d.versions.length > 1).length).toBeGreaterThan(3);
  });

  it('tags articles with known topics, and says that the text is synthetic', () => {
    const articles = documents.flatMap((d) => d.versions.flatMap((v) => v.articles));
    expect(articles.every((a) => a.topics.every((t) => TOPIC_CODES.includes(t)))).toBe(true);
    expect(articles.filter((a) => a.topics.includes('PUBLIC_REVENUE')).length).toBeGreaterThan(50);
    expect(documents.every((d) => d.syntheticText && d.note)).toBe(true);
  });

  it('uses a title once per city', () => {
    const keys = documents.map((d) => `${d.regionCode}/${d.title}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
