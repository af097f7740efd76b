import { create } from 'zustand';
import type { IssueLine } from '@/lib/icp/errors';
import { nextVersion, personalCopy, revertTo, type HistoryEntry } from '@/lib/icp/edit/history';
import { readBundleText } from '@/lib/icp/edit/import';
import {
  changeCriterionType,
  duplicateProfile,
  newCriterion,
  newProfile,
  newTier,
  type CriterionType,
  type ProfileKind,
} from '@/lib/icp/edit/ops';
import { getIn, moveItem, setIn, updateList, type EditPath } from '@/lib/icp/edit/paths';
import { checkDraft, type EditIssue } from '@/lib/icp/edit/validate';
import type { Icp, IcpBundle } from '@/lib/icp/schema';
import type { ActiveIcp } from '@/lib/storage/active-icp';
import { saveEditedBundle } from '@/lib/storage/active-icp';
import { loadHistory, recordVersion } from '@/lib/storage/icp-history';
import { ensurePublisherKey, loadPublisherKey, type PublisherKey } from '@/lib/team/browser-key';
import { prepareRelease, type Release } from '@/lib/team/publish';
import { useOptionsStore } from './store';

export interface Selection {
  list: ProfileKind;
  index: number;
}

export interface EditorMessage {
  ok: boolean;
  text: string;
}

interface EditorState {
  /** The bundle in storage (or the bundled defaults), what the draft is compared with. */
  saved?: IcpBundle;
  isDefault: boolean;
  /** Why the bundle cannot be edited here (a team subscription), or undefined. */
  readOnly?: string;
  draft?: IcpBundle;
  activeIcpId?: string;
  selected: Selection;
  issues: EditIssue[];
  dirty: boolean;
  history: HistoryEntry[];
  importErrors: IssueLine[];
  message?: EditorMessage;
  publisherKey?: Pick<PublisherKey, 'keyId' | 'pem' | 'createdAt'>;
  release?: Pick<Release, 'fileName' | 'text'> & { version: number };
  busy: boolean;
  load(active: ActiveIcp, readOnly?: string): Promise<void>;
  patch(path: EditPath, value: unknown): void;
  patchBundle(path: EditPath, value: unknown): void;
  select(selection: Selection): void;
  addCriterion(type: CriterionType): void;
  changeType(index: number, type: CriterionType): void;
  moveCriterion(from: number, to: number): void;
  removeCriterion(index: number): void;
  addTier(): void;
  removeTier(index: number): void;
  addProfile(list: ProfileKind): void;
  duplicateProfile(): void;
  removeProfile(): void;
  setActive(icpId: string): void;
  discard(): void;
  save(note?: string): Promise<boolean>;
  importText(text: string, source?: string): void;
  /** A suggested ICP (from calibration) in place of the ICP with its id, as an unsaved draft; false if it cannot be. */
  loadSuggestion(icp: Icp, note: string): boolean;
  revert(version: number): Promise<void>;
  /** The team's bundle copied into the rep's own (next version), to edit and publish from. */
  copyToPersonal(team: IcpBundle): Promise<void>;
  publish(publisher?: string): Promise<void>;
}

const now = () => new Date().toISOString();

/** Screen state of the ICP editor: a draft of the bundle, checked on every change; the truth is in storage. */
export const useEditorStore = create<EditorState>((set, get) => {
  /** Every edit goes through here: the new draft, checked at once. */
  function edit(change: (draft: IcpBundle) => IcpBundle, selected?: Selection) {
    const { draft, readOnly } = get();
    if (!draft || readOnly) return;
    const next = change(draft);
    const check = checkDraft(next);
    set({
      draft: next,
      issues: check.ok ? [] : check.issues,
      dirty: true,
      message: undefined,
      ...(selected && { selected }),
    });
  }
  const profilePath = (): EditPath => [get().selected.list, get().selected.index];
  const criteriaPath = (): EditPath => [...profilePath(), 'criteria'];

  async function store(bundle: IcpBundle, note: string) {
    const activeIcpId = get().activeIcpId ?? bundle.defaultIcpId;
    const { saved, history: known } = get();
    // The version being replaced goes into the history too, so the first save can be compared and undone.
    if (saved && !known.some((h) => h.version === saved.version && h.bundle.id === saved.id)) {
      const note = get().isDefault ? 'Bundled defaults' : 'Before editing';
      await recordVersion({ version: saved.version, savedAt: saved.publishedAt, note, bundle: saved });
    }
    await saveEditedBundle(bundle, activeIcpId);
    const history = await recordVersion({ version: bundle.version, savedAt: now(), note, bundle });
    set({ saved: bundle, draft: bundle, isDefault: false, issues: [], dirty: false, history, importErrors: [] });
    await useOptionsStore.getState().refresh();
  }

  return {
    isDefault: true,
    selected: { list: 'icps', index: 0 },
    issues: [],
    dirty: false,
    history: [],
    importErrors: [],
    busy: false,
    async load(active, readOnly) {
      const [history, key] = await Promise.all([loadHistory(), loadPublisherKey().catch(() => undefined)]);
      const index = Math.max(
        0,
        active.bundle.icps.findIndex((i) => i.id === active.icp.id),
      );
      const sameBundle = get().saved?.id === active.bundle.id;
      const keep = get().dirty && sameBundle && !readOnly;
      const { list, index: at } = get().selected;
      const selected =
        sameBundle && at < (active.bundle[list] ?? []).length ? get().selected : { list: 'icps' as const, index };
      set({
        saved: active.bundle,
        isDefault: active.isDefault,
        readOnly,
        activeIcpId: active.icp.id,
        history,
        ...(key && { publisherKey: { keyId: key.keyId, pem: key.pem, createdAt: key.createdAt } }),
        ...(!keep && { draft: active.bundle, issues: [], dirty: false, selected }),
      });
    },
    patch(path, value) {
      edit((d) => setIn(d, [...profilePath(), ...path], value));
    },
    patchBundle(path, value) {
      edit((d) => setIn(d, path, value));
    },
    select(selected) {
      set({ selected });
    },
    addCriterion(type) {
      const { list } = get().selected;
      edit((d) => updateList(d, criteriaPath(), (l) => [...l, newCriterion(list, type, l)]));
    },
    changeType(index, type) {
      const { list } = get().selected;
      const path = [...criteriaPath(), index];
      edit((d) => setIn(d, path, changeCriterionType(list, getIn(d, path) as Record<string, unknown>, type)));
    },
    moveCriterion(from, to) {
      edit((d) => updateList(d, criteriaPath(), (l) => moveItem(l, from, to)));
    },
    removeCriterion(index) {
      edit((d) => updateList(d, criteriaPath(), (l) => l.filter((_, i) => i !== index)));
    },
    addTier() {
      edit((d) => updateList(d, [...profilePath(), 'tiers'], (l) => [...l, newTier(l)]));
    },
    removeTier(index) {
      edit((d) => updateList(d, [...profilePath(), 'tiers'], (l) => l.filter((_, i) => i !== index)));
    },
    addProfile(list) {
      const length = (get().draft?.[list] ?? []).length;
      edit((d) => updateList(d, [list], (l) => [...l, newProfile(list, l)]), { list, index: length });
    },
    duplicateProfile() {
      const { list, index } = get().selected;
      const length = (get().draft?.[list] ?? []).length;
      edit((d) => updateList(d, [list], (l) => [...l, duplicateProfile(l[index] as Record<string, unknown>, l)]), {
        list,
        index: length,
      });
    },
    removeProfile() {
      const { list, index } = get().selected;
      edit((d) => updateList(d, [list], (l) => l.filter((_, i) => i !== index)), { list: 'icps', index: 0 });
    },
    setActive(icpId) {
      edit((d) => ({ ...d, defaultIcpId: icpId }));
      set({ activeIcpId: icpId });
    },
    discard() {
      const { saved } = get();
      if (saved)
        set({ draft: saved, issues: [], dirty: false, selected: { list: 'icps', index: 0 }, message: undefined });
    },
    async save(note = 'Saved') {
      const { draft, saved, readOnly, isDefault } = get();
      if (!draft || !saved || readOnly) return false;
      const check = checkDraft(draft);
      if (!check.ok) {
        set({
          issues: check.issues,
          message: { ok: false, text: `Not saved: ${check.issues.length} problem(s) to fix first.` },
        });
        return false;
      }
      const base = isDefault ? personalCopy(check.bundle, { isDefault: true, fromTeam: false }) : check.bundle;
      const bundle = nextVersion({ ...base, version: saved.version }, now());
      await store(bundle, note);
      set({
        message: {
          ok: true,
          text: `Saved as version ${bundle.version}. Saved leads and open LinkedIn pages are re-scored with it; a company website is at its next read.`,
        },
      });
      return true;
    },
    importText(text, source) {
      if (get().readOnly) return;
      const parsed = readBundleText(text, source);
      if (!parsed.ok) return set({ importErrors: parsed.errors, message: undefined });
      const saved = get().saved;
      // The imported content becomes the draft of this bundle's next version; Save applies it.
      const draft = { ...parsed.value, id: get().isDefault ? parsed.value.id : (saved?.id ?? parsed.value.id) };
      set({ draft, issues: [], dirty: true, importErrors: [], selected: { list: 'icps', index: 0 } });
      set({
        message: { ok: true, text: `Loaded “${parsed.value.name}” into the editor: check the preview, then Save.` },
      });
    },
    loadSuggestion(icp, note) {
      const index = get().draft?.icps.findIndex((i) => i.id === icp.id) ?? -1;
      if (index < 0 || get().readOnly) return false;
      edit((d) => ({ ...d, icps: d.icps.map((x, i) => (i === index ? icp : x)) }), { list: 'icps', index });
      set({ message: { ok: true, text: `${note} Not saved yet: check the changes and the preview, then Save.` } });
      return true;
    },
    async revert(version) {
      const { history, saved, readOnly } = get();
      const target = history.find((h) => h.version === version);
      if (!target || !saved || readOnly) return;
      const bundle = revertTo(target.bundle, saved, now());
      await store(bundle, `Reverted to version ${version}`);
      set({
        message: {
          ok: true,
          text: `Reverted to the content of version ${version}, saved as version ${bundle.version}.`,
        },
      });
    },
    async copyToPersonal(team) {
      const { saved } = get();
      if (!saved || get().readOnly) return;
      // The next version of the team's bundle, above both the team's and the rep's current one.
      const copy = personalCopy(team, { isDefault: false, fromTeam: true });
      const base = { ...copy, version: Math.max(team.version, saved.id === team.id ? saved.version : 0) };
      const bundle = nextVersion(base, now());
      await store(bundle, `Copied from the team ICP version ${team.version}`);
      set({
        selected: { list: 'icps', index: 0 },
        message: {
          ok: true,
          text: `Copied “${team.name}” version ${team.version} into your ICPs as version ${bundle.version}: edit it here, then publish it for your team.`,
        },
      });
    },
    async publish(publisher) {
      const { saved, dirty, issues, readOnly } = get();
      if (!saved || dirty || issues.length > 0 || readOnly) return;
      set({ busy: true, message: undefined });
      try {
        const { key, created } = await ensurePublisherKey(now());
        const release = await prepareRelease(saved, key, now(), publisher);
        await store(release.bundle, 'Published');
        set({
          publisherKey: { keyId: key.keyId, pem: key.pem, createdAt: key.createdAt },
          release: { fileName: release.fileName, text: release.text, version: release.bundle.version },
          message: {
            ok: true,
            text: `${created ? 'Created your team signing key. ' : ''}Published version ${release.bundle.version}, signed with key ${key.keyId}: host ${release.fileName} at your team's bundle URL.`,
          },
        });
      } catch (error) {
        set({
          message: { ok: false, text: `Not published: ${error instanceof Error ? error.message : String(error)}` },
        });
      } finally {
        set({ busy: false });
      }
    },
  };
});
