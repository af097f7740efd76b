import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { OUTCOME_BUNDLE_PATH, outcomeBackup } from '../fixtures/outcomes/outcome-backup';
import { expect, test } from './support/test';

/** Conversion shown for a tier of the outcomes section. */
const rate = (page: Page, tier: string) =>
  page.locator(`[data-testid="conversion-row"][data-tier="${tier}"] [data-testid="conversion-rate"]`);

test('outcomes: conversion by tier, top tier against the rest, days to close, warnings, review and periods', async ({
  ext,
}) => {
  // A manager's bundle imported in the options page: a dated ICP change, from which the review counts.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('Or paste JSON').fill(fs.readFileSync(OUTCOME_BUNDLE_PATH, 'utf8'));
  await options.getByRole('button', { name: 'Import pasted bundle' }).click();
  await expect(options.getByTestId('notice')).toContainText('Imported “Outcome review team”');
  const outcomes = options.getByTestId('outcomes');
  await expect(outcomes.getByTestId('outcomes-empty')).toContainText('No won or lost leads yet');
  // Recorded by the background as it applied the change: today, so the review is due in 90 days.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await expect(outcomes.getByTestId('review-reminder')).toHaveText(
    `ICP review due in 90 days, on ${day(90)}: 90 days after the last ICP change on ${day(0)} (ICP in use changed).`,
  );

  await outcomes.screenshot({ path: test.info().outputPath('outcomes-empty.png') });

  // Leads with dated outcomes, restored from a backup through the leads page, as a rep would.
  const file = path.join(os.tmpdir(), `icp-lens-outcomes-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(file, JSON.stringify(outcomeBackup(new Date())));
  try {
    const leads = await ext.context.newPage();
    await leads.goto(`chrome-extension://${ext.extensionId}/leads.html`);
    await leads.getByTestId('restore-file').setInputFiles(file);
    await expect(leads.getByTestId('restore-summary')).toContainText('80 leads');
    await leads.getByTestId('restore-confirm').click();
    await expect(leads.getByTestId('lead-row').first()).toBeVisible();
  } finally {
    fs.rmSync(file, { force: true });
  }

  // The open options page follows without a reload. Last 90 days (the default):
  await options.bringToFront();
  await expect(rate(options, 'tier-1')).toHaveText('50%');
  await expect(rate(options, 'tier-2')).toHaveText('40%');
  await expect(rate(options, 'tier-3')).toHaveText('40%');
  await expect(outcomes.getByTestId('outcomes-summary')).toContainText('32 leads scored by “Software companies');
  await expect(outcomes.getByTestId('top-rate')).toHaveText('50%');
  await expect(outcomes.getByTestId('rest-rate')).toHaveText('40%');
  await expect(outcomes.getByTestId('top-lift')).toHaveText('+25%');
  await expect(
    outcomes.locator('[data-testid="cycle-row"][data-tier="tier-1"] [data-testid="cycle-median"]'),
  ).toHaveText('30 days');
  const lift = outcomes.locator('[data-testid="outcome-warning"][data-warning="lift"]');
  await expect(lift).toContainText('ICP leads converted only 14% better than non-ICP leads: 45% against 40%');
  await expect(lift).toContainText('What to do:');
  await expect(outcomes.locator('[data-warning="cycle-tier-1"]')).toContainText(
    'Tier 1: the median time to close grew 50%, from 20 days to 30 days',
  );
  await expect(outcomes.getByTestId('conversion-chart').locator('.recharts-bar-rectangle')).toHaveCount(3);
  await options.getByTestId('outcomes').screenshot({ path: test.info().outputPath('outcomes-light.png') });

  // The period from the keyboard: the arrow key moves the radio group to the next choice.
  await options.getByRole('radio', { name: 'Last 90 days' }).focus();
  await options.keyboard.press('ArrowRight');
  await expect(options.getByRole('radio', { name: 'Last 6 months' })).toBeChecked();
  await expect(rate(options, 'tier-1')).toHaveText('64%');
  await expect(rate(options, 'tier-3')).toHaveText('25%');
  // And by pointer: 12 months add ten lost Tier 3 leads; ICP leads now convert far better.
  await options.getByText('Last 12 months', { exact: true }).click();
  await expect(rate(options, 'tier-3')).toHaveText('17%');
  await expect(outcomes.getByTestId('top-lift')).toHaveText('+127%');
  await expect(lift).toHaveCount(0);

  // Live: a lead marked won in the leads page shows here without a reload.
  const leads = ext.context.pages().find((p) => p.url().endsWith('/leads.html'))!;
  await leads.getByTestId('search').fill('Outcome 073');
  await leads.getByLabel('Status of Outcome 073').selectOption('won');
  await expect(leads.getByTestId('leads-status')).toContainText('set to won');
  await expect(rate(options, 'tier-1')).toHaveText('65%');

  await options.emulateMedia({ colorScheme: 'dark' });
  await options.getByTestId('outcomes').screenshot({ path: test.info().outputPath('outcomes-dark.png') });
});
