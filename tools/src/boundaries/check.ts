// The module-boundary check: every import of a workspace package in a project's sources must be one
// its tag allows (./rules.ts). Imports are read with TypeScript's own pre-processor, not a regex.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { ALLOWED_IMPORTS } from './rules.js';

interface Project {
  name: string;
  dir: string;
  tag: string;
}

/** Every violation as one line: file, the import, and what the project may import instead. */
export function checkBoundaries(root: string, rules: Record<string, readonly string[]> = ALLOWED_IMPORTS): string[] {
  const projects = findProjects(root);
  const byName = new Map(projects.map((p) => [p.name, p]));
  const problems: string[] = [];
  for (const project of projects) {
    const allowed = rules[project.tag];
    if (!allowed) {
      problems.push(`${project.dir}/package.json: tag "${project.tag}" has no rule in tools/src/boundaries/rules.ts`);
      continue;
    }
    for (const file of sourceFiles(path.join(root, project.dir))) {
      const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
      for (const { fileName } of importedFiles) {
        const target = byName.get(packageName(fileName));
        if (!target || target === project) continue;
        if (allowed.includes('*') || allowed.includes(target.tag)) continue;
        problems.push(
          `${path.relative(root, file)}: imports ${fileName} (${target.tag}), but ${project.tag} may import only ${allowed.length ? allowed.join(', ') : 'no workspace package'} — cross-domain data travels through federation`,
        );
      }
    }
  }
  return problems;
}

const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

function findProjects(root: string): Project[] {
  const rootPkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
  const dirs = rootPkg.workspaces.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? listDirs(path.join(root, pattern.slice(0, -2))).map((d) => path.join(pattern.slice(0, -2), d))
      : [pattern],
  );
  return dirs
    .filter((dir) => fs.existsSync(path.join(root, dir, 'package.json')))
    .map((dir) => {
      const pkg = JSON.parse(fs.readFileSync(path.join(root, dir, 'package.json'), 'utf8')) as { name: string; nx?: { tags?: string[] } };
      const tag = pkg.nx?.tags?.find((t) => t.startsWith('type:'));
      return { name: pkg.name, dir, tag: tag ?? '(untagged)' };
    });
}

function listDirs(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (['node_modules', 'dist', '.data', 'fixtures'].includes(entry.name)) continue;
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
    }
  };
  walk(dir);
  return out;
}
