/**
 * `npm run bench`: prints a table of performance figures; `npm run bench -- --json` prints one JSON
 * object. Budgets live in the issues and the README; this only measures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractCommand } from '../../lib/cli/commands/extract';
import { calibrateFigures } from './calibrate-bench';
import { benchLeads } from './leads-bench';
import { linkedinFigures } from './linkedin-bench';
import { scoringFigures } from './scoring-bench';
import { siteFigures } from './site-bench';
import { teamFigures } from './team-bench';

type Figures = Record<string, number>;

/** Every saved page the CLI can read, parsed, extracted and normalized as `icp-lens extract` does. */
function extractFigures(): Figures {
  const root = path.resolve('test/fixtures');
  const pages = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(root, f));
  const url = 'https://www.linkedin.com/company/sample/';
  for (const file of pages.slice(0, 3)) extractCommand([file, '--url', url]);
  const start = performance.now();
  for (const file of pages) extractCommand([file, '--url', url]);
  return {
    'cli.extractMsPerPage': Number(((performance.now() - start) / pages.length).toFixed(2)),
    'cli.pagesMeasured': pages.length,
  };
}

const figures: Figures = {
  ...scoringFigures(),
  ...extractFigures(),
  ...(await linkedinFigures()),
  ...(await siteFigures()),
  ...(await teamFigures()),
  ...(await benchLeads()),
  ...(await calibrateFigures()),
};
if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
else console.table(Object.entries(figures).map(([metric, value]) => ({ metric, value })));
