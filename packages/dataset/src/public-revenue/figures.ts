// The seed document's public-revenue figures (section (二) of the 2024-09-10 reply) and the shape of
// the demo data around them. Estates, statements, deposits, complaints and visits follow the scale;
// the task list and the supervisors are the province's own and stay as they are.

export const PUBLIC_REVENUE_FIGURES = {
  /** 制定省市整治任务清单共57项: the province's own items and five per city */
  tasks: 57,
  provinceTasks: 12,
  tasksPerCity: 5,
  /** tasks still open (not yet 销号) on the seed's date */
  openTasks: 9,
  /** 人大代表、政协委员、特约监察员、记者、律师等72人作为行风监督员 */
  supervisors: 72,
  /** 全省规范物业服务企业缴存公共收益9.23亿元, in cents (exact) */
  depositCents: 92_300_000_000,
  /** 线上公共收益季度公示率达100%: of the latest full quarter */
  latestQuarterOnlineRate: 1,
  /** complaints (信访 / 12345 / 舆情) about public revenue since 2021 */
  complaints: 1_200,
} as const;

/** the quarters with statements: the latest full quarter before the seed's date, and three before it */
export const REVENUE_QUARTERS = ['2023Q3', '2023Q4', '2024Q1', '2024Q2'] as const;
export const LATEST_QUARTER = '2024Q2';

/** days after a quarter's end by which its statement must be published (the platform's default rule) */
export const PUBLICATION_DEADLINE_DAYS = 30;

/** the share of income lost against the previous quarter that raises a warning (default rule) */
export const INCOME_DROP_SHARE = 0.5;

/** the drive's start: tasks, deposits, complaints and visits date from then */
export const DRIVE_START = '2021-03-01';
