import { create } from 'zustand';
import { browser } from '#imports';
import type { TeamView } from '@/components/TeamIcp';
import { sendMessage } from '@/lib/messaging/protocol';
import { bundleOrigins, loadTeamSettings, loadTeamStatus, teamSubscriptionItem } from '@/lib/storage/team';
import { publicKeyInfo, type KeyInfo } from '@/lib/team/key-info';
import { isWebUrl } from '@/lib/team/policy';
import { useOptionsStore } from './store';

export interface TeamMessage {
  ok: boolean;
  text: string;
}

interface TeamState {
  view?: TeamView;
  busy: boolean;
  message?: TeamMessage;
  /** The pasted key's id (or why it is not a key), shown before subscribing. */
  keyPreview?: KeyInfo;
  load(): Promise<void>;
  previewKey(text: string): Promise<void>;
  /** Must be called straight from the click: the permission prompt needs the user's gesture. */
  subscribe(url: string, keyText: string): Promise<void>;
  /** From the button: asks for the bundle host first (a policy URL has no Subscribe click). */
  checkNow(fromClick?: boolean): Promise<void>;
  unsubscribe(): Promise<void>;
}

async function keyIdOfPem(pem: string | undefined): Promise<string | undefined> {
  if (pem === undefined) return undefined;
  const info = await publicKeyInfo(pem);
  return info.ok ? info.keyId : undefined;
}

/** Asks for the bundle host at once, while the click still counts as the user's gesture. */
function requestAccess(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: bundleOrigins(url) }).catch(() => false);
}

/** Screen state of the options page's Team ICP section; the truth is in storage (lib/storage/team.ts). */
export const useTeamStore = create<TeamState>((set, get) => ({
  busy: false,
  async load() {
    const [{ settings, policy, subscription, problem }, status] = await Promise.all([
      loadTeamSettings(),
      loadTeamStatus(),
    ]);
    const problems = [problem, status.problem, ...policy.errors].filter((p): p is string => !!p);
    set({
      view: {
        settings,
        ...(subscription && { subscription }),
        ...(status.value && { status: status.value }),
        ...(settings.publicKey !== undefined && { keyId: await keyIdOfPem(settings.publicKey) }),
        problems,
      },
    });
  },
  async previewKey(text) {
    set({ keyPreview: text.trim() ? await publicKeyInfo(text) : undefined });
  },
  async subscribe(url, keyText) {
    const address = url.trim();
    if (!isWebUrl(address)) {
      return set({ message: { ok: false, text: 'Enter the bundle URL your manager gave you (https://...).' } });
    }
    const granted = await requestAccess(address);
    if (!granted) {
      return set({
        message: {
          ok: false,
          text: `Not subscribed: ICP Lens needs your permission to read ${new URL(address).host}. Click Subscribe again and allow it.`,
        },
      });
    }
    let publicKey: string | undefined;
    if (keyText.trim()) {
      const info = await publicKeyInfo(keyText);
      if (!info.ok) return set({ message: { ok: false, text: `Not subscribed: ${info.message}.` } });
      publicKey = info.pem;
    }
    await teamSubscriptionItem.setValue({ url: address, ...(publicKey && { publicKey }) });
    await get().checkNow();
  },
  async checkNow(fromClick = false) {
    const url = get().view?.settings.url;
    if (fromClick && url !== undefined) await requestAccess(url);
    set({ busy: true, message: undefined });
    try {
      const outcome = await sendMessage('ui:teamCheckNow', {});
      set({ message: outcome ? { ok: outcome.ok, text: outcome.message } : undefined });
    } catch (error) {
      set({ message: { ok: false, text: `The check could not run: ${String(error)}` } });
    } finally {
      set({ busy: false });
      await get().load();
      await useOptionsStore.getState().refresh();
    }
  },
  async unsubscribe() {
    await teamSubscriptionItem.setValue(null);
    await sendMessage('ui:teamCheckNow', {}).catch(() => undefined);
    await get().load();
    set({
      message: {
        ok: true,
        text: 'Unsubscribed. The ICP in use stays until you choose another one or reset to the bundled defaults.',
      },
    });
  },
}));
