// Every object type's ref, declared before any is implemented, so that area files can refer to each
// other without import cycles at load time.
import type { ArticleRow, DocumentRow, VersionRow } from '../rows.js';
import type { TopicInfo } from '../topics.js';
import { builder } from './builder.js';

export const DocumentRef = builder.objectRef<DocumentRow>('RegulationDocument');
export const VersionRef = builder.objectRef<VersionRow>('RegulationVersion');
export const ArticleRef = builder.objectRef<ArticleRow>('RegulationArticle');
export const TopicRef = builder.objectRef<TopicInfo>('Topic');

// the registry's entities this subgraph extends: only their keys (and the estate's region, @required)
const codeKey = builder.selection<{ code: string }>('code');
const idKey = builder.selection<{ id: string }>('id');
// (annotated through the builder: the plugin's ExternalEntityRef class is not exported by name, and
// declaration files need a name for it)
export const RegionRef: ReturnType<typeof builder.externalRef<typeof codeKey>> = builder.externalRef('Region', codeKey);
export const EstateRef: ReturnType<typeof builder.externalRef<typeof idKey>> = builder.externalRef('ResidentialEstate', idKey);
