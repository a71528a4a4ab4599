import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

const maps = new Map<string, SourceMap | null>();

function mapOf(file: string): SourceMap | null {
  let m = maps.get(file);
  if (m === undefined) {
    m = null;
    try {
      if (existsSync(`${file}.map`)) m = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      // an unreadable map leaves the stack as it is
    }
    maps.set(file, m);
  }
  return m;
}

/**
 * An error's stack with positions in a bundle (which has its source map next to it)
 * turned into positions in the TypeScript sources. The Lambdas run without
 * --enable-source-maps, which costs on every cold start; the map is read only here,
 * the first time an error is logged.
 */
export function readableStack(e: unknown): string | undefined {
  const stack = e instanceof Error ? e.stack : undefined;
  if (!stack) return undefined;
  return stack.replace(/(\/[^\s():]+\.c?js):(\d+):(\d+)/g, (whole, file: string, line: string, column: string) => {
    const entry = mapOf(file)?.findEntry(Number(line) - 1, Number(column) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined;
    if (!entry?.originalSource || entry.originalLine === undefined || entry.originalColumn === undefined) return whole;
    return `${entry.originalSource.replace(/^(\.\.\/)+/, '')}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
