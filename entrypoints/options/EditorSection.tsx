import { useEffect } from 'react';
import { IcpEditor } from '@/components/icp-editor/IcpEditor';
import type { ActiveIcp } from '@/lib/storage/active-icp';
import { useEditorStore } from './editor-store';
import { usePreview } from './preview';

/** The options page's ICP editor, wired to its store and the live preview. */
export function EditorSection({ active, readOnly }: { active: ActiveIcp; readOnly?: string }) {
  const s = useEditorStore();
  const load = s.load;
  useEffect(() => void load(active, readOnly), [load, active, readOnly]);
  const preview = usePreview(s.draft, s.saved, s.selected, s.issues.length === 0, s.activeIcpId, s.dirty);
  if (!s.draft || !s.saved) return null;
  const blocked = readOnly
    ? 'Set by your administrator: publishing is not available while ICP settings are locked.'
    : s.dirty || s.issues.length > 0
      ? 'Save your changes first: publishing signs the saved bundle.'
      : undefined;
  return (
    <IcpEditor
      draft={s.draft}
      saved={s.saved}
      selected={s.selected}
      activeIcpId={s.activeIcpId}
      issues={s.issues}
      dirty={s.dirty}
      readOnly={s.readOnly}
      isDefault={s.isDefault}
      message={s.message}
      importErrors={s.importErrors}
      history={s.history}
      preview={preview}
      publish={{ key: s.publisherKey, release: s.release, blocked, busy: s.busy }}
      actions={{
        onPatch: s.patch,
        onPatchBundle: s.patchBundle,
        onAddCriterion: s.addCriterion,
        onChangeType: s.changeType,
        onMoveCriterion: s.moveCriterion,
        onRemoveCriterion: s.removeCriterion,
        onAddTier: s.addTier,
        onRemoveTier: s.removeTier,
        onSelect: s.select,
        onAddProfile: s.addProfile,
        onDuplicate: s.duplicateProfile,
        onRemoveProfile: s.removeProfile,
        onSetActive: s.setActive,
        onSave: () => void s.save(),
        onDiscard: s.discard,
        onImport: s.importText,
        onRevert: (v) => void s.revert(v),
        onPublish: (p) => void s.publish(p),
      }}
    />
  );
}
