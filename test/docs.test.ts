// Documentation examples are executed: every ```ts block in README.md and in the TSDoc of src/, with imports of
// 'av-exclusions' pointed at the source. A `console.log(x); // y` line (or a `// y` line right after it) must
// print y (compared as util.inspect output, whitespace folded).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.tmp', 'examples');
mkdirSync(OUT, { recursive: true });
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sources(path) : path.endsWith('.ts') && !path.includes('generated') ? [path] : [];
  });
}

interface Example {
  where: string;
  code: string;
  file?: string;
}

function examples(): Example[] {
  const found: Example[] = [];
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const [i, m] of [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].entries())
    found.push({ where: `README.md example ${i + 1}`, code: m[1]! });
  for (const file of sources('src')) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const [i, m] of [...text.matchAll(/@example\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)].entries()) {
      found.push({ where: `${file} example ${i + 1}`, code: m[1]!.replace(/^\s*\* ?/gm, ''), file });
    }
  }
  return found;
}

const SUBPATHS: Record<string, string> = {
  'av-exclusions': 'src/index.ts',
  'av-exclusions/schema': 'src/schema/index.ts',
};

function prepare(example: Example, index: number): { path: string; expected: string[] } {
  let code = example.code.replace(/from '(av-exclusions(?:\/[a-z-]+)*)'/g, (_m, spec: string) => {
    const target =
      SUBPATHS[spec] ?? (spec.startsWith('av-exclusions/products/') ? `src/generated/entries/${spec.split('/').pop()}.ts` : null);
    if (!target) throw new Error(`${example.where}: unknown import ${spec}`);
    return `from '${pathToFileURL(join(ROOT, target)).href}'`;
  });
  code = code.replace(
    /from 'av-exclusions\/data\/([a-z-]+)\.json'/g,
    (_m, id: string) => `from '${pathToFileURL(join(ROOT, 'data', `${id}.json`)).href}'`,
  );
  if (example.file && !/from 'av-exclusions(\/schema|\/products\/[a-z-]+)?'/.test(example.code)) {
    // An example of an internal helper uses the module's own exports.
    code = `import * as __m from '${pathToFileURL(join(ROOT, example.file)).href}';\nconst { ${[...readFileSync(join(ROOT, example.file), 'utf8').matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1]).join(', ')} } = __m;\n${code}`;
  }
  const lines = code.split('\n');
  const expected: string[] = [];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const log = /^(\s*)console\.log\((.*)\);(?:\s*\/\/\s*(.*))?$/.exec(line);
    if (log) {
      const next = lines[i + 1];
      const comment = log[3] ?? (next && /^\s*\/\/ /.test(next) ? next.replace(/^\s*\/\/ /, '') : undefined);
      out.push(`${log[1]}__log(${log[2]}, ${JSON.stringify(comment ?? null)});`);
      if (comment !== undefined) expected.push(comment);
    } else out.push(line);
  }
  const path = join(OUT, `example-${index}.ts`);
  writeFileSync(path, out.join('\n'));
  return { path, expected };
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('documentation examples run and print what they say', () => {
  const all = examples();
  it('finds examples in the README and the TSDoc', () => {
    expect(all.filter((e) => e.where.startsWith('README')).length).toBeGreaterThanOrEqual(3);
    expect(all.length).toBeGreaterThanOrEqual(20);
  });

  it.each(all.map((e, i) => [e.where, e, i] as const))('%s', async (_where, example, index) => {
    const { path } = prepare(example, index);
    const seen: [string, string | null][] = [];
    (globalThis as Record<string, unknown>).__log = (value: unknown, comment: string | null) =>
      seen.push([inspect(value, { depth: null, breakLength: Infinity }), comment]);
    await import(/* @vite-ignore */ `${pathToFileURL(path).href}?t=${index}`);
    for (const [printed, comment] of seen) if (comment !== null) expect(fold(printed), relative(ROOT, path)).toBe(fold(comment));
  });
});
