// axe-core in the page: its source is evaluated through the automation protocol (extension pages'
// CSP forbids inline <script>), then axe.run checks the whole document.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Anything with an evaluate(string) and evaluate(fn): a Playwright or a Puppeteer page. */
interface Evaluates {
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  evaluate(expression: string): Promise<unknown>;
}

export async function axeViolations(page: Evaluates): Promise<Violation[]> {
  await page.evaluate(`${source}\n;true`);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: string[] }[] }[];
}

/** The serious and critical violations, the ones the issue allows none of. */
export function serious(violations: Violation[]): Violation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
