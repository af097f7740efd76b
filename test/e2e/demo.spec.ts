import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);

test("npm start's demo prints both scores and saves the screenshots", async () => {
  test.setTimeout(90_000);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'icp-lens-demo-'));
  try {
    const { stdout } = await run('node', ['lib/cli/icp-lens.mjs', 'demo', '--headless', '--out', out], {
      timeout: 80_000,
    });
    expect(stdout).toContain('Fit score: 70  Tier: B — Good fit');
    // The website adds HubSpot (CRM) and a live hiring signal to the LinkedIn page's fields.
    expect(stdout).toContain('Fit score: 95  Tier: A — Ideal fit');
    for (const file of ['sample-page.png', 'popup.png', 'site-popup.png']) {
      expect(fs.statSync(path.join(out, file)).size).toBeGreaterThan(10_000);
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});
