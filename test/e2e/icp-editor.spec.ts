import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { servePage } from '../../lib/cli/routes';
import { SAMPLE_URL } from '../../lib/cli/commands/demo';
import { openEnvelope } from '../../lib/team/envelope';
import { importPublicPem } from '../../lib/team/pem';
import type { ExtensionBrowser } from '../../lib/cli/chromium';
import { openPopup, tabIdOf } from './support/extension';
import { expect, test } from './support/test';

const SAMPLE = 'sample/northwind-analytics-company.html';
const INDUSTRY_POINTS = 'Points: Software or IT services';
const TIER_A_MIN = 'From score: A — Ideal fit';

/** Opens the sample company page once, so the company cache has something for the preview. */
async function seeSample(ext: ExtensionBrowser): Promise<Page> {
  await servePage(ext.context, SAMPLE_URL, SAMPLE);
  const page = await ext.context.newPage();
  await page.goto(SAMPLE_URL);
  await expect(page.locator('icp-lens-badge[data-icp-key="page"]')).toHaveAttribute('data-icp-score', '70');
  return page;
}

async function openEditor(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByLabel(INDUSTRY_POINTS)).toBeVisible();
  return page;
}

test('editing points and a tier threshold shows the total and the preview, and saving re-scores pages', async ({
  ext,
}) => {
  const sample = await seeSample(ext);
  const options = await openEditor(ext);
  await expect(options.getByTestId('total-points')).toHaveText('100');
  // Nothing edited yet: the saved leads are not read until something changes.
  await expect(options.getByTestId('preview')).toContainText('Change a criterion');

  await options.getByLabel(INDUSTRY_POINTS).fill('35');
  await expect(options.getByTestId('total-points')).toHaveText('110');
  await expect(options.getByTestId('dimension-total').first()).toContainText('fit: 95');
  await options.getByLabel(TIER_A_MIN).fill('60');
  await expect(options.getByTestId('preview-summary')).toContainText('1 lead would move tier');
  await expect(options.getByTestId('mover')).toContainText('Northwind Analytics');
  await expect(options.getByTestId('mover')).toContainText('A — Ideal fit');

  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByTestId('editor-message')).toContainText('Saved as version 2');
  await expect(options.getByLabel('Score pages with')).toBeVisible();

  // The open LinkedIn page is scored again at once, without a reload.
  const badge = sample.locator('icp-lens-badge[data-icp-key="page"]');
  await expect(badge).toHaveAttribute('data-icp-tier', 'a');
  const score = await badge.getAttribute('data-icp-score');
  const popup = await openPopup(ext, await tabIdOf(ext, sample));
  await expect(popup.getByTestId('score')).toContainText(score!);
  await expect(popup.getByTestId('tier')).toContainText('A — Ideal fit');
});

test('an invalid edit names the field and cannot be saved', async ({ ext }) => {
  const options = await openEditor(ext);
  await options.getByLabel(INDUSTRY_POINTS).fill('5000');
  const issues = options.getByTestId('editor-issues');
  await expect(issues).toContainText('criterion 1 “Software or IT services” › points');
  await expect(issues).toContainText('must be at most 1000, got number 5000');
  await expect(options.getByTestId('field-error').first()).toContainText('must be at most 1000');
  await expect(options.getByLabel(INDUSTRY_POINTS)).toHaveAttribute('aria-invalid', 'true');
  await expect(options.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(options.getByTestId('preview')).toContainText('Fix the problems above');

  await options.getByLabel(TIER_A_MIN).fill('');
  await expect(issues).toContainText('tier 1 “A — Ideal fit” › min');
  await options.getByRole('button', { name: 'Discard changes' }).click();
  await expect(options.getByTestId('editor-issues')).toHaveCount(0);
  await expect(options.getByLabel(INDUSTRY_POINTS)).toHaveValue('25');
});

test('history shows the previous version with a diff, and revert brings it back', async ({ ext }) => {
  const options = await openEditor(ext);
  await options.getByLabel(INDUSTRY_POINTS).fill('35');
  await options.getByLabel(TIER_A_MIN).fill('75');
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByTestId('editor-message')).toContainText('Saved as version 2');

  const entries = options.getByTestId('history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('Version 2');
  await entries.first().getByRole('button', { name: 'Changes from version 1' }).click();
  const diff = options.getByTestId('history-diff');
  await expect(diff).toContainText('“Software or IT services”: 25 → 35 points');
  await expect(diff).toContainText('Tier “A — Ideal fit” threshold 80 → 75');

  await options.getByRole('button', { name: 'Revert to version 1' }).click();
  await expect(options.getByTestId('editor-message')).toContainText('saved as version 3');
  await expect(options.getByLabel(INDUSTRY_POINTS)).toHaveValue('25');
  await expect(options.getByLabel(TIER_A_MIN)).toHaveValue('80');
  await expect(options.getByTestId('total-points')).toHaveText('100');
  await expect(entries).toHaveCount(3);
  await expect(entries.first()).toContainText('Reverted to version 1');
});

test('publish downloads a signed bundle that verifies with the public key shown', async ({ ext }) => {
  const options = await openEditor(ext);
  await options.getByLabel(INDUSTRY_POINTS).fill('30');
  const publish = options.getByRole('button', { name: 'Publish', exact: true });
  await expect(publish).toBeDisabled();
  await options.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(options.getByTestId('editor-message')).toContainText('Saved as version 2');

  await options.getByLabel('Published by (optional)').fill('Dana, Sales Ops');
  const download = options.waitForEvent('download');
  await publish.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('my-icps-v3.signed.json');
  const envelope = JSON.parse(fs.readFileSync((await file.path())!, 'utf8'));
  const pem = await options.getByTestId('publisher-pem').inputValue();
  const keyId = await options.getByTestId('publisher-key-id').textContent();
  expect(pem).toContain('-----BEGIN PUBLIC KEY-----');
  const opened = await openEnvelope(envelope, await importPublicPem(pem));
  expect(opened.ok && opened.bundle).toMatchObject({ id: 'my-icps', version: 3, publisher: 'Dana, Sales Ops' });
  expect(opened.ok && opened.keyId).toBe(keyId);
  expect(opened.ok && opened.bundle.icps[0]!.criteria[0]!.points).toBe(30);
  await expect(options.getByTestId('editor-message')).toContainText(`Published version 3, signed with key ${keyId}`);

  // A second publish reuses the same key and raises the version again.
  const second = options.waitForEvent('download');
  await publish.click();
  expect((await second).suggestedFilename()).toBe('my-icps-v4.signed.json');
  await expect(options.getByTestId('publisher-key-id')).toHaveText(keyId!);
});
