// Who may import whom (ARCHITECTURE.md): a project's tag → the tags of workspace projects it may import.
export const ALLOWED_IMPORTS: Record<string, readonly string[]> = {
  'type:kit': [],
  'type:dataset': [],
  'type:contract': [],
  'type:subgraph': ['type:kit', 'type:dataset'],
  'type:plugin-sdk': ['type:kit', 'type:dataset', 'type:contract'],
  'type:plugin': ['type:plugin-sdk'],
  'type:gateway': ['type:kit', 'type:contract'],
  // what city teams install: it imports nothing of the platform (its types come from the contract's SDL at build time)
  'type:client': [],
  // the reference console: its pages use the client; its small server signs demo tokens with the kit
  // (the pages take only @wuye/kit/region-code, which runs in a browser)
  'type:console': ['type:client', 'type:kit'],
  'type:tools': ['*'],
  'type:e2e': ['*'],
};
